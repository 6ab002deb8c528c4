import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService, type Betrokkene as AuditBetrokkene } from '@schakel/audit';
import {
  applyAccessFilter,
  CASUS_PERSOON_VELDEN,
  matchedRule,
  scopeVeld,
  type Action,
  type AppAbility,
  type ColumnMap,
  type Doel,
} from '@schakel/authz';
import { Gebruiker, IdentityService, type Actor } from '@schakel/identity';
import { PersonenService, type Identiteit, type Identiteitsveld } from '@schakel/personen';
import { InvalidInputException, notFound, ProblemException } from '@schakel/platform';
import { PurposeService, type Verwerkingsactiviteit } from '@schakel/purpose';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import {
  CasusBetrokkeneEntity,
  CasusDeelnemerEntity,
  CasusEntity,
  CasusGebeurtenisEntity,
  UitwisselingEntity,
  UitwisselingOntvangstEntity,
} from './casus.entity.js';
import type {
  Afsluiting,
  Casusreferentie,
  CasusPersoonView,
  CasusSamenvatting,
  CasusView,
  Deelname,
  Informeren,
  NieuweCasus,
  NieuweUitwisseling,
  Opschaling,
  PersoonCasus,
  Triage,
  UitwisselingMetadata,
  UitwisselingView,
  Uitwisselingsregister,
} from './dto/casus.dto.js';
import {
  CATEGORIE_CODES,
  CATEGORIEEN,
  categorieNamen,
  criteriaVoldaan,
  LEVENSDOMEINEN,
  magCasusstap,
  REDENEN_NIET_INFORMEREN,
  SCOPE_SLEUTELPARTNER,
  STATUS_NAMEN,
  THEMAS,
  type Casusstap,
  type Categorie,
  type Criteria,
} from './referentie.js';

/** What the guard decided, and the request's trace: what every step needs for its logs. */
export interface CasusContext {
  actor: Actor;
  ability: AppAbility;
  doel?: Doel;
  regel?: string;
  trace: { traceId: string; spanId: string };
}

/** Fields of Casus that rules name, and their columns (alias `c`). */
const KOLOMMEN: ColumnMap = {
  id: { column: 'id', type: 'uuid' },
  sleutelpartner: { column: 'sleutelpartner', type: 'text' },
  regieOrganisatie: { column: 'regie_organisatie', type: 'text' },
  deelnemers: { column: 'deelnemers', type: 'text[]' },
  status: { column: 'status', type: 'text' },
};
/** The FG's register is filtered on every organisation that took part. */
const REGISTER_KOLOMMEN: ColumnMap = {
  organisaties: { column: 'organisaties', type: 'text[]' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALLE_CATEGORIEEN = CATEGORIE_CODES;

/** A refusal decided inside a transaction: its audit record commits, then it is thrown. */
class Weigering {
  constructor(readonly fout: ProblemException) {}
}

type Plat<T> = { [K in keyof T]: T[K] };

function ongeldigeOvergang(): ProblemException {
  return new ProblemException(
    409,
    'ongeldige-statusovergang',
    'Stap niet mogelijk',
    'Deze stap past niet bij de huidige status van de casus.',
  );
}

function onverwerkbaar(code: string, titel: string, detail: string): ProblemException {
  return new ProblemException(422, code, titel, detail);
}

const kluisContext = (id: string): string => `casus/${id}`;

/**
 * Casussen between wijkteams and the Zorg- en Veiligheidshuis, and the register of every
 * exchange of personal data in them (ADR 0017). Every step checks the casus against the
 * ability, and writes its data and both logs in one transaction; a refusal is logged too.
 */
@Injectable()
export class CasussenService {
  private readonly logger = new Logger('CasussenService');
  /**
   * The processing register as of the latest request: activities in force and compatible
   * purposes. Loaded before each transaction opens (a pool query inside an open transaction
   * would deadlock the embedded database), then read synchronously inside it.
   */
  private stand: {
    activiteiten: Map<string, Verwerkingsactiviteit>;
    verenigbaar: Set<string>;
  } = { activiteiten: new Map(), verenigbaar: new Set() };

  constructor(
    private readonly dataSource: DataSource,
    private readonly personen: PersonenService,
    private readonly audit: AuditService,
    private readonly identity: IdentityService,
    private readonly purpose: PurposeService,
  ) {}

  private async laadRegister(): Promise<void> {
    const [activiteiten, verenigbaar] = await Promise.all([
      this.purpose.current(),
      this.purpose.compatibilityTable(),
    ]);
    this.stand = {
      activiteiten: new Map(activiteiten.map((a) => [a.id, a])),
      verenigbaar: new Set(verenigbaar.map((v) => `${v.vanActiviteit}>${v.naarActiviteit}`)),
    };
  }

  private activiteit(id: string): Verwerkingsactiviteit | undefined {
    return this.stand.activiteiten.get(id);
  }

  // ---------------------------------------------------------------- reference data

  async referentie(): Promise<Casusreferentie> {
    const themas = await Promise.all(
      THEMAS.map(async (t) => {
        const a = await this.purpose.currentOf(t.activiteit);
        return {
          id: t.id,
          naam: t.naam,
          activiteit: { id: t.activiteit, naam: a?.naam ?? t.activiteit, grondslag: a?.grondslag },
          bewaartermijn: a?.bewaartermijn ?? 'P5Y',
        };
      }),
    );
    return {
      themas,
      levensdomeinen: Object.entries(LEVENSDOMEINEN).map(([code, naam]) => ({ code, naam })),
      categorieen: Object.entries(CATEGORIEEN).map(([code, c]) => ({
        code,
        naam: c.naam,
        avgArtikel: c.avgArtikel,
      })),
      statussen: Object.entries(STATUS_NAMEN).map(([code, naam]) => ({ code, naam })),
      redenenNietInformeren: Object.entries(REDENEN_NIET_INFORMEREN).map(([code, naam]) => ({
        code,
        naam,
      })),
      organisaties: this.identity
        .listOrganisaties()
        .filter((o) => o.type !== 'platform')
        .map((o) => ({ code: o.code, naam: o.naam, type: o.type })),
    };
  }

  // ---------------------------------------------------------------- wijkteam

  /** A wijkteam worker registers a signal about one or more persons; its team is sleutelpartner. */
  async registreer(invoer: NieuweCasus, ctx: CasusContext): Promise<CasusView> {
    await this.laadRegister();
    return this.dataSource.transaction(async (m) => {
      const id = randomUUID();
      const sleutel = this.personen.kluis.nieuweSleutel(kluisContext(id));
      const now = new Date();
      const [volgnummer] = await m.query<{ n: string }[]>(
        `SELECT nextval('casus_nummer_seq') AS n`,
      );
      await m.insert(CasusEntity, {
        id,
        nummer: `C-${String(now.getUTCFullYear())}-${(volgnummer?.n ?? '0').padStart(4, '0')}`,
        themaId: invoer.themaId,
        status: 'aangemeld',
        levensdomeinen: invoer.levensdomeinen,
        sleutelpartner: ctx.actor.organisatie.code,
        aangemeldDoor: ctx.actor.id,
        regieOrganisatie: null,
        procesregisseurId: null,
        deelnemers: [],
        organisaties: [ctx.actor.organisatie.code],
        aanleiding: this.versleutel(sleutel.sleutel, id, 'aanleiding', invoer.aanleiding),
        sleutelId: sleutel.sleutelId,
        verpakteSleutel: sleutel.verpakt,
        aangemaaktOp: now,
        gewijzigdOp: now,
      });
      const gezien = new Set<string>();
      for (const [i, b] of invoer.betrokkenen.entries()) {
        const { rol, ...rest } = b;
        const identiteit: Identiteit = Object.fromEntries(
          Object.entries(rest as Record<string, string | undefined>).filter(
            ([, v]) => v !== undefined,
          ),
        );
        if (Object.keys(identiteit).length === 0) {
          throw new InvalidInputException([
            { field: `betrokkenen[${String(i)}]`, constraints: ['geen gegevens van de persoon'] },
          ]);
        }
        let persoonId: string;
        try {
          persoonId = (await this.personen.registreer(m, identiteit)).id;
        } catch (err) {
          if (err instanceof InvalidInputException) throw hernoem(err, `betrokkenen[${String(i)}]`);
          throw err;
        }
        // The same person twice (same BSN) is one betrokkene.
        if (gezien.has(persoonId)) continue;
        gezien.add(persoonId);
        // What this casus recorded, not what others recorded for a known BSN.
        const vastgelegd = await this.personen.legVast(m, persoonId, kluisContext(id), identiteit);
        await m.insert(CasusBetrokkeneEntity, {
          casusId: id,
          persoonId,
          volgnummer: i,
          rol,
          vastgelegd,
        });
      }
      await this.gebeurtenis(m, id, 'aanmelden', ctx.actor, now);
      const rij = await m.findOneByOrFail(CasusEntity, { id });
      ctx.regel = matchedRule(ctx.ability, 'read', subject('Casus', casusSubject(rij)));
      await this.log(m, ctx, 'create', rij, {
        betrokkenen: await this.auditBetrokkenen(
          m,
          rij.id,
          [...gezien],
          ['identificatie', 'woonsituatie'],
        ),
      });
      return this.view(m, rij, ctx);
    });
  }

  /** Escalation to the ZVH, checked against the national criteria; a motivation is required. */
  async schaalOp(id: string, invoer: Opschaling, ctx: CasusContext): Promise<CasusView> {
    return this.stap(ctx, 'opschalen', 'opschalen', id, 'opschalen', async (m, rij) => {
      const c = invoer.criteria;
      const criteria: Criteria = {
        meerdereLeefdomeinen: c.meerdereLeefdomeinen,
        meerdereKetens: c.meerdereKetens,
        impactOmgeving: c.impactOmgeving,
        ernstigeVeiligheidsproblemen: c.ernstigeVeiligheidsproblemen,
      };
      if (!criteriaVoldaan(criteria)) {
        return this.weiger(
          m,
          ctx,
          'opschalen',
          rij.id,
          'criteria-niet-voldaan',
          onverwerkbaar(
            'criteria-niet-voldaan',
            'Criteria niet voldaan',
            'Opschalen naar het Zorg- en Veiligheidshuis kan als er problemen op meerdere ' +
              'leefdomeinen zijn die leiden tot criminaliteit of overlast, en samenwerking ' +
              'tussen ketens nodig is, en er impact is op het gezin of de omgeving; of als er ' +
              'ernstige lokale veiligheidsproblemen zijn.',
          ),
        );
      }
      const zvh = this.identity
        .listOrganisaties()
        .find((o) => o.type === 'zorg-en-veiligheidshuis');
      if (!zvh) throw new Error('Geen Zorg- en Veiligheidshuis in de referentiedata');
      const now = new Date();
      const sleutel = this.sleutelVan(rij);
      rij.opschalingCriteria = criteria;
      rij.opschalingMotivering = this.versleutel(sleutel, rij.id, 'motivering', invoer.motivering);
      rij.opgeschaaldOp = now;
      rij.regieOrganisatie = zvh.code;
      rij.organisaties = uniek([...rij.organisaties, zvh.code]);
      rij.status = 'in-triage';
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.gebeurtenis(m, rij.id, 'opschalen', ctx.actor, now);
      await this.stapLog(m, ctx, 'opschalen', rij, ['identificatie']);
      return this.view(m, rij, ctx);
    });
  }

  // ---------------------------------------------------------------- lists

  /** The cases the actor may see under the request's activity, filtered in SQL; no names. */
  async lijst(ctx: CasusContext, status?: string): Promise<CasusSamenvatting[]> {
    return this.lijstVoor(ctx, 'read', status, 'DESC');
  }

  /** The ZVH's triage queue: escalated cases awaiting a decision, oldest first. */
  async triagelijst(ctx: CasusContext): Promise<CasusSamenvatting[]> {
    return this.lijstVoor(ctx, 'triageren', 'in-triage', 'ASC');
  }

  private async lijstVoor(
    ctx: CasusContext,
    action: Action,
    status: string | undefined,
    volgorde: 'ASC' | 'DESC',
  ): Promise<CasusSamenvatting[]> {
    return this.dataSource.transaction(async (m) => {
      const qb = m.getRepository(CasusEntity).createQueryBuilder('c');
      if (status) qb.where('c.status = :status', { status });
      const rijen = await applyAccessFilter(qb, ctx.ability, action, 'Casus', KOLOMMEN)
        .orderBy(action === 'triageren' ? 'c.opgeschaald_op' : 'c.gewijzigd_op', volgorde)
        .limit(200)
        .getMany();
      const aantallen = await this.aantalBetrokkenen(
        m,
        rijen.map((r) => r.id),
      );
      const scopes = await this.scopesVan(
        m,
        rijen.map((r) => r.id),
        ctx.actor.organisatie.code,
      );
      await this.log(m, ctx, 'read', null, {});
      return rijen.map((r) => ({
        id: r.id,
        nummer: r.nummer,
        thema: r.themaId,
        status: r.status,
        sleutelpartner: r.sleutelpartner,
        regieOrganisatie: r.regieOrganisatie,
        aangemeldOp: r.aangemaaktOp.toISOString(),
        gewijzigdOp: r.gewijzigdOp.toISOString(),
        aantalBetrokkenen: aantallen.get(r.id) ?? 0,
        triageBesluit: r.triageBesluit,
        mijnScope: scopes.get(r.id) ?? null,
      }));
    });
  }

  /** One casus, shaped by the actor's rules and scope. */
  async lees(id: string, ctx: CasusContext): Promise<CasusView> {
    return this.stap(ctx, 'read', 'read', id, undefined, async (m, rij) => {
      const scope = await this.zichtbareCategorieen(m, rij, ctx);
      await this.log(m, ctx, 'read', rij, {
        betrokkenen: await this.auditBetrokkenen(m, rij.id, undefined, scope),
        verstrekker: this.verstrekkerVoor(rij, ctx),
      });
      return this.view(m, rij, ctx);
    });
  }

  // ---------------------------------------------------------------- ZVH

  /** Accept (naming a procesregisseur) or decline with a reason; the wijkteam sees the outcome. */
  async trieer(id: string, invoer: Triage, ctx: CasusContext): Promise<CasusView> {
    return this.stap(ctx, 'triageren', 'triageren', id, 'triageren', async (m, rij) => {
      const now = new Date();
      const sleutel = this.sleutelVan(rij);
      if (invoer.besluit === 'accepteren') {
        const regisseurId = invoer.procesregisseurId ?? ctx.actor.id;
        // The acting procesregisseur names themself; anyone else must be a known colleague.
        const regisseur =
          regisseurId === ctx.actor.id
            ? {
                id: ctx.actor.id,
                organisatieCode: ctx.actor.organisatie.code,
                rollen: ctx.actor.rollen,
              }
            : await m.findOneBy(Gebruiker, { id: regisseurId });
        if (
          regisseur?.organisatieCode !== ctx.actor.organisatie.code ||
          !regisseur.rollen.includes('zvh-procesregisseur')
        ) {
          return this.weiger(
            m,
            ctx,
            'triageren',
            rij.id,
            'onbekende-procesregisseur',
            onverwerkbaar(
              'onbekende-procesregisseur',
              'Onbekende procesregisseur',
              'De genoemde procesregisseur is geen (aangemelde) procesregisseur van uw ' +
                'Zorg- en Veiligheidshuis.',
            ),
          );
        }
        rij.procesregisseurId = regisseur.id;
        rij.triageBesluit = 'geaccepteerd';
        rij.status = 'geaccepteerd';
        // The ZVH and the sleutelpartner take part from acceptance on.
        await this.voegDeelnemerToe(m, rij, ctx.actor.organisatie.code, ALLE_CATEGORIEEN, ctx, now);
        await this.voegDeelnemerToe(m, rij, rij.sleutelpartner, SCOPE_SLEUTELPARTNER, ctx, now);
      } else {
        rij.triageBesluit = 'afgewezen';
        rij.status = 'afgewezen';
        rij.bewaarTot = this.bewaarTot(rij.themaId, now);
      }
      rij.triageReden = invoer.reden
        ? this.versleutel(sleutel, rij.id, 'triage-reden', invoer.reden)
        : null;
      rij.triageOp = now;
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.gebeurtenis(
        m,
        rij.id,
        invoer.besluit === 'accepteren' ? 'accepteren' : 'afwijzen',
        ctx.actor,
        now,
      );
      await this.stapLog(m, ctx, 'triageren', rij, ['identificatie'], invoer.besluit);
      return this.view(m, rij, ctx);
    });
  }

  /** Invites an organisation with its need-to-know scope; the first invite activates the casus. */
  async nodigUit(id: string, invoer: Deelname, ctx: CasusContext): Promise<CasusView> {
    return this.stap(ctx, 'regisseren', 'uitnodigen', id, 'uitnodigen', async (m, rij) => {
      if (
        !this.identity
          .listOrganisaties()
          .some((o) => o.code === invoer.organisatie && o.type !== 'platform')
      ) {
        return this.weiger(
          m,
          ctx,
          'uitnodigen',
          rij.id,
          'onbekende-organisatie',
          onverwerkbaar(
            'onbekende-organisatie',
            'Onbekende organisatie',
            'Deze organisatie neemt niet deel aan Schakel.',
          ),
        );
      }
      if (rij.deelnemers.includes(invoer.organisatie)) {
        return this.weiger(
          m,
          ctx,
          'uitnodigen',
          rij.id,
          'al-deelnemer',
          new ProblemException(
            409,
            'al-deelnemer',
            'Al deelnemer',
            'Deze organisatie neemt al deel; wijzig haar scope.',
          ),
        );
      }
      const now = new Date();
      await this.voegDeelnemerToe(m, rij, invoer.organisatie, invoer.categorieen, ctx, now);
      if (rij.status === 'geaccepteerd') {
        rij.status = 'actief';
        await this.gebeurtenis(m, rij.id, 'activeren', ctx.actor, now);
      }
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.stapLog(m, ctx, 'uitnodigen', rij, ['identificatie'], invoer.organisatie);
      return this.view(m, rij, ctx);
    });
  }

  /** Changes a participant's scope (from now on; earlier exchanges stay as registered). */
  async wijzigScope(
    id: string,
    organisatie: string,
    categorieen: string[],
    ctx: CasusContext,
  ): Promise<CasusView> {
    return this.stap(ctx, 'regisseren', 'scope-wijzigen', id, 'deelname', async (m, rij) => {
      const deelnemer = await m.findOneBy(CasusDeelnemerEntity, {
        casusId: rij.id,
        organisatie,
        beeindigdOp: isNullOperator(),
      });
      if (!deelnemer) {
        return this.weiger(m, ctx, 'scope-wijzigen', rij.id, 'geen-deelnemer', geenDeelnemer());
      }
      deelnemer.categorieen = [...categorieen];
      await m.save(deelnemer);
      const now = new Date();
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.gebeurtenis(m, rij.id, 'scope-wijzigen', ctx.actor, now);
      await this.stapLog(m, ctx, 'scope-wijzigen', rij, ['identificatie'], organisatie);
      return this.view(m, rij, ctx);
    });
  }

  /** Ends a participation: from now on the organisation no longer sees the casus. */
  async beeindigDeelname(id: string, organisatie: string, ctx: CasusContext): Promise<CasusView> {
    return this.stap(ctx, 'regisseren', 'deelname-beeindigen', id, 'deelname', async (m, rij) => {
      if (organisatie === rij.regieOrganisatie) {
        return this.weiger(
          m,
          ctx,
          'deelname-beeindigen',
          rij.id,
          'regie-blijft',
          new ProblemException(
            409,
            'regie-blijft',
            'Regie blijft',
            'Het Zorg- en Veiligheidshuis voert de regie en blijft deelnemer tot de casus is afgesloten.',
          ),
        );
      }
      const deelnemer = await m.findOneBy(CasusDeelnemerEntity, {
        casusId: rij.id,
        organisatie,
        beeindigdOp: isNullOperator(),
      });
      if (!deelnemer) {
        return this.weiger(
          m,
          ctx,
          'deelname-beeindigen',
          rij.id,
          'geen-deelnemer',
          geenDeelnemer(),
        );
      }
      const now = new Date();
      deelnemer.beeindigdOp = now;
      await m.save(deelnemer);
      rij.deelnemers = rij.deelnemers.filter((o) => o !== organisatie);
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.gebeurtenis(m, rij.id, 'deelname-beeindigen', ctx.actor, now);
      await this.stapLog(m, ctx, 'deelname-beeindigen', rij, ['identificatie'], organisatie);
      return this.view(m, rij, ctx);
    });
  }

  /**
   * Registers an exchange of personal data. Refused (422, logged) when a recipient is not an
   * active participant or its scope lacks one of the categories, when a person is not in the
   * casus, or when the activity is not compatible with the theme's. The ZVH may register on
   * behalf of a participant; a participant registers what its own organisation provides.
   */
  async registreerUitwisseling(
    id: string,
    invoer: NieuweUitwisseling,
    ctx: CasusContext,
  ): Promise<UitwisselingView> {
    await this.laadRegister();
    const uitkomst = await this.dataSource.transaction(async (m) => {
      const rij = await this.vergrendel(m, id);
      const regel = rij
        ? matchedRule(
            ctx.ability,
            'create',
            subject('Uitwisseling', uitwisselingSubject(rij, ctx.actor.organisatie.code, [])),
          )
        : undefined;
      if (!rij || !regel || !ctx.ability.can('read', subject('Casus', casusSubject(rij)))) {
        return this.weiger(m, ctx, 'uitwisselen', rij?.id ?? null, 'niet-zichtbaar', notFound());
      }
      ctx.regel = regel;
      if (!magCasusstap('uitwisselen', rij.status)) {
        return this.weiger(
          m,
          ctx,
          'uitwisselen',
          rij.id,
          'ongeldige-statusovergang',
          ongeldigeOvergang(),
        );
      }
      const regie =
        rij.regieOrganisatie === ctx.actor.organisatie.code &&
        ctx.ability.can('regisseren', subject('Casus', casusSubject(rij)));
      const van = invoer.van ?? ctx.actor.organisatie.code;
      if (van !== ctx.actor.organisatie.code && !regie) {
        return this.weiger(
          m,
          ctx,
          'uitwisselen',
          rij.id,
          'verstrekker',
          onverwerkbaar(
            'verstrekker',
            'Verstrekker niet toegestaan',
            'U kunt alleen uitwisselingen van uw eigen organisatie vastleggen.',
          ),
        );
      }
      if (!rij.deelnemers.includes(van)) {
        return this.weiger(
          m,
          ctx,
          'uitwisselen',
          rij.id,
          'geen-deelnemer',
          onverwerkbaar(
            'geen-deelnemer',
            'Geen deelnemer',
            `De verstrekker ${van} neemt niet deel aan deze casus.`,
          ),
        );
      }
      const scopes = await this.actieveScopes(m, rij.id);
      const zietScopes = ctx.ability.can('read', subject('Casus', casusSubject(rij)), 'scopes');
      const fouten: string[] = [];
      for (const ontvanger of invoer.naar) {
        if (ontvanger === van) {
          fouten.push(`${ontvanger} is de verstrekker zelf.`);
          continue;
        }
        const scope = scopes.get(ontvanger);
        if (!scope) {
          fouten.push(`${ontvanger} neemt niet deel aan deze casus.`);
          continue;
        }
        const buiten = invoer.categorieen.filter((c) => !scope.includes(c));
        if (buiten.length > 0) {
          const namen = (codes: string[]) =>
            codes.map((c) => `'${CATEGORIEEN[c as Categorie].naam}'`).join(', ');
          // Only the directing ZVH sees every participant's scope; a participant does not.
          const uitleg = zietScopes
            ? ` (scope: ${scope.map((c) => CATEGORIEEN[c as Categorie].naam).join(', ')})`
            : '';
          fouten.push(
            `${ontvanger} mag ${namen(buiten)} niet ontvangen: dat valt buiten zijn need-to-know${uitleg}.`,
          );
        }
      }
      if (fouten.length > 0) {
        return this.weiger(
          m,
          ctx,
          'uitwisselen',
          rij.id,
          'buiten-scope',
          onverwerkbaar('buiten-scope', 'Uitwisseling buiten de scope', fouten.join(' ')),
        );
      }
      const personen = new Set(
        (await m.findBy(CasusBetrokkeneEntity, { casusId: rij.id })).map((b) => b.persoonId),
      );
      if (invoer.betrokkenen.some((p) => !personen.has(p))) {
        return this.weiger(
          m,
          ctx,
          'uitwisselen',
          rij.id,
          'onbekende-betrokkene',
          onverwerkbaar(
            'onbekende-betrokkene',
            'Onbekende betrokkene',
            'Een of meer personen horen niet bij deze casus.',
          ),
        );
      }
      const thema = THEMAS.find((t) => t.id === rij.themaId);
      const activiteitId = invoer.activiteitId ?? thema?.activiteit ?? '';
      const activiteit = this.activiteit(activiteitId);
      const verenigbaar =
        activiteitId === thema?.activiteit ||
        (thema !== undefined && this.stand.verenigbaar.has(`${thema.activiteit}>${activiteitId}`));
      if (!activiteit || !verenigbaar) {
        return this.weiger(
          m,
          ctx,
          'uitwisselen',
          rij.id,
          'doel-onverenigbaar',
          onverwerkbaar(
            'doel-onverenigbaar',
            'Doel past niet',
            'De verwerkingsactiviteit bestaat niet of is niet verenigbaar met het doel van deze casus (zie het verwerkingsregister).',
          ),
        );
      }
      const sleutel = this.sleutelVan(rij);
      const uid = randomUUID();
      const now = new Date();
      const ctxVeld = `uitwisseling/${uid}`;
      await m.insert(UitwisselingEntity, {
        id: uid,
        casusId: rij.id,
        vanOrganisatie: van,
        geregistreerdDoor: ctx.actor.id,
        geregistreerdDoorOrganisatie: ctx.actor.organisatie.code,
        ontvangers: invoer.naar,
        betrokkenen: invoer.betrokkenen,
        categorieen: invoer.categorieen,
        bijzonder: invoer.categorieen.some((c) => CATEGORIEEN[c as Categorie].avgArtikel === '9'),
        strafrechtelijk: invoer.categorieen.some(
          (c) => CATEGORIEEN[c as Categorie].avgArtikel === '10',
        ),
        activiteitId: activiteit.id,
        activiteitVersie: activiteit.versie,
        grondslag: invoer.grondslag ?? activiteit.grondslag,
        proportionaliteit: this.versleutel(
          sleutel,
          rij.id,
          `${ctxVeld}/proportionaliteit`,
          invoer.proportionaliteit,
        ),
        subsidiariteit: this.versleutel(
          sleutel,
          rij.id,
          `${ctxVeld}/subsidiariteit`,
          invoer.subsidiariteit,
        ),
        inhoud: this.versleutel(sleutel, rij.id, `${ctxVeld}/inhoud`, invoer.inhoud),
        geregistreerdOp: now,
      });
      await m.insert(
        UitwisselingOntvangstEntity,
        invoer.naar.map((organisatie) => ({
          uitwisselingId: uid,
          organisatie,
          ontvangenOp: null,
          ontvangenDoor: null,
        })),
      );
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.gebeurtenis(m, rij.id, 'uitwisselen', ctx.actor, now);
      await this.log(m, ctx, 'uitwisselen', rij, {
        betrokkenen: await this.auditBetrokkenen(m, rij.id, invoer.betrokkenen, invoer.categorieen),
        verstrekker: van !== ctx.actor.organisatie.code ? van : undefined,
        reden: `uitwisseling:${uid}`,
      });
      const u = await m.findOneByOrFail(UitwisselingEntity, { id: uid });
      return this.uitwisselingView(m, rij, u, sleutel);
    });
    if (uitkomst instanceof Weigering) throw uitkomst.fout;
    return uitkomst;
  }

  /** A recipient organisation acknowledges receipt of an exchange. */
  async bevestigOntvangst(
    id: string,
    uitwisselingId: string,
    ctx: CasusContext,
  ): Promise<UitwisselingView> {
    await this.laadRegister();
    const uitkomst = await this.dataSource.transaction(async (m) => {
      const rij = await this.vergrendel(m, id);
      const u =
        rij && UUID.test(uitwisselingId)
          ? await m.findOneBy(UitwisselingEntity, { id: uitwisselingId, casusId: rij.id })
          : null;
      const regel =
        rij && u
          ? matchedRule(
              ctx.ability,
              'bevestigen',
              subject('Uitwisseling', uitwisselingSubject(rij, u.vanOrganisatie, u.ontvangers)),
            )
          : undefined;
      if (!rij || !u || !regel) {
        return this.weiger(m, ctx, 'ontvangst', rij?.id ?? null, 'niet-zichtbaar', notFound());
      }
      ctx.regel = regel;
      const ontvangst = await m.findOneByOrFail(UitwisselingOntvangstEntity, {
        uitwisselingId: u.id,
        organisatie: ctx.actor.organisatie.code,
      });
      if (ontvangst.ontvangenOp) {
        return this.weiger(
          m,
          ctx,
          'ontvangst',
          rij.id,
          'al-ontvangen',
          new ProblemException(
            409,
            'al-ontvangen',
            'Al bevestigd',
            'Uw organisatie heeft de ontvangst van deze uitwisseling al bevestigd.',
          ),
        );
      }
      ontvangst.ontvangenOp = new Date();
      ontvangst.ontvangenDoor = ctx.actor.id;
      await m.save(ontvangst);
      await this.gebeurtenis(m, rij.id, 'ontvangst-bevestigen', ctx.actor, ontvangst.ontvangenOp);
      await this.log(m, ctx, 'ontvangst', rij, {
        betrokkenen: await this.auditBetrokkenen(m, rij.id, u.betrokkenen, u.categorieen),
        verstrekker: u.vanOrganisatie,
        reden: `uitwisseling:${u.id}`,
      });
      return this.uitwisselingView(m, rij, u, this.sleutelVan(rij));
    });
    if (uitkomst instanceof Weigering) throw uitkomst.fout;
    return uitkomst;
  }

  /** Records that and when a person was informed, or the reason not to (reviewed at closure). */
  /** 400 for a date of informing that has not come yet (Amsterdam time). */
  private valideerInformeren(invoer: Informeren, veld: string): void {
    const vandaag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    if (invoer.besluit === 'geinformeerd' && invoer.op !== undefined && invoer.op > vandaag) {
      throw new InvalidInputException([{ field: veld, constraints: ['ligt in de toekomst'] }]);
    }
  }

  async informeer(
    id: string,
    persoonId: string,
    invoer: Informeren,
    ctx: CasusContext,
  ): Promise<CasusView> {
    this.valideerInformeren(invoer, 'op');
    return this.stap(ctx, 'regisseren', 'informeren', id, 'informeren', async (m, rij) => {
      const b = UUID.test(persoonId)
        ? await m.findOneBy(CasusBetrokkeneEntity, { casusId: rij.id, persoonId })
        : null;
      if (!b) return this.weiger(m, ctx, 'informeren', rij.id, 'onbekende-betrokkene', notFound());
      const now = new Date();
      this.zetInformeren(b, invoer, this.sleutelVan(rij), rij.id, now);
      await m.save(b);
      await this.gebeurtenis(m, rij.id, 'informeren', ctx.actor, now);
      await this.log(m, ctx, 'informeren', rij, {
        betrokkenen: await this.auditBetrokkenen(m, rij.id, [b.persoonId], ['identificatie']),
        reden: invoer.besluit,
      });
      return this.view(m, rij, ctx);
    });
  }

  /**
   * Closes the casus: every decision not to inform must be reviewed again (and every person
   * decided); all participations end; the retention clock starts (theme activity's term).
   */
  async sluitAf(id: string, invoer: Afsluiting, ctx: CasusContext): Promise<CasusView> {
    for (const [i, h] of invoer.herbeoordelingen.entries()) {
      this.valideerInformeren(h, `herbeoordelingen[${String(i)}].op`);
    }
    return this.stap(ctx, 'regisseren', 'afsluiten', id, 'afsluiten', async (m, rij) => {
      const betrokkenen = await m.find(CasusBetrokkeneEntity, {
        where: { casusId: rij.id },
        order: { volgnummer: 'ASC' },
      });
      const herbeoordeling = new Map(invoer.herbeoordelingen.map((h) => [h.persoonId, h]));
      const onbekend = [...herbeoordeling.keys()].filter(
        (p) => !betrokkenen.some((b) => b.persoonId === p),
      );
      const open = betrokkenen.filter(
        (b) => b.informerenBesluit !== 'geinformeerd' && !herbeoordeling.has(b.persoonId),
      );
      if (onbekend.length > 0 || open.length > 0) {
        return this.weiger(
          m,
          ctx,
          'afsluiten',
          rij.id,
          'informeren-niet-herbeoordeeld',
          onverwerkbaar(
            'informeren-niet-herbeoordeeld',
            'Informeren niet herbeoordeeld',
            `Bij afsluiten moet voor elke persoon die niet (of nog niet) is geïnformeerd opnieuw worden besloten (${String(open.length)} open${onbekend.length > 0 ? `; ${String(onbekend.length)} persoon/personen horen niet bij deze casus` : ''}).`,
          ),
        );
      }
      const now = new Date();
      const sleutel = this.sleutelVan(rij);
      for (const b of betrokkenen) {
        const h = herbeoordeling.get(b.persoonId);
        if (!h) continue;
        this.zetInformeren(b, h, sleutel, rij.id, now);
        b.herbeoordeeldOp = now;
        await m.save(b);
      }
      await m
        .createQueryBuilder()
        .update(CasusDeelnemerEntity)
        .set({ beeindigdOp: now })
        .where('casus_id = :id AND beeindigd_op IS NULL', { id: rij.id })
        .execute();
      rij.deelnemers = [];
      rij.status = 'afgesloten';
      rij.afsluitReden = this.versleutel(sleutel, rij.id, 'afsluit-reden', invoer.reden);
      rij.afgeslotenOp = now;
      rij.bewaarTot = this.bewaarTot(rij.themaId, now);
      rij.gewijzigdOp = now;
      await m.save(rij);
      await this.gebeurtenis(m, rij.id, 'afsluiten', ctx.actor, now);
      await this.stapLog(m, ctx, 'afsluiten', rij, ['identificatie']);
      return this.view(m, rij, ctx);
    });
  }

  /** A person's cases and exchanges, as far as the actor may see them; BSN only in the body. */
  async tijdlijnVanPersoon(bsn: string, ctx: CasusContext): Promise<PersoonCasus[]> {
    await this.laadRegister();
    return this.dataSource.transaction(async (m) => {
      const persoonId = await this.personen.zoekOpBsn(m, bsn);
      const uit: PersoonCasus[] = [];
      if (persoonId) {
        const qb = m
          .getRepository(CasusEntity)
          .createQueryBuilder('c')
          .where('c.id IN (SELECT casus_id FROM casus_betrokkene WHERE persoon_id = :persoonId)', {
            persoonId,
          });
        const rijen = await applyAccessFilter(qb, ctx.ability, 'read', 'Casus', KOLOMMEN)
          .orderBy('c.aangemaakt_op', 'DESC')
          .limit(200)
          .getMany();
        for (const rij of rijen) {
          // Finding a person by BSN needs identificatie in the actor's view of this casus.
          const zichtbaar = await this.zichtbareCategorieen(m, rij, ctx);
          if (!zichtbaar.includes('identificatie')) continue;
          const uitwisselingen = await m
            .createQueryBuilder(UitwisselingEntity, 'u')
            .where('u.casus_id = :id AND u.betrokkenen @> ARRAY[:persoonId]::uuid[]', {
              id: rij.id,
              persoonId,
            })
            .orderBy('u.geregistreerd_op', 'ASC')
            .getMany();
          const metadata: UitwisselingMetadata[] = [];
          for (const u of uitwisselingen) {
            if (!this.magUitwisselingZien(rij, u, ctx)) continue;
            metadata.push(await this.metadata(m, u));
          }
          uit.push({
            casusId: rij.id,
            nummer: rij.nummer,
            thema: rij.themaId,
            status: rij.status,
            uitwisselingen: metadata,
          });
        }
      }
      await this.audit.record(m, {
        actor: ctx.actor,
        actie: 'zoeken',
        objectType: 'Casus',
        objectId: null,
        resultaat: 'toegestaan',
        reden: `gevonden:${String(uit.length)}`,
        regel: ctx.regel,
        doel: ctx.doel,
        trace: ctx.trace,
        betrokkenen: [
          persoonId
            ? await this.personen.betrokkene(m, persoonId, ['identificatie'])
            : { identificatie: bsn, categorieen: ['identificatie'] },
        ],
      });
      return uit;
    });
  }

  // ---------------------------------------------------------------- FG

  /**
   * The exchange register for the FG: metadata of every exchange in cases the FG's
   * organisation takes or took part in (filtered in SQL), and the flows between
   * organisations per category. No content, no reasoning, no persons.
   */
  async register(ctx: CasusContext, vanaf?: Date, tot?: Date): Promise<Uitwisselingsregister> {
    await this.laadRegister();
    return this.dataSource.transaction(async (m) => {
      const qb = m.getRepository(CasusEntity).createQueryBuilder('c').select('c.id');
      const casusSql = applyAccessFilter(
        qb,
        ctx.ability,
        'read',
        'Uitwisselingsregister',
        REGISTER_KOLOMMEN,
      );
      const uq = m
        .createQueryBuilder(UitwisselingEntity, 'u')
        .innerJoin(CasusEntity, 'k', 'k.id = u.casus_id')
        .addSelect(['k.nummer', 'k.themaId'])
        .where(`u.casus_id IN (${casusSql.getQuery()})`)
        .setParameters(casusSql.getParameters());
      if (vanaf) uq.andWhere('u.geregistreerd_op >= :vanaf', { vanaf });
      if (tot) uq.andWhere('u.geregistreerd_op < :tot', { tot });
      const { entities, raw } = await uq
        .orderBy('u.geregistreerd_op', 'DESC')
        .limit(1000)
        .getRawAndEntities<{ k_nummer: string; k_thema_id: string }>();
      const uitwisselingen = [];
      const stromen = new Map<
        string,
        { van: string; naar: string; categorie: string; aantal: number }
      >();
      // All acknowledgements in one query, not one per exchange.
      const ontvangsten = new Map<string, UitwisselingOntvangstEntity[]>();
      if (entities.length > 0) {
        for (const o of await m.find(UitwisselingOntvangstEntity, {
          where: { uitwisselingId: In(entities.map((u) => u.id)) },
        })) {
          ontvangsten.set(o.uitwisselingId, [...(ontvangsten.get(o.uitwisselingId) ?? []), o]);
        }
      }
      for (const [i, u] of entities.entries()) {
        const r = raw[i];
        uitwisselingen.push({
          ...(await this.metadata(m, u, ontvangsten.get(u.id) ?? [])),
          casusNummer: r?.k_nummer ?? '',
          thema: r?.k_thema_id ?? '',
        });
        for (const naar of u.ontvangers) {
          for (const categorie of u.categorieen) {
            const sleutel = `${u.vanOrganisatie}|${naar}|${categorie}`;
            const s = stromen.get(sleutel) ?? { van: u.vanOrganisatie, naar, categorie, aantal: 0 };
            s.aantal++;
            stromen.set(sleutel, s);
          }
        }
      }
      await this.audit.record(m, {
        actor: ctx.actor,
        actie: 'read',
        objectType: 'Uitwisselingsregister',
        objectId: null,
        resultaat: 'toegestaan',
        reden: `uitwisselingen:${String(uitwisselingen.length)}`,
        regel: ctx.regel,
        doel: ctx.doel,
        trace: ctx.trace,
      });
      return { uitwisselingen, stromen: [...stromen.values()].sort((a, b) => b.aantal - a.aantal) };
    });
  }

  // ---------------------------------------------------------------- helpers

  /**
   * One step on one casus, in one transaction: lock it, check the ability on the record (404
   * when it may not be seen, logged), check the lifecycle (409, logged), do the work.
   */
  private async stap<T>(
    ctx: CasusContext,
    action: Action,
    actie: string,
    id: string,
    overgang: Casusstap | undefined,
    werk: (m: EntityManager, rij: CasusEntity) => Promise<T | Weigering>,
  ): Promise<T> {
    await this.laadRegister();
    const uitkomst = await this.dataSource.transaction(async (m) => {
      const rij = await this.vergrendel(m, id);
      const regel = rij
        ? matchedRule(ctx.ability, action, subject('Casus', casusSubject(rij)))
        : undefined;
      if (!rij || !regel) {
        return this.weiger(m, ctx, actie, rij?.id ?? null, 'niet-zichtbaar', notFound());
      }
      if (overgang && !magCasusstap(overgang, rij.status)) {
        return this.weiger(m, ctx, actie, rij.id, 'ongeldige-statusovergang', ongeldigeOvergang());
      }
      ctx.regel = regel;
      return werk(m, rij);
    });
    if (uitkomst instanceof Weigering) throw uitkomst.fout;
    return uitkomst;
  }

  private async vergrendel(m: EntityManager, id: string): Promise<CasusEntity | null> {
    if (!UUID.test(id)) return null;
    return m
      .getRepository(CasusEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  }

  private async weiger(
    m: EntityManager,
    ctx: CasusContext,
    actie: string,
    objectId: string | null,
    reden: string,
    fout: ProblemException,
  ): Promise<Weigering> {
    await this.audit.record(m, {
      actor: ctx.actor,
      actie,
      objectType: 'Casus',
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
    ctx: CasusContext,
    actie: string,
    rij: CasusEntity | null,
    extra: { betrokkenen?: AuditBetrokkene[]; verstrekker?: string; reden?: string | null },
  ): Promise<void> {
    await this.audit.record(m, {
      actor: ctx.actor,
      actie,
      objectType: 'Casus',
      objectId: rij?.id ?? null,
      resultaat: 'toegestaan',
      reden: extra.reden ?? null,
      regel: ctx.regel,
      doel: ctx.doel,
      trace: ctx.trace,
      betrokkenen: extra.betrokkenen,
      verstrekker: extra.verstrekker,
    });
  }

  /** The log of a step: the casus's persons (identification only) as data subjects. */
  private async stapLog(
    m: EntityManager,
    ctx: CasusContext,
    actie: string,
    rij: CasusEntity,
    categorieen: string[],
    reden?: string,
  ): Promise<void> {
    await this.log(m, ctx, actie, rij, {
      betrokkenen: await this.auditBetrokkenen(m, rij.id, undefined, categorieen),
      verstrekker: this.verstrekkerVoor(rij, ctx),
      reden: reden ?? null,
    });
  }

  /** The sleutelpartner provided the signal: others reading or handling it name it as provider. */
  private verstrekkerVoor(rij: CasusEntity, ctx: CasusContext): string | undefined {
    return rij.sleutelpartner !== ctx.actor.organisatie.code ? rij.sleutelpartner : undefined;
  }

  /** The persons (all of the casus, or the given ids) as data subjects, by pseudonym. */
  private async auditBetrokkenen(
    m: EntityManager,
    casusId: string,
    persoonIds: string[] | undefined,
    categorieen: readonly string[],
  ): Promise<AuditBetrokkene[]> {
    const ids =
      persoonIds ??
      (
        await m.find(CasusBetrokkeneEntity, { where: { casusId }, order: { volgnummer: 'ASC' } })
      ).map((b) => b.persoonId);
    const namen = categorieNamen(categorieen);
    const uit: AuditBetrokkene[] = [];
    for (const id of uniek(ids)) {
      try {
        uit.push(await this.personen.betrokkene(m, id, namen));
      } catch (err) {
        if (err instanceof ProblemException && err.getStatus() === 410) {
          uit.push({ identificatie: `persoon:${id}`, categorieen: namen });
        } else throw err;
      }
    }
    return uit;
  }

  private async gebeurtenis(
    m: EntityManager,
    casusId: string,
    stap: string,
    actor: Actor,
    tijd: Date,
  ): Promise<void> {
    await m.insert(CasusGebeurtenisEntity, {
      casusId,
      tijd,
      stap,
      actorId: actor.id,
      organisatieCode: actor.organisatie.code,
    });
  }

  private async voegDeelnemerToe(
    m: EntityManager,
    rij: CasusEntity,
    organisatie: string,
    categorieen: readonly string[],
    ctx: CasusContext,
    now: Date,
  ): Promise<void> {
    if (rij.deelnemers.includes(organisatie)) return;
    await m.insert(CasusDeelnemerEntity, {
      id: randomUUID(),
      casusId: rij.id,
      organisatie,
      categorieen: [...categorieen],
      uitgenodigdOp: now,
      uitgenodigdDoor: ctx.actor.id,
      beeindigdOp: null,
    });
    rij.deelnemers = uniek([...rij.deelnemers, organisatie]);
    rij.organisaties = uniek([...rij.organisaties, organisatie]);
  }

  /** Active participants and their scopes. */
  private async actieveScopes(m: EntityManager, casusId: string): Promise<Map<string, string[]>> {
    const rijen = await m.find(CasusDeelnemerEntity, {
      where: { casusId, beeindigdOp: isNullOperator() },
    });
    return new Map(rijen.map((d) => [d.organisatie, d.categorieen]));
  }

  private async scopesVan(
    m: EntityManager,
    ids: string[],
    organisatie: string,
  ): Promise<Map<string, string[]>> {
    if (ids.length === 0) return new Map();
    const rijen = await m
      .createQueryBuilder(CasusDeelnemerEntity, 'd')
      .where(
        'd.casus_id IN (:...ids) AND d.organisatie = :organisatie AND d.beeindigd_op IS NULL',
        { ids, organisatie },
      )
      .getMany();
    return new Map(rijen.map((d) => [d.casusId, d.categorieen]));
  }

  private async aantalBetrokkenen(m: EntityManager, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rijen = await m.query<{ casus_id: string; n: string }[]>(
      'SELECT casus_id, count(*) AS n FROM casus_betrokkene WHERE casus_id = ANY($1::uuid[]) GROUP BY casus_id',
      [ids],
    );
    return new Map(rijen.map((r) => [r.casus_id, Number(r.n)]));
  }

  /** The categories of the casus the actor sees now: all for sleutelpartner/regie, else its scope. */
  private async zichtbareCategorieen(
    m: EntityManager,
    rij: CasusEntity,
    ctx: CasusContext,
  ): Promise<string[]> {
    const s = subject('CasusPersoon', await this.persoonSubject(m, rij, {}));
    return Object.entries(CASUS_PERSOON_VELDEN)
      .filter(([, velden]) => velden.some((v) => ctx.ability.can('read', s, v)))
      .map(([c]) => c);
  }

  private async persoonSubject(
    m: EntityManager,
    rij: CasusEntity,
    velden: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const scopes = await this.actieveScopes(m, rij.id);
    const s: Record<string, unknown> = {
      ...velden,
      casusId: rij.id,
      status: rij.status,
      sleutelpartner: rij.sleutelpartner,
      regieOrganisatie: rij.regieOrganisatie,
      deelnemers: rij.deelnemers,
    };
    for (const categorie of Object.keys(CASUS_PERSOON_VELDEN)) {
      s[scopeVeld(categorie)] = [...scopes]
        .filter(([, c]) => c.includes(categorie))
        .map(([o]) => o);
    }
    return s;
  }

  private magUitwisselingZien(rij: CasusEntity, u: UitwisselingEntity, ctx: CasusContext): boolean {
    return ctx.ability.can(
      'read',
      subject('Uitwisseling', uitwisselingSubject(rij, u.vanOrganisatie, u.ontvangers)),
    );
  }

  private sleutelVan(rij: CasusEntity): Buffer {
    return this.personen.kluis.openSleutel(kluisContext(rij.id), {
      sleutelId: rij.sleutelId,
      verpakt: rij.verpakteSleutel,
    });
  }

  private versleutel(sleutel: Buffer, id: string, veld: string, tekst: string): Buffer {
    return this.personen.kluis.versleutel(sleutel, kluisContext(id), veld, tekst);
  }

  private ontsleutel(sleutel: Buffer, id: string, veld: string, envelope: Buffer): string {
    return this.personen.kluis.ontsleutel(sleutel, kluisContext(id), veld, envelope);
  }

  private zetInformeren(
    b: CasusBetrokkeneEntity,
    invoer: Informeren,
    sleutel: Buffer,
    casusId: string,
    now: Date,
  ): void {
    b.informerenBesluit = invoer.besluit;
    b.informerenBeslotenOp = now;
    if (invoer.besluit === 'geinformeerd') {
      b.geinformeerdOp = invoer.op ?? now.toISOString().slice(0, 10);
      b.informerenReden = null;
      b.informerenToelichting = null;
    } else {
      b.geinformeerdOp = null;
      b.informerenReden = invoer.reden ?? null;
      b.informerenToelichting = invoer.toelichting
        ? this.versleutel(sleutel, casusId, `informeren/${b.persoonId}`, invoer.toelichting)
        : null;
    }
  }

  private bewaarTot(themaId: string, vanaf: Date): string {
    const thema = THEMAS.find((t) => t.id === themaId);
    const activiteit = thema ? this.activiteit(thema.activiteit) : undefined;
    const jaren = Number(/^P(\d+)Y$/.exec(activiteit?.bewaartermijn ?? '')?.[1] ?? 5);
    const tot = new Date(vanaf);
    tot.setUTCFullYear(tot.getUTCFullYear() + jaren);
    return tot.toISOString().slice(0, 10);
  }

  /** An exchange's metadata; pass the acknowledgements when they were loaded for many at once. */
  private async metadata(
    m: EntityManager,
    u: UitwisselingEntity,
    geladen?: UitwisselingOntvangstEntity[],
  ): Promise<Plat<UitwisselingMetadata>> {
    const ontvangsten =
      geladen ?? (await m.find(UitwisselingOntvangstEntity, { where: { uitwisselingId: u.id } }));
    const activiteit = this.activiteit(u.activiteitId);
    return {
      id: u.id,
      van: u.vanOrganisatie,
      naar: u.ontvangers.map((organisatie) => ({
        organisatie,
        ontvangenOp:
          ontvangsten.find((o) => o.organisatie === organisatie)?.ontvangenOp?.toISOString() ??
          null,
      })),
      categorieen: u.categorieen,
      bijzonder: u.bijzonder,
      strafrechtelijk: u.strafrechtelijk,
      activiteit: { id: u.activiteitId, naam: activiteit?.naam ?? u.activiteitId },
      grondslag: u.grondslag,
      geregistreerdOp: u.geregistreerdOp.toISOString(),
      geregistreerdDoor: u.geregistreerdDoorOrganisatie,
    };
  }

  private async uitwisselingView(
    m: EntityManager,
    rij: CasusEntity,
    u: UitwisselingEntity,
    sleutel: Buffer,
  ): Promise<UitwisselingView> {
    const veld = `uitwisseling/${u.id}`;
    return {
      ...(await this.metadata(m, u)),
      betrokkenen: u.betrokkenen,
      proportionaliteit: this.ontsleutel(
        sleutel,
        rij.id,
        `${veld}/proportionaliteit`,
        u.proportionaliteit,
      ),
      subsidiariteit: this.ontsleutel(sleutel, rij.id, `${veld}/subsidiariteit`, u.subsidiariteit),
      inhoud: this.ontsleutel(sleutel, rij.id, `${veld}/inhoud`, u.inhoud),
    };
  }

  /** The casus as this actor may see it: fields by rule, persons by scope, exchanges by party. */
  private async view(m: EntityManager, rij: CasusEntity, ctx: CasusContext): Promise<CasusView> {
    const sleutel = this.sleutelVan(rij);
    const s = subject('Casus', casusSubject(rij));
    // Field rules on the casus: the signal (sleutelpartner while it follows it, and the ZVH),
    // and what only the directing ZVH sees (informing decisions, every participant's scope).
    const signaal = ctx.ability.can('read', s, 'aanleiding');
    const regie = ctx.ability.can('read', s, 'informeren');
    const regisseur = rij.procesregisseurId
      ? await m.findOneBy(Gebruiker, { id: rij.procesregisseurId })
      : null;
    const betrokkenen = await m.find(CasusBetrokkeneEntity, {
      where: { casusId: rij.id },
      order: { volgnummer: 'ASC' },
    });
    const personen: CasusPersoonView[] = [];
    // The participants' scopes once per view, not once per person.
    const basis = await this.persoonSubject(m, rij, {});
    for (const b of betrokkenen) {
      const ps = subject('CasusPersoon', { ...basis, persoonId: b.persoonId, rol: b.rol });
      const velden = Object.values(CASUS_PERSOON_VELDEN)
        .flat()
        .filter((v) => ctx.ability.can('read', ps, v)) as Identiteitsveld[];
      if (!ctx.ability.can('read', ps, 'persoonId')) continue;
      const persoon: Plat<CasusPersoonView> = { persoonId: b.persoonId, rol: b.rol };
      if (velden.length > 0) {
        const gelezen = await this.personen.leesVastgelegd(
          m,
          b.persoonId,
          kluisContext(rij.id),
          b.vastgelegd,
          velden,
        );
        if (gelezen.status === 'beschikbaar') Object.assign(persoon, gelezen.gegevens);
      }
      if (regie) {
        persoon.informeren = b.informerenBesluit
          ? {
              besluit: b.informerenBesluit,
              ...(b.geinformeerdOp ? { op: b.geinformeerdOp } : {}),
              ...(b.informerenReden ? { reden: b.informerenReden } : {}),
              ...(b.informerenToelichting
                ? {
                    toelichting: this.ontsleutel(
                      sleutel,
                      rij.id,
                      `informeren/${b.persoonId}`,
                      b.informerenToelichting,
                    ),
                  }
                : {}),
              ...(b.herbeoordeeldOp ? { herbeoordeeldOp: b.herbeoordeeldOp.toISOString() } : {}),
            }
          : null;
      }
      personen.push(persoon);
    }
    const deelnemers = await m.find(CasusDeelnemerEntity, {
      where: { casusId: rij.id },
      order: { uitgenodigdOp: 'ASC' },
    });
    const uitwisselingen: UitwisselingView[] = [];
    for (const u of await m.find(UitwisselingEntity, {
      where: { casusId: rij.id },
      order: { geregistreerdOp: 'ASC' },
    })) {
      if (this.magUitwisselingZien(rij, u, ctx))
        uitwisselingen.push(await this.uitwisselingView(m, rij, u, sleutel));
    }
    const tijdlijn = await m.find(CasusGebeurtenisEntity, {
      where: { casusId: rij.id },
      order: { tijd: 'ASC', id: 'ASC' },
    });
    const mijn = deelnemers.find(
      (d) => d.organisatie === ctx.actor.organisatie.code && !d.beeindigdOp,
    );
    const view: Plat<CasusView> = {
      id: rij.id,
      nummer: rij.nummer,
      thema: rij.themaId,
      status: rij.status,
      levensdomeinen: rij.levensdomeinen,
      sleutelpartner: rij.sleutelpartner,
      regieOrganisatie: rij.regieOrganisatie,
      procesregisseur: regisseur
        ? { id: regisseur.id, naam: regisseur.naam }
        : rij.procesregisseurId
          ? { id: rij.procesregisseurId, naam: rij.procesregisseurId }
          : null,
      betrokkenen: personen,
      // A participant sees who takes part (organisations), not others' scopes beyond its own.
      deelnemers: deelnemers
        .filter((d) => regie || !d.beeindigdOp)
        .map((d) => ({
          organisatie: d.organisatie,
          categorieen: regie || d.organisatie === ctx.actor.organisatie.code ? d.categorieen : [],
          uitgenodigdOp: d.uitgenodigdOp.toISOString(),
          beeindigdOp: d.beeindigdOp?.toISOString() ?? null,
        })),
      uitwisselingen,
      tijdlijn: tijdlijn.map((g) => ({
        tijd: g.tijd.toISOString(),
        stap: g.stap,
        organisatie: g.organisatieCode,
      })),
      mijnScope: mijn?.categorieen ?? null,
      afgeslotenOp: rij.afgeslotenOp?.toISOString() ?? null,
      bewaarTot: rij.bewaarTot,
    };
    if (signaal) {
      view.aanleiding = this.ontsleutel(sleutel, rij.id, 'aanleiding', rij.aanleiding);
      view.opschaling =
        rij.opschalingCriteria && rij.opschalingMotivering && rij.opgeschaaldOp
          ? {
              criteria: rij.opschalingCriteria,
              motivering: this.ontsleutel(sleutel, rij.id, 'motivering', rij.opschalingMotivering),
              op: rij.opgeschaaldOp.toISOString(),
            }
          : null;
      view.triage =
        rij.triageBesluit && rij.triageOp
          ? {
              besluit: rij.triageBesluit,
              reden: rij.triageReden
                ? this.ontsleutel(sleutel, rij.id, 'triage-reden', rij.triageReden)
                : null,
              op: rij.triageOp.toISOString(),
            }
          : null;
    }
    return view;
  }
}

/** The fields of a casus its rules name. */
function casusSubject(rij: CasusEntity): Record<string, unknown> {
  return {
    id: rij.id,
    sleutelpartner: rij.sleutelpartner,
    regieOrganisatie: rij.regieOrganisatie,
    deelnemers: rij.deelnemers,
    status: rij.status,
  };
}

function uitwisselingSubject(
  rij: CasusEntity,
  van: string,
  ontvangers: string[],
): Record<string, unknown> {
  return {
    casusId: rij.id,
    regieOrganisatie: rij.regieOrganisatie,
    deelnemers: rij.deelnemers,
    van,
    ontvangers,
  };
}

function uniek<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function geenDeelnemer(): ProblemException {
  return new ProblemException(
    404,
    'geen-deelnemer',
    'Geen deelnemer',
    'Deze organisatie neemt niet deel aan deze casus.',
  );
}

function isNullOperator() {
  return IsNull();
}

/** Prefixes the field names of a person's validation errors with their place in the body. */
function hernoem(err: InvalidInputException, prefix: string): InvalidInputException {
  return new InvalidInputException(
    err.fields.map((f) => ({ ...f, field: `${prefix}.${f.field}` })),
  );
}
