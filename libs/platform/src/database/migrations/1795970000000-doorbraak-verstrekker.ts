import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A break-the-glass grant names the provider of the data it opened (its FG reviews it too). */
export class DoorbraakVerstrekker1795970000000 implements MigrationInterface {
  name = 'DoorbraakVerstrekker1795970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "doorbraak" ADD "verstrekker_code" text');
    await q.query(
      'CREATE INDEX "IDX_doorbraak_verstrekker" ON "doorbraak" ("verstrekker_code", "aangemaakt_op")',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_doorbraak_verstrekker"');
    await q.query('ALTER TABLE "doorbraak" DROP COLUMN "verstrekker_code"');
  }
}
