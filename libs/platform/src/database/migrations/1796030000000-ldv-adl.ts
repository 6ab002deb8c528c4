import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  AA_INHOUD,
  alleenWissenSql,
  auditWisSql,
  inhoudRechtenSql,
  VL_INHOUD,
} from './1795949195318-audit-retentie.js';

/** The actor audit record's new content columns (ADR 0021); the purge empties them too. */
const NIEUW = '"verzoek_span_id", "ouder_span_id", "regels_versie"';
const AA_INHOUD_LDV = `${AA_INHOUD}, ${NIEUW}`;

/**
 * Logboek Dataverwerkingen 1.0 and the Authorization Decision Log (ADR 0021): the actor audit
 * record keeps the request's span, the caller's span from an incoming `traceparent`, and the
 * version of the rules that decided. Nullable, and counted in a record's leaf only when set
 * (`LATER_COLUMNS` in libs/audit/src/log-records.ts), so sealed records keep their hashes.
 */
export class LdvAdl1796030000000 implements MigrationInterface {
  name = 'LdvAdl1796030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "actor_audit" ADD "verzoek_span_id" text, ADD "ouder_span_id" text, ADD "regels_versie" text',
    );
    await q.query(
      `CREATE INDEX "IDX_actor_audit_trace" ON "actor_audit" ("trace_id") WHERE "trace_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_verwerkingslog_trace" ON "verwerkingslog" ("trace_id") WHERE "trace_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_verwerkingslog_activiteit" ON "verwerkingslog" ("activiteit_id", "start_tijd")`,
    );
    await q.query(alleenWissenSql('CREATE OR REPLACE', 'actor_audit', 'tijd', AA_INHOUD_LDV));
    await q.query(auditWisSql('CREATE OR REPLACE', VL_INHOUD, AA_INHOUD_LDV));
    await q.query(inhoudRechtenSql(VL_INHOUD, AA_INHOUD_LDV));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(auditWisSql('CREATE OR REPLACE', VL_INHOUD, AA_INHOUD));
    await q.query(alleenWissenSql('CREATE OR REPLACE', 'actor_audit', 'tijd', AA_INHOUD));
    await q.query('DROP INDEX "public"."IDX_verwerkingslog_activiteit"');
    await q.query('DROP INDEX "public"."IDX_verwerkingslog_trace"');
    await q.query('DROP INDEX "public"."IDX_actor_audit_trace"');
    await q.query(
      'ALTER TABLE "actor_audit" DROP COLUMN "regels_versie", DROP COLUMN "ouder_span_id", DROP COLUMN "verzoek_span_id"',
    );
  }
}
