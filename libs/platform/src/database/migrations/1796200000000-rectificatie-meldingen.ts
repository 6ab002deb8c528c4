import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rectification reaches the recipients (issue 15, ADR 0035): each notice of a rectification
 * gets an id, the sending organisation and a reference in words (casus number, report
 * kenmerk), and is shown to the recipient at once (`gemeld`) until someone there acknowledges
 * it (`bevestigd`, who and when). The notice names fields, never values. A destruction list
 * may now also come from an erasure request (`wissing`, AVG art. 17).
 */
export class RectificatieMeldingen1796200000000 implements MigrationInterface {
  name = 'RectificatieMeldingen1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "rectificatie_melding"
      ADD COLUMN "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      ADD COLUMN "van_organisatie" text,
      ADD COLUMN "referentie" text,
      ADD COLUMN "bevestigd_door" text,
      ADD COLUMN "bevestigd_door_naam" text,
      ADD COLUMN "bevestigd_op" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE "rectificatie_melding" x SET "van_organisatie" = v."organisatie_code"
      FROM "rectificatie" r JOIN "rechtenverzoek" v ON v."id" = r."verzoek_id"
      WHERE r."id" = x."rectificatie_id"`);
    await q.query(`UPDATE "rectificatie_melding" SET "referentie" = 'een verstrekking'`);
    await q.query(
      `UPDATE "rectificatie_melding" SET "status" = 'gemeld' WHERE "status" = 'te-melden'`,
    );
    await q.query(`ALTER TABLE "rectificatie_melding"
      ALTER COLUMN "van_organisatie" SET NOT NULL,
      ALTER COLUMN "referentie" SET NOT NULL,
      ALTER COLUMN "status" SET DEFAULT 'gemeld',
      ADD CONSTRAINT "UQ_rectificatie_melding_id" UNIQUE ("id"),
      ADD CONSTRAINT "CHK_rectificatie_melding_status" CHECK ("status" IN ('gemeld', 'bevestigd')),
      ADD CONSTRAINT "CHK_rectificatie_melding_bevestigd" CHECK (("status" = 'bevestigd') = ("bevestigd_op" IS NOT NULL))`);
    await q.query(
      `CREATE INDEX "IDX_rectificatie_melding_ontvanger" ON "rectificatie_melding" ("ontvanger_code", "status")`,
    );
    await q.query(
      `ALTER TABLE "vernietigingslijst" DROP CONSTRAINT "CHK_vernietigingslijst_soort"`,
    );
    await q.query(
      `ALTER TABLE "vernietigingslijst" ADD CONSTRAINT "CHK_vernietigingslijst_soort" CHECK ("soort" IN ('termijn', 'verzoek', 'wissing'))`,
    );
    await q.query(`ALTER TABLE "vernietigingslijst" ADD COLUMN "rechtenverzoek_id" uuid`);
    // What a granted erasure did: the list and, per record, whether it goes or why it stays.
    await q.query(`ALTER TABLE "rechtenverzoek" ADD COLUMN "wissing" jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "rechtenverzoek" DROP COLUMN "wissing"`);
    await q.query(`ALTER TABLE "vernietigingslijst" DROP COLUMN "rechtenverzoek_id"`);
    await q.query(`DELETE FROM "vernietigingslijst_item" i USING "vernietigingslijst" l
      WHERE l."id" = i."lijst_id" AND l."soort" = 'wissing'`);
    await q.query(`DELETE FROM "vernietigingslijst" WHERE "soort" = 'wissing'`);
    await q.query(
      `ALTER TABLE "vernietigingslijst" DROP CONSTRAINT "CHK_vernietigingslijst_soort"`,
    );
    await q.query(
      `ALTER TABLE "vernietigingslijst" ADD CONSTRAINT "CHK_vernietigingslijst_soort" CHECK ("soort" IN ('termijn', 'verzoek'))`,
    );
    await q.query('DROP INDEX "IDX_rectificatie_melding_ontvanger"');
    await q.query(`ALTER TABLE "rectificatie_melding"
      DROP CONSTRAINT "CHK_rectificatie_melding_bevestigd",
      DROP CONSTRAINT "CHK_rectificatie_melding_status",
      DROP CONSTRAINT "UQ_rectificatie_melding_id",
      ALTER COLUMN "status" SET DEFAULT 'te-melden'`);
    await q.query(`UPDATE "rectificatie_melding" SET "status" = 'te-melden'`);
    await q.query(`ALTER TABLE "rectificatie_melding"
      DROP COLUMN "bevestigd_op", DROP COLUMN "bevestigd_door_naam", DROP COLUMN "bevestigd_door",
      DROP COLUMN "referentie", DROP COLUMN "van_organisatie", DROP COLUMN "id"`);
  }
}
