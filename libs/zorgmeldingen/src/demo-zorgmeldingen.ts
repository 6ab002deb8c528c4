import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { defineAbility, DoorbraakOpenen } from '@schakel/authz';
import { IdentityService, loadDemoAccounts, type Actor } from '@schakel/identity';
import { AppConfig, demoBsn } from '@schakel/platform';
import { PurposeService } from '@schakel/purpose';
import { DataSource } from 'typeorm';
import type { Uitkomst } from './levenscyclus.js';
import { volledigeMelding } from './zorgmelding.corpus.js';
import type { Zorgmelding } from './zorgmelding.js';
import { BeoordelenStap } from './stappen/beoordelen.js';
import { ConceptStap } from './stappen/concept.js';
import { IndienenStap } from './stappen/indienen.js';
import type { StapContext } from './stappen/melding-stap.js';
import { OntvangenStap } from './stappen/ontvangen.js';
import { TerugkoppelenStap } from './stappen/terugkoppelen.js';
import { ToewijzenStap } from './stappen/toewijzen.js';

/** One fictional demo report and how far it got. */
interface DemoMelding {
  sleutel: string;
  gemeentecode: string;
  woonplaats: string;
  soort: NonNullable<Zorgmelding['incident']>['soort'];
  namen: [string, string, string];
  /** Days ago it was submitted (moves the deadline into the past). */
  dagenGeleden: number;
  stappen: ('ontvangst' | 'toewijzing' | Uitkomst | 'terugkoppeling')[];
  vt?: 'rr' | 'zhz';
}

const DEMO: DemoMelding[] = [
  {
    sleutel: 'demo-zorgmelding-nieuw',
    gemeentecode: 'GM0599',
    woonplaats: 'Rotterdam',
    soort: 'huiselijk-geweld',
    namen: ['Eva', 'Smits', 'Noah'],
    dagenGeleden: 0,
    stappen: [],
    vt: 'rr',
  },
  {
    sleutel: 'demo-zorgmelding-verlopen',
    gemeentecode: 'GM0606',
    woonplaats: 'Schiedam',
    soort: 'kindermishandeling',
    namen: ['Iris', 'Verbeek', 'Milan'],
    dagenGeleden: 12,
    stappen: ['ontvangst'],
    vt: 'rr',
  },
  {
    sleutel: 'demo-zorgmelding-toegewezen',
    gemeentecode: 'GM0505',
    woonplaats: 'Dordrecht',
    soort: 'huiselijk-geweld',
    namen: ['Sara', 'Koster', 'Liam'],
    dagenGeleden: 2,
    stappen: ['ontvangst', 'toewijzing'],
    vt: 'zhz',
  },
  {
    sleutel: 'demo-zorgmelding-teruggekoppeld',
    gemeentecode: 'GM0502',
    woonplaats: 'Capelle aan den IJssel',
    soort: 'huiselijk-geweld',
    namen: ['Mila', 'Dekker', 'Sem'],
    dagenGeleden: 6,
    stappen: ['ontvangst', 'overdracht-lokaal-veld', 'terugkoppeling'],
    vt: 'rr',
  },
  {
    sleutel: 'demo-zorgmelding-onderzoek',
    gemeentecode: 'GM0622',
    woonplaats: 'Vlaardingen',
    soort: 'kindermishandeling',
    namen: ['Nina', 'Brouwer', 'Finn'],
    dagenGeleden: 4,
    stappen: ['ontvangst', 'vt-onderzoekt'],
    vt: 'rr',
  },
  {
    sleutel: 'demo-zorgmelding-uitzondering',
    gemeentecode: 'GM0344',
    woonplaats: 'Utrecht',
    soort: 'huiselijk-geweld',
    namen: ['Lisa', 'Meijer', 'Daan'],
    dagenGeleden: 1,
    stappen: [],
  },
];

function demoMelding(d: DemoMelding, i: number): Zorgmelding {
  const m = volledigeMelding();
  const [voornaam, achternaam, kind] = d.namen;
  m.incident = {
    datum: new Date(Date.now() - d.dagenGeleden * 86_400_000).toISOString().slice(0, 10),
    tijdstip: '22:15',
    plaats: { omschrijving: 'Woning van het gezin', gemeentecode: d.gemeentecode },
    soort: d.soort,
  };
  m.betrokkenen = [
    {
      rol: 'slachtoffer',
      identiteit: {
        bsn: demoBsn(31_400_000 + i * 1000),
        voornamen: voornaam,
        geslachtsnaam: achternaam,
        geboortedatum: '1988-05-17',
      },
      adres: {
        straat: 'Demostraat',
        huisnummer: 10 + i,
        postcode: '3011AB',
        woonplaats: d.woonplaats,
        gemeentecode: d.gemeentecode,
      },
    },
    { rol: 'pleger', identiteit: { voornamen: 'Tom', geslachtsnaam: achternaam } },
    {
      rol: 'kind-in-het-gezin',
      identiteit: { voornamen: kind, geslachtsnaam: achternaam, geboortedatum: '2018-02-03' },
      adres: { woonplaats: d.woonplaats, gemeentecode: d.gemeentecode },
    },
  ];
  m.relaas = `Demomelding (fictief): buren hoorden geschreeuw in de woning in ${d.woonplaats}; ter plaatse trof de politie een overstuur gezin aan.`;
  return m;
}

/**
 * Seeds a handful of fictional zorgmeldingen in several states for the demo accounts, through
 * the real service (so the audit trail shows them too). Only in development with the
 * development identity provider; idempotent across restarts (the Idempotency-Key of each).
 */
@Injectable()
export class DemoZorgmeldingen implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoZorgmeldingen');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly purpose: PurposeService,
    private readonly concept: ConceptStap,
    private readonly indienen: IndienenStap,
    private readonly ontvangen: OntvangenStap,
    private readonly toewijzen: ToewijzenStap,
    private readonly beoordelen: BeoordelenStap,
    private readonly terugkoppelen: TerugkoppelenStap,
    private readonly doorbraken: DoorbraakOpenen,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.NODE_ENV !== 'development' || !this.config.devIdentityProvider) return;
    let nieuw = 0;
    for (const [i, d] of DEMO.entries()) {
      const [bestaat] = await this.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM zorgmelding WHERE opsteller_id = 'demo-politie-1' AND idempotentie_sleutel = $1`,
        [d.sleutel],
      );
      if (Number(bestaat?.n) > 0) continue;
      await this.seed(d, i);
      nieuw++;
    }
    if (nieuw > 0) {
      await this.demoDoorbraak();
      this.logger.log({ aantal: nieuw }, 'demo-zorgmeldingen aangemaakt');
    }
  }

  private async seed(d: DemoMelding, i: number): Promise<void> {
    const politie = await this.ctx('demo-politie-1', 'zorgmelding-indienen');
    const melding = demoMelding(d, i);
    const concept = await this.concept.maak({ ...melding, status: 'concept' }, politie);
    // Submitted days ago, so the inbox shows overdue and nearly due deadlines.
    const toen = new Date(Date.now() - d.dagenGeleden * 86_400_000);
    await this.indienen.dienIn(concept.id, melding, d.sleutel, politie, toen);
    if (!d.vt) return;
    const prefix = d.vt === 'rr' ? 'demo-vt-rr' : 'demo-vt-zhz';
    const medewerker = await this.ctx(`${prefix}-medewerker`, 'zorgmelding-ontvangen-beoordelen');
    const coordinator = await this.ctx(`${prefix}-coordinator`, 'zorgmelding-ontvangen-beoordelen');
    const vandaag = new Date().toISOString().slice(0, 10);
    for (const stap of d.stappen) {
      if (stap === 'ontvangst') await this.ontvangen.bevestig(concept.id, medewerker);
      else if (stap === 'toewijzing') {
        // Only known colleagues can be assigned: the demo worker is known as if they had
        // logged in once.
        await this.identity.recordLogin(medewerker.actor);
        await this.toewijzen.wijsToe(concept.id, `${prefix}-medewerker`, coordinator);
      } else if (stap === 'terugkoppeling') {
        const terug = await this.ctx(`${prefix}-medewerker`, 'zorgmelding-terugkoppeling');
        await this.terugkoppelen.koppelTerug(
          concept.id,
          'De melding is overgedragen aan het sociaal wijkteam; dat neemt contact op met het gezin.',
          terug,
        );
      } else {
        await this.beoordelen.beoordeel(
          concept.id,
          {
            uitkomst: stap,
            datum: vandaag,
            notitie: 'Interne notitie (demo): gezin kent eerdere meldingen.',
          },
          medewerker,
        );
      }
    }
  }

  /**
   * A break-the-glass access for the FG of VT Rotterdam Rijnmond to review: its worker opens a
   * report that went to Zuid-Holland Zuid (the family moved), with a written justification.
   */
  private async demoDoorbraak(): Promise<void> {
    const [melding] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM zorgmelding WHERE opsteller_id = 'demo-politie-1' AND idempotentie_sleutel = $1`,
      ['demo-zorgmelding-toegewezen'],
    );
    if (!melding) return;
    const vt = await this.ctx('demo-vt-rr-medewerker', 'zorgmelding-ontvangen-beoordelen');
    if (!vt.doel) return;
    await this.doorbraken.open(
      {
        onderwerpType: 'Zorgmelding',
        onderwerpId: melding.id,
        verantwoording:
          'Demo: het gezin is verhuisd naar Rotterdam en er is acuut gevaar; de collega in Dordrecht is buiten kantoortijd niet bereikbaar.',
        duurMinuten: 30,
      },
      vt,
    );
  }

  private async ctx(sub: string, activiteit: string): Promise<StapContext> {
    const account = loadDemoAccounts().find((a) => a.sub === sub);
    const org = this.identity.listOrganisaties().find((o) => o.code === account?.organisatie);
    if (!account || !org) throw new Error(`Demo-account ${sub} ontbreekt`);
    const actor: Actor = {
      soort: 'gebruiker',
      id: account.sub,
      naam: account.naam,
      organisatie: { code: org.code, naam: org.naam, type: org.type },
      rollen: account.rollen,
      herkomst: {},
    };
    const doel = await this.purpose.bind(activiteit, actor.rollen);
    return {
      actor,
      ability: defineAbility(actor, doel),
      doel,
      trace: { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') },
    };
  }
}
