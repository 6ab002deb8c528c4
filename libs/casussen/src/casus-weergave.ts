import { Injectable } from '@nestjs/common';
import { cutView, permittedFields, type AppAbility, type Cut } from '@schakel/authz';
import type { Identiteitsveld, PersonenBundel } from '@schakel/personen';
import { PersonenService } from '@schakel/personen';
import type { Verwerkingsactiviteit } from '@schakel/purpose';
import type { CasusBetrokkeneEntity, CasusEntity } from './casus.entity.js';
import {
  casusOnderwerp,
  deelnemerOnderwerp,
  persoonOnderwerp,
  uitwisselingOnderwerp,
} from './casus-onderwerp.js';
import type {
  Casusdossier,
  CasusLijstRij,
  RegisterRij,
  Uitwisselingsdossier,
} from './casus.repository.js';
import type {
  CasusPersoonView,
  CasusSamenvatting,
  CasusView,
  DeelnemerView,
  PersoonCasus,
  ProcesregisseurView,
  UitwisselingMetadata,
  UitwisselingView,
  Uitwisselingsregister,
} from './dto/casus.dto.js';

/** The processing register as read before the step's transaction: activities in force. */
export interface Registerstand {
  activiteiten: Map<string, Verwerkingsactiviteit>;
  /** `van>naar` pairs of compatible purposes (loaded only by steps that need them). */
  verenigbaar: Set<string>;
}

/** What a view needs beyond the dossier: who looks, the persons, the register. */
export interface Kijker {
  ability: AppAbility;
  organisatie: string;
  personen: PersonenBundel;
  register: Registerstand;
  /** The procesregisseur's name, when it was looked up (only for who may see it). */
  regisseur?: ProcesregisseurView | null;
}

// Every key of each view: the field list of rules without one ("every field").
const CASUS_VELDEN: (keyof CasusView)[] = [
  'id',
  'nummer',
  'thema',
  'status',
  'levensdomeinen',
  'sleutelpartner',
  'regieOrganisatie',
  'procesregisseur',
  'aanleiding',
  'opschaling',
  'triage',
  'betrokkenen',
  'deelnemers',
  'uitwisselingen',
  'tijdlijn',
  'mijnScope',
  'afgeslotenOp',
  'bewaarTot',
];
const PERSOON_VELDEN: (keyof CasusPersoonView)[] = [
  'persoonId',
  'rol',
  'bsn',
  'voornamen',
  'voorvoegsel',
  'achternaam',
  'geboortedatum',
  'straat',
  'huisnummer',
  'postcode',
  'woonplaats',
  'gemeenteCode',
  'informeren',
];
const IDENTITEIT: Identiteitsveld[] = PERSOON_VELDEN.filter(
  (v) => !['persoonId', 'rol', 'informeren'].includes(v),
) as Identiteitsveld[];
const UITWISSELING_VELDEN: (keyof UitwisselingView)[] = [
  'id',
  'van',
  'naar',
  'categorieen',
  'bijzonder',
  'strafrechtelijk',
  'activiteit',
  'grondslag',
  'geregistreerdOp',
  'geregistreerdDoor',
  'betrokkenen',
  'proportionaliteit',
  'subsidiariteit',
  'inhoud',
];

const kluisContext = (id: string): string => `casus/${id}`;
/** A view's plain shape (an object literal, not an instance of its DTO class). */
type Plat<T> = { [K in keyof T]: T[K] };

/**
 * Builds each casus view whole and then cuts it by the rules (`cutView`): the casus by the
 * Casus rules, its persons, participants and exchanges each by their own. Encrypted texts
 * are opened only where the rules permit the field (least decryption); the cut still
 * decides what leaves.
 */
@Injectable()
export class CasusWeergave {
  constructor(private readonly personen: PersonenService) {}

  /** The casus as this actor may see it. */
  casus(d: Casusdossier, k: Kijker): CasusView {
    const c = d.casus;
    const mag = permittedFields(k.ability, 'read', 'Casus', casusOnderwerp(c), CASUS_VELDEN);
    const open = this.opener(c);
    const persoon = persoonOnderwerp(d);
    const view: CasusView = {
      id: c.id,
      nummer: c.nummer,
      thema: c.themaId,
      status: c.status,
      levensdomeinen: c.levensdomeinen,
      sleutelpartner: c.sleutelpartner,
      regieOrganisatie: c.regieOrganisatie,
      procesregisseur: c.procesregisseurId
        ? (k.regisseur ?? { id: c.procesregisseurId, naam: c.procesregisseurId })
        : null,
      aanleiding: mag.has('aanleiding') ? open('aanleiding', c.aanleiding) : undefined,
      opschaling:
        c.opschalingCriteria && c.opschalingMotivering && c.opgeschaaldOp
          ? {
              criteria: c.opschalingCriteria,
              motivering: mag.has('opschaling') ? open('motivering', c.opschalingMotivering) : '',
              op: c.opgeschaaldOp.toISOString(),
            }
          : null,
      triage:
        c.triageBesluit && c.triageOp
          ? {
              besluit: c.triageBesluit,
              reden:
                c.triageReden && mag.has('triage') ? open('triage-reden', c.triageReden) : null,
              op: c.triageOp.toISOString(),
            }
          : null,
      betrokkenen: d.betrokkenen.map((b) => this.persoon(b, persoon, k, open)),
      deelnemers: d.deelnemers.map((x) => ({
        organisatie: x.organisatie,
        categorieen: x.categorieen,
        uitgenodigdOp: x.uitgenodigdOp.toISOString(),
        beeindigdOp: x.beeindigdOp?.toISOString() ?? null,
      })),
      uitwisselingen: d.uitwisselingen.map((x) => this.uitwisselingWhole(c, x, k)),
      tijdlijn: d.tijdlijn.map((g) => ({
        tijd: g.tijd.toISOString(),
        stap: g.stap,
        organisatie: g.organisatieCode,
      })),
      mijnScope:
        d.deelnemers.find((x) => x.organisatie === k.organisatie && !x.beeindigdOp)?.categorieen ??
        null,
      afgeslotenOp: c.afgeslotenOp?.toISOString() ?? null,
      bewaarTot: c.bewaarTot,
    };
    const cut: Cut = {
      type: 'Casus',
      subject: casusOnderwerp(c),
      nested: {
        betrokkenen: (p: CasusPersoonView) => ({
          type: 'CasusPersoon',
          subject: { ...persoon, persoonId: p.persoonId, rol: p.rol },
        }),
        deelnemers: (x: DeelnemerView) => ({
          type: 'CasusDeelnemer',
          subject: deelnemerOnderwerp(c, x.organisatie),
        }),
        uitwisselingen: (x: UitwisselingView) => this.uitwisselingCut(c, x),
      },
    };
    return cutView(k.ability, cut, view) as CasusView;
  }

  /** One exchange with its content, cut by the Uitwisseling rules. */
  uitwisseling(c: CasusEntity, x: Uitwisselingsdossier, k: Kijker): UitwisselingView {
    const view = this.uitwisselingWhole(c, x, k);
    return cutView(k.ability, this.uitwisselingCut(c, view), view) as UitwisselingView;
  }

  /** A list's summaries, each cut by the Casus rules. */
  samenvattingen(rijen: CasusLijstRij[], ability: AppAbility): CasusSamenvatting[] {
    return rijen.map(({ casus: c, aantalBetrokkenen, mijnScope }) => {
      const view: CasusSamenvatting = {
        id: c.id,
        nummer: c.nummer,
        thema: c.themaId,
        status: c.status,
        sleutelpartner: c.sleutelpartner,
        regieOrganisatie: c.regieOrganisatie,
        aangemeldOp: c.aangemaaktOp.toISOString(),
        gewijzigdOp: c.gewijzigdOp.toISOString(),
        aantalBetrokkenen,
        triageBesluit: c.triageBesluit,
        mijnScope,
      };
      return cutView(
        ability,
        { type: 'Casus', subject: casusOnderwerp(c) },
        view,
      ) as CasusSamenvatting;
    });
  }

  /** A person's cases with the exchanges about them (metadata), each part cut by its rules. */
  persoonCasus(d: Casusdossier, persoonId: string, k: Kijker): PersoonCasus {
    const c = d.casus;
    const view: PersoonCasus = {
      id: c.id,
      nummer: c.nummer,
      thema: c.themaId,
      status: c.status,
      uitwisselingen: d.uitwisselingen
        .filter((x) => x.uitwisseling.betrokkenen.includes(persoonId))
        .map((x) => this.metadata(x, k.register)),
    };
    const cut: Cut = {
      type: 'Casus',
      subject: casusOnderwerp(c),
      nested: {
        uitwisselingen: (x: UitwisselingMetadata) => this.uitwisselingCut(c, x),
      },
    };
    return cutView(k.ability, cut, view) as PersoonCasus;
  }

  /** The FG's register: metadata and flows, each row cut by the register's rules. */
  register(
    rijen: RegisterRij[],
    ability: AppAbility,
    organisatie: string,
    register: Registerstand,
  ): Uitwisselingsregister {
    const stromen = new Map<
      string,
      { van: string; naar: string; categorie: string; aantal: number }
    >();
    const uitwisselingen = rijen.map((r) => {
      const u = r.uitwisseling;
      for (const naar of u.ontvangers) {
        for (const categorie of u.categorieen) {
          const sleutel = `${u.vanOrganisatie}|${naar}|${categorie}`;
          const s = stromen.get(sleutel) ?? { van: u.vanOrganisatie, naar, categorie, aantal: 0 };
          s.aantal++;
          stromen.set(sleutel, s);
        }
      }
      return { ...this.metadata(r, register), casusNummer: r.casusNummer, thema: r.thema };
    });
    const organisaties = new Map(rijen.map((r) => [r.uitwisseling.id, r.organisaties]));
    const view: Uitwisselingsregister = {
      uitwisselingen,
      stromen: [...stromen.values()].sort((a, b) => b.aantal - a.aantal),
    };
    return cutView(
      ability,
      {
        type: 'Uitwisselingsregister',
        subject: { organisaties: [organisatie] },
        nested: {
          uitwisselingen: (x: { id: string }) => ({
            type: 'Uitwisselingsregister',
            subject: { organisaties: organisaties.get(x.id) ?? [] },
          }),
        },
      },
      view,
    ) as Uitwisselingsregister;
  }

  private persoon(
    b: CasusBetrokkeneEntity,
    onderwerp: Record<string, unknown>,
    k: Kijker,
    open: (veld: string, envelope: Buffer) => string,
  ): CasusPersoonView {
    const mag = permittedFields(
      k.ability,
      'read',
      'CasusPersoon',
      { ...onderwerp, persoonId: b.persoonId, rol: b.rol },
      PERSOON_VELDEN,
    );
    const view: CasusPersoonView = { persoonId: b.persoonId, rol: b.rol };
    const velden = IDENTITEIT.filter((v) => mag.has(v));
    if (velden.length > 0) {
      const gelezen = k.personen.leesVastgelegd(
        b.persoonId,
        kluisContext(b.casusId),
        b.vastgelegd,
        velden,
      );
      if (gelezen.status === 'beschikbaar') Object.assign(view, gelezen.gegevens);
    }
    view.informeren = b.informerenBesluit
      ? {
          besluit: b.informerenBesluit,
          ...(b.geinformeerdOp ? { op: b.geinformeerdOp } : {}),
          ...(b.informerenReden ? { reden: b.informerenReden } : {}),
          ...(b.informerenToelichting && mag.has('informeren')
            ? { toelichting: open(`informeren/${b.persoonId}`, b.informerenToelichting) }
            : {}),
          ...(b.herbeoordeeldOp ? { herbeoordeeldOp: b.herbeoordeeldOp.toISOString() } : {}),
        }
      : null;
    return view;
  }

  private uitwisselingWhole(c: CasusEntity, x: Uitwisselingsdossier, k: Kijker): UitwisselingView {
    const u = x.uitwisseling;
    const mag = permittedFields(
      k.ability,
      'read',
      'Uitwisseling',
      uitwisselingOnderwerp(c, u.vanOrganisatie, u.ontvangers),
      UITWISSELING_VELDEN,
    );
    const open = this.opener(c);
    const veld = `uitwisseling/${u.id}`;
    return {
      ...this.metadata(x, k.register),
      betrokkenen: u.betrokkenen,
      proportionaliteit: mag.has('proportionaliteit')
        ? open(`${veld}/proportionaliteit`, u.proportionaliteit)
        : '',
      subsidiariteit: mag.has('subsidiariteit')
        ? open(`${veld}/subsidiariteit`, u.subsidiariteit)
        : '',
      inhoud: mag.has('inhoud') ? open(`${veld}/inhoud`, u.inhoud) : '',
    };
  }

  private uitwisselingCut(c: CasusEntity, x: UitwisselingMetadata): Cut {
    return {
      type: 'Uitwisseling',
      subject: uitwisselingOnderwerp(
        c,
        x.van,
        x.naar.map((n) => n.organisatie),
      ),
    };
  }

  private metadata(x: Uitwisselingsdossier, register: Registerstand): Plat<UitwisselingMetadata> {
    const u = x.uitwisseling;
    return {
      id: u.id,
      van: u.vanOrganisatie,
      naar: u.ontvangers.map((organisatie) => ({
        organisatie,
        ontvangenOp:
          x.ontvangsten.find((o) => o.organisatie === organisatie)?.ontvangenOp?.toISOString() ??
          null,
      })),
      categorieen: u.categorieen,
      bijzonder: u.bijzonder,
      strafrechtelijk: u.strafrechtelijk,
      activiteit: {
        id: u.activiteitId,
        naam: register.activiteiten.get(u.activiteitId)?.naam ?? u.activiteitId,
      },
      grondslag: u.grondslag,
      geregistreerdOp: u.geregistreerdOp.toISOString(),
      geregistreerdDoor: u.geregistreerdDoorOrganisatie,
    };
  }

  /** Opens the casus's texts with its data key, unwrapped once and only when needed. */
  private opener(c: CasusEntity): (veld: string, envelope: Buffer) => string {
    let sleutel: Buffer | undefined;
    return (veld, envelope) => {
      sleutel ??= this.personen.kluis.openSleutel(kluisContext(c.id), {
        sleutelId: c.sleutelId,
        verpakt: c.verpakteSleutel,
      });
      return this.personen.kluis.ontsleutel(sleutel, kluisContext(c.id), veld, envelope);
    };
  }
}
