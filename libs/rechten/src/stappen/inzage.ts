import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { CATEGORIEEN, REDENEN_NIET_INFORMEREN, THEMAS } from '@schakel/casussen';
import { IDENTITEITSVELDEN, PersonenService, type PersonenBundel } from '@schakel/personen';
import { PurposeService, type Verwerkingsactiviteit } from '@schakel/purpose';
import type {
  AchterhoudingInRapport,
  ActiviteitInRapport,
  ContextInRapport,
  GegevenInRapport,
  Inzagerapport,
  OntvangerInRapport,
  VastleggingInRapport,
} from '../dto/rechten.dto.js';
import { RechtenRepository, type Verzoek } from '../rechten.repository.js';
import { organisatieNaam, verzoekStap } from './verzoek-stap.js';

/** The activity under which the report is made: the request's own (ADR 0028). */
export const RECHTEN_ACTIVITEIT = 'rechten-betrokkenen';

/**
 * Withholding rules per processing activity (AVG art. 23, UAVG art. 41, Wpg): records made
 * under such an activity are counted and the ground is stated, their content is not given.
 */
export const ACHTERHOUDEN: Readonly<Record<string, { grond: string; toelichting: string }>> = {
  'zorgmelding-indienen': {
    grond: 'Wet politiegegevens (AVG art. 2 lid 2 sub d; Wpg art. 25)',
    toelichting:
      'Gegevens die de politie verwerkt voor de politietaak vallen onder de Wet politiegegevens, niet onder de AVG. Inzage in die gegevens vraagt de betrokkene aan bij de politie.',
  },
};

/** A recorded decision not to inform the person in a casus (UAVG art. 41). */
const NIET_INFORMEREN = {
  grond: 'AVG art. 23 en UAVG art. 41 (besluit de betrokkene niet te informeren)',
  toelichting: (reden: string | null) =>
    `In de casus is vastgelegd dat de betrokkene (nog) niet wordt geïnformeerd` +
    (reden && reden in REDENEN_NIET_INFORMEREN
      ? ` (${REDENEN_NIET_INFORMEREN[reden as keyof typeof REDENEN_NIET_INFORMEREN].toLowerCase()})`
      : '') +
    '; dat besluit wordt bij afsluiting opnieuw beoordeeld.',
};

export const VELDNAMEN: Record<string, string> = {
  bsn: 'BSN',
  voornamen: 'Voornamen',
  voorvoegsel: 'Voorvoegsel',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  straat: 'Straat',
  huisnummer: 'Huisnummer',
  postcode: 'Postcode',
  woonplaats: 'Woonplaats',
  gemeenteCode: 'Gemeente (CBS-code)',
};

const RECHTEN = [
  'U kunt vragen onjuiste gegevens te verbeteren (rectificatie, AVG art. 16).',
  'U kunt vragen gegevens te wissen (AVG art. 17), voor zover de wet het bewaren niet voorschrijft.',
  'U kunt vragen de verwerking te beperken (AVG art. 18) of bezwaar maken (AVG art. 21).',
  'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.',
];

/** The records and their withholdings, per context: what the report is built from. */
interface Opbouw {
  contexten: ContextInRapport[];
  achtergehouden: AchterhoudingInRapport[];
  categorieen: Set<string>;
}

/**
 * The access report (AVG art. 15) for the person of one request: per context the data the
 * FG's organisation is responsible for (decrypted under `rechten-betrokkenen`, as each context
 * recorded it), purposes, legal bases, retention, sources and recipients; the processing-log
 * entries in the FG's scope; withholding applied and stated. Making it is logged, with the
 * person as data subject.
 */
@Injectable()
export class Inzage {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: RechtenRepository,
    private readonly personen: PersonenService,
    private readonly purpose: PurposeService,
  ) {}

  rapport(id: string, ctx: StepContext, actie = 'inzage'): Promise<Inzagerapport> {
    return this.stap.onRecord(
      ctx,
      verzoekStap(this.repo, {
        actie,
        action: 'read',
        id,
        write: true,
        run: async (m, v) => {
          const org = ctx.actor.organisatie.code;
          const versies = await this.purpose.alleVersies();
          const opbouw: Opbouw = v.persoonId
            ? await this.opbouw(m, v.persoonId, org, versies)
            : { contexten: [], achtergehouden: [], categorieen: new Set() };
          const log = await this.repo.verwerkingen(m, v.betrokkene, org, 500);
          const naam = (a: string | null) =>
            a ? (huidige(versies, a)?.naam ?? a) : 'onbekende verwerkingsactiviteit';
          await this.repo.markeerInBehandeling(m, v.id);
          const ontvangers = opbouw.contexten.flatMap((c) =>
            c.vastleggingen.flatMap((x) => x.ontvangers),
          );
          const rapport: Inzagerapport = {
            verzoekId: v.id,
            opgesteldOp: new Date().toISOString(),
            organisatie: organisatieNaam(org),
            activiteit: naam(RECHTEN_ACTIVITEIT),
            persoonBekend: v.persoonId !== null,
            contexten: opbouw.contexten,
            ontvangers,
            achtergehouden: opbouw.achtergehouden,
            verwerkingen: {
              aantal: log.aantal,
              perActiviteit: log.perActiviteit.map((p) => ({
                activiteit: naam(p.activiteit_id),
                aantal: p.aantal,
              })),
              records: log.records.map((r) => ({
                tijd: new Date(r.tijd).toISOString(),
                activiteit: naam(r.activiteit_id),
                actie: r.actie,
                organisatie: organisatieNaam(r.organisatie_code),
                categorieen: r.gegevenscategorieen ?? [],
              })),
            },
            rechten: RECHTEN,
          };
          return {
            result: rapport,
            log: {
              betrokkenen: [
                {
                  pseudoniem: v.betrokkene,
                  categorieen: ['verzoek en afhandeling', ...opbouw.categorieen],
                },
              ],
              reden: `inzage:${v.id}`,
            },
          };
        },
      }),
    );
  }

  private async opbouw(
    m: Parameters<RechtenRepository['meldingen']>[0],
    persoonId: string,
    org: string,
    versies: Verwerkingsactiviteit[],
  ): Promise<Opbouw> {
    const categorieen = new Set<string>();
    const achtergehouden = new Map<string, AchterhoudingInRapport>();
    const houdAchter = (context: string, grond: string, toelichting: string) => {
      const k = `${context}|${grond}|${toelichting}`;
      const a = achtergehouden.get(k) ?? { context, aantal: 0, grond, toelichting };
      a.aantal += 1;
      achtergehouden.set(k, a);
    };
    const bundel = await this.personen.laad(m, [persoonId]);
    const vastgelegd = (context: string, envelope: Buffer | null): GegevenInRapport[] => {
      if (!envelope || bundel.vernietigd(persoonId)) return [];
      const g = bundel.leesVastgelegd(persoonId, context, envelope, IDENTITEITSVELDEN);
      return g.status === 'beschikbaar' ? gegevens(g.gegevens) : [];
    };

    // Zorgmeldingen the organisation wrote (police) or received (Veilig Thuis).
    const meldingen = await this.repo.meldingen(m, persoonId, org);
    const bezorgingen = await this.repo.bezorgingen(
      m,
      meldingen.map((z) => z.id),
    );
    const zorg: VastleggingInRapport[] = [];
    for (const z of meldingen) {
      const activiteitId =
        z.vt_organisatie === org ? 'zorgmelding-ontvangen-beoordelen' : 'zorgmelding-indienen';
      const regel = ACHTERHOUDEN[activiteitId];
      if (regel) {
        houdAchter('zorgmeldingen', regel.grond, regel.toelichting);
        continue;
      }
      categorieen.add('identificatie');
      zorg.push({
        soort: 'Zorgmelding',
        kenmerk: `Zorgmelding ${z.id.slice(0, 8)}`,
        datum: new Date(z.ingediend_op ?? z.aangemaakt_op).toISOString(),
        rol: z.rol,
        status: z.status,
        bron: organisatieNaam(z.opsteller_organisatie),
        activiteit: activiteit(versies, activiteitId),
        gegevens: vastgelegd(`zorgmelding/${z.id}`, z.vastgelegd),
        ontvangers: bezorgingen
          .filter((b) => b.object_id === z.id)
          .map((b) => ({
            organisatie: organisatieNaam(b.ontvanger_code),
            via: 'bezorging',
            op: new Date(b.aangemaakt_op).toISOString(),
            categorieen: ['zorgmelding'],
          })),
      });
    }

    // Casussen the organisation takes or took part in, and their exchange register.
    const casussen = await this.repo.casussen(m, persoonId, org);
    const uitwisselingen = await this.repo.uitwisselingen(
      m,
      persoonId,
      casussen.map((c) => c.id),
      org,
    );
    const cas: VastleggingInRapport[] = [];
    for (const c of casussen) {
      if (c.informeren_besluit === 'niet-informeren') {
        houdAchter(
          'casussen',
          NIET_INFORMEREN.grond,
          NIET_INFORMEREN.toelichting(c.informeren_reden),
        );
        continue;
      }
      const thema = THEMAS.find((t) => t.id === c.thema_id);
      const ontvangers: OntvangerInRapport[] = uitwisselingen
        .filter((u) => u.casus_id === c.id)
        .flatMap((u) =>
          u.ontvangers.map((o) => ({
            organisatie: organisatieNaam(o),
            via: 'uitwisseling',
            op: new Date(u.geregistreerd_op).toISOString(),
            categorieen: u.categorieen.map((k) =>
              k in CATEGORIEEN ? CATEGORIEEN[k as keyof typeof CATEGORIEEN].naam : k,
            ),
          })),
        );
      for (const u of uitwisselingen)
        if (u.casus_id === c.id) u.categorieen.forEach((k) => categorieen.add(k));
      categorieen.add('identificatie');
      cas.push({
        soort: `Casus (${thema?.naam ?? c.thema_id})`,
        kenmerk: c.nummer,
        datum: new Date(c.aangemaakt_op).toISOString(),
        rol: c.rol,
        status: c.status,
        bron: organisatieNaam(c.sleutelpartner),
        activiteit: activiteit(versies, thema?.activiteit ?? 'casusregie-zvh'),
        gegevens: vastgelegd(`casus/${c.id}`, c.vastgelegd),
        ontvangers,
      });
    }

    // The identity as Schakel holds it: only when the organisation holds a record about them.
    const contexten: ContextInRapport[] = [];
    const eerste = [...zorg, ...cas].sort((a, b) => a.datum.localeCompare(b.datum))[0];
    if (eerste) {
      contexten.push({
        context: 'personen',
        naam: 'Identiteitsgegevens',
        vastleggingen: [
          {
            soort: 'Persoon',
            kenmerk: 'Identiteit zoals nu vastgelegd',
            datum: eerste.datum,
            rol: 'betrokkene',
            status: bundel.vernietigd(persoonId) ? 'vernietigd' : 'actueel',
            bron: eerste.bron,
            activiteit: eerste.activiteit,
            gegevens: huidigeIdentiteit(bundel, persoonId),
            ontvangers: [],
          },
        ],
      });
    }
    contexten.push({ context: 'zorgmeldingen', naam: 'Zorgmeldingen', vastleggingen: zorg });
    contexten.push({ context: 'casussen', naam: 'Casussen en uitwisselingen', vastleggingen: cas });
    return { contexten, achtergehouden: [...achtergehouden.values()], categorieen };
  }
}

function gegevens(g: Partial<Record<string, string>>): GegevenInRapport[] {
  return Object.entries(g)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([veld, waarde]) =>
      // The BSN is the subject's own; the report names that it is held, not the number.
      veld === 'bsn'
        ? { veld: VELDNAMEN.bsn ?? veld, waarde: 'vastgelegd' }
        : { veld: VELDNAMEN[veld] ?? veld, waarde },
    );
}

function huidigeIdentiteit(bundel: PersonenBundel, persoonId: string): GegevenInRapport[] {
  if (bundel.vernietigd(persoonId)) return [];
  const g = bundel.leesVelden(persoonId, IDENTITEITSVELDEN);
  return g.status === 'beschikbaar' ? gegevens(g.gegevens) : [];
}

function huidige(versies: Verwerkingsactiviteit[], id: string): Verwerkingsactiviteit | undefined {
  return versies.filter((a) => a.id === id && a.status === 'geldig').at(-1);
}

function activiteit(versies: Verwerkingsactiviteit[], id: string): ActiviteitInRapport {
  const a = huidige(versies, id);
  return {
    id,
    versie: a?.versie ?? 0,
    naam: a?.naam ?? id,
    doel: a?.doel ?? '',
    grondslag: a?.grondslag ?? '',
    bewaartermijn: a?.bewaartermijn ?? '',
  };
}

export type { Verzoek };
