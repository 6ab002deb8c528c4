import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentiteitDoelbinding1795939165904 implements MigrationInterface {
  name = 'IdentiteitDoelbinding1795939165904';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "doorbraak" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" text NOT NULL, "organisatie_code" text NOT NULL, "rol" text NOT NULL, "activiteit" text NOT NULL, "onderwerp_type" text NOT NULL, "onderwerp_id" text NOT NULL, "verantwoording" text NOT NULL, "aangemaakt_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "verloopt_op" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_be6f2a22059550e30e2f4053e31" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_doorbraak_actor" ON "doorbraak"  ("actor_id", "verloopt_op") ',
    );
    await q.query(
      'CREATE TABLE "gebruiker" ("id" text NOT NULL, "naam" text NOT NULL, "organisatie_code" text NOT NULL, "rollen" text array NOT NULL, "laatst_aangemeld" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_845e84d6156c1f1964c5450b844" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "organisatie" ("code" text NOT NULL, "naam" text NOT NULL, "type" text NOT NULL, "gemeente_code" text, "actief" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_c22e8b055360a59ab006de7e600" PRIMARY KEY ("code"))',
    );
    await q.query(
      'CREATE TABLE "sessie" ("sid" character varying NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "PK_54213312812d9adcea9baf4fd4d" PRIMARY KEY ("sid"))',
    );
    await q.query('CREATE INDEX "IDX_sessie_expire" ON "sessie"  ("expire") ');
    await q.query(
      'CREATE TABLE "verwerkingsactiviteit" ("id" text NOT NULL, "versie" integer NOT NULL, "naam" text NOT NULL, "verwerkingsverantwoordelijke" text NOT NULL, "doel" text NOT NULL, "grondslag" text NOT NULL, "grondslag_toelichting" text NOT NULL, "categorieen_betrokkenen" text array NOT NULL, "categorieen_gegevens" jsonb NOT NULL, "ontvangers" text array NOT NULL, "bewaartermijn" text NOT NULL, "geldig_vanaf" date NOT NULL, "toegestane_rollen" text array NOT NULL, "vastgelegd_door" text NOT NULL, "vastgelegd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_233f6c88c715013be1e8697ef20" PRIMARY KEY ("id", "versie"))',
    );
    await q.query(
      'CREATE TABLE "doelcompatibiliteit" ("van_activiteit" text NOT NULL, "naar_activiteit" text NOT NULL, "toelichting" text NOT NULL, CONSTRAINT "PK_207277828f99c7d2c7d1a882467" PRIMARY KEY ("van_activiteit", "naar_activiteit"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "doelcompatibiliteit"');
    await q.query('DROP TABLE "verwerkingsactiviteit"');
    await q.query('DROP INDEX "public"."IDX_sessie_expire"');
    await q.query('DROP TABLE "sessie"');
    await q.query('DROP TABLE "organisatie"');
    await q.query('DROP TABLE "gebruiker"');
    await q.query('DROP INDEX "public"."IDX_doorbraak_actor"');
    await q.query('DROP TABLE "doorbraak"');
  }
}
