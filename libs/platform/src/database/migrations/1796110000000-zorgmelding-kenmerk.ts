import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A kenmerk per zorgmelding that police and Veilig Thuis share (ZM-2026-000123): a gapless
 * sequence per calendar year (Europe/Amsterdam), taken from a counter row at submission
 * (issue 14). Reports submitted before get theirs in order of submission.
 */
export class ZorgmeldingKenmerk1796110000000 implements MigrationInterface {
  name = 'ZorgmeldingKenmerk1796110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "zorgmelding" ADD "kenmerk" text');
    await q.query(
      'CREATE TABLE "zorgmelding_kenmerk_teller" ("jaar" integer NOT NULL, "laatste" integer NOT NULL, CONSTRAINT "PK_zorgmelding_kenmerk_teller" PRIMARY KEY ("jaar"))',
    );
    await q.query(`WITH genummerd AS (
        SELECT id, EXTRACT(YEAR FROM ingediend_op AT TIME ZONE 'Europe/Amsterdam')::int AS jaar,
               row_number() OVER (PARTITION BY EXTRACT(YEAR FROM ingediend_op AT TIME ZONE 'Europe/Amsterdam')
                                  ORDER BY ingediend_op, id) AS nr
          FROM zorgmelding WHERE ingediend_op IS NOT NULL)
      UPDATE zorgmelding z SET kenmerk = 'ZM-' || g.jaar || '-' || lpad(g.nr::text, 6, '0')
        FROM genummerd g WHERE z.id = g.id`);
    await q.query(`INSERT INTO zorgmelding_kenmerk_teller (jaar, laatste)
      SELECT substring(kenmerk from 4 for 4)::int, MAX(substring(kenmerk from 9)::int)
        FROM zorgmelding WHERE kenmerk IS NOT NULL GROUP BY 1`);
    await q.query(
      'CREATE UNIQUE INDEX "UQ_zorgmelding_kenmerk" ON "zorgmelding" ("kenmerk") WHERE kenmerk IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "UQ_zorgmelding_kenmerk"');
    await q.query('DROP TABLE "zorgmelding_kenmerk_teller"');
    await q.query('ALTER TABLE "zorgmelding" DROP COLUMN "kenmerk"');
  }
}
