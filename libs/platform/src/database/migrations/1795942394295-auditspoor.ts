import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Auditspoor1795942394295 implements MigrationInterface {
  name = 'Auditspoor1795942394295';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "verwerkingslog" ("id" uuid NOT NULL, "trace_id" text NOT NULL, "span_id" text NOT NULL, "activiteit_id" text NOT NULL, "activiteit_versie" integer NOT NULL, "betrokkene" text NOT NULL, "gegevenscategorieen" text array NOT NULL, "status" text NOT NULL, "start_tijd" TIMESTAMP WITH TIME ZONE NOT NULL, "eind_tijd" TIMESTAMP WITH TIME ZONE NOT NULL, "audit_id" uuid NOT NULL, CONSTRAINT "PK_484e551924c4bc6b3c740a9e959" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_verwerkingslog_betrokkene" ON "verwerkingslog"  ("betrokkene") ',
    );
    await q.query('CREATE INDEX "IDX_verwerkingslog_audit" ON "verwerkingslog"  ("audit_id") ');
    await q.query(
      'CREATE TABLE "actor_audit" ("id" uuid NOT NULL, "tijd" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" text NOT NULL, "actor_soort" text NOT NULL, "organisatie_code" text NOT NULL, "rollen" text array NOT NULL, "actie" text NOT NULL, "object_type" text NOT NULL, "object_id" text, "resultaat" text NOT NULL, "reden" text, "regel" text, "herkomst_ip" text, "client_id" text, "activiteit_id" text, "activiteit_versie" integer, "doorbraak" boolean NOT NULL DEFAULT false, "doorbraak_verantwoording" text, "velden" text array NOT NULL DEFAULT \'{}\', "trace_id" text NOT NULL, CONSTRAINT "PK_1f01550c9b6886402077afdac40" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "IDX_actor_audit_organisatie_tijd" ON "actor_audit"  ("organisatie_code", "tijd") ',
    );
    await q.query(
      'CREATE INDEX "IDX_actor_audit_actor_tijd" ON "actor_audit"  ("actor_id", "tijd") ',
    );
    await q.query('CREATE INDEX "IDX_actor_audit_tijd" ON "actor_audit"  ("tijd") ');
    await q.query(
      'CREATE TABLE "audit_wachtrij" ("id" BIGSERIAL NOT NULL, "tabel" text NOT NULL, "record_id" uuid NOT NULL, CONSTRAINT "PK_0e0a8ecd51329895638ecba423e" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "audit_positie" ("positie" bigint NOT NULL, "tabel" text NOT NULL, "record_id" uuid NOT NULL, "leaf_hash" bytea NOT NULL, CONSTRAINT "PK_8e1d5f203ce46aa9da6db1bbf09" PRIMARY KEY ("positie"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "UQ_audit_positie_record" ON "audit_positie"  ("tabel", "record_id") ',
    );
    await q.query(
      'CREATE TABLE "audit_checkpoint" ("tree_size" bigint NOT NULL, "root_hash" bytea NOT NULL, "tijd" TIMESTAMP WITH TIME ZONE NOT NULL, "key_id" text NOT NULL, "handtekening" bytea NOT NULL, "frontier" jsonb NOT NULL, CONSTRAINT "PK_0b13d285aa4fcde23331d54d388" PRIMARY KEY ("tree_size"))',
    );
    // Append-only in the database itself: no UPDATE, DELETE or TRUNCATE on the logs, the
    // positions and the checkpoints, whoever asks (superusers must drop the trigger first,
    // which verify then detects through the hashes).
    await q.query(`CREATE FUNCTION audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'auditspoor is alleen-toevoegen: % op % geweigerd', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const t of ['verwerkingslog', 'actor_audit', 'audit_positie', 'audit_checkpoint']) {
      await q.query(
        `CREATE TRIGGER ${t}_geen_wijziging BEFORE UPDATE OR DELETE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen()`,
      );
      await q.query(
        `CREATE TRIGGER ${t}_geen_truncate BEFORE TRUNCATE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen()`,
      );
    }
    // Where the application's role is not a superuser, take the privileges away as well.
    await q.query(`DO $$ BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON verwerkingslog, actor_audit, audit_positie, audit_checkpoint FROM %I', current_user);
      END IF;
    END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['verwerkingslog', 'actor_audit', 'audit_positie', 'audit_checkpoint']) {
      await q.query(`DROP TRIGGER IF EXISTS ${t}_geen_wijziging ON "${t}"`);
      await q.query(`DROP TRIGGER IF EXISTS ${t}_geen_truncate ON "${t}"`);
    }
    await q.query('DROP TABLE "audit_checkpoint"');
    await q.query('DROP INDEX "public"."UQ_audit_positie_record"');
    await q.query('DROP TABLE "audit_positie"');
    await q.query('DROP TABLE "audit_wachtrij"');
    await q.query('DROP INDEX "public"."IDX_actor_audit_tijd"');
    await q.query('DROP INDEX "public"."IDX_actor_audit_actor_tijd"');
    await q.query('DROP INDEX "public"."IDX_actor_audit_organisatie_tijd"');
    await q.query('DROP TABLE "actor_audit"');
    await q.query('DROP INDEX "public"."IDX_verwerkingslog_audit"');
    await q.query('DROP INDEX "public"."IDX_verwerkingslog_betrokkene"');
    await q.query('DROP TABLE "verwerkingslog"');
    await q.query('DROP FUNCTION audit_alleen_toevoegen()');
  }
}
