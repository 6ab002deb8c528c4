import { Injectable } from '@nestjs/common';
import {
  GuardedStep,
  WERK_LIJST_MAX,
  type StepContext,
  type Werkitem,
  type Werkonderdeel,
} from '@schakel/authz';
import type { ZorgmeldingEntity } from '../zorgmelding.entity.js';
import {
  TERMIJN_NABIJ_WERKDAGEN,
  TERUGKOPPELING_NIEUW_DAGEN,
  ZorgmeldingRepository,
  type Werkstapel,
} from '../zorgmelding.repository.js';

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const datum = (d: Date | string): string =>
  DATUM.format(typeof d === 'string' ? new Date(`${d}T12:00:00Z`) : d);

/** Each pile: its title, its full list in the web app, and how an item reads. */
const STAPELS: Record<
  Werkstapel,
  {
    titel: string;
    lijst?: string;
    link: (id: string) => string;
    regel: (z: ZorgmeldingEntity) => Omit<Werkitem, 'id' | 'link'>;
  }
> = {
  terugkoppeling: {
    titel: `Terugkoppeling van Veilig Thuis (afgelopen ${String(TERUGKOPPELING_NIEUW_DAGEN)} dagen)`,
    lijst: '/politie/zorgmeldingen',
    link: (id) => `/politie/zorgmeldingen/${id}`,
    regel: (z) => ({
      titel: `Zorgmelding van ${datum(z.ingediendOp ?? z.aangemaaktOp)}`,
      toelichting: z.terugkoppelingOp
        ? `Teruggekoppeld op ${datum(z.terugkoppelingOp)}`
        : undefined,
    }),
  },
  concepten: {
    titel: 'Concepten om af te maken',
    lijst: '/politie/zorgmeldingen',
    link: (id) => `/politie/zorgmeldingen/${id}`,
    regel: (z) => ({
      titel: `Concept van ${datum(z.aangemaaktOp)}`,
      toelichting: `Laatst gewijzigd op ${datum(z.gewijzigdOp)}`,
    }),
  },
  verlopen: {
    titel: 'Termijn verstreken',
    lijst: '/vt/inbox?termijnstatus=verlopen',
    link: (id) => `/vt/zorgmeldingen/${id}`,
    regel: termijnRegel,
  },
  'bijna-verlopen': {
    titel: `Termijn verstrijkt binnen ${String(TERMIJN_NABIJ_WERKDAGEN)} werkdagen`,
    link: (id) => `/vt/zorgmeldingen/${id}`,
    regel: termijnRegel,
  },
  'aan-mij': {
    titel: 'Aan mij toegewezen',
    link: (id) => `/vt/zorgmeldingen/${id}`,
    regel: termijnRegel,
  },
  'niet-toegewezen': {
    titel: 'Nog niet toegewezen',
    link: (id) => `/vt/zorgmeldingen/${id}`,
    regel: termijnRegel,
  },
  uitzonderingen: {
    titel: 'Routeringsuitzonderingen',
    lijst: '/vt/coordinatie',
    link: () => '/vt/coordinatie',
    regel: (z) => ({ titel: `Zorgmelding van ${datum(z.ingediendOp ?? z.aangemaaktOp)}` }),
  },
};

function termijnRegel(z: ZorgmeldingEntity): Omit<Werkitem, 'id' | 'link'> {
  return {
    titel: `Zorgmelding ontvangen op ${datum(z.ontvangenOp ?? z.ingediendOp ?? z.aangemaaktOp)}`,
    toelichting: z.termijnUiterlijk
      ? `Beoordelen uiterlijk ${datum(z.termijnUiterlijk)}`
      : undefined,
  };
}

/**
 * "Mijn werk" of the zorgmeldingen context (ADR 0026): each pile counted and listed by one
 * repository query under the rules of the caller's activity; one audit record per call.
 */
@Injectable()
export class ZorgmeldingWerkvoorraad {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
  ) {}

  /** The piles, read under `ctx` (bound to the activity that owns them). */
  stapels(ctx: StepContext, stapels: Werkstapel[], nu = new Date()): Promise<Werkonderdeel[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Zorgmelding',
      objectType: 'Werkvoorraad',
      run: async (m) => {
        const onderdelen: Werkonderdeel[] = [];
        for (const stapel of stapels) {
          const { aantal, rijen } = await this.repository.werkvoorraad(
            m,
            ctx.ability,
            stapel,
            { actorId: ctx.actor.id, nu },
            WERK_LIJST_MAX,
          );
          const s = STAPELS[stapel];
          onderdelen.push({
            soort: `zorgmelding-${stapel}`,
            titel: s.titel,
            activiteit: ctx.doel?.id ?? '',
            aantal,
            items: rijen.map((z) => ({ id: z.id, link: s.link(z.id), ...s.regel(z) })),
            ...(s.lijst ? { lijst: s.lijst } : {}),
          });
        }
        return { result: onderdelen, log: {} };
      },
    });
  }
}
