import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Witnessed checkpoints and a frozen leaf (ADR 0010): each checkpoint keeps its C2SP signed
 * note, each position the leaf encoding version that sealed it, and each queue entry the time
 * it was queued (the sequencer's lag).
 */
export class AuditGetuigen1796040000000 implements MigrationInterface {
  name = 'AuditGetuigen1796040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "audit_checkpoint" ADD "notitie" text');
    await q.query('ALTER TABLE "audit_positie" ADD "blad_versie" smallint NOT NULL DEFAULT 1');
    await q.query(
      'ALTER TABLE "audit_wachtrij" ADD "tijd" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "audit_wachtrij" DROP COLUMN "tijd"');
    await q.query('ALTER TABLE "audit_positie" DROP COLUMN "blad_versie"');
    await q.query('ALTER TABLE "audit_checkpoint" DROP COLUMN "notitie"');
  }
}
