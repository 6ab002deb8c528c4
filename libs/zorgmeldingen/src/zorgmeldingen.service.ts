import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AuditService, type Betrokkene as AuditBetrokkene } from '@schakel/audit';
import { BezorgingService, type Weergave } from '@schakel/bezorging';
import {
  applyAccessFilter,
  matchedRule,
  type Action,
  type AppAbility,
  type ColumnMap,
  type Doel,
} from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import {
  IDENTITEITSVELDEN,
  PersonenService,
  type Identiteit as PersoonIdentiteit,
} from '@schakel/personen';
import { InvalidInputException, notFound, ProblemException } from '@schakel/platform';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type {
  Beoordeling,
  Herroutering,
  InboxFilter,
  InboxItem,
  RouteringsuitzonderingView,
  TerugkoppelingView,
  TijdlijnItem,
  ZorgmeldingPolitieView,
  ZorgmeldingSamenvatting,
  ZorgmeldingVtView,
} from './dto/zorgmelding.dto.js';
import {
  INBOX_STATUSSEN,
  magStap,
  statusNaBeoordeling,
  statusNaTerugkoppeling,
  type Meldingstatus,
  type Stap,
} from './levenscyclus.js';
import { vatRisicotaxatieSamen } from './risicotaxatie.js';
import { routeer } from './routing/routering.js';
import {
  amsterdamDatum,
  plusWerkdagen,
  termijnOnderzoek,
  termijnStatus,
  termijnVeiligheidsbeoordeling,
} from './termijnen.js';
import {
  ZorgmeldingBetrokkeneEntity,
  ZorgmeldingEntity,
  ZorgmeldingGebeurtenisEntity,
} from './zorgmelding.entity.js';
import type { Betrokkene, Zorgmelding } from './zorgmelding.js';

/** What the guard decided, and the request's trace: what every step needs for its logs. */
export interface StapContext {
  actor: Actor;
  ability: AppAbility;
  doel?: Doel;
  regel?: string;
  trace: { traceId: string; spanId: string };
}

/** Fields of Zorgmelding that rules name, and their columns (alias `z`). */
const KOLOMMEN: ColumnMap = {
  id: { column: 'id', type: 'uuid' },
  opstellerId: { column: 'opsteller_id', type: 'text' },
  vtOrganisatie: { column: 'vt_organisatie', type: 'text' },
  status: { column: 'status', type: 'text' },
};

/** Data categories (as in the register) for a read or write of the content, and for a step. */
const CATEGORIEEN_INHOUD = [
  'identificatie',
  'woonsituatie',
  'gezin en jeugd',
  'gezondheid',
  'justitiële gegevens',
];
const CATEGORIEEN_STAP = ['identificatie'];
const CATEGORIEEN_TERUGKOPPELING = ['status en uitkomst'];

/** Content fields of the report kept in its encrypted envelope (persons live in personen). */
type Inhoud = Omit<Zorgmelding, 'status' | 'betrokkenen'>;

/** Statuses in which the veiligheidsbeoordeling is still open. */
const OPEN_BEOORDELING: readonly Meldingstatus[] = ['gerouteerd', 'ontvangen', 'toegewezen'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IDEMPOTENTIE_SLEUTEL = /^[A-Za-z0-9._:-]{8,128}$/;

/** A DTO class's fields as a plain object type (views are built as literals). */
type Plat<T> = { [K in keyof T]: T[K] };

/** A refusal decided inside a transaction: its audit record commits, then it is thrown. */
class Weigering {
  constructor(readonly fout: ProblemException) {}
}

function ongeldigeOvergang(): ProblemException {
  return new ProblemException(
    409,
    'ongeldige-statusovergang',
    'Stap niet mogelijk',
    'Deze stap past niet bij de huidige status van de zorgmelding.',
  );
}

/**
 * Zorgmeldingen: police draft and submit, routing to a Veilig Thuis inbox or the coordinators'
 * exception queue, and VT's acknowledgement, assignment, assessment and feedback. Every step
 * checks the record against the ability, and writes its data and both logs in one transaction.
 */
@Injectable()
export class ZorgmeldingenService implements OnModuleInit {
  private readonly logger = new Logger('ZorgmeldingenService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly personen: PersonenService,
    private readonly audit: AuditService,
    private readonly bezorging: BezorgingService,
  ) {}

  /** Delivery renders a routed report for the receiving VT (push to its system, pull feed). */
  onModuleInit(): void {
    this.bezorging.registreerBron('zorgmelding', {
      // The police disclose the report to VT: the police's activity (Wpg), as in ADR 0016.
      activiteit: 'zorgmelding-indienen',
      render: (m, objectId) => this.bezorgWeergave(m, objectId),
    });
  }

  // ---------------------------------------------------------------- police

  /** Stores a concept (persons through PersonenService, the rest encrypted). */
  async maakConcept(melding: Zorgmelding, ctx: StapContext): Promise<ZorgmeldingPolitieView> {
    if (melding.status !== 'concept') throw statusMoetZijn('concept');
    return this.dataSource.transaction(async (m) => {
      const id = randomUUID();
      const context = kluisContext(id);
      const sleutel = this.personen.kluis.nieuweSleutel(context);
      const now = new Date();
      const rij = m.create(ZorgmeldingEntity, {
        id,
        status: 'concept',
        opstellerId: ctx.actor.id,
        opstellerOrganisatie: ctx.actor.organisatie.code,
        soort: melding.incident?.soort ?? null,
        inhoud: this.personen.kluis.versleutel(
          sleutel.sleutel,
          context,
          'inhoud',
          JSON.stringify(inhoudVan(melding)),
        ),
        sleutelId: sleutel.sleutelId,
        verpakteSleutel: sleutel.verpakt,
        terugkoppelingStatus: 'geen',
        gewijzigdOp: now,
      });
      await m.insert(ZorgmeldingEntity, rij);
      const links = await this.bewaarBetrokkenen(m, id, melding.betrokkenen ?? []);
      await this.gebeurtenis(m, id, 'concept', 'opstellen', ctx.actor, now);
      await this.log(m, ctx, 'create', id, {
        betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_INHOUD),
      });
      const opgeslagen = await m.findOneByOrFail(ZorgmeldingEntity, { id });
      return this.politieView(m, opgeslagen, sleutel.sleutel);
    });
  }

  /** Replaces a concept's content; only the officer's own concept. */
  async wijzigConcept(
    id: string,
    melding: Zorgmelding,
    ctx: StapContext,
  ): Promise<ZorgmeldingPolitieView> {
    if (melding.status !== 'concept') throw statusMoetZijn('concept');
    return this.stap(ctx, 'update', 'update', id, 'wijzigen', async (m, rij) => {
      const sleutel = this.sleutelVan(rij);
      await this.schrijfInhoud(m, rij, melding, sleutel);
      const links = await this.bewaarBetrokkenen(m, id, melding.betrokkenen ?? []);
      await this.log(m, ctx, 'update', id, {
        betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_INHOUD),
      });
      return this.politieView(m, await m.findOneByOrFail(ZorgmeldingEntity, { id }), sleutel);
    });
  }

  /**
   * Submits a concept with its final content and routes it. Idempotent per officer and
   * `Idempotency-Key`: a retry (also a concurrent one) with the same body answers the same
   * report and routes nothing again; the same key with another body, or for another report, is
   * 422; another key for a report already submitted is 409.
   */
  async dienIn(
    id: string,
    melding: Zorgmelding,
    idempotentieSleutel: string | undefined,
    ctx: StapContext,
    /** The moment of submission (the deadline counts from it); for demo data and tests. */
    nu: Date = new Date(),
  ): Promise<ZorgmeldingPolitieView> {
    if (!idempotentieSleutel || !IDEMPOTENTIE_SLEUTEL.test(idempotentieSleutel)) {
      throw new InvalidInputException([
        {
          field: 'Idempotency-Key',
          constraints: ['verplicht: 8 tot 128 tekens (letters, cijfers, . _ : -)'],
        },
      ]);
    }
    if (melding.status !== 'ingediend') throw statusMoetZijn('ingediend');
    try {
      return await this.dataSource
        .transaction(async (m) => {
          const uitkomst = await this.dienInBinnen(m, id, melding, idempotentieSleutel, ctx, nu);
          return uitkomst;
        })
        .then((r) => {
          if (r instanceof Weigering) throw r.fout;
          return r;
        });
    } catch (err) {
      // Two submits of different reports under one key meet in the unique index.
      if (err instanceof QueryFailedError && (err as { code?: string }).code === '23505') {
        throw sleutelHergebruikt();
      }
      throw err;
    }
  }

  private async dienInBinnen(
    m: EntityManager,
    id: string,
    melding: Zorgmelding,
    sleutelTekst: string,
    ctx: StapContext,
    now: Date,
  ): Promise<ZorgmeldingPolitieView | Weigering> {
    const rij = await this.vergrendel(m, id);
    if (!rij || !ctx.ability.can('indienen', subject('Zorgmelding', rij))) {
      return this.weiger(m, ctx, 'indienen', rij?.id ?? null, 'niet-zichtbaar', notFound());
    }
    const sleutel = this.sleutelVan(rij);
    const hash = this.personen.kluis.hmac(sleutel, canoniek(melding));
    const eerder = await m.findOne(ZorgmeldingEntity, {
      where: { opstellerId: ctx.actor.id, idempotentieSleutel: sleutelTekst },
    });
    if (eerder && eerder.id !== rij.id) {
      return this.weiger(m, ctx, 'indienen', rij.id, 'idempotentie-sleutel', sleutelHergebruikt());
    }
    if (rij.status !== 'concept') {
      if (rij.idempotentieSleutel !== sleutelTekst) {
        return this.weiger(
          m,
          ctx,
          'indienen',
          rij.id,
          'al-ingediend',
          new ProblemException(
            409,
            'al-ingediend',
            'Al ingediend',
            'Deze zorgmelding is al ingediend (met een andere Idempotency-Key).',
          ),
        );
      }
      if (!rij.indienHash?.equals(hash)) {
        return this.weiger(
          m,
          ctx,
          'indienen',
          rij.id,
          'idempotentie-sleutel',
          sleutelHergebruikt(),
        );
      }
      // A retry: the same answer, nothing routed again; the retry itself is logged.
      const links = await this.links(m, rij.id);
      await this.log(m, ctx, 'indienen', rij.id, {
        reden: 'herhaald',
        betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_STAP),
      });
      return this.politieView(m, rij, sleutel);
    }
    await this.schrijfInhoud(m, rij, melding, sleutel);
    const links = await this.bewaarBetrokkenen(m, rij.id, melding.betrokkenen ?? []);
    rij.idempotentieSleutel = sleutelTekst;
    rij.indienHash = hash;
    rij.ingediendOp = now;
    rij.status = 'ingediend';
    await this.gebeurtenis(m, rij.id, 'ingediend', 'indienen', ctx.actor, now);
    const routering = routeer(melding, now);
    rij.routeringTabelVersie = routering.tabelVersie;
    if (routering.uitkomst === 'veilig-thuis') {
      rij.gemeentecode = routering.gemeentecode;
      rij.routeringRegel = routering.regel;
      await this.routeerNaarInbox(m, rij, routering.veiligThuis, now, ctx.actor, 'routeren');
    } else {
      rij.status = 'routeringsuitzondering';
      rij.uitzonderingReden = routering.reden;
      rij.gemeentecode = 'gemeentecode' in routering ? routering.gemeentecode : null;
      rij.routeringRegel = 'regel' in routering ? routering.regel : null;
      await this.gebeurtenis(m, rij.id, 'routeringsuitzondering', 'routeren', ctx.actor, now);
      this.logger.log({ zorgmeldingId: rij.id, reden: routering.reden }, 'routeringsuitzondering');
    }
    rij.gewijzigdOp = now;
    await m.save(rij);
    await this.log(m, ctx, 'indienen', rij.id, {
      betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_INHOUD),
    });
    return this.politieView(m, rij, sleutel);
  }

  /** The officer's own reports, filtered in SQL by the same rules; no content. */
  async eigenMeldingen(ctx: StapContext): Promise<ZorgmeldingSamenvatting[]> {
    return this.dataSource.transaction(async (m) => {
      const qb = m.getRepository(ZorgmeldingEntity).createQueryBuilder('z');
      const rijen = await applyAccessFilter(qb, ctx.ability, 'read', 'Zorgmelding', KOLOMMEN)
        .orderBy('z.aangemaakt_op', 'DESC')
        .limit(200)
        .getMany();
      await this.log(m, ctx, 'read', null, {});
      return rijen.map(samenvatting);
    });
  }

  /** One own report with content, timeline and feedback; never VT's note. */
  async leesVoorPolitie(id: string, ctx: StapContext): Promise<ZorgmeldingPolitieView> {
    return this.stap(ctx, 'read', 'read', id, undefined, async (m, rij) => {
      const links = await this.links(m, rij.id);
      await this.log(m, ctx, 'read', rij.id, {
        betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_INHOUD),
        // The feedback is Veilig Thuis's: its FG sees that the police read it.
        verstrekker:
          rij.terugkoppelingStatus === 'gegeven' ? (rij.vtOrganisatie ?? undefined) : undefined,
      });
      return this.politieView(m, rij, this.sleutelVan(rij));
    });
  }

  // ---------------------------------------------------------------- routing exceptions

  /** The coordinators' queue: reports routing could not place, oldest first; no content. */
  async routeringsuitzonderingen(ctx: StapContext): Promise<RouteringsuitzonderingView[]> {
    return this.dataSource.transaction(async (m) => {
      const qb = m
        .getRepository(ZorgmeldingEntity)
        .createQueryBuilder('z')
        .where('z.status = :uitzondering', { uitzondering: 'routeringsuitzondering' });
      const rijen = await applyAccessFilter(qb, ctx.ability, 'herrouteren', 'Zorgmelding', KOLOMMEN)
        .orderBy('z.ingediend_op', 'ASC')
        .limit(200)
        .getMany();
      await this.log(m, ctx, 'read', null, {});
      return rijen.map((r) => ({
        id: r.id,
        ingediendOp: r.ingediendOp?.toISOString() ?? null,
        reden: r.uitzonderingReden ?? 'onbekend',
        gemeentecode: r.gemeentecode,
        soort: r.soort,
        routeringTabelVersie: r.routeringTabelVersie,
      }));
    });
  }

  /** A coordinator routes an exception to a Veilig Thuis by hand, with a reason. */
  async herrouteer(id: string, invoer: Herroutering, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap(ctx, 'herrouteren', 'herrouteren', id, 'herrouteren', async (m, rij) => {
      const now = new Date();
      const sleutel = this.sleutelVan(rij);
      rij.herrouteringReden = this.personen.kluis.versleutel(
        sleutel,
        kluisContext(rij.id),
        'herroutering-reden',
        invoer.reden,
      );
      rij.routeringRegel = 'handmatig';
      await this.routeerNaarInbox(m, rij, invoer.vtOrganisatie, now, ctx.actor, 'herrouteren');
      rij.gewijzigdOp = now;
      await m.save(rij);
      const links = await this.links(m, rij.id);
      await this.log(m, ctx, 'herrouteren', rij.id, {
        betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_STAP),
        verstrekker: rij.opstellerOrganisatie,
      });
      return this.vtView(m, rij, sleutel);
    });
  }

  /**
   * The one step that puts a report into a Veilig Thuis inbox: sets the VT, the receipt time
   * and the 5-working-day deadline. Delivery (outbox, push to the VT's own system) hooks in
   * here, in the same transaction.
   */
  private async routeerNaarInbox(
    m: EntityManager,
    rij: ZorgmeldingEntity,
    vtOrganisatie: string,
    now: Date,
    actor: Actor,
    stap: string,
  ): Promise<void> {
    const termijn = termijnVeiligheidsbeoordeling(now);
    rij.vtOrganisatie = vtOrganisatie;
    rij.status = 'gerouteerd';
    rij.ontvangenOp = now;
    rij.termijnVanaf = termijn.vanaf;
    rij.termijnUiterlijk = termijn.uiterlijk;
    await this.gebeurtenis(m, rij.id, 'gerouteerd', stap, actor, now);
    // The delivery job commits with the routing (transactional outbox, ADR 0015).
    await this.bezorging.plan(m, {
      ontvanger: vtOrganisatie,
      soort: 'zorgmelding',
      objectId: rij.id,
      idempotentieSleutel: `zorgmelding:${rij.id}:${vtOrganisatie}`,
    });
  }

  /**
   * What delivery sends the receiving VT's own system: the report as the schema describes it
   * and its routing, never VT's internal notes. Its persons are the data subjects of the
   * delivery's processing records; the police are the provider.
   */
  private async bezorgWeergave(m: EntityManager, id: string): Promise<Weergave> {
    const rij = await m.findOneBy(ZorgmeldingEntity, { id });
    if (!rij?.vtOrganisatie) throw new Error('Delivery of a report that is not routed');
    const sleutel = this.sleutelVan(rij);
    return {
      payload: {
        id: rij.id,
        schema: 'urn:schakel:schema:zorgmelding:v1',
        vtOrganisatie: rij.vtOrganisatie,
        opstellerOrganisatie: rij.opstellerOrganisatie,
        ingediendOp: rij.ingediendOp?.toISOString() ?? null,
        termijnUiterlijk: rij.termijnUiterlijk,
        melding: await this.melding(m, rij, sleutel),
      },
      betrokkenen: await this.auditBetrokkenen(m, await this.links(m, rij.id), CATEGORIEEN_INHOUD),
      verstrekker: rij.opstellerOrganisatie,
    };
  }

  // ---------------------------------------------------------------- Veilig Thuis

  /** The own VT's inbox, filtered in SQL, soonest deadline first. */
  async inbox(filter: InboxFilter, ctx: StapContext, nu = new Date()): Promise<InboxItem[]> {
    return this.dataSource.transaction(async (m) => {
      let qb = m
        .getRepository(ZorgmeldingEntity)
        .createQueryBuilder('z')
        .where('z.status IN (:...inbox)', { inbox: INBOX_STATUSSEN })
        .andWhere('z.vt_organisatie IS NOT NULL');
      if (filter.status) qb = qb.andWhere('z.status = :status', { status: filter.status });
      if (filter.gemeentecode) {
        qb = qb.andWhere('z.gemeentecode = :gemeente', { gemeente: filter.gemeentecode });
      }
      if (filter.termijnstatus) {
        // The same boundaries as termijnStatus(): verlopen after the last day; bijna-verlopen
        // with at most one working day left.
        const vandaag = amsterdamDatum(nu).datum;
        const grens = plusWerkdagen(vandaag, 2);
        qb = qb.andWhere('z.status IN (:...open)', { open: OPEN_BEOORDELING });
        if (filter.termijnstatus === 'verlopen') {
          qb = qb.andWhere('z.termijn_uiterlijk < :vandaag', { vandaag });
        } else if (filter.termijnstatus === 'bijna-verlopen') {
          qb = qb.andWhere('z.termijn_uiterlijk >= :vandaag AND z.termijn_uiterlijk < :grens', {
            vandaag,
            grens,
          });
        } else {
          qb = qb.andWhere('z.termijn_uiterlijk >= :grens', { grens });
        }
      }
      const rijen = await applyAccessFilter(qb, ctx.ability, 'beoordelen', 'Zorgmelding', KOLOMMEN)
        .orderBy('z.termijn_uiterlijk', 'ASC', 'NULLS LAST')
        .addOrderBy('z.ontvangen_op', 'ASC')
        .addOrderBy('z.id', 'ASC')
        .offset((filter.pagina - 1) * filter.limiet)
        .limit(filter.limiet)
        .getMany();
      await this.log(m, ctx, 'read', null, {});
      return rijen.map((r) => inboxItem(r, nu));
    });
  }

  /** The full report, decrypted, for the receiving VT (or a coordinator for an exception). */
  async leesVoorVt(id: string, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap(ctx, 'beoordelen', 'read', id, undefined, async (m, rij, regel) => {
      const links = await this.links(m, rij.id);
      await this.log(m, ctx, 'read', rij.id, {
        regel,
        betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_INHOUD),
        verstrekker: rij.opstellerOrganisatie,
      });
      return this.vtView(m, rij, this.sleutelVan(rij));
    });
  }

  /** VT acknowledges receipt; acknowledging again changes nothing (and is logged). */
  async bevestigOntvangst(id: string, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap(ctx, 'beoordelen', 'ontvangst', id, undefined, async (m, rij) => {
      const herhaald = rij.ontvangstBevestigdOp !== null;
      if (!herhaald) {
        if (!magStap('ontvangst', rij.status)) {
          return this.weiger(
            m,
            ctx,
            'ontvangst',
            rij.id,
            'ongeldige-statusovergang',
            ongeldigeOvergang(),
          );
        }
        const now = new Date();
        rij.status = 'ontvangen';
        rij.ontvangstBevestigdOp = now;
        rij.gewijzigdOp = now;
        await m.save(rij);
        await this.gebeurtenis(m, rij.id, 'ontvangen', 'ontvangst', ctx.actor, now);
      }
      await this.stapLog(m, ctx, 'ontvangst', rij, herhaald ? 'herhaald' : null);
      return this.vtView(m, rij, this.sleutelVan(rij));
    });
  }

  /** A VT coordinator assigns the report to a medewerker (again: reassigns). */
  async wijsToe(id: string, medewerker: string, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap(ctx, 'toewijzen', 'toewijzing', id, 'toewijzing', async (m, rij) => {
      const now = new Date();
      rij.status = 'toegewezen';
      rij.toegewezenAan = medewerker;
      rij.toegewezenOp = now;
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.gebeurtenis(m, rij.id, 'toegewezen', 'toewijzing', ctx.actor, now);
      await this.stapLog(m, ctx, 'toewijzing', rij, null);
      return this.vtView(m, rij, this.sleutelVan(rij));
    });
  }

  /** Records the veiligheidsbeoordeling: outcome, date and an internal note. */
  async beoordeel(id: string, invoer: Beoordeling, ctx: StapContext): Promise<ZorgmeldingVtView> {
    const vandaag = amsterdamDatum(new Date()).datum;
    if (invoer.datum > vandaag) {
      throw new InvalidInputException([{ field: 'datum', constraints: ['ligt in de toekomst'] }]);
    }
    return this.stap(ctx, 'beoordelen', 'beoordeling', id, 'beoordeling', async (m, rij) => {
      const ontvangen = rij.ontvangenOp ? amsterdamDatum(rij.ontvangenOp).datum : vandaag;
      if (invoer.datum < ontvangen) {
        throw new InvalidInputException([
          { field: 'datum', constraints: ['ligt voor de ontvangst van de melding'] },
        ]);
      }
      const now = new Date();
      const sleutel = this.sleutelVan(rij);
      rij.uitkomst = invoer.uitkomst;
      rij.uitkomstDatum = invoer.datum;
      rij.beoordeeldDoor = ctx.actor.id;
      rij.status = statusNaBeoordeling(invoer.uitkomst);
      rij.onderzoekUiterlijk =
        invoer.uitkomst === 'vt-onderzoekt'
          ? termijnOnderzoek(new Date(`${invoer.datum}T12:00:00Z`)).uiterlijk
          : null;
      if (invoer.notitie !== undefined) {
        rij.vtNotitie = this.personen.kluis.versleutel(
          sleutel,
          kluisContext(rij.id),
          'vt-notitie',
          invoer.notitie,
        );
      }
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.gebeurtenis(m, rij.id, rij.status, 'beoordeling', ctx.actor, now);
      await this.stapLog(m, ctx, 'beoordeling', rij, null);
      return this.vtView(m, rij, sleutel);
    });
  }

  /** Feedback to the police: status and outcome category, with an optional short message. */
  async koppelTerug(
    id: string,
    bericht: string | undefined,
    ctx: StapContext,
  ): Promise<ZorgmeldingVtView> {
    return this.stap(
      ctx,
      'terugkoppelen',
      'terugkoppeling',
      id,
      'terugkoppeling',
      async (m, rij) => {
        if (rij.terugkoppelingStatus === 'gegeven') {
          return this.weiger(
            m,
            ctx,
            'terugkoppeling',
            rij.id,
            'al-teruggekoppeld',
            new ProblemException(
              409,
              'al-teruggekoppeld',
              'Al teruggekoppeld',
              'Over deze zorgmelding is de melder al geïnformeerd.',
            ),
          );
        }
        const now = new Date();
        const sleutel = this.sleutelVan(rij);
        rij.terugkoppelingStatus = 'gegeven';
        rij.terugkoppelingCategorie = rij.uitkomst;
        rij.terugkoppelingOp = now;
        rij.terugkoppelingBericht =
          bericht === undefined
            ? null
            : this.personen.kluis.versleutel(
                sleutel,
                kluisContext(rij.id),
                'terugkoppeling-bericht',
                bericht,
              );
        rij.status = statusNaTerugkoppeling(rij.status);
        rij.gewijzigdOp = now;
        await m.save(rij);
        await this.gebeurtenis(m, rij.id, rij.status, 'terugkoppeling', ctx.actor, now);
        const links = await this.links(m, rij.id);
        await this.log(m, ctx, 'terugkoppeling', rij.id, {
          betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_TERUGKOPPELING),
          verstrekker: rij.opstellerOrganisatie,
        });
        return this.vtView(m, rij, sleutel);
      },
    );
  }

  // ---------------------------------------------------------------- helpers

  /**
   * One step on one report, in one transaction: load and lock it, check the ability on the
   * record (404 when it may not be seen, logged), check the lifecycle (409, logged), do the
   * work. A refusal's audit record commits before the refusal is thrown.
   */
  private async stap<T>(
    ctx: StapContext,
    action: Action,
    actie: string,
    id: string,
    overgang: Stap | undefined,
    werk: (
      m: EntityManager,
      rij: ZorgmeldingEntity,
      regel: string | undefined,
    ) => Promise<T | Weigering>,
  ): Promise<T> {
    const uitkomst = await this.dataSource.transaction(async (m) => {
      const rij = await this.vergrendel(m, id);
      let regel = rij ? matchedRule(ctx.ability, action, subject('Zorgmelding', rij)) : undefined;
      // A break-the-glass grant opens one report for reading (ADR 0009).
      if (rij && !regel && action === 'beoordelen' && actie === 'read') {
        const doorbraak = matchedRule(ctx.ability, 'inzien', subject('Zorgmelding', rij));
        if (doorbraak?.startsWith('doorbraak:')) regel = doorbraak;
      }
      if (!rij || !regel) {
        return this.weiger(m, ctx, actie, rij?.id ?? null, 'niet-zichtbaar', notFound());
      }
      if (overgang && !magStap(overgang, rij.status)) {
        return this.weiger(m, ctx, actie, rij.id, 'ongeldige-statusovergang', ongeldigeOvergang());
      }
      // The rule that matched this very report is what "waarom had deze persoon toegang?" shows.
      ctx.regel = regel;
      return werk(m, rij, regel);
    });
    if (uitkomst instanceof Weigering) throw uitkomst.fout;
    return uitkomst;
  }

  private async weiger(
    m: EntityManager,
    ctx: StapContext,
    actie: string,
    objectId: string | null,
    reden: string,
    fout: ProblemException,
  ): Promise<Weigering> {
    await this.audit.record(m, {
      actor: ctx.actor,
      actie,
      objectType: 'Zorgmelding',
      objectId,
      resultaat: 'geweigerd',
      reden,
      doel: ctx.doel,
      trace: ctx.trace,
    });
    return new Weigering(fout);
  }

  private async log(
    m: EntityManager,
    ctx: StapContext,
    actie: string,
    objectId: string | null,
    extra: {
      betrokkenen?: AuditBetrokkene[];
      verstrekker?: string;
      reden?: string | null;
      regel?: string;
    },
  ): Promise<void> {
    await this.audit.record(m, {
      actor: ctx.actor,
      actie,
      objectType: 'Zorgmelding',
      objectId,
      resultaat: 'toegestaan',
      reden: extra.reden ?? null,
      regel: extra.regel ?? ctx.regel,
      doel: ctx.doel,
      trace: ctx.trace,
      betrokkenen: extra.betrokkenen,
      verstrekker: extra.verstrekker,
    });
  }

  /** The log of a VT step on a police report: the persons, and the police as provider. */
  private async stapLog(
    m: EntityManager,
    ctx: StapContext,
    actie: string,
    rij: ZorgmeldingEntity,
    reden: string | null,
  ): Promise<void> {
    const links = await this.links(m, rij.id);
    await this.log(m, ctx, actie, rij.id, {
      reden,
      betrokkenen: await this.auditBetrokkenen(m, links, CATEGORIEEN_STAP),
      verstrekker: rij.opstellerOrganisatie,
    });
  }

  private async vergrendel(m: EntityManager, id: string): Promise<ZorgmeldingEntity | null> {
    if (!UUID.test(id)) return null;
    return m
      .getRepository(ZorgmeldingEntity)
      .createQueryBuilder('z')
      .setLock('pessimistic_write')
      .where('z.id = :id', { id })
      .getOne();
  }

  private sleutelVan(rij: ZorgmeldingEntity): Buffer {
    return this.personen.kluis.openSleutel(kluisContext(rij.id), {
      sleutelId: rij.sleutelId,
      verpakt: rij.verpakteSleutel,
    });
  }

  private async schrijfInhoud(
    m: EntityManager,
    rij: ZorgmeldingEntity,
    melding: Zorgmelding,
    sleutel: Buffer,
  ): Promise<void> {
    rij.inhoud = this.personen.kluis.versleutel(
      sleutel,
      kluisContext(rij.id),
      'inhoud',
      JSON.stringify(inhoudVan(melding)),
    );
    rij.soort = melding.incident?.soort ?? null;
    rij.gewijzigdOp = new Date();
    await m.save(rij);
  }

  /**
   * Registers each betrokkene through PersonenService (deduplicated by BSN) and replaces the
   * report's links. A betrokkene with nothing but a role (a concept) gets no person.
   */
  private async bewaarBetrokkenen(
    m: EntityManager,
    id: string,
    betrokkenen: Betrokkene[],
  ): Promise<ZorgmeldingBetrokkeneEntity[]> {
    const links: ZorgmeldingBetrokkeneEntity[] = [];
    for (const [i, b] of betrokkenen.entries()) {
      const identiteit = naarIdentiteit(b);
      let persoonId: string | null = null;
      let vastgelegd: Buffer | null = null;
      if (Object.keys(identiteit).length > 0) {
        try {
          persoonId = (await this.personen.registreer(m, identiteit)).id;
        } catch (err) {
          if (err instanceof InvalidInputException) throw hernoemVelden(err, i);
          throw err;
        }
        // What this report recorded, not what others recorded for a known BSN.
        vastgelegd = await this.personen.legVast(m, persoonId, kluisContext(id), identiteit);
      }
      links.push(
        m.create(ZorgmeldingBetrokkeneEntity, {
          zorgmeldingId: id,
          volgnummer: i,
          rol: b.rol ?? 'onbekend',
          persoonId,
          vastgelegd,
        }),
      );
    }
    await m.delete(ZorgmeldingBetrokkeneEntity, { zorgmeldingId: id });
    if (links.length > 0) await m.insert(ZorgmeldingBetrokkeneEntity, links);
    return links;
  }

  private links(m: EntityManager, id: string): Promise<ZorgmeldingBetrokkeneEntity[]> {
    return m.find(ZorgmeldingBetrokkeneEntity, {
      where: { zorgmeldingId: id },
      order: { volgnummer: 'ASC' },
    });
  }

  /** The persons as data subjects of the processing log (by pseudonym, never the BSN). */
  private async auditBetrokkenen(
    m: EntityManager,
    links: ZorgmeldingBetrokkeneEntity[],
    categorieen: string[],
  ): Promise<AuditBetrokkene[]> {
    const uit: AuditBetrokkene[] = [];
    const gezien = new Set<string>();
    for (const l of links) {
      if (!l.persoonId || gezien.has(l.persoonId)) continue;
      gezien.add(l.persoonId);
      try {
        uit.push(await this.personen.betrokkene(m, l.persoonId, categorieen));
      } catch (err) {
        // A destroyed person (crypto-shredding) has no pseudonym any more: logged by id.
        if (err instanceof ProblemException && err.getStatus() === 410) {
          uit.push({ identificatie: `persoon:${l.persoonId}`, categorieen });
        } else throw err;
      }
    }
    return uit;
  }

  private async gebeurtenis(
    m: EntityManager,
    id: string,
    status: Meldingstatus,
    stap: string,
    actor: Actor,
    tijd: Date,
  ): Promise<void> {
    await m.insert(ZorgmeldingGebeurtenisEntity, {
      zorgmeldingId: id,
      tijd,
      status,
      stap,
      actorId: actor.id,
      organisatieCode: actor.organisatie.code,
    });
  }

  private async tijdlijn(m: EntityManager, id: string): Promise<TijdlijnItem[]> {
    const rijen = await m.find(ZorgmeldingGebeurtenisEntity, {
      where: { zorgmeldingId: id },
      order: { tijd: 'ASC' },
    });
    return rijen.map((g) => ({
      status: g.status,
      stap: g.stap,
      tijd: g.tijd.toISOString(),
      organisatie: g.organisatieCode,
    }));
  }

  /** The report as the schema describes it: content decrypted, persons read from personen. */
  private async melding(
    m: EntityManager,
    rij: ZorgmeldingEntity,
    sleutel: Buffer,
  ): Promise<Record<string, unknown>> {
    const inhoud = JSON.parse(
      this.personen.kluis.ontsleutel(sleutel, kluisContext(rij.id), 'inhoud', rij.inhoud),
    ) as Inhoud;
    const betrokkenen = [];
    for (const l of await this.links(m, rij.id)) {
      if (!l.persoonId) {
        betrokkenen.push({ rol: l.rol });
        continue;
      }
      const p = l.vastgelegd
        ? await this.personen.leesVastgelegd(
            m,
            l.persoonId,
            kluisContext(rij.id),
            l.vastgelegd,
            IDENTITEITSVELDEN,
          )
        : await this.personen.lees(m, l.persoonId);
      betrokkenen.push(
        p.status === 'vernietigd'
          ? { rol: l.rol, vernietigd: true }
          : vanIdentiteit(l.rol, p.gegevens),
      );
    }
    return { status: rij.status === 'concept' ? 'concept' : 'ingediend', ...inhoud, betrokkenen };
  }

  private terugkoppeling(rij: ZorgmeldingEntity, sleutel: Buffer): TerugkoppelingView {
    return {
      status: rij.terugkoppelingStatus,
      uitkomstcategorie: rij.terugkoppelingCategorie,
      bericht: rij.terugkoppelingBericht
        ? this.personen.kluis.ontsleutel(
            sleutel,
            kluisContext(rij.id),
            'terugkoppeling-bericht',
            rij.terugkoppelingBericht,
          )
        : null,
      gegevenOp: rij.terugkoppelingOp?.toISOString() ?? null,
    };
  }

  private async politieView(
    m: EntityManager,
    rij: ZorgmeldingEntity,
    sleutel: Buffer,
  ): Promise<ZorgmeldingPolitieView> {
    return {
      ...samenvatting(rij),
      melding: await this.melding(m, rij, sleutel),
      tijdlijn: (await this.tijdlijn(m, rij.id)).filter((t) => t.stap !== 'toewijzing'),
      terugkoppeling: this.terugkoppeling(rij, sleutel),
    };
  }

  private async vtView(
    m: EntityManager,
    rij: ZorgmeldingEntity,
    sleutel: Buffer,
  ): Promise<ZorgmeldingVtView> {
    const melding = await this.melding(m, rij, sleutel);
    const context = kluisContext(rij.id);
    return {
      ...inboxItem(rij, new Date()),
      vtOrganisatie: rij.vtOrganisatie,
      opstellerOrganisatie: rij.opstellerOrganisatie,
      ingediendOp: rij.ingediendOp?.toISOString() ?? null,
      ontvangstBevestigdOp: rij.ontvangstBevestigdOp?.toISOString() ?? null,
      uitkomstDatum: rij.uitkomstDatum,
      notitie: rij.vtNotitie
        ? this.personen.kluis.ontsleutel(sleutel, context, 'vt-notitie', rij.vtNotitie)
        : null,
      routering: {
        tabelVersie: rij.routeringTabelVersie,
        regel: rij.routeringRegel,
        uitzonderingReden: rij.uitzonderingReden,
        herrouteringReden: rij.herrouteringReden
          ? this.personen.kluis.ontsleutel(
              sleutel,
              context,
              'herroutering-reden',
              rij.herrouteringReden,
            )
          : null,
      },
      melding,
      risicoSamenvatting: vatRisicotaxatieSamen(
        (melding as Pick<Zorgmelding, 'risicotaxatie'>).risicotaxatie,
      ) as unknown as Record<string, unknown>,
      tijdlijn: await this.tijdlijn(m, rij.id),
      terugkoppeling: this.terugkoppeling(rij, sleutel),
    };
  }
}

function kluisContext(id: string): string {
  return `zorgmelding/${id}`;
}

function statusMoetZijn(status: 'concept' | 'ingediend'): InvalidInputException {
  return new InvalidInputException([{ field: 'status', constraints: [`moet ${status} zijn`] }]);
}

function sleutelHergebruikt(): ProblemException {
  return new ProblemException(
    422,
    'idempotentie-sleutel-hergebruikt',
    'Idempotency-Key hergebruikt',
    'Deze Idempotency-Key is al gebruikt voor een andere inhoud of een andere zorgmelding.',
  );
}

/** JSON with sorted keys: equal documents give equal text whatever the key order. */
export function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  if (waarde !== null && typeof waarde === 'object') {
    const obj = waarde as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canoniek(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(waarde);
}

function inhoudVan(melding: Zorgmelding): Inhoud {
  const { status: _status, betrokkenen: _betrokkenen, ...inhoud } = melding;
  return inhoud;
}

/** Maps a betrokkene of the schema to the person's identity in PersonenService. */
function naarIdentiteit(b: Betrokkene): PersoonIdentiteit {
  const i = b.identiteit ?? {};
  const a = b.adres ?? {};
  const suffix = `${a.huisletter ?? ''}${a.huisnummertoevoeging ?? ''}`;
  const huisnummer =
    a.huisnummer === undefined
      ? undefined
      : suffix
        ? `${String(a.huisnummer)}${a.huisnummertoevoeging ? '-' : ''}${suffix}`
        : String(a.huisnummer);
  const velden: PersoonIdentiteit = {
    bsn: i.bsn,
    voornamen: i.voornamen,
    voorvoegsel: i.voorvoegsel,
    achternaam: i.geslachtsnaam,
    geboortedatum: i.geboortedatum,
    straat: a.straat,
    huisnummer,
    postcode: a.postcode,
    woonplaats: a.woonplaats,
    gemeenteCode: a.gemeentecode,
  };
  return Object.fromEntries(Object.entries(velden).filter(([, v]) => v !== undefined));
}

function vanIdentiteit(rol: string, g: Partial<Record<string, string>>): Record<string, unknown> {
  const schoon = (o: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const identiteit = schoon({
    bsn: g.bsn,
    voornamen: g.voornamen,
    voorvoegsel: g.voorvoegsel,
    geslachtsnaam: g.achternaam,
    geboortedatum: g.geboortedatum,
  });
  const adres = schoon({
    straat: g.straat,
    huisnummer: g.huisnummer,
    postcode: g.postcode,
    woonplaats: g.woonplaats,
    gemeentecode: g.gemeenteCode,
  });
  return {
    rol,
    ...(Object.keys(identiteit).length ? { identiteit } : {}),
    ...(Object.keys(adres).length ? { adres } : {}),
  };
}

/** PersonenService's field names back to the schema's paths of betrokkene `i`. */
function hernoemVelden(err: InvalidInputException, i: number): InvalidInputException {
  const pad: Record<string, string> = {
    bsn: 'identiteit.bsn',
    voornamen: 'identiteit.voornamen',
    voorvoegsel: 'identiteit.voorvoegsel',
    achternaam: 'identiteit.geslachtsnaam',
    geboortedatum: 'identiteit.geboortedatum',
    straat: 'adres.straat',
    huisnummer: 'adres.huisnummer',
    postcode: 'adres.postcode',
    woonplaats: 'adres.woonplaats',
    gemeenteCode: 'adres.gemeentecode',
    identiteit: 'identiteit',
  };
  return new InvalidInputException(
    err.fields.map((f) => ({
      field: `betrokkenen[${String(i)}].${pad[f.field] ?? 'identiteit'}`,
      constraints: f.constraints,
    })),
  );
}

function samenvatting(r: ZorgmeldingEntity): Plat<ZorgmeldingSamenvatting> {
  return {
    id: r.id,
    status: r.status,
    soort: r.soort,
    aangemaaktOp: r.aangemaaktOp.toISOString(),
    ingediendOp: r.ingediendOp?.toISOString() ?? null,
    vtOrganisatie: r.vtOrganisatie,
    terugkoppelingStatus: r.terugkoppelingStatus,
  };
}

function inboxItem(r: ZorgmeldingEntity, nu: Date): Plat<InboxItem> {
  const open = OPEN_BEOORDELING.includes(r.status);
  return {
    id: r.id,
    status: r.status,
    soort: r.soort,
    gemeentecode: r.gemeentecode,
    ontvangenOp: r.ontvangenOp?.toISOString() ?? null,
    termijnUiterlijk: r.termijnUiterlijk,
    termijnStatus: open && r.termijnUiterlijk ? termijnStatus(r.termijnUiterlijk, nu) : null,
    toegewezenAan: r.toegewezenAan,
    uitkomst: r.uitkomst,
    onderzoekUiterlijk: r.onderzoekUiterlijk,
    onderzoekTermijnStatus:
      r.status === 'onderzoek' && r.onderzoekUiterlijk
        ? termijnStatus(r.onderzoekUiterlijk, nu)
        : null,
    terugkoppelingStatus: r.terugkoppelingStatus,
  };
}
