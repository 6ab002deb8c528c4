import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditVerstrekker1795949000000 implements MigrationInterface {
  name = 'AuditVerstrekker1795949000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "actor_audit" ADD "verstrekker_code" text');
    await q.query(
      'CREATE INDEX "IDX_actor_audit_verstrekker_tijd" ON "actor_audit"  ("verstrekker_code", "tijd") ',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."IDX_actor_audit_verstrekker_tijd"');
    await q.query('ALTER TABLE "actor_audit" DROP COLUMN "verstrekker_code"');
  }
}
