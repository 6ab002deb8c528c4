import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { AppConfig, GereedheidService, MetricsService } from '@schakel/platform';
import { Gauge } from 'prom-client';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { AuditCheckpoint } from './audit.entities.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { GetuigeWeigering, Getuigen } from './getuige/getuigen.service.js';
import { BLAD_VERSIE, leafDataSql, type LogTable } from './log-records.js';
import { CompactRange, consistencyProofFrom, rootOf, verifyConsistency } from './merkle/merkle.js';
import { groeiTegels, tegelGrootte } from './tegel-opslag.js';

/** Arbitrary constant: the advisory lock that elects the one sequencer among replicas. */
const SEQUENCER_LOCK_KEY = 7_404_513_202;
/**
 * Records per batch: one statement, one checkpoint, one cosignature. Larger batches spread the
 * fixed cost of a checkpoint over more records (issue 12: 5,000 before); a batch of 20,000
 * takes about half a second, well within the 3 s in which every record must be sealed.
 */
const BATCH = 20_000;
/** The batch size and sealing statement before issue 12's throughput work (`bench:audit`). */
const OUDE_BATCH = 5000;

/** Sealing stopped: the log is no longer an extension of what a witness cosigned. */
export class Verzegelfout extends Error {
  constructor(
    readonly reden: string,
    readonly positie: number,
  ) {
    super(reden);
  }
}

/** What the sequencer knows of the trail: whether sealing stopped, and the last witnessing. */
export interface SequencerToestand {
  gestopt: { reden: string; positie: number; sinds: Date } | null;
  getuigd: { grootte: number; tijd: Date } | null;
}

/** The leaf ranges [start, end) of the complete subtrees that make up a tree of `size`. */
function frontierRanges(size: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (start + bit <= size) {
      ranges.push([start, start + bit]);
      start += bit;
    }
  }
  return ranges;
}

/**
 * Gives committed log records their position, folds them into the Merkle tree (RFC 6962),
 * signs a checkpoint per batch (also as a C2SP signed note) and has the witnesses cosign it.
 * One leader (PostgreSQL advisory lock held on its own connection, with a statement timeout);
 * it works off the request path, from a queue the requests fill in their own transactions.
 *
 * Before it signs, it checks that the new tree extends the last checkpoint the local witness
 * cosigned, and on every pass that every witnessed checkpoint is still in the database with
 * the same root. If not (a rewrite, a rollback, a deleted checkpoint, a queue entry without
 * its record), it stops sealing and says why: log line, metric, readiness, the FG's screen.
 */
@Injectable()
export class AuditSequencer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditSequencer');
  private timer?: NodeJS.Timeout;
  private leader?: QueryRunner;
  private frontier?: CompactRange;
  /** Whether the tiles hold every sealed position (checked once per leadership). */
  private tegelsBij = false;
  private running?: Promise<number>;
  private gestopt: SequencerToestand['gestopt'] = null;
  /**
   * Only for `npm run bench:audit`: seal the way it was done before issue 12's throughput work
   * (batches of 5,000, records joined to the queue in a way that let the planner hash-join the
   * whole log table per batch, leaf hashes read back for every proof), so one run measures old
   * against new. Produces the same leaves, positions and checkpoints.
   */
  oudeManier = false;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly signer: CheckpointSigner,
    private readonly getuigen: Getuigen,
    metrics: MetricsService,
    gereedheid: GereedheidService,
  ) {
    const gestopt = () => this.gestopt;
    const leidt = () => this.leidt;
    const achterstand = () => this.achterstand();
    new Gauge({
      name: 'audit_verzegeling_gestopt',
      help: 'Of het verzegelen van het auditspoor gestopt is (1) omdat het log niet meer aansluit op wat een getuige medeondertekende',
      registers: [metrics.registry],
      collect() {
        this.set(gestopt() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'audit_sequencer_leider',
      help: "Of dit proces de sequencer van het auditspoor leidt (1): precies een proces over alle replica's",
      registers: [metrics.registry],
      collect() {
        this.set(leidt() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'audit_oudste_onverzegeld_seconden',
      help: 'Leeftijd van het oudste record dat nog niet verzegeld is (0 als er geen wacht)',
      registers: [metrics.registry],
      async collect() {
        this.set(await achterstand());
      },
    });
    new Gauge({
      name: 'audit_getuigd_grootte',
      help: 'Grootte van het laatste checkpoint dat de lokale getuige medeondertekende',
      registers: [metrics.registry],
      collect() {
        this.set(getuigen.laatste()?.grootte ?? 0);
      },
    });
    new Gauge({
      name: 'audit_getuige_fouten',
      help: 'Mislukte verzoeken aan externe getuigen sinds de start',
      registers: [metrics.registry],
      collect() {
        this.set(getuigen.fouten);
      },
    });
    gereedheid.registreer('auditspoor', async () => {
      if (this.gestopt) {
        return `verzegelen gestopt vanaf positie ${String(this.gestopt.positie)}: ${this.gestopt.reden}`;
      }
      const lag = await this.achterstand();
      return lag > this.config.AUDIT_MAX_LAG_S
        ? `het oudste onverzegelde record wacht al ${String(Math.round(lag))} s`
        : undefined;
    });
  }

  onApplicationBootstrap(): void {
    // The `api` role leaves sealing to the worker processes (ADR 0029).
    if (!this.config.achtergrondwerk) return;
    this.timer = setInterval(() => {
      this.sealNow().catch((err: unknown) => {
        this.logger.error({ err }, 'Sequencer pass failed');
      });
    }, this.config.AUDIT_SEQUENCER_INTERVAL_S * 1000);
    this.timer.unref();
  }

  /** A graceful stop seals what is queued first, so a stop opens no window for deletions. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.config.achtergrondwerk) return;
    clearInterval(this.timer);
    await this.running?.catch(() => 0);
    await this.sealNow().catch((err: unknown) => {
      this.logger.error({ err }, 'Last sequencer pass before stopping failed');
    });
    await this.resign();
  }

  /** Seals everything queued now (when this instance leads); returns how many records. */
  sealNow(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Whether this process holds the sequencer's lock now. */
  get leidt(): boolean {
    return this.leader !== undefined && !this.leader.isReleased;
  }

  toestand(): SequencerToestand {
    const w = this.getuigen.laatste();
    return {
      gestopt: this.gestopt,
      getuigd: w ? { grootte: w.grootte, tijd: new Date(w.tijd * 1000) } : null,
    };
  }

  /** Seconds the oldest queued record has waited. */
  async achterstand(): Promise<number> {
    const [row] = await this.dataSource.query<{ s: number | null }[]>(
      'SELECT EXTRACT(EPOCH FROM now() - min(tijd))::float8 AS s FROM audit_wachtrij',
    );
    return Math.max(0, row?.s ?? 0);
  }

  private async pass(): Promise<number> {
    if (!(await this.lead())) return 0;
    const runner = this.leader;
    if (!runner) return 0;
    try {
      await this.bewaak(runner.manager);
      await this.tegelsInhalen(runner.manager);
      let total = 0;
      for (;;) {
        const n = await this.sealBatch();
        total += n;
        if (n < (this.oudeManier ? OUDE_BATCH : BATCH)) break;
      }
      await this.getuigLaatste(runner.manager);
      if (this.gestopt) this.logger.log('Audit sealing resumed: the log agrees with its witnesses');
      this.gestopt = null;
      return total;
    } catch (err) {
      if (!(err instanceof Verzegelfout) && !(err instanceof GetuigeWeigering)) throw err;
      const positie =
        err instanceof Verzegelfout ? err.positie : await this.grootte(runner.manager);
      const reden = err instanceof Verzegelfout ? err.reden : err.message;
      if (this.gestopt?.reden !== reden) {
        this.logger.error({ positie, reden }, 'Audit sealing stopped');
      }
      this.gestopt = { reden, positie, sinds: this.gestopt?.sinds ?? new Date() };
      return 0;
    }
  }

  private async lead(): Promise<boolean> {
    if (this.leader && !this.leader.isReleased) return true;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const [row] = await runner.manager.query<{ ok: boolean }[]>(
      'SELECT pg_try_advisory_lock($1) AS ok',
      [SEQUENCER_LOCK_KEY],
    );
    if (!row?.ok) {
      await runner.release();
      return false;
    }
    await runner.query(
      `SET statement_timeout = ${String(this.config.AUDIT_SEQUENCER_STATEMENT_TIMEOUT_S * 1000)}`,
    );
    // A batch's estimated cost passes jit_above_cost, and compiling its leaf expressions takes
    // longer than evaluating them.
    await runner.query('SET jit = off');
    this.leader = runner;
    this.frontier = undefined; // reload from the latest checkpoint
    this.tegelsBij = false;
    this.logger.log('This instance is the audit sequencer');
    return true;
  }

  private async resign(): Promise<void> {
    const runner = this.leader;
    this.leader = undefined;
    if (!runner || runner.isReleased) return;
    await runner
      .query('SELECT pg_advisory_unlock($1)', [SEQUENCER_LOCK_KEY])
      .catch(() => undefined);
    await runner.release();
  }

  /**
   * Builds the tiles a log sealed before them (or by an older version) is missing, from the
   * leaf hashes, in steps of 65,536 positions. Sealing then grows them batch by batch.
   */
  private async tegelsInhalen(m: EntityManager): Promise<void> {
    if (this.tegelsBij) return;
    const grootte = await this.grootte(m);
    let t = await tegelGrootte(m);
    if (t > grootte) {
      throw new Verzegelfout(
        `het log is ingekort: de tegels bevatten ${String(t)} posities, het log ${String(grootte)}`,
        grootte,
      );
    }
    if (t < grootte) this.logger.log({ van: t, tot: grootte }, 'Building the audit tiles');
    while (t < grootte) {
      const tot = Math.min(grootte, t + 65_536);
      const rows = await m.query<{ leaf_hash: Buffer }[]>(
        'SELECT leaf_hash FROM audit_positie WHERE positie >= $1 AND positie < $2 ORDER BY positie',
        [t, tot],
      );
      if (rows.length !== tot - t) {
        throw new Verzegelfout(`posities tussen ${String(t)} en ${String(tot)} ontbreken`, t);
      }
      await groeiTegels(
        m,
        t,
        rows.map((r) => r.leaf_hash),
      );
      t = tot;
    }
    this.tegelsBij = true;
  }

  private async grootte(m: EntityManager): Promise<number> {
    const [row] = await m.query<{ n: string | null }[]>(
      'SELECT max(positie) + 1 AS n FROM audit_positie',
    );
    return Number(row?.n ?? 0);
  }

  private async loadFrontier(m: EntityManager): Promise<CompactRange> {
    const latest = await m
      .getRepository(AuditCheckpoint)
      .find({ order: { treeSize: 'DESC' }, take: 1 });
    return latest[0] ? CompactRange.fromJSON(latest[0].frontier) : CompactRange.empty();
  }

  /**
   * Every checkpoint the local witness cosigned must still be in the database with the same
   * root. When one is not, finds where the log differs and throws Verzegelfout.
   */
  private async bewaak(m: EntityManager): Promise<void> {
    const getuigd = this.getuigen.getuigd();
    if (getuigd.length === 0) return;
    const [bad] = await m.query<{ s: string }[]>(
      `SELECT w.s::text AS s
         FROM unnest($1::bigint[], $2::bytea[]) AS w(s, r)
         LEFT JOIN audit_checkpoint c ON c.tree_size = w.s
        WHERE c.root_hash IS DISTINCT FROM w.r
        ORDER BY w.s LIMIT 1`,
      [getuigd.map((g) => g.grootte), getuigd.map((g) => g.wortel)],
    );
    if (!bad) return;
    const s = Number(bad.s);
    const n = await this.grootte(m);
    if (n < s) {
      throw new Verzegelfout(
        `het log is teruggedraaid of herschreven: de getuige medeondertekende ${String(s)} posities, de database heeft er ${String(n)}`,
        n,
      );
    }
    const leaves = await m.query<{ leaf_hash: Buffer }[]>(
      'SELECT leaf_hash FROM audit_positie WHERE positie < $1 ORDER BY positie',
      [s],
    );
    const w = getuigd.find((g) => g.grootte === s);
    if (w && rootOf(leaves.map((l) => l.leaf_hash)).equals(w.wortel)) {
      throw new Verzegelfout(
        `checkpoint ${String(s)}, door de getuige medeondertekend, ontbreekt in de database of is gewijzigd`,
        s - 1,
      );
    }
    const vorige = getuigd.filter((g) => g.grootte < s).at(-1)?.grootte ?? 0;
    throw new Verzegelfout(
      `het log is herschreven tussen positie ${String(vorige)} en ${String(s - 1)}: de boom van ${String(s)} wijkt af van wat de getuige medeondertekende`,
      vorige,
    );
  }

  /**
   * The consistency proof from `oud` to `grootte`: the nodes left of `oud` are the frontier
   * of checkpoint `oud`, the others come from the leaf hashes in [oud, grootte).
   */
  private async bewijsVan(
    m: EntityManager,
    oud: number,
    grootte: number,
    bekend?: { van: number; hashes: readonly Buffer[] },
  ): Promise<Buffer[]> {
    if (oud === 0 || oud === grootte) return [];
    if (oud > grootte) {
      throw new Verzegelfout(
        `het log is teruggedraaid: de getuige kent ${String(oud)} posities, het log ${String(grootte)}`,
        grootte,
      );
    }
    const [row] = await m.query<{ frontier: unknown }[]>(
      'SELECT frontier FROM audit_checkpoint WHERE tree_size = $1',
      [oud],
    );
    if (!row) {
      throw new Verzegelfout(
        `checkpoint ${String(oud)}, door de getuige medeondertekend, ontbreekt in de database`,
        oud - 1,
      );
    }
    const hashes = CompactRange.fromJSON(row.frontier)
      .toJSON()
      .hashes.map((h) => Buffer.from(h, 'hex'));
    const nodes = new Map(
      frontierRanges(oud).map(([a, b], i) => [`${String(a)}:${String(b)}`, hashes[i]]),
    );
    // The batch just sealed holds the leaf hashes from `oud` on: no need to read them back.
    const leaves =
      bekend?.van === oud && bekend.hashes.length === grootte - oud
        ? bekend.hashes
        : (
            await m.query<{ leaf_hash: Buffer }[]>(
              'SELECT leaf_hash FROM audit_positie WHERE positie >= $1 AND positie < $2 ORDER BY positie',
              [oud, grootte],
            )
          ).map((r) => r.leaf_hash);
    if (leaves.length !== grootte - oud) {
      throw new Verzegelfout(`posities tussen ${String(oud)} en ${String(grootte)} ontbreken`, oud);
    }
    return consistencyProofFrom(oud, grootte, (start, end) => {
      const node = nodes.get(`${String(start)}:${String(end)}`);
      if (node) return node;
      if (start < oud) throw new Error(`no frontier node [${String(start)}, ${String(end)})`);
      return rootOf(leaves.slice(start - oud, end - oud));
    });
  }

  /** Has the witnesses cosign the latest checkpoint when it is new, or as a heartbeat. */
  private async getuigLaatste(m: EntityManager): Promise<void> {
    const [c] = await m
      .getRepository(AuditCheckpoint)
      .find({ order: { treeSize: 'DESC' }, take: 1 });
    if (!c) return;
    const size = Number(c.treeSize);
    const w = this.getuigen.laatste();
    const stil = !w || Date.now() - w.tijd * 1000 >= this.config.AUDIT_HEARTBEAT_S * 1000;
    if (w && w.grootte >= size && !stil) return;
    await this.getuigen.getuig(c.notitie ?? this.signer.notitie(size, c.rootHash), (oud) =>
      this.bewijsVan(m, oud, size),
    );
  }

  /**
   * One batch in one transaction and one statement: take entries off the queue in queue
   * order, give them the next positions, and store the leaf hash that PostgreSQL computes
   * from each record (`leafDataSql` of the current leaf version, the same bytes as
   * `leafData`). Only the leaf hashes come back, to fold into the frontier and sign. Each
   * record is looked up by its primary key (a correlated subquery, so the planner cannot choose
   * to hash-join the whole log table for every batch, which made sealing slower as the log
   * grew).
   */
  private async sealBatch(): Promise<number> {
    const runner = this.leader;
    if (!runner) return 0;
    await runner.startTransaction();
    let frontier: CompactRange | undefined;
    try {
      const m = runner.manager;
      frontier = this.frontier ?? (await this.loadFrontier(m));
      const leaf = (tabel: LogTable, alias: string) =>
        `sha256('\\x00'::bytea || convert_to(${leafDataSql(tabel, alias, 'n.positie', BLAD_VERSIE)}, 'UTF8'))`;
      const sealed = await m.query<{ positie: string; leaf_hash: Buffer }[]>(
        this.oudeManier
          ? this.oudeSql(leaf)
          : `WITH queued AS (
           DELETE FROM audit_wachtrij
            WHERE id IN (SELECT id FROM audit_wachtrij ORDER BY id LIMIT ${String(BATCH)})
        RETURNING id, tabel, record_id),
         n AS (
           SELECT $1::bigint + row_number() OVER (ORDER BY id) - 1 AS positie, tabel, record_id
             FROM queued)
         INSERT INTO audit_positie (positie, tabel, record_id, leaf_hash, blad_versie)
         SELECT n.positie, n.tabel, n.record_id,
                CASE n.tabel
                  WHEN 'actor_audit' THEN
                    (SELECT ${leaf('actor_audit', 'a')} FROM actor_audit a WHERE a.id = n.record_id)
                  WHEN 'verwerkingslog' THEN
                    (SELECT ${leaf('verwerkingslog', 'v')} FROM verwerkingslog v WHERE v.id = n.record_id)
                END,
                ${String(BLAD_VERSIE)}
           FROM n
        RETURNING positie, leaf_hash`,
        [frontier.size],
      );
      if (sealed.length === 0) {
        await runner.commitTransaction();
        return 0;
      }
      const hashes: Buffer[] = new Array<Buffer>(sealed.length);
      for (const r of sealed) hashes[Number(r.positie) - frontier.size] = r.leaf_hash;
      const next = CompactRange.fromJSON(frontier.toJSON());
      for (const h of hashes) next.append(h);
      await groeiTegels(m, frontier.size, hashes);
      const root = next.root();
      // The consistency proof from the last witnessed size: checked here, then sent to the
      // witnesses (computed once, from the hashes of this batch when the witness is current).
      const bekend = this.oudeManier ? undefined : { van: frontier.size, hashes };
      const bewijzen = new Map<number, Promise<Buffer[]>>();
      const bewijs = (oud: number) => {
        let b = bewijzen.get(oud);
        if (!b) {
          b = this.bewijsVan(m, oud, next.size, bekend);
          if (!this.oudeManier) bewijzen.set(oud, b);
        }
        return b;
      };
      // Never sign a tree that does not extend the last witnessed checkpoint.
      const w = this.getuigen.laatste();
      if (w) {
        if (!verifyConsistency(w.grootte, next.size, w.wortel, root, await bewijs(w.grootte))) {
          throw new Verzegelfout(
            `de nieuwe boom van ${String(next.size)} posities is geen uitbreiding van het medeondertekende checkpoint ${String(w.grootte)}`,
            w.grootte,
          );
        }
      }
      const tijd = new Date();
      const notitie = this.signer.notitie(next.size, root);
      await m.insert(AuditCheckpoint, {
        treeSize: String(next.size),
        rootHash: root,
        tijd,
        keyId: this.signer.keyId,
        handtekening: this.signer.sign(next.size, root, tijd),
        frontier: next.toJSON() as unknown as object,
        notitie,
      });
      await runner.commitTransaction();
      this.frontier = next;
      await this.getuigen.getuig(notitie, bewijs);
      return sealed.length;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      this.frontier = undefined;
      // A queue entry whose record is gone yields a NULL leaf hash, which NOT NULL refuses:
      // the whole batch rolls back and sealing stops, naming the entry.
      if ((err as { code?: string }).code === '23502' && frontier) {
        throw await this.spookFout(runner.manager, frontier.size);
      }
      throw err;
    }
  }

  /** The sealing statement as it was before issue 12's throughput work (bench only). */
  private oudeSql(leaf: (tabel: LogTable, alias: string) => string): string {
    return `WITH queued AS (
           DELETE FROM audit_wachtrij
            WHERE id IN (SELECT id FROM audit_wachtrij ORDER BY id LIMIT ${String(OUDE_BATCH)})
        RETURNING id, tabel, record_id),
         n AS (
           SELECT $1::bigint + row_number() OVER (ORDER BY id) - 1 AS positie, tabel, record_id
             FROM queued)
         INSERT INTO audit_positie (positie, tabel, record_id, leaf_hash, blad_versie)
         SELECT n.positie, n.tabel, n.record_id,
                CASE WHEN n.tabel = 'actor_audit' AND a.id IS NOT NULL
                       THEN ${leaf('actor_audit', 'a')}
                     WHEN n.tabel = 'verwerkingslog' AND v.id IS NOT NULL
                       THEN ${leaf('verwerkingslog', 'v')} END,
                ${String(BLAD_VERSIE)}
           FROM n
           LEFT JOIN actor_audit a ON n.tabel = 'actor_audit' AND a.id = n.record_id
           LEFT JOIN verwerkingslog v ON n.tabel = 'verwerkingslog' AND v.id = n.record_id
        RETURNING positie, leaf_hash`;
  }

  /** Finds the first queue entry without its record: sealing it would seal a phantom. */
  private async spookFout(m: EntityManager, size: number): Promise<Verzegelfout> {
    const [row] = await m.query<{ id: string; tabel: string; record_id: string; rang: string }[]>(
      `SELECT * FROM (
         SELECT w.id, w.tabel, w.record_id, row_number() OVER (ORDER BY w.id) - 1 AS rang,
                (a.id IS NULL AND v.id IS NULL) AS spook
           FROM audit_wachtrij w
           LEFT JOIN actor_audit a ON w.tabel = 'actor_audit' AND a.id = w.record_id
           LEFT JOIN verwerkingslog v ON w.tabel = 'verwerkingslog' AND v.id = w.record_id) q
        WHERE spook ORDER BY id LIMIT 1`,
    );
    if (!row) return new Verzegelfout('een wachtrij-item kon niet verzegeld worden', size);
    return new Verzegelfout(
      `wachtrij-item ${row.id} verwijst naar ${row.tabel} ${row.record_id}, dat niet bestaat: het record is verwijderd`,
      size + Number(row.rang),
    );
  }
}
