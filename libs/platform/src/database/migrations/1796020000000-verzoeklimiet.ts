import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by all replicas (ADR 0022): one row per limit and key (a hash of
 * the client address or actor id), counting the requests of the current fixed window.
 */
export class Verzoeklimiet1796020000000 implements MigrationInterface {
  name = 'Verzoeklimiet1796020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE UNLOGGED TABLE "verzoeklimiet" ("sleutel" text NOT NULL, "venster_eind" TIMESTAMP WITH TIME ZONE NOT NULL, "aantal" integer NOT NULL, CONSTRAINT "PK_verzoeklimiet" PRIMARY KEY ("sleutel"))',
    );
    await q.query('CREATE INDEX "IDX_verzoeklimiet_eind" ON "verzoeklimiet" ("venster_eind")');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "verzoeklimiet"');
  }
}
