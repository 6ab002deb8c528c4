import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { defineAbility, type StepContext } from '@schakel/authz';
import { IdentityService, loadDemoAccounts, type Actor } from '@schakel/identity';
import { AppConfig, demoBsn } from '@schakel/platform';
import { PurposeService } from '@schakel/purpose';
import { DataSource } from 'typeorm';
import { CasusDeelnemen } from './stappen/deelnemen.js';
import { CasusOpschalen } from './stappen/opschalen.js';
import { CasusRegistreren } from './stappen/registreren.js';
import { CasusTriageren } from './stappen/triageren.js';
import { CasusUitwisselen } from './stappen/uitwisselen.js';
import type { NieuweBetrokkene } from './dto/casus.dto.js';

interface DemoCasus {
  wijkteam: string;
  thema: string;
  aanleiding: string;
  levensdomeinen: string[];
  personen: NieuweBetrokkene[];
  stappen: ('opschalen' | 'accepteren' | 'afwijzen' | 'deelnemers' | 'uitwisselingen')[];
}

const persoon = (
  n: number,
  voornamen: string,
  achternaam: string,
  rol: string,
  woonplaats: string,
): NieuweBetrokkene => ({
  rol,
  bsn: demoBsn(52_000_000 + n * 1000),
  voornamen,
  achternaam,
  geboortedatum: '1991-03-14',
  straat: 'Voorbeeldlaan',
  huisnummer: String(20 + n),
  postcode: '3072AB',
  woonplaats,
  gemeenteCode: woonplaats === 'Dordrecht' ? 'GM0505' : 'GM0599',
});

const DEMO: DemoCasus[] = [
  {
    wijkteam: 'demo-wijkteam-rotterdam',
    thema: 'overlast-criminaliteit',
    aanleiding:
      'Demo (fictief): herhaalde overlast en kleine diefstallen in de buurt; schulden en ' +
      'middelengebruik; buren voelen zich onveilig.',
    levensdomeinen: ['financien', 'verslaving', 'justitie', 'wonen'],
    personen: [persoon(1, 'Dennis', 'Vermeulen', 'hoofdpersoon', 'Rotterdam')],
    stappen: [],
  },
  {
    wijkteam: 'demo-wijkteam-rotterdam',
    thema: 'verward-gedrag',
    aanleiding:
      'Demo (fictief): man met verward gedrag bedreigt buren; zorg mijdt hij; dreigende ' +
      'huisuitzetting.',
    levensdomeinen: ['psychische-gezondheid', 'wonen', 'sociaal-netwerk'],
    personen: [persoon(2, 'Bram', 'Hoekstra', 'hoofdpersoon', 'Rotterdam')],
    stappen: ['opschalen'],
  },
  {
    wijkteam: 'demo-wijkteam-rotterdam',
    thema: 'huiselijk-geweld',
    aanleiding:
      'Demo (fictief): terugkerend huiselijk geweld; de vader is eerder veroordeeld; de moeder ' +
      'is in behandeling bij de GGZ; twee kinderen.',
    levensdomeinen: ['gezin-en-relaties', 'psychische-gezondheid', 'justitie', 'opvoeding'],
    personen: [
      persoon(3, 'Karim', 'Bouzid', 'hoofdpersoon', 'Rotterdam'),
      persoon(4, 'Lotte', 'Bouzid', 'gezinslid', 'Rotterdam'),
    ],
    stappen: ['opschalen', 'accepteren', 'deelnemers', 'uitwisselingen'],
  },
  {
    wijkteam: 'demo-wijkteam-dordrecht',
    thema: 'jeugd',
    aanleiding: 'Demo (fictief): jongere spijbelt en hangt rond; ouders vragen hulp.',
    levensdomeinen: ['opvoeding', 'werk-en-dagbesteding'],
    personen: [persoon(5, 'Jesse', 'Willems', 'hoofdpersoon', 'Dordrecht')],
    stappen: ['opschalen', 'afwijzen'],
  },
];

/**
 * Seeds a few fictional casussen in several states for the demo accounts, through the real
 * service (so both logs show them). Only in development with the development identity
 * provider; once (a restart adds nothing).
 */
@Injectable()
export class DemoCasussen implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoCasussen');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly purpose: PurposeService,
    private readonly registreren: CasusRegistreren,
    private readonly opschalen: CasusOpschalen,
    private readonly triageren: CasusTriageren,
    private readonly deelnemen: CasusDeelnemen,
    private readonly uitwisselen: CasusUitwisselen,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.NODE_ENV !== 'development' || !this.config.devIdentityProvider) return;
    const [bestaat] = await this.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM casus WHERE aangemeld_door LIKE 'demo-%'`,
    );
    if (Number(bestaat?.n) > 0) return;
    for (const d of DEMO) await this.seed(d);
    this.logger.log({ aantal: DEMO.length }, 'demo-casussen aangemaakt');
  }

  private async seed(d: DemoCasus): Promise<void> {
    const wijkteam = await this.ctx(d.wijkteam, 'casus-signalering-opschaling');
    const casus = await this.registreren.registreer(
      {
        themaId: d.thema,
        aanleiding: d.aanleiding,
        levensdomeinen: d.levensdomeinen,
        betrokkenen: d.personen,
      },
      wijkteam,
    );
    const zvh = () => this.ctx('demo-zvh-procesregisseur', 'casusregie-zvh');
    for (const stap of d.stappen) {
      if (stap === 'opschalen') {
        await this.opschalen.schaalOp(
          casus.id,
          {
            criteria: {
              meerdereLeefdomeinen: true,
              meerdereKetens: true,
              impactOmgeving: true,
              ernstigeVeiligheidsproblemen: false,
            },
            motivering:
              'Demo: problemen op meerdere leefdomeinen; zorg en justitie moeten samenwerken; ' +
              'de buurt en het gezin lijden eronder.',
          },
          await this.ctx(d.wijkteam, 'casus-signalering-opschaling'),
        );
      } else if (stap === 'accepteren') {
        await this.triageren.trieer(casus.id, { besluit: 'accepteren' }, await zvh());
      } else if (stap === 'afwijzen') {
        await this.triageren.trieer(
          casus.id,
          {
            besluit: 'afwijzen',
            reden:
              'Demo: past in de lokale aanpak van het wijkteam met jeugdhulp; geen opschaling nodig.',
          },
          await zvh(),
        );
      } else if (stap === 'deelnemers') {
        await this.deelnemen.nodigUit(
          casus.id,
          {
            organisatie: 'politie-rotterdam',
            categorieen: ['identificatie', 'justitiele-gegevens'],
          },
          await zvh(),
        );
        await this.deelnemen.nodigUit(
          casus.id,
          { organisatie: 'ggz-rijnmond', categorieen: ['identificatie', 'gezondheid'] },
          await zvh(),
        );
      } else {
        const personen = casus.betrokkenen.map((b) => b.persoonId);
        await this.uitwisselen.registreer(
          casus.id,
          {
            van: 'zvh-rotterdam-rijnmond',
            naar: ['ggz-rijnmond'],
            betrokkenen: personen.slice(1, 2),
            categorieen: ['identificatie', 'gezondheid'],
            proportionaliteit:
              'Demo: alleen de behandelrelevante informatie, nodig om het veiligheidsplan af te stemmen.',
            subsidiariteit:
              'Demo: de moeder gaf geen toestemming; zonder deze informatie is geen veilige afstemming mogelijk.',
            inhoud: 'Demo: de moeder meldt toenemende spanning thuis sinds de vader terug is.',
          },
          await zvh(),
        );
        await this.uitwisselen.registreer(
          casus.id,
          {
            naar: ['zvh-rotterdam-rijnmond'],
            betrokkenen: personen.slice(0, 1),
            categorieen: ['identificatie', 'justitiele-gegevens'],
            proportionaliteit:
              'Demo: alleen de lopende justitiële contacten, nodig voor het plan van aanpak.',
            subsidiariteit: 'Demo: het Zorg- en Veiligheidshuis kan dit nergens anders verkrijgen.',
            inhoud: 'Demo: de vader staat onder reclasseringstoezicht; er loopt een contactverbod.',
          },
          await this.ctx('demo-politie-1', 'ketenpartner-deelname'),
        );
      }
    }
  }

  private async ctx(sub: string, activiteit: string): Promise<StepContext> {
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
