import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Content columns of each log, emptied by the purge; `id` and the time stay. */
export const VL_INHOUD =
  '"trace_id", "span_id", "activiteit_id", "activiteit_versie", "betrokkene", "gegevenscategorieen", "status", "start_tijd", "audit_id"';
export const AA_INHOUD =
  '"actor_id", "actor_soort", "organisatie_code", "rollen", "actie", "object_type", "object_id", "resultaat", "reden", "regel", "herkomst_ip", "client_id", "activiteit_id", "activiteit_versie", "doorbraak", "doorbraak_verantwoording", "velden", "trace_id", "verstrekker_code"';
/** The columns of an actor audit record that were NOT NULL before purging existed. */
const AA_VERPLICHT =
  '"actor_id", "actor_soort", "organisatie_code", "rollen", "actie", "object_type", "resultaat", "doorbraak", "velden", "trace_id"';

export class AuditRetentie1795949195318 implements MigrationInterface {
  name = 'AuditRetentie1795949195318';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "audit_wissing" ("positie" bigint NOT NULL, "tabel" text NOT NULL, "record_id" uuid NOT NULL, "gewist_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "bewaartermijn_jaren" integer NOT NULL, CONSTRAINT "PK_1ddc8ee9823a11b29943ffc121a" PRIMARY KEY ("positie"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "UQ_audit_wissing_record" ON "audit_wissing"  ("tabel", "record_id") ',
    );
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "trace_id" DROP NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "span_id" DROP NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "activiteit_id" DROP NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "activiteit_versie" DROP NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "betrokkene" DROP NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "gegevenscategorieen" DROP NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "status" DROP NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "start_tijd" DROP NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "audit_id" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "actor_id" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "actor_soort" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "organisatie_code" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "rollen" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "actie" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "object_type" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "resultaat" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "doorbraak" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "velden" DROP NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "trace_id" DROP NOT NULL');

    // Hand-written (ADR 0012): the one narrow way a log record may change after it was
    // written, the purge after the retention, which empties it down to id and time.
    await q.query(`ALTER TABLE verwerkingslog ADD CONSTRAINT "CHK_verwerkingslog_volledig_of_gewist"
      CHECK (num_nulls(${VL_INHOUD}) = 0 OR num_nonnulls(${VL_INHOUD}) = 0)`);
    await q.query(`ALTER TABLE actor_audit ADD CONSTRAINT "CHK_actor_audit_volledig_of_gewist"
      CHECK (num_nulls(${AA_VERPLICHT}) = 0 OR num_nonnulls(${AA_INHOUD}) = 0)`);
    for (const t of ['audit_wissing']) {
      await q.query(
        `CREATE TRIGGER ${t}_geen_wijziging BEFORE UPDATE OR DELETE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen()`,
      );
      await q.query(
        `CREATE TRIGGER ${t}_geen_truncate BEFORE TRUNCATE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen()`,
      );
    }
    // A purge registration is admitted only for a sealed record, at its own position, whose
    // time and whose sealing checkpoint's signed time both lie beyond the retention, which is
    // at least 5 years, and only as of now.
    await q.query(`CREATE FUNCTION audit_wissing_controle() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM nieuw w
            LEFT JOIN audit_positie p
              ON p.positie = w.positie AND p.tabel = w.tabel AND p.record_id = w.record_id
            LEFT JOIN actor_audit a ON w.tabel = 'actor_audit' AND a.id = w.record_id
            LEFT JOIN verwerkingslog v ON w.tabel = 'verwerkingslog' AND v.id = w.record_id
            LEFT JOIN LATERAL (SELECT c.tijd FROM audit_checkpoint c WHERE c.tree_size > w.positie
                                ORDER BY c.tree_size LIMIT 1) c ON true
           WHERE p.positie IS NULL OR c.tijd IS NULL OR w.bewaartermijn_jaren < 5
              OR w.gewist_op <> now()
              OR COALESCE(a.tijd, v.eind_tijd) IS NULL
              OR COALESCE(a.tijd, v.eind_tijd) >= now() - make_interval(years => w.bewaartermijn_jaren)
              OR c.tijd >= now() - make_interval(years => w.bewaartermijn_jaren))
        THEN
          RAISE EXCEPTION 'auditspoor: wissen geweigerd; alleen verzegelde records ouder dan de bewaartermijn (minstens 5 jaar)'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER audit_wissing_controle AFTER INSERT ON audit_wissing
      REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION audit_wissing_controle()`);
    // UPDATE on the logs: still refused, whoever asks and even when no row matches, unless
    // every changed row is a registered purge that keeps id and time and empties the rest.
    for (const [t, tijd, inhoud] of [
      ['verwerkingslog', 'eind_tijd', VL_INHOUD],
      ['actor_audit', 'tijd', AA_INHOUD],
    ] as const) {
      await q.query(alleenWissenSql('CREATE', t, tijd, inhoud));
      await q.query(`DROP TRIGGER ${t}_geen_wijziging ON "${t}"`);
      await q.query(
        `CREATE TRIGGER ${t}_geen_verwijdering BEFORE DELETE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen()`,
      );
      await q.query(`CREATE TRIGGER ${t}_alleen_wissen AFTER UPDATE ON "${t}"
        REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION ${t}_alleen_wissen()`);
    }
    // The purge itself: registers up to `maximum` qualifying records and empties them. The
    // triggers above check every row, so this function grants nothing by itself.
    await q.query(auditWisSql('CREATE', VL_INHOUD, AA_INHOUD));
    // Where the application's role is not a superuser, it gets UPDATE back on the content
    // columns only; the triggers decide which updates pass.
    await q.query(inhoudRechtenSql(VL_INHOUD, AA_INHOUD));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION audit_wis(integer, integer)');
    for (const t of ['verwerkingslog', 'actor_audit']) {
      await q.query(`DROP TRIGGER ${t}_alleen_wissen ON "${t}"`);
      await q.query(`DROP TRIGGER ${t}_geen_verwijdering ON "${t}"`);
      await q.query(`DROP FUNCTION ${t}_alleen_wissen()`);
      await q.query(
        `CREATE TRIGGER ${t}_geen_wijziging BEFORE UPDATE OR DELETE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen()`,
      );
    }
    await q.query('DROP TRIGGER audit_wissing_controle ON audit_wissing');
    await q.query('DROP FUNCTION audit_wissing_controle()');
    await q.query('ALTER TABLE actor_audit DROP CONSTRAINT "CHK_actor_audit_volledig_of_gewist"');
    await q.query(
      'ALTER TABLE verwerkingslog DROP CONSTRAINT "CHK_verwerkingslog_volledig_of_gewist"',
    );
    // Purged records cannot get their content back: with purged rows, SET NOT NULL fails, and
    // so does this revert, by design.
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "trace_id" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "velden" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "doorbraak" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "resultaat" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "object_type" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "actie" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "rollen" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "organisatie_code" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "actor_soort" SET NOT NULL');
    await q.query('ALTER TABLE "actor_audit" ALTER COLUMN "actor_id" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "audit_id" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "start_tijd" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "status" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "gegevenscategorieen" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "betrokkene" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "activiteit_versie" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "activiteit_id" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "span_id" SET NOT NULL');
    await q.query('ALTER TABLE "verwerkingslog" ALTER COLUMN "trace_id" SET NOT NULL');
    await q.query('DROP INDEX "public"."UQ_audit_wissing_record"');
    await q.query('DROP TABLE "audit_wissing"');
  }
}

/**
 * The function that lets an UPDATE of log table `t` through only as a registered purge that
 * keeps id and time and empties the content columns `inhoud` (a later migration that adds
 * content columns replaces it with the longer list).
 */
export function alleenWissenSql(
  kop: 'CREATE' | 'CREATE OR REPLACE',
  t: string,
  tijd: string,
  inhoud: string,
): string {
  return `${kop} FUNCTION ${t}_alleen_wissen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM nieuw) OR EXISTS (
            SELECT 1 FROM oud o FULL JOIN nieuw n ON n.id = o.id
              LEFT JOIN audit_wissing w ON w.tabel = '${t}' AND w.record_id = n.id
             WHERE o.id IS NULL OR n.id IS NULL OR w.positie IS NULL
                OR n.${tijd} IS DISTINCT FROM o.${tijd}
                OR num_nonnulls(${inhoud
                  .replace(/"/g, '')
                  .split(', ')
                  .map((c) => `n.${c}`)
                  .join(', ')}) > 0)
          THEN
            RAISE EXCEPTION 'auditspoor is alleen-toevoegen: % op % geweigerd (alleen wissen na de bewaartermijn)',
              TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN NULL;
        END $$`;
}

/** The purge itself, emptying the content columns `vl` and `aa` of the two logs. */
export function auditWisSql(kop: 'CREATE' | 'CREATE OR REPLACE', vl: string, aa: string): string {
  return `${kop} FUNCTION audit_wis(jaren integer, maximum integer) RETURNS bigint
      LANGUAGE plpgsql AS $$
      DECLARE
        grens timestamptz;
        n bigint;
      BEGIN
        IF jaren IS NULL OR jaren < 5 THEN
          RAISE EXCEPTION 'auditspoor: de bewaartermijn is minstens 5 jaar' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        grens := now() - make_interval(years => jaren);
        INSERT INTO audit_wissing (positie, tabel, record_id, bewaartermijn_jaren)
        SELECT p.positie, p.tabel, p.record_id, jaren
          FROM audit_positie p
          LEFT JOIN actor_audit a ON p.tabel = 'actor_audit' AND a.id = p.record_id
          LEFT JOIN verwerkingslog v ON p.tabel = 'verwerkingslog' AND v.id = p.record_id
         WHERE p.positie < COALESCE((SELECT max(tree_size) FROM audit_checkpoint WHERE tijd < grens), 0)
           AND COALESCE(a.tijd, v.eind_tijd) < grens
           AND NOT EXISTS (SELECT 1 FROM audit_wissing w WHERE w.positie = p.positie)
         ORDER BY p.positie
         LIMIT maximum;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF EXISTS (SELECT 1 FROM audit_wissing WHERE gewist_op = now() AND tabel = 'actor_audit') THEN
          UPDATE actor_audit a SET ${aa
            .replace(/"/g, '')
            .split(', ')
            .map((c) => `${c} = NULL`)
            .join(', ')}
            FROM audit_wissing w
           WHERE w.gewist_op = now() AND w.tabel = 'actor_audit' AND a.id = w.record_id;
        END IF;
        IF EXISTS (SELECT 1 FROM audit_wissing WHERE gewist_op = now() AND tabel = 'verwerkingslog') THEN
          UPDATE verwerkingslog v SET ${vl
            .replace(/"/g, '')
            .split(', ')
            .map((c) => `${c} = NULL`)
            .join(', ')}
            FROM audit_wissing w
           WHERE w.gewist_op = now() AND w.tabel = 'verwerkingslog' AND v.id = w.record_id;
        END IF;
        RETURN n;
      END $$`;
}

/** UPDATE back on the content columns only, where the application's role is no superuser. */
export function inhoudRechtenSql(vl: string, aa: string): string {
  return `DO $$ BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_wissing FROM %I', current_user);
        EXECUTE format('GRANT UPDATE (${vl.replace(/"/g, '')}) ON verwerkingslog TO %I', current_user);
        EXECUTE format('GRANT UPDATE (${aa.replace(/"/g, '')}) ON actor_audit TO %I', current_user);
      END IF;
    END $$`;
}
