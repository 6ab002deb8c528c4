import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { ProblemException } from '@schakel/platform';
import type { Reeks, StatistiekenView, StatistiekenVraag } from '../dto/statistieken.dto.js';
import { perioden, VerantwoordingRepository } from '../verantwoording.repository.js';
import { bereik } from './auditspoor.js';

/** Longest period the charts cover, in days. */
const MAX_DAGEN = 366;

/**
 * Counts from the actor audit log within the FG's scope (the same scope as the search), per
 * day or ISO week: access per organisation and per activity, and refusals. Dates only, never
 * personal data; the question itself is logged.
 */
@Injectable()
export class Statistieken {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: VerantwoordingRepository,
  ) {}

  async tel(vraag: StatistiekenVraag, ctx: StepContext): Promise<StatistiekenView> {
    const granulariteit = vraag.granulariteit ?? 'dag';
    const dagen = (Date.parse(vraag.tot) - Date.parse(vraag.van)) / 86_400_000;
    if (!(dagen >= 0 && dagen < MAX_DAGEN)) {
      throw new ProblemException(
        400,
        'ongeldig-tijdvak',
        'Ongeldig tijdvak',
        `van moet op of voor tot liggen, en het tijdvak mag hoogstens ${String(MAX_DAGEN)} dagen zijn.`,
      );
    }
    const tellingen = await this.stap.overMany(ctx, {
      actie: 'tellen',
      type: 'AuditRecord',
      run: async (m) => ({
        result: await this.repository.tellingen(
          vraag.van,
          vraag.tot,
          granulariteit,
          bereik(ctx),
          m,
        ),
        log: { velden: ['periode', 'organisatieCode', 'activiteitId', 'resultaat', 'aantal'] },
      }),
    });
    const lijst = perioden(vraag.van, vraag.tot, granulariteit);
    const index = new Map(lijst.map((p, i) => [p, i]));
    const reeksen = (groep: 'organisatie' | 'activiteit'): Reeks[] => {
      const per = new Map<string | null, number[]>();
      for (const t of tellingen) {
        if (t.groep !== groep || t.resultaat !== 'toegestaan') continue;
        const i = index.get(t.periode);
        if (i === undefined) continue;
        let aantallen = per.get(t.sleutel);
        if (!aantallen) per.set(t.sleutel, (aantallen = lijst.map(() => 0)));
        aantallen[i] = t.aantal;
      }
      return [...per]
        .map(([sleutel, aantallen]) => ({ sleutel, aantallen }))
        .sort((x, y) => (x.sleutel ?? '').localeCompare(y.sleutel ?? ''));
    };
    const weigeringen = lijst.map(() => 0);
    for (const t of tellingen) {
      const i = index.get(t.periode);
      if (t.groep === 'organisatie' && t.resultaat === 'geweigerd' && i !== undefined) {
        weigeringen[i] = (weigeringen[i] ?? 0) + t.aantal;
      }
    }
    return {
      van: vraag.van,
      tot: vraag.tot,
      granulariteit,
      perioden: lijst,
      toegangPerOrganisatie: reeksen('organisatie'),
      toegangPerActiviteit: reeksen('activiteit'),
      weigeringen,
    };
  }
}
