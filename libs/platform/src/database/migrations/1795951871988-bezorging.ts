import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Bezorging1795951871988 implements MigrationInterface {
  name = 'Bezorging1795951871988';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "bezorging" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "soort" text NOT NULL, "object_id" text NOT NULL, "ontvanger_code" text NOT NULL, "idempotentie_sleutel" text NOT NULL, "status" text NOT NULL DEFAULT \'wachtend\', "pogingen" integer NOT NULL DEFAULT \'0\', "volgende_poging_op" TIMESTAMP WITH TIME ZONE, "laatste_fout" text, "intern_bezorgd_op" TIMESTAMP WITH TIME ZONE, "extern_bezorgd_op" TIMESTAMP WITH TIME ZONE, "feed_positie" bigint, "bevestigd_op" TIMESTAMP WITH TIME ZONE, "aangemaakt_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "bijgewerkt_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8df27edea3d30d977941604e91" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "UQ_bezorging_idempotentie_sleutel" ON "bezorging"  ("idempotentie_sleutel") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "UQ_bezorging_feed_positie" ON "bezorging"  ("feed_positie") ',
    );
    await q.query(
      'CREATE INDEX "IDX_bezorging_status" ON "bezorging"  ("status", "ontvanger_code", "aangemaakt_op") ',
    );
    await q.query(
      'CREATE INDEX "IDX_bezorging_feed" ON "bezorging"  ("ontvanger_code", "feed_positie") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."IDX_bezorging_feed"');
    await q.query('DROP INDEX "public"."IDX_bezorging_status"');
    await q.query('DROP INDEX "public"."UQ_bezorging_feed_positie"');
    await q.query('DROP INDEX "public"."UQ_bezorging_idempotentie_sleutel"');
    await q.query('DROP TABLE "bezorging"');
  }
}
