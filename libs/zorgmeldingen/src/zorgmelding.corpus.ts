/**
 * Test corpus of zorgmeldingen: each case says whether `zorgmelding` v1 accepts it and, if
 * not, which fields fail. Used by the unit test (schema vs. validation) and the e2e test
 * (published schema vs. the API). Fictional people; BSNs from the 11-proef test range.
 */
import type { Zorgmelding } from './zorgmelding.js';

export interface CorpusGeval {
  naam: string;
  document: unknown;
  /** Failing fields; empty when the document is valid. */
  velden: string[];
}

const rihgVolledig = {
  pleger: {
    eerderHuiselijkGeweld: 'rood',
    geweldBuitenshuis: 'geel',
    wapenbezit: 'blauw',
    overtredingMaatregelen: 'onbekend',
    middelengebruik: 'rood',
    psychischeProblemen: 'geel',
    houdingTegenoverGeweld: 'blauw',
  },
  incident: {
    lichamelijkGeweld: 'rood',
    seksueelGeweld: 'geel',
    wapengebruik: 'geel',
    doodsbedreiging: 'blauw',
    escalatie: 'geel',
    geweldTegenKinderen: 'onbekend',
    belaging: 'geel',
  },
  gezin: {
    relatieproblemen: 'blauw',
    kinderenInHetGezin: 'rood',
    zwangerschap: 'geel',
    stressfactoren: 'geel',
    sociaalIsolement: 'onbekend',
    angstSlachtoffer: 'blauw',
  },
} as const;

/** A complete, submitted report (huiselijk geweld in Rotterdam, a child in the family). */
export function volledigeMelding(): Zorgmelding {
  return {
    status: 'ingediend',
    incident: {
      datum: '2026-11-06',
      tijdstip: '21:40',
      plaats: { omschrijving: 'Woning van het gezin', gemeentecode: 'GM0599' },
      soort: 'huiselijk-geweld',
    },
    betrokkenen: [
      {
        rol: 'slachtoffer',
        identiteit: {
          bsn: '111222333',
          voornamen: 'Anna',
          geslachtsnaam: 'Voorbeeld',
          geboortedatum: '1990-03-14',
        },
        adres: {
          straat: 'Proefstraat',
          huisnummer: 12,
          postcode: '3011AA',
          woonplaats: 'Rotterdam',
          gemeentecode: 'GM0599',
        },
      },
      {
        rol: 'pleger',
        identiteit: { voornamen: 'Bram', voorvoegsel: 'van', geslachtsnaam: 'Test' },
      },
      {
        rol: 'kind-in-het-gezin',
        identiteit: { geslachtsnaam: 'Voorbeeld', geboortedatum: '2019-07-01' },
        adres: { woonplaats: 'Rotterdam', gemeentecode: 'GM0599' },
      },
    ],
    kinderenAanwezig: true,
    risicotaxatie: structuredClone(rihgVolledig),
    relaas: 'Melding van buren over geschreeuw; ter plaatse een gewonde vrouw aangetroffen.',
    maatregelen: [{ soort: 'aanhouding-pleger' }],
    opsteller: {
      naam: 'S. de Vries',
      team: 'Basisteam Maas-Delta',
      telefoon: '+31 10 123 4567',
      email: 's.devries@politie.example',
    },
  };
}

const met = (patch: (m: Record<string, unknown>) => void): Zorgmelding => {
  const m = volledigeMelding() as unknown as Record<string, unknown>;
  patch(m);
  return m as unknown as Zorgmelding;
};
/* eslint-disable @typescript-eslint/no-non-null-assertion -- fixtures built just above */
const b = (m: Record<string, unknown>, i: number) =>
  (m.betrokkenen as Record<string, Record<string, unknown>>[])[i]!;

export const CORPUS: CorpusGeval[] = [
  { naam: 'volledige ingediende melding', document: volledigeMelding(), velden: [] },
  { naam: 'leeg concept', document: { status: 'concept' }, velden: [] },
  {
    naam: 'concept met alleen een incidentsoort',
    document: { status: 'concept', incident: { soort: 'kindermishandeling' } },
    velden: [],
  },
  {
    naam: 'zorgen om een kind zonder risicotaxatie',
    document: met((m) => {
      (m.incident as Record<string, unknown>).soort = 'zorgen-om-kind-of-jeugdige';
      delete m.risicotaxatie;
    }),
    velden: [],
  },
  {
    naam: 'slachtoffer zonder bekende woonplaats',
    document: met((m) => {
      delete b(m, 0).adres;
    }),
    velden: [],
  },
  {
    naam: 'woonplaats buiten de eenheid (Amsterdam) is geldig',
    document: met((m) => {
      b(m, 2).adres = { woonplaats: 'Amsterdam', gemeentecode: 'GM0363' };
    }),
    velden: [],
  },
  {
    naam: 'relaas van precies 10.000 tekens',
    document: met((m) => {
      m.relaas = 'x'.repeat(10000);
    }),
    velden: [],
  },
  { naam: 'geen object', document: ['status', 'concept'], velden: ['(body)'] },
  { naam: 'status ontbreekt', document: {}, velden: ['status'] },
  { naam: 'onbekende status', document: { status: 'verzonden' }, velden: ['status'] },
  {
    naam: 'ongeldig BSN (11-proef)',
    document: met((m) => {
      b(m, 0).identiteit!.bsn = '123456789';
    }),
    velden: ['betrokkenen[0].identiteit.bsn'],
  },
  {
    naam: 'ongeldig BSN ook in een concept',
    document: {
      status: 'concept',
      betrokkenen: [{ identiteit: { bsn: '12345678' } }],
    },
    velden: ['betrokkenen[0].identiteit.bsn'],
  },
  {
    naam: 'onbekende gemeentecode',
    document: met((m) => {
      b(m, 0).adres!.gemeentecode = 'GM9999';
    }),
    velden: ['betrokkenen[0].adres.gemeentecode'],
  },
  {
    naam: 'opgeheven gemeente (Brielle, sinds 2023 Voorne aan Zee)',
    document: { status: 'concept', incident: { plaats: { gemeentecode: 'GM0501' } } },
    velden: ['incident.plaats.gemeentecode'],
  },
  {
    naam: 'ingediend zonder verplichte velden',
    document: { status: 'ingediend' },
    velden: ['incident', 'betrokkenen', 'kinderenAanwezig', 'relaas', 'maatregelen', 'opsteller'],
  },
  {
    naam: 'ingediend met onvolledig incident en opsteller',
    document: met((m) => {
      m.incident = { soort: 'overige-zorg' };
      m.opsteller = { naam: 'S. de Vries' };
    }),
    velden: ['incident.datum', 'incident.plaats', 'opsteller.team', 'opsteller.telefoon'],
  },
  {
    naam: 'ingediend zonder slachtoffer of kind',
    document: met((m) => {
      m.betrokkenen = [{ rol: 'getuige', identiteit: { geslachtsnaam: 'Getuige' } }];
    }),
    velden: ['betrokkenen'],
  },
  {
    naam: 'ingediende betrokkene zonder naam en adres zonder gemeente',
    document: met((m) => {
      b(m, 0).identiteit = { voornamen: 'Anna' };
      b(m, 0).adres = { woonplaats: 'Rotterdam' };
    }),
    velden: ['betrokkenen[0].identiteit.geslachtsnaam', 'betrokkenen[0].adres.gemeentecode'],
  },
  {
    naam: 'huiselijk geweld ingediend zonder risicotaxatie',
    document: met((m) => {
      delete m.risicotaxatie;
    }),
    velden: ['risicotaxatie'],
  },
  {
    naam: 'onvolledige risicotaxatie bij indienen',
    document: met((m) => {
      const rt = m.risicotaxatie as Record<string, Record<string, unknown>>;
      delete rt.pleger!.wapenbezit;
      delete rt.gezin;
    }),
    velden: ['risicotaxatie.pleger.wapenbezit', 'risicotaxatie.gezin'],
  },
  {
    naam: 'onvolledige risicotaxatie in een concept mag',
    document: { status: 'concept', risicotaxatie: { pleger: { wapenbezit: 'rood' } } },
    velden: [],
  },
  {
    naam: 'onbekende signaalscore',
    document: { status: 'concept', risicotaxatie: { incident: { escalatie: 'oranje' } } },
    velden: ['risicotaxatie.incident.escalatie'],
  },
  {
    naam: 'samenvatting van de client wordt niet aangenomen',
    document: met((m) => {
      (m.risicotaxatie as Record<string, unknown>).samenvatting = { huisverbodIndicatie: true };
    }),
    velden: ['risicotaxatie'],
  },
  {
    naam: 'onbekend veld op het hoogste niveau',
    document: { status: 'concept', prioriteit: 'hoog' },
    velden: ['(body)'],
  },
  {
    naam: 'relaas te lang',
    document: met((m) => {
      m.relaas = 'x'.repeat(10001);
    }),
    velden: ['relaas'],
  },
  {
    naam: 'verkeerde types',
    document: {
      status: 'concept',
      kinderenAanwezig: 'ja',
      betrokkenen: { rol: 'slachtoffer' },
      relaas: 42,
    },
    velden: ['kinderenAanwezig', 'betrokkenen', 'relaas'],
  },
  {
    naam: 'ongeldige datums, postcode, tijdstip en e-mail',
    document: {
      status: 'concept',
      incident: { datum: '2026-02-30', tijdstip: '24:00' },
      betrokkenen: [
        { identiteit: { geboortedatum: '14-03-1990' }, adres: { postcode: '0123 AA' } },
      ],
      opsteller: { email: 'geen-adres' },
    },
    velden: [
      'incident.datum',
      'incident.tijdstip',
      'betrokkenen[0].identiteit.geboortedatum',
      'betrokkenen[0].adres.postcode',
      'opsteller.email',
    ],
  },
  {
    naam: 'onbekende rol en incidentsoort',
    document: {
      status: 'concept',
      incident: { soort: 'burenruzie' },
      betrokkenen: [{ rol: 'buurman' }],
    },
    velden: ['incident.soort', 'betrokkenen[0].rol'],
  },
];
