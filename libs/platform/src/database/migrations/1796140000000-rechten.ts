import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person's rights (issue 15, ADR 0028): the FG's rights desk (requests with their clock),
 * rectifications with a notice per recipient, and restriction/objection flags on a person that
 * stop new exchanges and deliveries. No readable identity: a request names the person by id
 * and by the audit pseudonym (keyed hash), never by BSN.
 */
export class Rechten1796140000000 implements MigrationInterface {
  name = 'Rechten1796140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "rechtenverzoek" (
      "id" uuid NOT NULL,
      "organisatie_code" text NOT NULL,
      "soort" text NOT NULL,
      "persoon_id" uuid,
      "betrokkene" text NOT NULL,
      "identiteit_vastgesteld" boolean NOT NULL,
      "identiteit_wijze" text NOT NULL,
      "ontvangen_op" date NOT NULL,
      "termijn_uiterlijk" date NOT NULL,
      "verlengd_tot" date,
      "verlenging_reden" text,
      "status" text NOT NULL DEFAULT 'ontvangen',
      "antwoord" text,
      "afgehandeld_op" TIMESTAMP WITH TIME ZONE,
      "geregistreerd_door" text NOT NULL,
      "geregistreerd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "gewijzigd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_rechtenverzoek" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_rechtenverzoek_soort" CHECK ("soort" IN ('inzage', 'rectificatie', 'wissing', 'beperking', 'bezwaar')),
      CONSTRAINT "CHK_rechtenverzoek_status" CHECK ("status" IN ('ontvangen', 'in-behandeling', 'afgehandeld', 'afgewezen'))
    )`);
    await q.query(
      'CREATE INDEX "IDX_rechtenverzoek_organisatie" ON "rechtenverzoek" ("organisatie_code", "ontvangen_op")',
    );
    await q.query(`CREATE TABLE "persoon_beperking" (
      "id" uuid NOT NULL,
      "persoon_id" uuid NOT NULL REFERENCES "persoon"("id") ON DELETE CASCADE,
      "soort" text NOT NULL,
      "toegestane_activiteiten" text[] NOT NULL DEFAULT '{}',
      "reden" text NOT NULL,
      "verzoek_id" uuid,
      "gezet_door" text NOT NULL,
      "gezet_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "opgeheven_door" text,
      "opgeheven_op" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_persoon_beperking" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_persoon_beperking_soort" CHECK ("soort" IN ('beperking', 'bezwaar'))
    )`);
    await q.query(
      'CREATE INDEX "IDX_persoon_beperking_actief" ON "persoon_beperking" ("persoon_id") WHERE "opgeheven_op" IS NULL',
    );
    await q.query(`CREATE TABLE "rectificatie" (
      "id" uuid NOT NULL,
      "verzoek_id" uuid NOT NULL REFERENCES "rechtenverzoek"("id"),
      "persoon_id" uuid NOT NULL,
      "velden" text[] NOT NULL,
      "reden" text NOT NULL,
      "uitgevoerd_door" text NOT NULL,
      "uitgevoerd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_rectificatie" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "rectificatie_melding" (
      "rectificatie_id" uuid NOT NULL REFERENCES "rectificatie"("id"),
      "ontvanger_code" text NOT NULL,
      "bron" text NOT NULL,
      "bron_id" uuid NOT NULL,
      "status" text NOT NULL DEFAULT 'te-melden',
      "aangemaakt_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_rectificatie_melding" PRIMARY KEY ("rectificatie_id", "ontvanger_code", "bron_id"),
      CONSTRAINT "CHK_rectificatie_melding_bron" CHECK ("bron" IN ('uitwisseling', 'bezorging'))
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "rectificatie_melding"');
    await q.query('DROP TABLE "rectificatie"');
    await q.query('DROP TABLE "persoon_beperking"');
    await q.query('DROP TABLE "rechtenverzoek"');
  }
}
