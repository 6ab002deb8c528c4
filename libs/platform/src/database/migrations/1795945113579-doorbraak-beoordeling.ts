import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DoorbraakBeoordeling1795945113579 implements MigrationInterface {
  name = 'DoorbraakBeoordeling1795945113579';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "doorbraak_beoordeling" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "doorbraak_id" uuid NOT NULL, "fg_id" text NOT NULL, "organisatie_code" text NOT NULL, "oordeel" text NOT NULL, "toelichting" text NOT NULL, "tijd" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_721fde2b0294f3b59c1db9f047d" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_doorbraak_beoordeling_doorbraak" ON "doorbraak_beoordeling"  ("doorbraak_id") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."IDX_doorbraak_beoordeling_doorbraak"');
    await q.query('DROP TABLE "doorbraak_beoordeling"');
  }
}
