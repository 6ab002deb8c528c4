import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Versions of the register get a state: a widening change waits for an FG (ADR 0018). */
export class RegisterVierOgen1796000000000 implements MigrationInterface {
  name = 'RegisterVierOgen1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "verwerkingsactiviteit" ADD "status" text NOT NULL DEFAULT 'geldig', ADD "beoordeeld_door" text, ADD "beoordeeld_op" TIMESTAMP WITH TIME ZONE, ADD "beoordeling_toelichting" text`,
    );
    await q.query(
      `ALTER TABLE "verwerkingsactiviteit" ADD CONSTRAINT "CHK_verwerkingsactiviteit_status" CHECK ("status" IN ('geldig', 'voorgesteld', 'afgewezen', 'vervallen'))`,
    );
    // The version in force is looked up per id among the valid versions.
    await q.query(
      `CREATE INDEX "IDX_verwerkingsactiviteit_geldig" ON "verwerkingsactiviteit" ("id", "versie") WHERE "status" = 'geldig'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_verwerkingsactiviteit_geldig"');
    // Versions that never came into force must not become in force by dropping their state.
    await q.query(`DELETE FROM "verwerkingsactiviteit" WHERE "status" <> 'geldig'`);
    await q.query(
      'ALTER TABLE "verwerkingsactiviteit" DROP CONSTRAINT "CHK_verwerkingsactiviteit_status"',
    );
    await q.query(
      'ALTER TABLE "verwerkingsactiviteit" DROP COLUMN "beoordeling_toelichting", DROP COLUMN "beoordeeld_op", DROP COLUMN "beoordeeld_door", DROP COLUMN "status"',
    );
  }
}
