import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditVerificatie1795945466365 implements MigrationInterface {
  name = 'AuditVerificatie1795945466365';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "audit_verificatie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tijd" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "geslaagd" boolean NOT NULL, "records" bigint NOT NULL, "checkpoints" integer NOT NULL, "eerste_fout_positie" bigint, "reden" text, CONSTRAINT "PK_487e5cb71044f161a9b36b83320" PRIMARY KEY ("id"))',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "audit_verificatie"');
  }
}
