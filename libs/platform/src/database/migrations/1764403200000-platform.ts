import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Platform1764403200000 implements MigrationInterface {
  name = 'Platform1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "instance_start" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "app_version" text NOT NULL,
      "database_mode" text NOT NULL,
      "node_version" text NOT NULL,
      CONSTRAINT "PK_instance_start" PRIMARY KEY ("id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "instance_start"`);
  }
}
