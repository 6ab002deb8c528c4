/** Quarters and half years of the figures: `2026-K1` … `2026-K4`, `2026-H1`, `2026-H2`. */
export type Indeling = 'kwartaal' | 'halfjaar';

export const KWARTAAL = /^(\d{4})-K([1-4])$/;

/** At most this many quarters in one question (three years). */
export const MAX_KWARTALEN = 12;

export interface Periode {
  /** `2026-K1` or `2026-H1`. */
  sleutel: string;
  /** `1e kwartaal 2026`, `1e halfjaar 2026`. */
  naam: string;
  /** The quarters it covers. */
  kwartalen: string[];
}

const index = (k: string): number => {
  const m = KWARTAAL.exec(k);
  if (!m) return Number.NaN;
  return Number(m[1]) * 4 + Number(m[2]) - 1;
};
const kwartaalVan = (i: number): string => `${String(Math.floor(i / 4))}-K${String((i % 4) + 1)}`;

/** The quarters from `van` to `tot` (both inclusive), oldest first; undefined when invalid. */
export function kwartalen(van: string, tot: string): string[] | undefined {
  const a = index(van);
  const b = index(tot);
  if (!(b >= a) || b - a + 1 > MAX_KWARTALEN) return undefined;
  const uit: string[] = [];
  for (let i = a; i <= b; i++) uit.push(kwartaalVan(i));
  return uit;
}

/**
 * The periods of a question: each quarter, or each half year (then `van` must start one and
 * `tot` end one). Undefined when the question does not fit.
 */
export function perioden(van: string, tot: string, indeling: Indeling): Periode[] | undefined {
  const lijst = kwartalen(van, tot);
  if (!lijst) return undefined;
  if (indeling === 'kwartaal') {
    return lijst.map((k) => ({
      sleutel: k,
      naam: `${k.slice(-1)}e kwartaal ${k.slice(0, 4)}`,
      kwartalen: [k],
    }));
  }
  if (index(van) % 2 !== 0 || index(tot) % 2 !== 1) return undefined;
  const uit: Periode[] = [];
  for (let i = 0; i < lijst.length; i += 2) {
    const k = lijst[i] ?? '';
    const helft = Number(k.slice(-1)) <= 2 ? 1 : 2;
    uit.push({
      sleutel: `${k.slice(0, 4)}-H${String(helft)}`,
      naam: `${String(helft)}e halfjaar ${k.slice(0, 4)}`,
      kwartalen: lijst.slice(i, i + 2),
    });
  }
  return uit;
}

/** First day of a quarter and the first day after it (YYYY-MM-DD). */
export function kwartaalGrenzen(k: string): { van: string; totNa: string } {
  const i = index(k);
  const maand = (j: number) =>
    `${String(Math.floor(j / 4))}-${String((j % 4) * 3 + 1).padStart(2, '0')}-01`;
  return { van: maand(i), totNa: maand(i + 1) };
}

/** The quarter (`2026-K3`) of a date (YYYY-MM-DD). */
export function kwartaalVanDatum(datum: string): string {
  return `${datum.slice(0, 4)}-K${String(Math.floor((Number(datum.slice(5, 7)) - 1) / 3) + 1)}`;
}
