import { Injectable } from '@nestjs/common';
import {
  GuardedStep,
  WERK_LIJST_MAX,
  type StepContext,
  type Werkitem,
  type Werkonderdeel,
} from '@schakel/authz';
import { IdentityService } from '@schakel/identity';
import { CasusRepository, TERUGGELEGD_DAGEN, type CasusWerkstapel } from '../casus.repository.js';
import { STATUS_NAMEN } from '../referentie.js';

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** Each pile's title; a casus pile's links go to the reader's own casus screens. */
const TITELS: Record<CasusWerkstapel, string> = {
  aangemeld: 'Aangemeld, nog niet opgeschaald',
  'in-triage': 'Opgeschaald, wacht op de triage',
  lopend: 'Geaccepteerd of actief',
  teruggelegd: `Teruggelegd of afgesloten (afgelopen ${String(TERUGGELEGD_DAGEN)} dagen)`,
  triage: 'Wacht op uw triage',
  'uitwisselingen-open': 'Uitwisselingen zonder ontvangstbevestiging',
  'uitwisselingen-bevestigen': 'Uitwisselingen om te bevestigen',
};

/** Where a reader opens a casus, per screen family. */
export type CasusScherm = 'wijkteam' | 'zvh' | 'partner';

/**
 * "Mijn werk" of the casussen context (ADR 0026): each pile counted and listed by one
 * repository query under the rules of the caller's activity; one audit record per call.
 * Items are case numbers, states and organisation names: no personal data.
 */
@Injectable()
export class CasusWerkvoorraad {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: CasusRepository,
    private readonly identity: IdentityService,
  ) {}

  stapels(
    ctx: StepContext,
    scherm: CasusScherm,
    stapels: CasusWerkstapel[],
    nu = new Date(),
  ): Promise<Werkonderdeel[]> {
    const naam = new Map(this.identity.listOrganisaties().map((o) => [o.code, o.naam]));
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Casus',
      objectType: 'Werkvoorraad',
      run: async (m) => {
        const onderdelen: Werkonderdeel[] = [];
        for (const stapel of stapels) {
          const uit = await this.repository.werkvoorraad(
            m,
            ctx.ability,
            stapel,
            { organisatie: ctx.actor.organisatie.code, nu },
            WERK_LIJST_MAX,
          );
          const items: Werkitem[] =
            uit.soort === 'casus'
              ? uit.rijen.map((c) => ({
                  id: c.id,
                  titel: `Casus ${c.nummer}`,
                  toelichting: `${STATUS_NAMEN[c.status]}, gewijzigd op ${DATUM.format(c.gewijzigdOp)}`,
                  link: `/${scherm}/casussen/${c.id}`,
                }))
              : uit.rijen.map((u) => ({
                  id: u.id,
                  titel: `Casus ${u.casusNummer}: uitwisseling van ${naam.get(u.van) ?? 'een onbekende organisatie'}`,
                  toelichting: `Vastgelegd op ${DATUM.format(u.geregistreerdOp)}`,
                  link: `/${scherm}/casussen/${u.casusId}`,
                }));
          onderdelen.push({
            soort: `casus-${stapel}`,
            titel: TITELS[stapel],
            activiteit: ctx.doel?.id ?? '',
            aantal: uit.aantal,
            items,
            lijst: stapel === 'triage' ? '/zvh/triage' : `/${scherm}/casussen`,
          });
        }
        return { result: onderdelen, log: {} };
      },
    });
  }
}
