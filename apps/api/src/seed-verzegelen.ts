import { randomUUID } from 'node:crypto';
import {
  AuditCheckpoint,
  BLAD_VERSIE,
  type CheckpointSigner,
  bladHashSql,
  merkle,
  type LogTable,
  UUID_V7_SQL,
} from '@schakel/audit';
import type { DataSource } from 'typeorm';

/**
 * Log records for `npm run seed`, sealed in bulk (issue 16). Each statement writes one chunk of
 * accesses (an actor audit record each, one or two processing records) and, in the same
 * statement, their positions with the leaf hash that PostgreSQL computes from the stored row
 * with the audit library's own leaf encoding (`bladHashSql` at `BLAD_VERSIE`, the sequencer's
 * expression). Chunks get position ranges up front, so two connections write side by side. The
 * tree is then folded once over the leaf hashes (`merkle.CompactRange`, the sequencer's frontier)
 * and one checkpoint is signed with the log key (`CheckpointSigner`). The seed then lets the
 * sequencer lead: it builds the tiles from the leaf hashes (its catch-up), seals anything
 * queued and has the witness cosign. `audit:verify` checks the result like any trail.
 *
 * The audit library's public functions only: the sequencer and verify are untouched.
 */

export interface LogOpdracht {
  /** Accesses to write: 2.5 log records each on average (one actor audit, 1 or 2 processing). */
  toegangen: number;
  meldingIds: readonly string[];
  pseudoniemen: readonly string[];
  jaren: number;
  regelsVersie: string;
  /** Accesses per statement. */
  chunk?: number;
  /** Connections writing side by side. */
  parallel?: number;
  voortgang(geschreven: number): void;
  verzegelVoortgang(klaar: number, totaal: number): void;
  /** Runs once the checkpoint is signed, side by side with the index rebuild (the tiles). */
  naCheckpoint(): Promise<void>;
}

const blad = (tabel: LogTable, alias: string, positie: string) =>
  bladHashSql(tabel, alias, positie, BLAD_VERSIE);

/** Processing records of accesses [start, start + n): one each, two for every odd access. */
const verwerkingen = (start: number, n: number): number =>
  n + Math.floor((start + n) / 2) - Math.floor(start / 2);

/** The secondary (non-unique) indexes of the log tables, dropped for the load and rebuilt. */
async function secundaireIndexen(ds: DataSource): Promise<{ naam: string; def: string }[]> {
  return ds.query(
    `SELECT c.relname AS naam, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid IN ('actor_audit'::regclass, 'verwerkingslog'::regclass)
        AND NOT i.indisunique AND NOT i.indisprimary`,
  );
}

export async function schrijfEnVerzegel(
  ds: DataSource,
  signer: CheckpointSigner,
  o: LogOpdracht,
): Promise<{ records: number; grootte: number; seconden: Record<string, number> }> {
  const seconden: Record<string, number> = {};
  const t0 = Date.now();
  const [laatste] = await ds
    .getRepository(AuditCheckpoint)
    .find({ order: { treeSize: 'DESC' }, take: 1 });
  const frontier = laatste
    ? merkle.CompactRange.fromJSON(laatste.frontier)
    : merkle.CompactRange.empty();
  const [max] = await ds.query<{ n: string | null }[]>(
    'SELECT max(positie) + 1 AS n FROM audit_positie',
  );
  if (Number(max?.n ?? 0) !== frontier.size) {
    throw new Error('Het auditspoor heeft posities na het laatste checkpoint; verzegel eerst.');
  }
  const basis = frontier.size;
  const chunk = o.chunk ?? 100_000;
  const parallel = o.parallel ?? 2;
  // Position ranges up front: chunk c starts where the chunks before it end.
  const chunks: { start: number; n: number; positie: number }[] = [];
  for (let start = 0, positie = basis; start < o.toegangen; start += chunk) {
    const n = Math.min(chunk, o.toegangen - start);
    chunks.push({ start, n, positie });
    positie += n + verwerkingen(start, n);
  }
  const indexen = await secundaireIndexen(ds);
  for (const i of indexen) await ds.query(`DROP INDEX "${i.naam}"`);
  const grootte = chunks.reduce((n, c) => n + c.n + verwerkingen(c.start, c.n), basis);
  const geschreven = grootte - basis;
  // Chunks are written side by side; the tree is folded over each finished chunk in order,
  // while later chunks are still being written.
  const klaar = chunks.map(() => {
    let gereed: () => void = () => undefined;
    let mislukt: (err: unknown) => void = () => undefined;
    const p = new Promise<void>((res, rej) => {
      gereed = res;
      mislukt = rej;
    });
    p.catch(() => undefined);
    return {
      p,
      gereed: () => {
        gereed();
      },
      mislukt: (e: unknown) => {
        mislukt(e);
      },
    };
  });
  let volgende = 0;
  let weggeschreven = 0;
  const werker = async (): Promise<void> => {
    for (let nr = volgende++; nr < chunks.length; nr = volgende++) {
      const c = chunks[nr];
      const k = klaar[nr];
      if (!c || !k) break;
      try {
        await schrijfChunk(ds, o, c);
      } catch (err) {
        k.mislukt(err);
        throw err;
      }
      weggeschreven += c.n + verwerkingen(c.start, c.n);
      o.voortgang(weggeschreven);
      k.gereed();
    }
  };
  let gevouwen = 0;
  const vouwer = async (): Promise<void> => {
    for (const [nr, c] of chunks.entries()) {
      await klaar[nr]?.p;
      const van = c.positie;
      const tot = van + c.n + verwerkingen(c.start, c.n);
      const [deel] = await ds.query<{ h: Buffer | null; n: string }[]>(
        `SELECT string_agg(leaf_hash, ''::bytea ORDER BY positie) AS h, count(*) AS n
           FROM audit_positie WHERE positie >= $1 AND positie < $2`,
        [van, tot],
      );
      if (!deel?.h || Number(deel.n) !== tot - van) {
        throw new Error(`Posities tussen ${String(van)} en ${String(tot)} ontbreken`);
      }
      for (let k = 0; k < deel.h.length; k += merkle.HASH_SIZE) {
        frontier.append(deel.h.subarray(k, k + merkle.HASH_SIZE));
      }
      gevouwen += tot - van;
      o.verzegelVoortgang(gevouwen, geschreven);
    }
  };
  await Promise.all([...Array.from({ length: parallel }, werker), vouwer()]);
  seconden.logrecordsEnBoom = (Date.now() - t0) / 1000;
  if (frontier.size !== grootte) throw new Error('De boom telt niet elk record');

  const root = frontier.root();
  const tijd = new Date();
  await ds.getRepository(AuditCheckpoint).insert({
    treeSize: String(frontier.size),
    rootHash: root,
    tijd,
    keyId: signer.keyId,
    handtekening: signer.sign(frontier.size, root, tijd),
    frontier: frontier.toJSON() as unknown as object,
    notitie: signer.notitie(frontier.size, root),
  });

  // The indexes again, side by side with what follows the checkpoint (the tiles).
  const t1 = Date.now();
  const rij = [...indexen];
  const bouwer = (): Promise<void> =>
    ds.transaction(async (m) => {
      await m.query("SET LOCAL maintenance_work_mem = '256MB'");
      for (let i = rij.shift(); i; i = rij.shift()) await m.query(i.def);
    });
  await Promise.all([
    bouwer().then(() => {
      seconden.indexen = (Date.now() - t1) / 1000;
    }),
    o.naCheckpoint().then(() => {
      seconden.naCheckpoint = (Date.now() - t1) / 1000;
    }),
  ]);
  return { records: geschreven, grootte: frontier.size, seconden };
}

/** One chunk of accesses: its records and, in the same statement, their positions and leaves. */
async function schrijfChunk(
  ds: DataSource,
  o: LogOpdracht,
  c: { start: number; n: number; positie: number },
): Promise<void> {
  const [rij] = await ds.query<{ n: string }[]>(
    `WITH g AS (
       SELECT ${UUID_V7_SQL} AS id, s,
              now() - make_interval(secs => ($4::float8 * 365 * 86400) * ((s * 7919) % 100003) / 100003.0) AS tijd,
              CASE WHEN s % 5 = 0 THEN 'demo-politie-1' WHEN s % 5 IN (1, 2) THEN 'demo-vt-rr-medewerker' WHEN s % 5 = 3 THEN 'demo-vt-zhz-medewerker' ELSE 'demo-vt-rr-coordinator' END AS actor,
              ($2::uuid[])[(1 + (s * 31) % cardinality($2::uuid[]))::int] AS melding,
              md5(s::text || $5) AS trace
         FROM generate_series($1::bigint, $1::bigint + $6 - 1) s
     ), ps AS MATERIALIZED (
       -- The pseudonyms as a table to join: a subscript into a text array walks it from the
       -- start (its elements have no fixed width), which took most of the time at M.
       SELECT p, nr::int - 1 AS nr FROM unnest($3::text[]) WITH ORDINALITY AS u(p, nr)
     ), a AS (
       INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie, object_type,
         object_id, resultaat, regel, activiteit_id, activiteit_versie, velden, trace_id, verzoek_span_id, regels_versie)
       SELECT id, tijd, actor, 'gebruiker',
              CASE WHEN actor = 'demo-politie-1' THEN 'politie-rotterdam' WHEN actor LIKE 'demo-vt-zhz%' THEN 'vt-zuid-holland-zuid' ELSE 'vt-rotterdam-rijnmond' END,
              CASE WHEN actor = 'demo-politie-1' THEN '{politie-medewerker}'::text[] WHEN actor LIKE '%coordinator' THEN '{vt-coordinator}'::text[] ELSE '{vt-medewerker}'::text[] END,
              CASE WHEN s % 7 = 0 THEN 'indienen' ELSE 'read' END, 'Zorgmelding', melding::text, 'toegestaan',
              CASE WHEN actor = 'demo-politie-1' THEN 'politie:eigen-zorgmeldingen' ELSE 'vt:eigen-meldingen' END,
              CASE WHEN actor = 'demo-politie-1' THEN 'zorgmelding-indienen' ELSE 'zorgmelding-ontvangen-beoordelen' END,
              1, '{}'::text[], trace, substr(trace, 1, 16), $7
         FROM g
       RETURNING *
     ), v AS (
       INSERT INTO verwerkingslog (id, trace_id, span_id, activiteit_id, activiteit_versie, betrokkene,
         gegevenscategorieen, status, start_tijd, eind_tijd, audit_id)
       SELECT ${UUID_V7_SQL}, g.trace, substr(md5(g.trace || k), 1, 16),
              CASE WHEN g.actor = 'demo-politie-1' THEN 'zorgmelding-indienen' ELSE 'zorgmelding-ontvangen-beoordelen' END,
              1, ps.p,
              '{identificatie,woonsituatie,"gezin en jeugd"}'::text[], 'geslaagd', g.tijd, g.tijd, g.id
         FROM g CROSS JOIN generate_series(1, 1 + (g.s % 2)::int) k
         JOIN ps ON ps.nr = ((g.s * 17 + k * 7919) % cardinality($3::text[]))::int
       RETURNING *
     ), pa AS (
       SELECT $8::bigint + row_number() OVER () - 1 AS positie, a.* FROM a
     ), pv AS (
       SELECT $8::bigint + $6 + row_number() OVER () - 1 AS positie, v.* FROM v
     ), p AS (
       INSERT INTO audit_positie (positie, tabel, record_id, leaf_hash, blad_versie)
       SELECT pa.positie, 'actor_audit', pa.id, ${blad('actor_audit', 'pa', 'pa.positie')}, ${String(BLAD_VERSIE)} FROM pa
       UNION ALL
       SELECT pv.positie, 'verwerkingslog', pv.id, ${blad('verwerkingslog', 'pv', 'pv.positie')}, ${String(BLAD_VERSIE)} FROM pv
       RETURNING 1
     )
     SELECT count(*) AS n FROM p`,
    [c.start, o.meldingIds, o.pseudoniemen, o.jaren, randomUUID(), c.n, o.regelsVersie, c.positie],
  );
  const verwacht = c.n + verwerkingen(c.start, c.n);
  if (Number(rij?.n) !== verwacht) {
    throw new Error(
      `Chunk vanaf ${String(c.start)}: ${String(rij?.n)} posities, verwacht ${String(verwacht)}`,
    );
  }
}
