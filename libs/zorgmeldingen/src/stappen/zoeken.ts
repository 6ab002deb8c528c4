import { Injectable } from '@nestjs/common';
import { GuardedStep } from '@schakel/authz';
import { InvalidInputException } from '@schakel/platform';
import { PersonenService } from '@schakel/personen';
import type { EntityManager } from 'typeorm';
import type {
  InboxFilter,
  InboxItem,
  ZorgmeldingSamenvatting,
  Zoekvraag,
} from '../dto/zorgmelding.dto.js';
import { CATEGORIEEN_STAP, ZorgmeldingBetrokkenen } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import type { ZorgmeldingEntity } from '../zorgmelding.entity.js';
import { kenmerkTekst, ZorgmeldingRepository, type Melding } from '../zorgmelding.repository.js';
import type { StapContext } from './melding-stap.js';

/** How many reports a name search reads per round (their persons are decrypted to compare). */
const NAAM_PARTIJ = 200;
/** A name search stops after this many hits (the answer is a list to choose from, not a report). */
export const NAAM_TREFFERS = 50;

/**
 * Search by kenmerk, by BSN (the persons' blind index) or by name, for the police (their own
 * reports) and for Veilig Thuis (its inbox). The question is in a POST body, never a URL; the
 * hits are filtered by the same rules, in SQL, as the lists. Names are encrypted, so a name
 * search reads the reports the reader may see, newest first, in rounds of 200 (keyset: each
 * round continues after the last report of the previous one), decrypts their persons and
 * compares; it stops at 50 hits or at the end of the list, so it finds a name in every report
 * the reader may see (ADR 0034). Audited with the persons of the hits.
 */
@Injectable()
export class ZoekenStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly personen: PersonenService,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly weergave: ZorgmeldingWeergave,
  ) {}

  eigen(vraag: Zoekvraag, ctx: StapContext): Promise<ZorgmeldingSamenvatting[]> {
    controleer(vraag);
    return this.stap.overMany(ctx, {
      actie: 'zoeken',
      type: 'Zorgmelding',
      run: async (m) => {
        const lijst = (ids?: readonly string[], limiet?: number, na?: string) =>
          this.repository.eigen(m, ctx.ability, { limiet, na }, ids);
        const treffers = await this.zoek(m, vraag, lijst);
        return {
          result: treffers.map((r) => this.weergave.samenvatting(ctx.ability, r)),
          log: { betrokkenen: await this.audit(m, treffers), reden: 'zoeken' },
        };
      },
    });
  }

  inbox(vraag: Zoekvraag, ctx: StapContext, nu = new Date()): Promise<InboxItem[]> {
    controleer(vraag);
    return this.stap.overMany(ctx, {
      actie: 'zoeken',
      type: 'Zorgmelding',
      run: async (m) => {
        const lijst = (ids?: readonly string[], limiet = 200, na?: string) => {
          const filter = { limiet, sortering: 'nieuwste', na } as InboxFilter;
          return this.repository.inbox(m, ctx.ability, filter, nu, ids);
        };
        const treffers = await this.zoek(m, vraag, lijst);
        return {
          result: treffers.map((r) => this.weergave.inboxItem(ctx.ability, r, nu)),
          log: { betrokkenen: await this.audit(m, treffers), reden: 'zoeken' },
        };
      },
    });
  }

  /** The reports that match every given criterion, among those `lijst` may show. */
  private async zoek(
    m: EntityManager,
    vraag: Zoekvraag,
    lijst: (ids?: readonly string[], limiet?: number, na?: string) => Promise<ZorgmeldingEntity[]>,
  ): Promise<ZorgmeldingEntity[]> {
    let ids: string[] | undefined;
    const binnen = (nieuw: string[]) => (ids ? ids.filter((id) => nieuw.includes(id)) : nieuw);
    if (vraag.kenmerk) ids = binnen(await this.repository.metKenmerk(m, kenmerk(vraag.kenmerk)));
    if (vraag.bsn) {
      const persoon = await this.personen.zoekOpBsn(m, vraag.bsn);
      ids = binnen(persoon ? await this.repository.metPersoon(m, persoon) : []);
    }
    if (ids?.length === 0) return [];
    if (!vraag.naam) return lijst(ids);
    const gezocht = normaal(vraag.naam);
    const treffers: ZorgmeldingEntity[] = [];
    let na: string | undefined;
    for (;;) {
      const partij = await lijst(ids, NAAM_PARTIJ, na);
      treffers.push(...(await this.metNaam(m, partij, gezocht)));
      if (treffers.length >= NAAM_TREFFERS || partij.length < NAAM_PARTIJ) break;
      na = partij[partij.length - 1]?.id;
    }
    return treffers.slice(0, NAAM_TREFFERS);
  }

  /** The reports among `kandidaten` with a person whose name contains `gezocht`. */
  private async metNaam(
    m: EntityManager,
    kandidaten: ZorgmeldingEntity[],
    gezocht: string,
  ): Promise<ZorgmeldingEntity[]> {
    if (kandidaten.length === 0) return [];
    const links = await this.repository.linksVan(
      m,
      kandidaten.map((k) => k.id),
    );
    const bundel = await this.personen.laad(m, [
      ...new Set([...links.values()].flat().flatMap((l) => (l.persoonId ? [l.persoonId] : []))),
    ]);
    return kandidaten.filter((rij) => {
      const melding: Melding = {
        id: rij.id,
        rij,
        links: links.get(rij.id) ?? [],
        gebeurtenissen: [],
        sleutelVan: null,
      };
      return this.betrokkenen.weergave(bundel, melding).some((b) => {
        const i = (b.identiteit ?? {}) as Record<string, string | undefined>;
        const naam = normaal([i.voornamen, i.voorvoegsel, i.geslachtsnaam].join(' '));
        return naam.includes(gezocht);
      });
    });
  }

  /** The persons of the hits, as the processing log's data subjects. */
  private async audit(m: EntityManager, treffers: ZorgmeldingEntity[]) {
    if (treffers.length === 0) return [];
    const links = await this.repository.linksVan(
      m,
      treffers.map((t) => t.id),
    );
    const bundel = await this.personen.laad(m, [
      ...new Set([...links.values()].flat().flatMap((l) => (l.persoonId ? [l.persoonId] : []))),
    ]);
    return treffers.flatMap((rij) =>
      this.betrokkenen.audit(
        bundel,
        { id: rij.id, rij, links: links.get(rij.id) ?? [], gebeurtenissen: [], sleutelVan: null },
        CATEGORIEEN_STAP,
      ),
    );
  }
}

function controleer(vraag: Zoekvraag): void {
  if (!vraag.kenmerk && !vraag.naam?.trim() && !vraag.bsn) {
    throw new InvalidInputException([
      { field: '(body)', constraints: ['vul een kenmerk, een naam of een BSN in'] },
    ]);
  }
}

/** "zm-2026-123" and "2026-000123" both mean ZM-2026-000123. */
function kenmerk(tekst: string): string {
  const [, jaar, nummer] = /(\d{4})-(\d{1,6})\s*$/.exec(tekst) ?? [];
  return kenmerkTekst(Number(jaar), Number(nummer));
}

function normaal(tekst: string): string {
  return tekst.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
