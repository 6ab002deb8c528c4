/**
 * Rules that the API and the web app both apply, kept once. Pure TypeScript: no Nest, no Node
 * APIs, no dependencies (`.dependency-cruiser.cjs` holds this lib to that), so the web app
 * bundles the same code the server runs (ADR 0019). The server stays the judge: the web app
 * uses these rules to say early what the API would refuse or compute.
 */

/**
 * The 11-proef for a BSN: nine digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by
 * 11, and not all zeros.
 */
export function isGeldigBsn(waarde: unknown): boolean {
  if (typeof waarde !== 'string' || !/^\d{9}$/.test(waarde) || waarde === '000000000') {
    return false;
  }
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(waarde[i]) * (9 - i);
  som -= Number(waarde[8]);
  return som % 11 === 0;
}

/**
 * The national criteria for complex casuistiek (Landelijk Kader Zorg- en Veiligheidshuizen):
 * (a) problems on several life domains leading to criminal or nuisance behaviour, (b)
 * cooperation across several chains needed, (c) impact on family or environment, (d) serious
 * local safety problems.
 */
export interface Criteria {
  meerdereLeefdomeinen: boolean;
  meerdereKetens: boolean;
  impactOmgeving: boolean;
  ernstigeVeiligheidsproblemen: boolean;
}

/** (a and b and c) or d: whether a case may be escalated to the Zorg- en Veiligheidshuis. */
export function criteriaVoldaan(c: Criteria): boolean {
  return (
    (c.meerdereLeefdomeinen && c.meerdereKetens && c.impactOmgeving) ||
    c.ernstigeVeiligheidsproblemen
  );
}

/** The parts of the RiHG (risicotaxatie-instrument huiselijk geweld), in order. */
export const RIHG_DELEN = ['pleger', 'incident', 'gezin'] as const;
export type RihgDeel = (typeof RIHG_DELEN)[number];
export type Signaalscore = 'rood' | 'blauw' | 'geel' | 'onbekend';
/** Scores per part and signal; a concept may leave signals (or parts) out. */
export type Risicotaxatie = Partial<Record<RihgDeel, Partial<Record<string, Signaalscore>>>>;

/** Counts of one RiHG part. */
export interface DeelSamenvatting {
  rood: number;
  blauw: number;
  geel: number;
  onbekend: number;
  /** Signals without a score (only possible in a concept). */
  nietIngevuld: number;
  /** {@link HUISVERBOD_DREMPEL} or more rood in this part. */
  huisverbodIndicatie: boolean;
}

/** The summary of a RiHG assessment; the server computes its own, never takes the client's. */
export interface RisicoSamenvatting {
  delen: Record<RihgDeel, DeelSamenvatting>;
  /** Two or more rood in at least one part: points to a temporary restraining order (10 days). */
  huisverbodIndicatie: boolean;
  delenMetHuisverbodIndicatie: RihgDeel[];
}

/** Minimum number of rood in one part that points to a huisverbod. */
export const HUISVERBOD_DREMPEL = 2;

/**
 * Summarises a (possibly incomplete) RiHG assessment per part, with the huisverbod indication.
 * `signalen` lists each part's signals (the server takes them from the zorgmelding schema).
 */
export function vatRisicotaxatieSamen(
  taxatie: Risicotaxatie | undefined,
  signalen: Readonly<Record<RihgDeel, readonly string[]>>,
): RisicoSamenvatting {
  const delen = {} as Record<RihgDeel, DeelSamenvatting>;
  for (const deel of RIHG_DELEN) {
    const scores = taxatie?.[deel] ?? {};
    const telling = { rood: 0, blauw: 0, geel: 0, onbekend: 0, nietIngevuld: 0 };
    for (const signaal of signalen[deel]) {
      const score = scores[signaal];
      if (score === undefined) telling.nietIngevuld++;
      else telling[score]++;
    }
    delen[deel] = { ...telling, huisverbodIndicatie: telling.rood >= HUISVERBOD_DREMPEL };
  }
  const delenMetHuisverbodIndicatie = RIHG_DELEN.filter((d) => delen[d].huisverbodIndicatie);
  return {
    delen,
    huisverbodIndicatie: delenMetHuisverbodIndicatie.length > 0,
    delenMetHuisverbodIndicatie,
  };
}
