import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per push that went out, keyed by the push id: its completion runs once. And feed
 * positions from a counter row, taken by a deferred trigger at commit, instead of MAX() + 1 under
 * an advisory lock held through the transaction's last round trips (issue 13).
 */
export class BezorgingPush1796050000000 implements MigrationInterface {
  name = 'BezorgingPush1796050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "bezorging_push" ("id" uuid NOT NULL, "bezorging_id" uuid NOT NULL, "poging" integer NOT NULL, "fout" text, "audit_id" uuid NOT NULL, "start_tijd" TIMESTAMP WITH TIME ZONE NOT NULL, "vastgelegd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bezorging_push" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_bezorging_push_bezorging" ON "bezorging_push"  ("bezorging_id") ',
    );
    await q.query(
      'CREATE TABLE "bezorging_feed_teller" ("id" integer NOT NULL, "laatste" bigint NOT NULL, CONSTRAINT "PK_bezorging_feed_teller" PRIMARY KEY ("id"))',
    );
    await q.query(
      'INSERT INTO "bezorging_feed_teller" ("id", "laatste") SELECT 1, COALESCE(MAX("feed_positie"), 0) FROM "bezorging"',
    );
    // Runs when the transaction that delivered into the inbox commits: the counter row stays
    // locked only from there to the end of the commit, so positions commit in order.
    await q.query(`CREATE FUNCTION bezorging_feed_positie() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE positie bigint;
      BEGIN
        UPDATE bezorging_feed_teller SET laatste = laatste + 1 WHERE id = 1 RETURNING laatste INTO positie;
        UPDATE bezorging SET feed_positie = positie WHERE id = NEW.id AND feed_positie IS NULL;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER bezorging_feed_positie
      AFTER UPDATE OF intern_bezorgd_op ON bezorging DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (NEW.intern_bezorgd_op IS NOT NULL AND NEW.feed_positie IS NULL)
      EXECUTE FUNCTION bezorging_feed_positie()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER bezorging_feed_positie ON bezorging');
    await q.query('DROP FUNCTION bezorging_feed_positie()');
    await q.query('DROP TABLE "bezorging_feed_teller"');
    await q.query('DROP INDEX "public"."IDX_bezorging_push_bezorging"');
    await q.query('DROP TABLE "bezorging_push"');
  }
}
