import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-edited: the generator also wanted to drop the CHK_*_volledig_of_gewist constraints of the
// audit tables (added by hand in the audit-retentie migration, unknown to the entities); removed.
export class Zorgmeldingen1795952729704 implements MigrationInterface {
  name = 'Zorgmeldingen1795952729704';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "zorgmelding" ("id" uuid NOT NULL, "status" text NOT NULL, "schema_versie" integer NOT NULL DEFAULT \'1\', "opsteller_id" text NOT NULL, "opsteller_organisatie" text NOT NULL, "vt_organisatie" text, "gemeentecode" text, "soort" text, "routering_tabel_versie" integer, "routering_regel" text, "uitzondering_reden" text, "herroutering_reden" bytea, "idempotentie_sleutel" text, "indien_hash" bytea, "ingediend_op" TIMESTAMP WITH TIME ZONE, "ontvangen_op" TIMESTAMP WITH TIME ZONE, "termijn_vanaf" date, "termijn_uiterlijk" date, "ontvangst_bevestigd_op" TIMESTAMP WITH TIME ZONE, "toegewezen_aan" text, "toegewezen_op" TIMESTAMP WITH TIME ZONE, "uitkomst" text, "uitkomst_datum" date, "beoordeeld_door" text, "onderzoek_uiterlijk" date, "terugkoppeling_status" text NOT NULL DEFAULT \'geen\', "terugkoppeling_categorie" text, "terugkoppeling_op" TIMESTAMP WITH TIME ZONE, "terugkoppeling_bericht" bytea, "inhoud" bytea NOT NULL, "vt_notitie" bytea, "sleutel_id" text NOT NULL, "verpakte_sleutel" bytea NOT NULL, "aangemaakt_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8a2ca9f1734dab86601477e80a3" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_zorgmelding_status" ON "zorgmelding"  ("status") ');
    await q.query(
      'CREATE INDEX "IDX_zorgmelding_opsteller" ON "zorgmelding"  ("opsteller_id", "aangemaakt_op") ',
    );
    await q.query(
      'CREATE INDEX "IDX_zorgmelding_inbox" ON "zorgmelding"  ("vt_organisatie", "termijn_uiterlijk") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "UQ_zorgmelding_idempotentie" ON "zorgmelding"  ("opsteller_id", "idempotentie_sleutel") WHERE idempotentie_sleutel IS NOT NULL',
    );
    await q.query(
      'CREATE TABLE "zorgmelding_betrokkene" ("zorgmelding_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "rol" text NOT NULL, "persoon_id" uuid, CONSTRAINT "PK_93a1eb55297d1f3b7f7e47be28b" PRIMARY KEY ("zorgmelding_id", "volgnummer"))',
    );
    await q.query(
      'CREATE INDEX "IDX_zorgmelding_betrokkene_persoon" ON "zorgmelding_betrokkene"  ("persoon_id") ',
    );
    await q.query(
      'CREATE TABLE "zorgmelding_gebeurtenis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "zorgmelding_id" uuid NOT NULL, "tijd" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL, "stap" text NOT NULL, "actor_id" text NOT NULL, "organisatie_code" text NOT NULL, CONSTRAINT "PK_467a1a45a78bb8b26899bf96d49" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_zorgmelding_gebeurtenis_melding" ON "zorgmelding_gebeurtenis"  ("zorgmelding_id", "tijd") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."IDX_zorgmelding_gebeurtenis_melding"');
    await q.query('DROP TABLE "zorgmelding_gebeurtenis"');
    await q.query('DROP INDEX "public"."IDX_zorgmelding_betrokkene_persoon"');
    await q.query('DROP TABLE "zorgmelding_betrokkene"');
    await q.query('DROP INDEX "public"."UQ_zorgmelding_idempotentie"');
    await q.query('DROP INDEX "public"."IDX_zorgmelding_inbox"');
    await q.query('DROP INDEX "public"."IDX_zorgmelding_opsteller"');
    await q.query('DROP INDEX "public"."IDX_zorgmelding_status"');
    await q.query('DROP TABLE "zorgmelding"');
  }
}
