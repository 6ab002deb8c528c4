import { Injectable } from '@nestjs/common';
import { ActorAudit } from '@schakel/audit';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';

export type Granulariteit = 'dag' | 'week';

/** One count: a period, a result, and either an organisation or an activity. */
export interface Telling {
  periode: string;
  resultaat: 'toegestaan' | 'geweigerd';
  /** `organisatie`: grouped by the actor's organisation; `activiteit`: by processing activity. */
  groep: 'organisatie' | 'activiteit';
  sleutel: string | null;
  aantal: number;
}

const TRUNC: Record<Granulariteit, string> = { dag: 'day', week: 'week' };

/**
 * Counts of the actor audit log for the FG's charts, aggregated in SQL. `scope` adds the
 * caller's access filter, so a count never includes a record the caller could not find.
 */
@Injectable()
export class VerantwoordingRepository {
  /**
   * Per Dutch calendar day or ISO week in [van, tot] (dates, both inclusive): one row per
   * period, result and organisation, and one per period, result and activity.
   */
  async tellingen(
    van: string,
    tot: string,
    granulariteit: Granulariteit,
    scope: (qb: SelectQueryBuilder<ActorAudit>) => SelectQueryBuilder<ActorAudit>,
    manager: EntityManager,
  ): Promise<Telling[]> {
    // The unit comes from a closed table, never from input; the same text in SELECT and
    // GROUP BY lets PostgreSQL match the two expressions.
    const periode = `to_char(date_trunc('${TRUNC[granulariteit]}', a.tijd AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD')`;
    const qb = manager
      .getRepository(ActorAudit)
      .createQueryBuilder('a')
      .select(periode, 'periode')
      .addSelect('a.resultaat', 'resultaat')
      .addSelect('a.organisatie_code', 'organisatie')
      .addSelect('a.activiteit_id', 'activiteit')
      .addSelect('GROUPING(a.organisatie_code)', 'per_activiteit')
      .addSelect('count(*)', 'aantal')
      .where(`a.tijd >= (CAST(:van AS date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, { van })
      .andWhere(`a.tijd < ((CAST(:tot AS date) + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`, {
        tot,
      });
    const rows = await scope(qb)
      .groupBy(
        `GROUPING SETS ((${periode}, a.resultaat, a.organisatie_code), (${periode}, a.resultaat, a.activiteit_id))`,
      )
      .getRawMany<{
        periode: string;
        resultaat: 'toegestaan' | 'geweigerd';
        organisatie: string | null;
        activiteit: string | null;
        per_activiteit: number | string;
        aantal: string;
      }>();
    return rows.map((r) => {
      const perActiviteit = Number(r.per_activiteit) === 1;
      return {
        periode: r.periode,
        resultaat: r.resultaat,
        groep: perActiviteit ? 'activiteit' : 'organisatie',
        sleutel: perActiviteit ? r.activiteit : r.organisatie,
        aantal: Number(r.aantal),
      };
    });
  }
}

/** The first day (YYYY-MM-DD) of every period from van to tot, oldest first, without gaps. */
export function perioden(van: string, tot: string, granulariteit: Granulariteit): string[] {
  const day = 86_400_000;
  const start = new Date(`${van}T00:00:00Z`);
  const end = new Date(`${tot}T00:00:00Z`);
  if (granulariteit === 'week')
    start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const step = granulariteit === 'week' ? 7 * day : day;
  const out: string[] = [];
  for (let t = start.getTime(); t <= end.getTime(); t += step) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
