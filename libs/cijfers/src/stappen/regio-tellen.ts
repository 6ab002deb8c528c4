import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { THEMAS } from '@schakel/casussen';
import { AppConfig } from '@schakel/platform';
import type { EntityManager } from 'typeorm';
import type { RegioCijfersView, RegioVraag } from '../dto/cijfers.dto.js';
import { CijfersRepository } from '../cijfers.repository.js';
import { onbekendeGemeente, onbekendThema, ongeldigTijdvak } from '../cijfers.fouten.js';
import { bouwTabellen, GEMEENTEN, REGIO_TABELLEN, WIJKTEAMS } from '../cijfers.tabellen.js';
import { kwartaalGrenzen, perioden, type Periode } from '../perioden.js';

/** A checked question: municipalities of the unit, periods that fit, a known theme. */
export interface RegioOpdracht {
  gemeenten: { code: string; naam: string }[];
  perioden: Periode[];
  indeling: 'kwartaal' | 'halfjaar';
  thema: string | undefined;
}

/** Checks a question of the regional picture; 400 problems for what does not fit. */
export function regioOpdracht(vraag: RegioVraag): RegioOpdracht {
  const indeling = vraag.indeling ?? 'kwartaal';
  const lijst = perioden(vraag.van, vraag.tot, indeling);
  if (!lijst) throw ongeldigTijdvak();
  const codes = [...new Set(vraag.gemeenten.split(','))];
  const gemeenten = codes.map((c) => GEMEENTEN.find((g) => g.code === c));
  if (gemeenten.some((g) => g === undefined)) throw onbekendeGemeente();
  if (vraag.thema !== undefined && !THEMAS.some((t) => t.id === vraag.thema)) {
    throw onbekendThema();
  }
  return {
    gemeenten: gemeenten.filter((g) => g !== undefined),
    perioden: lijst,
    indeling,
    thema: vraag.thema,
  };
}

/**
 * The regional picture (Gezamenlijk Veiligheidsbeeld): counts per municipality, period and
 * category from the live tables, protected against small numbers (ADR 0030). Only counts
 * leave; the question itself is logged (no persons, so no betrokkenen).
 */
@Injectable()
export class RegioTellen {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: CijfersRepository,
    private readonly config: AppConfig,
  ) {}

  async tel(vraag: RegioVraag, ctx: StepContext): Promise<RegioCijfersView> {
    const opdracht = regioOpdracht(vraag);
    return this.stap.overMany(ctx, {
      actie: 'tellen',
      type: 'Cijfers',
      run: async (m) => ({
        result: await this.bereken(m, opdracht),
        log: { velden: ['gemeente', 'periode', 'categorie', 'aantal'] },
      }),
    });
  }

  /** The municipalities to choose from (names and CBS codes, no figures); logged. */
  gemeenten(ctx: StepContext): Promise<{ code: string; naam: string }[]> {
    return this.stap.overMany(ctx, {
      actie: 'lezen',
      type: 'Cijfers',
      objectType: 'Gemeente',
      run: () =>
        Promise.resolve({
          result: [...GEMEENTEN].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
          log: { velden: ['code', 'naam'] },
        }),
    });
  }

  /** The protected tables of a checked question, in the caller's transaction. */
  bereken(m: EntityManager, opdracht: RegioOpdracht): Promise<RegioCijfersView> {
    return regioCijfers(this.repository, m, opdracht, this.config.CIJFERS_DREMPEL);
  }
}

/** The protected tables of a checked question, in the caller's transaction (no logging). */
export async function regioCijfers(
  repository: CijfersRepository,
  m: EntityManager,
  opdracht: RegioOpdracht,
  drempel: number,
): Promise<RegioCijfersView> {
  const eerste = opdracht.perioden[0]?.kwartalen[0] ?? '';
  const laatste = opdracht.perioden[opdracht.perioden.length - 1]?.kwartalen.at(-1) ?? '';
  const tijdvak = { van: kwartaalGrenzen(eerste).van, totNa: kwartaalGrenzen(laatste).totNa };
  const codes = opdracht.gemeenten.map((g) => g.code);
  const wijkteams = Object.fromEntries(
    Object.entries(WIJKTEAMS).filter(([, gemeente]) => codes.includes(gemeente)),
  );
  const meldingen = await repository.meldingen(m, codes, tijdvak);
  const beoordelingen = await repository.beoordelingen(m, 'gemeente', codes, tijdvak);
  const casussen = await repository.casussen(m, wijkteams, opdracht.thema, tijdvak);
  const uitwisselingen = await repository.uitwisselingen(m, wijkteams, opdracht.thema, tijdvak);
  const tellingen = [...meldingen, ...beoordelingen.tellingen, ...casussen, ...uitwisselingen];
  return {
    perioden: opdracht.perioden.map((p) => ({ sleutel: p.sleutel, naam: p.naam })),
    indeling: opdracht.indeling,
    drempel,
    thema: opdracht.thema ?? null,
    gemeenten: opdracht.gemeenten.map((g) => ({
      gemeentecode: g.code,
      naam: g.naam,
      tabellen: bouwTabellen(
        REGIO_TABELLEN,
        g.code,
        tellingen,
        beoordelingen.teLaat,
        opdracht.perioden,
        drempel,
      ),
    })),
  };
}
