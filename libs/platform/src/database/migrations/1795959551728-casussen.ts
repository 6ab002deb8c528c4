import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Casussen1795959551728 implements MigrationInterface {
  name = 'Casussen1795959551728';

  async up(q: QueryRunner): Promise<void> {
    // Case numbers (C-2026-0001): a sequence, so concurrent registrations never collide.
    await q.query('CREATE SEQUENCE casus_nummer_seq');
    await q.query(
      'CREATE TABLE "casus" ("id" uuid NOT NULL, "nummer" text NOT NULL, "thema_id" text NOT NULL, "status" text NOT NULL, "levensdomeinen" text array NOT NULL, "sleutelpartner" text NOT NULL, "aangemeld_door" text NOT NULL, "regie_organisatie" text, "procesregisseur_id" text, "deelnemers" text array NOT NULL DEFAULT \'{}\', "organisaties" text array NOT NULL DEFAULT \'{}\', "aanleiding" bytea NOT NULL, "opschaling_criteria" jsonb, "opschaling_motivering" bytea, "opgeschaald_op" TIMESTAMP WITH TIME ZONE, "triage_besluit" text, "triage_reden" bytea, "triage_op" TIMESTAMP WITH TIME ZONE, "afsluit_reden" bytea, "afgesloten_op" TIMESTAMP WITH TIME ZONE, "bewaar_tot" date, "sleutel_id" text NOT NULL, "verpakte_sleutel" bytea NOT NULL, "aangemaakt_op" TIMESTAMP WITH TIME ZONE NOT NULL, "gewijzigd_op" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_e5155fb5bc3ea19d42f768f22b7" UNIQUE ("nummer"), CONSTRAINT "PK_ec785aef1ac5302c65cf6449f66" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_casus_deelnemers" ON "casus" USING gin ("deelnemers")');
    await q.query('CREATE INDEX "IDX_casus_regie" ON "casus"  ("regie_organisatie", "status") ');
    await q.query(
      'CREATE INDEX "IDX_casus_sleutelpartner" ON "casus"  ("sleutelpartner", "aangemaakt_op") ',
    );
    await q.query(
      'CREATE TABLE "casus_betrokkene" ("casus_id" uuid NOT NULL, "persoon_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "rol" text NOT NULL, "vastgelegd" bytea NOT NULL, "informeren_besluit" text, "geinformeerd_op" date, "informeren_reden" text, "informeren_toelichting" bytea, "informeren_besloten_op" TIMESTAMP WITH TIME ZONE, "herbeoordeeld_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c99386ea9be04715f43eec4d54" PRIMARY KEY ("casus_id", "persoon_id"))',
    );
    await q.query(
      'CREATE TABLE "casus_deelnemer" ("id" uuid NOT NULL, "casus_id" uuid NOT NULL, "organisatie" text NOT NULL, "categorieen" text array NOT NULL, "uitgenodigd_op" TIMESTAMP WITH TIME ZONE NOT NULL, "uitgenodigd_door" text NOT NULL, "beeindigd_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_148655770d2375227909d5a0be2" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "UQ_casus_deelnemer_actief" ON "casus_deelnemer"  ("casus_id", "organisatie") WHERE beeindigd_op IS NULL',
    );
    await q.query(
      'CREATE TABLE "casus_gebeurtenis" ("id" BIGSERIAL NOT NULL, "casus_id" uuid NOT NULL, "tijd" TIMESTAMP WITH TIME ZONE NOT NULL, "stap" text NOT NULL, "actor_id" text NOT NULL, "organisatie_code" text NOT NULL, CONSTRAINT "PK_2fd9b29e40d222e05ee9887b32d" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_casus_gebeurtenis_casus" ON "casus_gebeurtenis"  ("casus_id", "tijd") ',
    );
    await q.query(
      'CREATE TABLE "uitwisseling" ("id" uuid NOT NULL, "casus_id" uuid NOT NULL, "van_organisatie" text NOT NULL, "geregistreerd_door" text NOT NULL, "geregistreerd_door_organisatie" text NOT NULL, "ontvangers" text array NOT NULL, "betrokkenen" uuid array NOT NULL, "categorieen" text array NOT NULL, "bijzonder" boolean NOT NULL, "strafrechtelijk" boolean NOT NULL, "activiteit_id" text NOT NULL, "activiteit_versie" integer NOT NULL, "grondslag" text NOT NULL, "proportionaliteit" bytea NOT NULL, "subsidiariteit" bytea NOT NULL, "inhoud" bytea NOT NULL, "geregistreerd_op" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_14b64d28c1b24b389bd701dbb2b" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_uitwisseling_betrokkenen" ON "uitwisseling" USING gin ("betrokkenen")',
    );
    await q.query(
      'CREATE INDEX "IDX_uitwisseling_casus" ON "uitwisseling"  ("casus_id", "geregistreerd_op") ',
    );
    await q.query(
      'CREATE TABLE "uitwisseling_ontvangst" ("uitwisseling_id" uuid NOT NULL, "organisatie" text NOT NULL, "ontvangen_op" TIMESTAMP WITH TIME ZONE, "ontvangen_door" text, CONSTRAINT "PK_e41b1d00243399329761323068a" PRIMARY KEY ("uitwisseling_id", "organisatie"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "uitwisseling_ontvangst"');
    await q.query('DROP INDEX "public"."IDX_uitwisseling_casus"');
    await q.query('DROP INDEX "public"."IDX_uitwisseling_betrokkenen"');
    await q.query('DROP TABLE "uitwisseling"');
    await q.query('DROP INDEX "public"."IDX_casus_gebeurtenis_casus"');
    await q.query('DROP TABLE "casus_gebeurtenis"');
    await q.query('DROP INDEX "public"."UQ_casus_deelnemer_actief"');
    await q.query('DROP TABLE "casus_deelnemer"');
    await q.query('DROP TABLE "casus_betrokkene"');
    await q.query('DROP INDEX "public"."IDX_casus_sleutelpartner"');
    await q.query('DROP INDEX "public"."IDX_casus_regie"');
    await q.query('DROP INDEX "public"."IDX_casus_deelnemers"');
    await q.query('DROP TABLE "casus"');
    await q.query('DROP SEQUENCE casus_nummer_seq');
  }
}
