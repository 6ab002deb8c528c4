/**
 * Small-number protection (ADR 0030). A table is rows x periods with one total per period
 * (the column total); no total over periods and no grand total are published, so asking for
 * a longer or shorter span cannot difference a period out.
 *
 * - Primary: every cell and every total with 0 < value < threshold is suppressed.
 * - Secondary: the only published equations are "the rows of period j add up to its total"
 *   (and, across tables of one group, that tables share a period's total). A suppressed entry
 *   is recomputable exactly when it is the only unknown of such an equation, so every period
 *   (cells and total together) gets zero or at least two suppressed entries; the extra one is
 *   the smallest shown entry of that period. Tables that share their totals (a group) share
 *   their suppressed totals too, repeated until nothing changes.
 */

/** One table before protection: counts per row and period, totals per period. */
export interface RuweTabel {
  /** Counts per row (outer) and period (inner). */
  cellen: number[][];
  /** Total per period: the sum of its rows (the rows split one population). */
  totalen: number[];
  /** Cells to suppress whatever their value (a half year whose quarter is suppressed). */
  vooraf?: boolean[][];
  voorafTotalen?: boolean[];
}

/** The same table after protection: `null` is a suppressed value. */
export interface AfgeschermdeTabel {
  cellen: (number | null)[][];
  totalen: (number | null)[];
}

const gevoelig = (waarde: number, drempel: number) => waarde > 0 && waarde < drempel;

/**
 * Protects one group of tables that share their period totals (same population). Returns the
 * tables in the same order, with suppressed values as `null`.
 */
export function schermAf(groep: RuweTabel[], drempel: number): AfgeschermdeTabel[] {
  if (groep.length === 0) return [];
  const perioden = groep[0]?.totalen.length ?? 0;
  // Suppressed flags, cells then totals, per table.
  const weg = groep.map((t) => ({
    cellen: t.cellen.map((rij, i) =>
      rij.map((v, j) => gevoelig(v, drempel) || (t.vooraf?.[i]?.[j] ?? false)),
    ),
    totalen: t.totalen.map((v, j) => gevoelig(v, drempel) || (t.voorafTotalen?.[j] ?? false)),
  }));
  // A shared total is one number: suppressed in one table, suppressed in all.
  const deelTotalen = () => {
    for (let j = 0; j < perioden; j++) {
      if (weg.some((w) => w.totalen[j])) for (const w of weg) w.totalen[j] = true;
    }
  };
  deelTotalen();
  for (let ronde = 0; ronde < 1000; ronde++) {
    let gewijzigd = false;
    for (const [ti, t] of groep.entries()) {
      const w = weg[ti];
      if (!w) continue;
      for (let j = 0; j < perioden; j++) {
        const onbekend = w.cellen.filter((rij) => rij[j]).length + (w.totalen[j] ? 1 : 0);
        if (onbekend !== 1) continue;
        // The smallest shown cell of this period that is not zero (a suppressed zero hides
        // little), else a zero, else the total.
        let beste: { rij: number | 'totaal'; waarde: number } | undefined;
        t.cellen.forEach((rij, i) => {
          const v = rij[j] ?? 0;
          if (w.cellen[i]?.[j]) return;
          const kost = v === 0 ? Number.MAX_SAFE_INTEGER : v;
          if (beste === undefined || kost < beste.waarde) beste = { rij: i, waarde: kost };
        });
        if (beste === undefined && !w.totalen[j]) beste = { rij: 'totaal', waarde: 0 };
        if (beste === undefined) continue;
        if (beste.rij === 'totaal') w.totalen[j] = true;
        else {
          const rij = w.cellen[beste.rij];
          if (rij) rij[j] = true;
        }
        gewijzigd = true;
      }
    }
    const voor = JSON.stringify(weg.map((w) => w.totalen));
    deelTotalen();
    if (!gewijzigd && voor === JSON.stringify(weg.map((w) => w.totalen))) break;
  }
  return groep.map((t, ti) => {
    const w = weg[ti];
    return {
      cellen: t.cellen.map((rij, i) => rij.map((v, j) => (w?.cellen[i]?.[j] ? null : v))),
      totalen: t.totalen.map((v, j) => (w?.totalen[j] ? null : v)),
    };
  });
}
