import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per push that went out, keyed by the push id: its completion runs once (issue 13). */
export class BezorgingPush1796020000000 implements MigrationInterface {
  name = 'BezorgingPush1796020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "bezorging_push" ("id" uuid NOT NULL, "bezorging_id" uuid NOT NULL, "poging" integer NOT NULL, "fout" text, "audit_id" uuid NOT NULL, "start_tijd" TIMESTAMP WITH TIME ZONE NOT NULL, "vastgelegd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bezorging_push" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_bezorging_push_bezorging" ON "bezorging_push"  ("bezorging_id") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."IDX_bezorging_push_bezorging"');
    await q.query('DROP TABLE "bezorging_push"');
  }
}
