import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit tree as tiles (C2SP tlog-tiles, issue 12): one row per tile, up to 256 hashes of
 * 32 bytes. Existing logs get their tiles from the sequencer when it next leads (it builds
 * what is missing from `audit_positie` before it seals).
 */
export class AuditTegels1796170000000 implements MigrationInterface {
  name = 'AuditTegels1796170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "audit_tegel" ("niveau" smallint NOT NULL, "index" bigint NOT NULL, "hashes" bytea NOT NULL, CONSTRAINT "PK_audit_tegel" PRIMARY KEY ("niveau", "index"), CONSTRAINT "CHK_audit_tegel_hashes" CHECK (length("hashes") BETWEEN 32 AND 8192 AND length("hashes") % 32 = 0))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "audit_tegel"');
  }
}
