/**
 * One pile of "mijn werk" (ADR 0026): what waits for the actor in one context, counted and
 * listed by one query of that context's repository under the rules of one activity, so the
 * count is the length of the list by construction. Items carry references, never personal data.
 */
export interface Werkonderdeel {
  /** Stable id of the pile, e.g. `vt-termijn-verlopen`. */
  soort: string;
  /** What the pile is, in Dutch. */
  titel: string;
  /** The processing activity the pile was read under (its id). */
  activiteit: string;
  /** How many items wait (all of them, not just those listed). */
  aantal: number;
  /** The first items (at most {@link WERK_LIJST_MAX}), most urgent first. */
  items: Werkitem[];
  /** The web path of the full list, when there is one. */
  lijst?: string;
}

export interface Werkitem {
  id: string;
  /** A reference in words (case number, date, state): no personal data. */
  titel: string;
  /** A second line, e.g. the deadline. */
  toelichting?: string;
  /** The web path to the item. */
  link: string;
}

/** How many items a pile lists; its count is always the whole pile. */
export const WERK_LIJST_MAX = 20;
