import { RIHG_SIGNALEN } from './zorgmelding.schema.js';
import type { RihgDeel, Risicotaxatie, Signaalscore } from './zorgmelding.js';

/** Counts of one RiHG part. */
export interface DeelSamenvatting {
  rood: number;
  blauw: number;
  geel: number;
  onbekend: number;
  /** Signals without a score (only possible in a concept). */
  nietIngevuld: number;
  /** Two or more rood in this part. */
  huisverbodIndicatie: boolean;
}

/** The server's summary of a RiHG assessment; never taken from the client. */
export interface RisicoSamenvatting {
  delen: Record<RihgDeel, DeelSamenvatting>;
  /** Two or more rood in at least one part: points to a temporary restraining order (10 days). */
  huisverbodIndicatie: boolean;
  delenMetHuisverbodIndicatie: RihgDeel[];
}

/** Minimum number of rood in one part that points to a huisverbod. */
export const HUISVERBOD_DREMPEL = 2;

const DELEN: RihgDeel[] = ['pleger', 'incident', 'gezin'];

/** Summarises a (possibly incomplete) RiHG assessment per part, with the huisverbod indication. */
export function vatRisicotaxatieSamen(taxatie: Risicotaxatie | undefined): RisicoSamenvatting {
  const delen = {} as Record<RihgDeel, DeelSamenvatting>;
  for (const deel of DELEN) {
    const scores = taxatie?.[deel] ?? {};
    const telling = { rood: 0, blauw: 0, geel: 0, onbekend: 0, nietIngevuld: 0 };
    for (const signaal of RIHG_SIGNALEN[deel]) {
      const score: Signaalscore | undefined = scores[signaal];
      if (score === undefined) telling.nietIngevuld++;
      else telling[score]++;
    }
    delen[deel] = { ...telling, huisverbodIndicatie: telling.rood >= HUISVERBOD_DREMPEL };
  }
  const delenMetHuisverbodIndicatie = DELEN.filter((d) => delen[d].huisverbodIndicatie);
  return {
    delen,
    huisverbodIndicatie: delenMetHuisverbodIndicatie.length > 0,
    delenMetHuisverbodIndicatie,
  };
}
