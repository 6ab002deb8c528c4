import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ZorgmeldingVastgelegd1795961923287 implements MigrationInterface {
  name = 'ZorgmeldingVastgelegd1795961923287';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "zorgmelding_betrokkene" ADD "vastgelegd" bytea');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "zorgmelding_betrokkene" DROP COLUMN "vastgelegd"');
  }
}
