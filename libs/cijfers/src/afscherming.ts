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
  const uit = groep.map((t, ti) => {
    const w = weg[ti];
    return {
      cellen: t.cellen.map((rij, i) => rij.map((v, j) => (w?.cellen[i]?.[j] ? null : v))),
      totalen: t.totalen.map((v, j) => (w?.totalen[j] ? null : v)),
    };
  });
  // Never hand out what can be recomputed, whatever the heuristic above missed.
  if (herleid(uit).length > 0)
    throw new Error('afscherming: een afgeschermd aantal is herleidbaar');
  return uit;
}

/**
 * An attacker who knows everything published: the shown cells and totals, that the rows of a
 * period add up to its total, and that the tables of a group share their totals. It solves the
 * equations (Gaussian elimination) and returns every suppressed value it can pin down. The
 * figures check their own output with it before it leaves (and the tests attack with it).
 */
export function herleid(
  groep: AfgeschermdeTabel[],
): { tabel: number; rij: number | 'totaal'; periode: number; waarde: number }[] {
  const perioden = groep[0]?.totalen.length ?? 0;
  const onbekenden: { tabel: number; rij: number | 'totaal'; periode: number }[] = [];
  const index = new Map<string, number>();
  const variabele = (tabel: number, rij: number | 'totaal', periode: number): number => {
    // A shared total is one unknown for the whole group.
    const sleutel =
      rij === 'totaal'
        ? `T:${String(periode)}`
        : `${String(tabel)}:${String(rij)}:${String(periode)}`;
    let i = index.get(sleutel);
    if (i === undefined) {
      i = onbekenden.length;
      index.set(sleutel, i);
      onbekenden.push({ tabel, rij, periode });
    }
    return i;
  };
  const vergelijkingen: { a: Map<number, number>; b: number }[] = [];
  groep.forEach((t, ti) => {
    for (let j = 0; j < perioden; j++) {
      const a = new Map<number, number>();
      let b = 0;
      t.cellen.forEach((rij, i) => {
        const v = rij[j];
        if (v === null || v === undefined) a.set(variabele(ti, i, j), 1);
        else b -= v;
      });
      const totaal = t.totalen[j];
      if (totaal === null || totaal === undefined) a.set(variabele(ti, 'totaal', j), -1);
      else b += totaal;
      if (a.size > 0) vergelijkingen.push({ a, b });
    }
  });
  // Reduced row echelon form over the unknowns.
  const n = onbekenden.length;
  const rijen = vergelijkingen.map((v) => {
    const r = new Array<number>(n + 1).fill(0);
    for (const [k, c] of v.a) r[k] = c;
    r[n] = v.b;
    return r;
  });
  let pivotRij = 0;
  for (let k = 0; k < n && pivotRij < rijen.length; k++) {
    const p = rijen.findIndex((r, i) => i >= pivotRij && Math.abs(r[k] ?? 0) > 1e-9);
    if (p < 0) continue;
    [rijen[pivotRij], rijen[p]] = [rijen[p] ?? [], rijen[pivotRij] ?? []];
    const pr = rijen[pivotRij] ?? [];
    const c = pr[k] ?? 1;
    for (let x = 0; x <= n; x++) pr[x] = (pr[x] ?? 0) / c;
    rijen.forEach((r, i) => {
      if (i === pivotRij) return;
      const f = r[k] ?? 0;
      if (Math.abs(f) > 1e-9) for (let x = 0; x <= n; x++) r[x] = (r[x] ?? 0) - f * (pr[x] ?? 0);
    });
    pivotRij++;
  }
  const gevonden: { tabel: number; rij: number | 'totaal'; periode: number; waarde: number }[] = [];
  for (const r of rijen) {
    const nietNul = r.slice(0, n).flatMap((c, k) => (Math.abs(c) > 1e-9 ? [k] : []));
    if (nietNul.length === 1) {
      const k = nietNul[0] ?? 0;
      const o = onbekenden[k];
      if (o) gevonden.push({ ...o, waarde: Math.round((r[n] ?? 0) / (r[k] ?? 1)) });
    }
  }
  return gevonden;
}
