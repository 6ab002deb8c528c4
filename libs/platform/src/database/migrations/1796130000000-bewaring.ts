import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention and destruction (ADR 0027): the event a register activity's retention term counts
 * from, destruction lists with their items (references only), legal holds and extensions,
 * and requests to destroy a zorgmelding.
 */
export class Bewaring1796130000000 implements MigrationInterface {
  name = 'Bewaring1796130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "verwerkingsactiviteit" ADD "bewaartermijn_vanaf" text NOT NULL DEFAULT 'afsluiting'`,
    );
    await q.query(
      `ALTER TABLE "verwerkingsactiviteit" ADD CONSTRAINT "CHK_verwerkingsactiviteit_bewaartermijn_vanaf" CHECK ("bewaartermijn_vanaf" IN ('afsluiting', 'laatste-activiteit', 'aanmaak'))`,
    );
    await q.query(
      `CREATE TABLE "vernietigingslijst" ("id" uuid NOT NULL, "nummer" text NOT NULL, "organisatie" text NOT NULL, "soort" text NOT NULL, "status" text NOT NULL, "peildatum" date NOT NULL, "voorgesteld_op" TIMESTAMP WITH TIME ZONE NOT NULL, "voorgesteld_door" text NOT NULL, "goedgekeurd_door" text, "goedgekeurd_door_naam" text, "goedgekeurd_op" TIMESTAMP WITH TIME ZONE, "goedkeuring_toelichting" text, "bevestigd_door" text, "bevestigd_door_naam" text, "bevestigd_op" TIMESTAMP WITH TIME ZONE, "bevestiging_toelichting" text, "vernietigd_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_vernietigingslijst_nummer" UNIQUE ("nummer"), CONSTRAINT "PK_vernietigingslijst" PRIMARY KEY ("id"), CONSTRAINT "CHK_vernietigingslijst_status" CHECK ("status" IN ('voorgesteld', 'goedgekeurd', 'vernietigen', 'vernietigd')), CONSTRAINT "CHK_vernietigingslijst_soort" CHECK ("soort" IN ('termijn', 'verzoek')), CONSTRAINT "CHK_vernietigingslijst_twee_personen" CHECK ("bevestigd_door" IS NULL OR "bevestigd_door" <> "goedgekeurd_door"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_vernietigingslijst_organisatie" ON "vernietigingslijst" ("organisatie", "status")`,
    );
    await q.query(
      `CREATE TABLE "vernietigingslijst_item" ("lijst_id" uuid NOT NULL, "object_soort" text NOT NULL, "object_id" uuid NOT NULL, "referentie" text NOT NULL, "activiteit_id" text NOT NULL, "activiteit_versie" integer NOT NULL, "bewaartermijn" text NOT NULL, "bewaartermijn_vanaf" text NOT NULL, "vanaf" date NOT NULL, "bewaar_tot" date NOT NULL, "status" text NOT NULL DEFAULT 'voorgesteld', "reden" text, "personen" integer NOT NULL DEFAULT 0, "vernietigd_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_vernietigingslijst_item" PRIMARY KEY ("lijst_id", "object_soort", "object_id"), CONSTRAINT "CHK_vernietigingslijst_item_status" CHECK ("status" IN ('voorgesteld', 'vernietigd', 'uitgezonderd')))`,
    );
    await q.query(
      `CREATE INDEX "IDX_vernietigingslijst_item_object" ON "vernietigingslijst_item" ("object_soort", "object_id")`,
    );
    await q.query(
      `CREATE TABLE "bewaar_blokkade" ("id" uuid NOT NULL, "soort" text NOT NULL, "object_soort" text NOT NULL, "object_id" uuid NOT NULL, "organisatie" text NOT NULL, "reden" text NOT NULL, "tot" date, "gezet_door" text NOT NULL, "gezet_door_naam" text NOT NULL, "gezet_op" TIMESTAMP WITH TIME ZONE NOT NULL, "opgeheven_door" text, "opgeheven_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bewaar_blokkade" PRIMARY KEY ("id"), CONSTRAINT "CHK_bewaar_blokkade_soort" CHECK ("soort" IN ('verlenging', 'bewaarplicht')), CONSTRAINT "CHK_bewaar_blokkade_tot" CHECK (("soort" = 'verlenging') = ("tot" IS NOT NULL)))`,
    );
    await q.query(
      `CREATE INDEX "IDX_bewaar_blokkade_object" ON "bewaar_blokkade" ("object_soort", "object_id") WHERE "opgeheven_op" IS NULL`,
    );
    await q.query(
      `CREATE TABLE "vernietigingsverzoek" ("id" uuid NOT NULL, "zorgmelding_id" uuid NOT NULL, "organisatie" text NOT NULL, "verzoeker" text NOT NULL, "ontvangen_op" date NOT NULL, "besluit" text NOT NULL, "motivering" text NOT NULL, "besloten_door" text NOT NULL, "besloten_door_naam" text NOT NULL, "besloten_op" TIMESTAMP WITH TIME ZONE NOT NULL, "lijst_id" uuid, CONSTRAINT "PK_vernietigingsverzoek" PRIMARY KEY ("id"), CONSTRAINT "CHK_vernietigingsverzoek_besluit" CHECK ("besluit" IN ('toegewezen', 'afgewezen')))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "vernietigingsverzoek"');
    await q.query('DROP TABLE "bewaar_blokkade"');
    await q.query('DROP TABLE "vernietigingslijst_item"');
    await q.query('DROP TABLE "vernietigingslijst"');
    await q.query(
      'ALTER TABLE "verwerkingsactiviteit" DROP CONSTRAINT "CHK_verwerkingsactiviteit_bewaartermijn_vanaf"',
    );
    await q.query('ALTER TABLE "verwerkingsactiviteit" DROP COLUMN "bewaartermijn_vanaf"');
  }
}
