import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Personen1795948852797 implements MigrationInterface {
  name = 'Personen1795948852797';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "persoon" ("id" uuid NOT NULL, "bsn_index" bytea, "velden" jsonb NOT NULL, "aangemaakt_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "gewijzigd_op" TIMESTAMP WITH TIME ZONE NOT NULL, "vernietigd_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_698e6aa2b869a540528164bb47c" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "UQ_persoon_bsn_index" ON "persoon"  ("bsn_index") ');
    await q.query(
      'CREATE TABLE "persoon_sleutel" ("persoon_id" uuid NOT NULL, "sleutel_id" text NOT NULL, "verpakt" bytea NOT NULL, "verpakt_op" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ea3021270e9ec59daa3534f1280" PRIMARY KEY ("persoon_id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_persoon_sleutel_sleutel_id" ON "persoon_sleutel"  ("sleutel_id") ',
    );
    await q.query(
      'ALTER TABLE "persoon_sleutel" ADD CONSTRAINT "FK_ea3021270e9ec59daa3534f1280" FOREIGN KEY ("persoon_id") REFERENCES "persoon"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "persoon_sleutel" DROP CONSTRAINT "FK_ea3021270e9ec59daa3534f1280"');
    await q.query('DROP INDEX "public"."IDX_persoon_sleutel_sleutel_id"');
    await q.query('DROP TABLE "persoon_sleutel"');
    await q.query('DROP INDEX "public"."UQ_persoon_bsn_index"');
    await q.query('DROP TABLE "persoon"');
  }
}
