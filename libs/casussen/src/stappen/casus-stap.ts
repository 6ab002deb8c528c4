import { Injectable } from '@nestjs/common';
import type { Betrokkene } from '@schakel/audit';
import {
  GuardedStep,
  permittedFields,
  type Action,
  type StepContext,
  type StepOutcome,
  type SubjectType,
} from '@schakel/authz';
import { PersonenService, type PersonenBundel } from '@schakel/personen';
import { bewaarTot, PurposeService } from '@schakel/purpose';
import type { EntityManager } from 'typeorm';
import type { CasusEntity } from '../casus.entity.js';
import { ongeldigeOvergang } from '../casus.fouten.js';
import { casusOnderwerp } from '../casus-onderwerp.js';
import { CasusRepository, type Casusdossier } from '../casus.repository.js';
import { CasusWeergave, type Kijker, type Registerstand } from '../casus-weergave.js';
import type { CasusView } from '../dto/casus.dto.js';
import { categorieNamen, magCasusstap, THEMAS, type Casusstap } from '../referentie.js';

const kluisContext = (id: string): string => `casus/${id}`;

/** A step on one casus, in the casussen context's terms. */
export interface CasusStapDeel<T> {
  actie: string;
  action: Action | readonly Action[];
  id: string;
  /** Reads never lock the row; writes do. */
  write: boolean;
  /** The lifecycle step whose starting statuses apply (409 otherwise). */
  overgang?: Casusstap;
  /** The subject type decided on (default Casus) and its attributes (default the casus). */
  type?: SubjectType;
  subject?: (d: Casusdossier) => Record<string, unknown>;
  /** Checks on the dossier before the lifecycle (refuse() to stop). */
  check?: (d: Casusdossier) => void;
  run(m: EntityManager, d: Casusdossier, regel: string): Promise<StepOutcome<T>>;
}

/** How old the register snapshot of a view may be. */
const WEERGAVE_REGISTER_MS = 5_000;

/**
 * What the casussen steps share: the one guarded step with the casus repository as loader,
 * the register snapshot, the persons of a request, the casus's data key and the view.
 */
@Injectable()
export class CasusStap {
  constructor(
    readonly guarded: GuardedStep,
    readonly repo: CasusRepository,
    readonly weergave: CasusWeergave,
    readonly personen: PersonenService,
    private readonly purpose: PurposeService,
  ) {}

  /** A step on one casus through the guarded step (404 when not there or not allowed). */
  opCasus<T>(ctx: StepContext, deel: CasusStapDeel<T>): Promise<T> {
    return this.guarded.onRecord<Casusdossier, T>(ctx, {
      actie: deel.actie,
      action: deel.action,
      type: deel.type ?? 'Casus',
      id: deel.id,
      write: deel.write,
      load: (m, id, lock) => this.repo.laad(m, id, lock),
      subject: deel.subject ?? ((d) => casusOnderwerp(d.casus)),
      check: (d) => {
        deel.check?.(d);
        if (deel.overgang && !magCasusstap(deel.overgang, d.casus.status)) ongeldigeOvergang();
      },
      run: (m, d, regel) => deel.run(m, d, regel),
    });
  }

  /**
   * The processing register, read before the step's transaction opens (a pool query inside
   * an open transaction would deadlock the embedded database) and used as a snapshot in it.
   */
  async register(verenigbaarheid = false): Promise<Registerstand> {
    const [activiteiten, verenigbaar] = await Promise.all([
      this.purpose.current(),
      verenigbaarheid ? this.purpose.compatibilityTable() : Promise.resolve([]),
    ]);
    return {
      activiteiten: new Map(activiteiten.map((a) => [a.id, a])),
      verenigbaar: new Set(verenigbaar.map((v) => `${v.vanActiviteit}>${v.naarActiviteit}`)),
    };
  }

  /**
   * The register for views only (the names of the activities exchanges fall under): a
   * snapshot at most {@link WEERGAVE_REGISTER_MS} old, so a read costs no register query.
   * Decisions (which activity an exchange may use) always read it fresh with `register()`.
   */
  registerVoorWeergave(): Promise<Registerstand> {
    const nu = Date.now();
    if (!this.weergaveRegister || this.weergaveRegister.tot < nu) {
      const stand = this.register();
      this.weergaveRegister = { tot: nu + WEERGAVE_REGISTER_MS, stand };
      // A failed read is not kept.
      stand.catch(() => (this.weergaveRegister = undefined));
    }
    return this.weergaveRegister.stand;
  }
  private weergaveRegister?: { tot: number; stand: Promise<Registerstand> };

  /** No register: for steps whose view can hold no exchange yet (no activity names needed). */
  static readonly geenRegister: Registerstand = { activiteiten: new Map(), verenigbaar: new Set() };

  /** The persons of the casus, each read and unwrapped once for the whole step. */
  bundel(m: EntityManager, d: Casusdossier): Promise<PersonenBundel> {
    return this.personen.laad(
      m,
      d.betrokkenen.map((b) => b.persoonId),
    );
  }

  /** Who looks: the ability, the persons, the register and (if it may see it) the regisseur. */
  async kijker(
    m: EntityManager,
    ctx: StepContext,
    d: Casusdossier,
    personen: PersonenBundel,
    register: Registerstand,
  ): Promise<Kijker> {
    const id = d.casus.procesregisseurId;
    const mag =
      id !== null &&
      permittedFields(ctx.ability, 'read', 'Casus', casusOnderwerp(d.casus), [
        'procesregisseur',
      ]).has('procesregisseur');
    const gebruiker = mag ? await this.repo.gebruiker(m, id) : null;
    return {
      ability: ctx.ability,
      organisatie: ctx.actor.organisatie.code,
      personen,
      register,
      regisseur: gebruiker ? { id: gebruiker.id, naam: gebruiker.naam } : undefined,
    };
  }

  /** The casus view after a step, with the step's persons as data subjects of its log. */
  async uitkomst(
    m: EntityManager,
    ctx: StepContext,
    d: Casusdossier,
    register: Registerstand,
    log: { categorieen: readonly string[]; persoonIds?: string[]; reden?: string | null },
  ): Promise<StepOutcome<CasusView>> {
    const personen = await this.bundel(m, d);
    const view = this.weergave.casus(d, await this.kijker(m, ctx, d, personen, register));
    return {
      result: view,
      log: {
        betrokkenen: this.betrokkenen(personen, d, log.persoonIds, log.categorieen),
        verstrekker: this.verstrekker(d.casus, ctx),
        reden: log.reden ?? null,
      },
    };
  }

  /** The persons (all of the casus, or the given ids) as data subjects, by pseudonym. */
  betrokkenen(
    personen: PersonenBundel,
    d: Casusdossier,
    persoonIds: string[] | undefined,
    categorieen: readonly string[],
  ): Betrokkene[] {
    const ids = [...new Set(persoonIds ?? d.betrokkenen.map((b) => b.persoonId))];
    const namen = categorieNamen(categorieen);
    return ids.map((id) => personen.betrokkene(id, namen));
  }

  /** The sleutelpartner provided the signal: others reading or handling it name it. */
  verstrekker(c: CasusEntity, ctx: StepContext): string | undefined {
    return c.sleutelpartner !== ctx.actor.organisatie.code ? c.sleutelpartner : undefined;
  }

  /** The retention end of a casus closed or declined at `vanaf` (its theme's activity). */
  bewaarTot(c: CasusEntity, register: Registerstand, vanaf: Date): string {
    const thema = THEMAS.find((t) => t.id === c.themaId);
    const termijn = thema ? register.activiteiten.get(thema.activiteit)?.bewaartermijn : undefined;
    return bewaarTot(termijn ?? 'P5Y', vanaf);
  }

  sleutel(c: CasusEntity): Buffer {
    return this.personen.kluis.openSleutel(kluisContext(c.id), {
      sleutelId: c.sleutelId,
      verpakt: c.verpakteSleutel,
    });
  }

  versleutel(sleutel: Buffer, casusId: string, veld: string, tekst: string): Buffer {
    return this.personen.kluis.versleutel(sleutel, kluisContext(casusId), veld, tekst);
  }
}
