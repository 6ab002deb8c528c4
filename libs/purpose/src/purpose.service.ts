import { readFileSync } from 'node:fs';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ProblemException, notFound } from '@schakel/platform';
import { AuditService } from '@schakel/audit';
import { IdentityService, type Actor } from '@schakel/identity';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { bewaarTot } from './bewaartermijn.js';
import type {
  NieuweVerwerkingsactiviteit,
  VerwerkingsactiviteitInhoud,
} from './dto/verwerkingsactiviteit.dto.js';
import {
  Doelcompatibiliteit,
  Verwerkingsactiviteit,
  type VersieStatus,
} from './verwerkingsactiviteit.entity.js';

interface RegisterData {
  verwerkingsactiviteiten: Omit<
    Verwerkingsactiviteit,
    'versie' | 'vastgelegdDoor' | 'vastgelegdOp'
  >[];
  doelcompatibiliteit: Doelcompatibiliteit[];
}

/** The activity (id and version) a request is bound to. */
export interface GebondenDoel {
  id: string;
  versie: number;
  grondslag: string;
}

/**
 * Whether the code defines rules for `rol` under activity `activiteitId`: the register may
 * only name roles the abilities know under that activity.
 */
export type Regelkennis = (activiteitId: string, rol: string) => boolean;

/** Who writes or decides, for the audit trail. */
export interface Handeling {
  actor: Actor;
  /** The activity the request is bound to, when the route binds one. */
  doel?: { id: string; versie: number };
  /** The rule that let the request through the guard. */
  regel?: string;
  /** The version of the authorization rules that let the request through the guard. */
  regelsVersie?: string;
  trace: { traceId: string; spanId: string; parentSpanId?: string };
}

/**
 * The register of processing activities (AVG art. 30) and purpose binding: which activity a
 * request serves, whether this actor may act under it, and which purposes are compatible.
 */
/** Today as Schakel counts days: in the Netherlands, whatever the session's time zone. */
const VANDAAG_SQL = "(now() AT TIME ZONE 'Europe/Amsterdam')::date";

@Injectable()
export class PurposeService implements OnModuleInit {
  constructor(
    @InjectRepository(Verwerkingsactiviteit)
    private readonly activiteiten: Repository<Verwerkingsactiviteit>,
    @InjectRepository(Doelcompatibiliteit)
    private readonly compatibiliteit: Repository<Doelcompatibiliteit>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly identity: IdentityService,
  ) {}

  /**
   * The names (from the user directory) of who recorded and who decided these versions, for
   * the beheerder's and the FG's screens; the seed and unknown ids are absent.
   */
  namen(versies: readonly Verwerkingsactiviteit[]): Promise<Map<string, string>> {
    const ids = versies.flatMap((v) => [v.vastgelegdDoor, v.beoordeeldDoor ?? '']).filter(Boolean);
    return ids.length === 0
      ? Promise.resolve(new Map<string, string>())
      : this.identity.namen(this.dataSource.manager, ids);
  }

  private heeftRegels: Regelkennis = () => false;

  /** Reads the seed register: first versions of activities the table does not know yet. */
  async onModuleInit(): Promise<void> {
    const data = JSON.parse(
      readFileSync(new URL('./data/verwerkingsregister.json', import.meta.url), 'utf8'),
    ) as RegisterData;
    const known = new Set(
      (await this.activiteiten.find({ select: { id: true } })).map((a) => a.id),
    );
    const nieuw = data.verwerkingsactiviteiten.filter((a) => !known.has(a.id));
    if (nieuw.length > 0) {
      // Replicas (and test files) that start together on a fresh database seed at once.
      await this.activiteiten
        .createQueryBuilder()
        .insert()
        .values(nieuw.map((a) => ({ ...a, versie: 1, vastgelegdDoor: 'seed' })))
        .orIgnore()
        .execute();
    }
    await this.compatibiliteit.upsert(data.doelcompatibiliteit, [
      'vanActiviteit',
      'naarActiviteit',
    ]);
  }

  /**
   * The version of each activity in force today: the highest valid one whose date has come.
   * Proposed, rejected and lapsed versions are never in force.
   */
  async current(m?: EntityManager): Promise<Verwerkingsactiviteit[]> {
    // Inside a step's transaction pass its manager: a pool query there could wait on it.
    return (m ? m.getRepository(Verwerkingsactiviteit) : this.activiteiten)
      .createQueryBuilder('a')
      .distinctOn(['a.id'])
      .where(`a.geldig_vanaf <= ${VANDAAG_SQL} AND a.status = 'geldig'`)
      .orderBy('a.id')
      .addOrderBy('a.versie', 'DESC')
      .getMany();
  }

  async currentOf(id: string): Promise<Verwerkingsactiviteit | null> {
    return this.activiteiten
      .createQueryBuilder('a')
      .where(`a.id = :id AND a.geldig_vanaf <= ${VANDAAG_SQL} AND a.status = 'geldig'`, { id })
      .orderBy('a.versie', 'DESC')
      .limit(1)
      .getOne();
  }

  /**
   * The versions of an activity, oldest first: those that are or were valid, and with
   * `metVoorstellen` also the proposed, rejected and lapsed ones.
   */
  versions(id: string, metVoorstellen = false): Promise<Verwerkingsactiviteit[]> {
    return this.activiteiten.find({
      where: metVoorstellen ? { id } : { id, status: 'geldig' },
      order: { versie: 'ASC' },
    });
  }

  /** Every version of every activity, by id then version: the register as it was and is (art. 30). */
  alleVersies(): Promise<Verwerkingsactiviteit[]> {
    return this.activiteiten.find({ order: { id: 'ASC', versie: 'ASC' } });
  }

  compatibilityTable(): Promise<Doelcompatibiliteit[]> {
    return this.compatibiliteit.find({ order: { vanActiviteit: 'ASC', naarActiviteit: 'ASC' } });
  }

  /** May data collected under `van` be used under `naar` (AVG art. 6(4))? */
  async isCompatible(van: string, naar: string): Promise<boolean> {
    if (van === naar) return true;
    return this.compatibiliteit.existsBy({ vanActiviteit: van, naarActiviteit: naar });
  }

  /**
   * Binds a request to the activity it names: 400 when missing or unknown, 403 when none of
   * the actor's roles may act under it.
   */
  async bind(activiteitId: string | undefined, rollen: readonly string[]): Promise<GebondenDoel> {
    if (!activiteitId) {
      throw new ProblemException(
        400,
        'doel-ontbreekt',
        'Verwerkingsactiviteit ontbreekt',
        'Noem in de header Verwerkingsactiviteit de verwerkingsactiviteit (het doel) waarvoor u deze gegevens gebruikt.',
      );
    }
    const activiteit = /^[a-z][a-z0-9-]{2,63}$/.test(activiteitId)
      ? await this.currentOf(activiteitId)
      : null;
    if (!activiteit) {
      throw new ProblemException(
        400,
        'onbekende-verwerkingsactiviteit',
        'Onbekende verwerkingsactiviteit',
        'De genoemde verwerkingsactiviteit staat niet (of nog niet geldig) in het verwerkingsregister.',
      );
    }
    if (!rollen.some((r) => activiteit.toegestaneRollen.includes(r))) {
      throw new ProblemException(
        403,
        'doel-niet-toegestaan',
        'Doel niet toegestaan',
        'Met uw rol mag u niet handelen onder deze verwerkingsactiviteit.',
      );
    }
    return { id: activiteit.id, versie: activiteit.versie, grondslag: activiteit.grondslag };
  }

  /**
   * Tells the register which roles the code defines rules for under which activity (the authz
   * lib registers this at start-up). Until it is registered, no role passes: a register write
   * that lists roles is refused rather than unchecked.
   */
  registreerRegelkennis(heeftRegels: Regelkennis): void {
    this.heeftRegels = heeftRegels;
  }

  /**
   * Version 1 of a new activity. It adds roles and a legal basis, so it is always a proposal
   * that an FG must approve before it is used.
   */
  async create(input: NieuweVerwerkingsactiviteit, h: Handeling): Promise<Verwerkingsactiviteit> {
    return this.auditedStep(h, 'create', input.id, async (m) => {
      const repo = m.getRepository(Verwerkingsactiviteit);
      if (await repo.existsBy({ id: input.id })) {
        return new ProblemException(
          409,
          'bestaat-al',
          'Bestaat al',
          'Er is al een verwerkingsactiviteit met deze id; wijzig die om een nieuwe versie te maken.',
        );
      }
      const zonderRegels = this.rollenZonderRegels(input.id, input.toegestaneRollen);
      if (zonderRegels) return zonderRegels;
      const status: VersieStatus = 'voorgesteld';
      await repo.insert(
        repo.create(Object.assign({}, input, { versie: 1, vastgelegdDoor: h.actor.id, status })),
      );
      return repo.findOneByOrFail({ id: input.id, versie: 1 });
    });
  }

  /**
   * A change makes a new version; the old ones stay readable. A change that widens access
   * (see `verruimt`) is stored as a proposal and waits for an FG; any other change is in force
   * from its `geldigVanaf` at once. Either way a proposal still pending for this activity
   * lapses (`vervallen`): the newest change is the one to decide on.
   */
  async newVersion(
    id: string,
    input: VerwerkingsactiviteitInhoud,
    h: Handeling,
  ): Promise<Verwerkingsactiviteit> {
    return this.auditedStep(h, 'update', id, async (m) => {
      const repo = m.getRepository(Verwerkingsactiviteit);
      const last = await repo.findOne({ where: { id }, order: { versie: 'DESC' } });
      if (!last) return notFound('Deze verwerkingsactiviteit bestaat niet.');
      const zonderRegels = this.rollenZonderRegels(id, input.toegestaneRollen);
      if (zonderRegels) return zonderRegels;
      const basis = await repo.findOne({
        where: { id, status: 'geldig' },
        order: { versie: 'DESC' },
      });
      const status: VersieStatus = verruimt(basis, input) ? 'voorgesteld' : 'geldig';
      await repo.update({ id, status: 'voorgesteld' }, { status: 'vervallen' });
      const versie = last.versie + 1;
      await repo.insert(
        repo.create(
          Object.assign({}, input, {
            id,
            versie,
            vastgelegdDoor: h.actor.id,
            status,
            bewaartermijnVanaf: input.bewaartermijnVanaf ?? last.bewaartermijnVanaf,
          }),
        ),
      );
      return repo.findOneByOrFail({ id, versie });
    });
  }

  /** The proposals waiting for an FG, oldest first (FG only, under verantwoording-toezicht). */
  async voorstellen(h: Handeling): Promise<Verwerkingsactiviteit[]> {
    return this.auditedStep(h, 'read', null, async (m) => {
      const geweigerd = alleenFg(h);
      if (geweigerd) return geweigerd;
      return m.getRepository(Verwerkingsactiviteit).find({
        where: { status: 'voorgesteld' },
        order: { vastgelegdOp: 'ASC', id: 'ASC', versie: 'ASC' },
      });
    });
  }

  /**
   * An FG's decision on a proposed version: approving puts it in force (from its
   * `geldigVanaf`), rejecting keeps it out for good. Refused with 403 for anyone but an FG
   * acting under verantwoording-toezicht and for the proposer, 404 for an unknown version,
   * 409 when the version is not pending, 422 when the code no longer defines rules for a role.
   * Each outcome is audited.
   */
  async besluit(
    id: string,
    versie: string,
    input: { besluit: 'goedkeuren' | 'afwijzen'; toelichting: string },
    h: Handeling,
  ): Promise<Verwerkingsactiviteit> {
    // Path values go into the audit record only in the form a register id and version have.
    const objectId = /^[a-z][a-z0-9-]{2,63}$/.test(id) ? `${id}:${versie.slice(0, 12)}` : null;
    return this.auditedStep(
      h,
      input.besluit,
      objectId,
      async (m) => {
        const geweigerd = alleenFg(h);
        if (geweigerd) return geweigerd;
        const repo = m.getRepository(Verwerkingsactiviteit);
        const row = /^\d{1,9}$/.test(versie)
          ? await repo.findOneBy({ id, versie: Number(versie) })
          : null;
        if (!row) return notFound('Deze versie van de verwerkingsactiviteit bestaat niet.');
        if (row.status !== 'voorgesteld') {
          return new ProblemException(
            409,
            'niet-in-behandeling',
            'Niet in behandeling',
            `Deze versie wacht niet op een besluit; zij is ${row.status}.`,
          );
        }
        if (row.vastgelegdDoor === h.actor.id) {
          return new ProblemException(
            403,
            'eigen-voorstel',
            'Eigen voorstel',
            'U stelde deze wijziging zelf voor; een andere functionaris gegevensbescherming moet haar beoordelen.',
          );
        }
        if (input.besluit === 'goedkeuren') {
          const zonderRegels = this.rollenZonderRegels(id, row.toegestaneRollen);
          if (zonderRegels) return zonderRegels;
        }
        await repo.update(
          { id, versie: row.versie },
          {
            status: input.besluit === 'goedkeuren' ? 'geldig' : 'afgewezen',
            beoordeeldDoor: h.actor.id,
            beoordeeldOp: new Date(),
            beoordelingToelichting: input.toelichting,
          },
        );
        return repo.findOneByOrFail({ id, versie: row.versie });
      },
      FG_BESLUIT_REGEL,
    );
  }

  /** 422 when the code defines no rules for one of `rollen` under activity `id`. */
  private rollenZonderRegels(id: string, rollen: readonly string[]): ProblemException | null {
    const zonder = rollen.filter((r) => !this.heeftRegels(id, r));
    if (zonder.length === 0) return null;
    return new ProblemException(
      422,
      'rol-zonder-regels',
      'Rol zonder regels',
      `De code kent onder deze verwerkingsactiviteit geen regels voor: ${zonder.join(', ')}. Het register kan een rol geen toegang geven die de code niet definieert.`,
    );
  }

  /**
   * One audited step of the register: `work` runs under a lock on the activity and either
   * returns its result or a refusal. The audit record (toegestaan or geweigerd) commits with
   * the work; a refusal is thrown after that commit, so it stays in the log.
   */
  private async auditedStep<T extends object>(
    h: Handeling,
    actie: string,
    objectId: string | null,
    work: (m: EntityManager) => Promise<T | ProblemException>,
    regel?: string,
  ): Promise<T> {
    const uitkomst = await this.dataSource.transaction(async (m) => {
      if (objectId) {
        // Serialise changes and decisions of one activity.
        const activiteit = objectId.split(':')[0] ?? objectId;
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `verwerkingsactiviteit:${activiteit}`,
        ]);
      }
      const result = await work(m);
      const fout = result instanceof ProblemException ? result : null;
      const versie = !fout && result instanceof Verwerkingsactiviteit ? result : null;
      await this.audit.record(m, {
        actor: h.actor,
        actie,
        objectType: 'Verwerkingsactiviteit',
        objectId: versie ? `${versie.id}:${String(versie.versie)}` : objectId,
        resultaat: fout ? 'geweigerd' : 'toegestaan',
        reden: fout ? fout.code : versie?.status === 'voorgesteld' ? 'voorgesteld' : null,
        regel: fout ? null : (regel ?? h.regel ?? null),
        doel: h.doel,
        trace: h.trace,
        regelsVersie: h.regelsVersie,
      });
      return result;
    });
    if (uitkomst instanceof ProblemException) throw uitkomst;
    return uitkomst;
  }
}

/** The rule id the audit trail names for an FG's decision on a proposal (checked here). */
export const FG_BESLUIT_REGEL = 'fg:verwerkingsregister-vier-ogen';

/** Only an FG acting under verantwoording-toezicht sees and decides proposals. */
function alleenFg(h: Handeling): ProblemException | null {
  if (h.actor.rollen.includes('fg') && h.doel?.id === 'verantwoording-toezicht') return null;
  return new ProblemException(
    403,
    'alleen-fg',
    'Geen toegang',
    'Alleen een functionaris gegevensbescherming beoordeelt voorstellen voor het verwerkingsregister, onder de verwerkingsactiviteit verantwoording-toezicht.',
  );
}

/**
 * Whether `nieuw` widens access compared with `basis` (the latest version that is or will be
 * in force): it adds a role or a category of data subjects, data or recipients, marks a data
 * category special (art. 9) or criminal (art. 10), changes the legal basis, or keeps data
 * longer. With no such version everything is new, so everything widens.
 */
export function verruimt(
  basis: VerwerkingsactiviteitInhoud | null,
  nieuw: VerwerkingsactiviteitInhoud,
): boolean {
  if (!basis) return true;
  const nieuweIn = (oud: readonly string[], nu: readonly string[]) =>
    nu.some((x) => !oud.includes(x));
  if (nieuweIn(basis.toegestaneRollen, nieuw.toegestaneRollen)) return true;
  if (nieuw.grondslag.trim() !== basis.grondslag.trim()) return true;
  if (nieuweIn(basis.categorieenBetrokkenen, nieuw.categorieenBetrokkenen)) return true;
  if (nieuweIn(basis.ontvangers, nieuw.ontvangers)) return true;
  for (const c of nieuw.categorieenGegevens) {
    const oud = basis.categorieenGegevens.find((o) => o.naam === c.naam);
    if (!oud) return true;
    if ((c.bijzonder && !oud.bijzonder) || (c.strafrechtelijk && !oud.strafrechtelijk)) return true;
  }
  const peildatum = new Date();
  try {
    return bewaarTot(nieuw.bewaartermijn, peildatum) > bewaarTot(basis.bewaartermijn, peildatum);
  } catch {
    return true;
  }
}
