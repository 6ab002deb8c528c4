import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A break-the-glass justification is free text about a person's case: it is stored encrypted
 * under a data key of its own grant, like all other free text (ADR 0020). Rows from before keep
 * their text until the app encrypts them at start (`verantwoording` then becomes NULL).
 */
export class DoorbraakVersleuteld1796010000000 implements MigrationInterface {
  name = 'DoorbraakVersleuteld1796010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "doorbraak" ALTER COLUMN "verantwoording" DROP NOT NULL');
    await q.query('ALTER TABLE "doorbraak" ADD "verantwoording_envelop" bytea');
    await q.query('ALTER TABLE "doorbraak" ADD "sleutel_id" text');
    await q.query('ALTER TABLE "doorbraak" ADD "verpakte_sleutel" bytea');
  }

  async down(q: QueryRunner): Promise<void> {
    // Encrypted justifications cannot be turned back into text here: they are lost on a revert.
    await q.query(
      `UPDATE "doorbraak" SET "verantwoording" = '(versleuteld)' WHERE "verantwoording" IS NULL`,
    );
    await q.query('ALTER TABLE "doorbraak" DROP COLUMN "verpakte_sleutel"');
    await q.query('ALTER TABLE "doorbraak" DROP COLUMN "sleutel_id"');
    await q.query('ALTER TABLE "doorbraak" DROP COLUMN "verantwoording_envelop"');
    await q.query('ALTER TABLE "doorbraak" ALTER COLUMN "verantwoording" SET NOT NULL');
  }
}
