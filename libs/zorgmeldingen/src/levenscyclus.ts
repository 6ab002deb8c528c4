/**
 * The life of a stored zorgmelding (see docs/adr/0016-zorgmelding-opslag.md):
 *
 *   concept ──indienen──▶ ingediend ──routeer──▶ gerouteerd ──ontvangst──▶ ontvangen
 *                                   └─────────▶ routeringsuitzondering ──herrouteren──▶ gerouteerd
 *   ontvangen ──toewijzing──▶ toegewezen (again: reassign)
 *   ontvangen | toegewezen ──beoordeling──▶ beoordeeld, or onderzoek (uitkomst vt-onderzoekt)
 *   beoordeeld ──terugkoppeling──▶ afgesloten;  onderzoek ──terugkoppeling──▶ onderzoek
 *
 * `ingediend` is passed within the submit's transaction (routing happens on submit), so a
 * stored report is never left in it; it stays in the timeline.
 */
export const ZORGMELDING_STATUSSEN = [
  'concept',
  'ingediend',
  'gerouteerd',
  'routeringsuitzondering',
  'ontvangen',
  'toegewezen',
  'beoordeeld',
  'onderzoek',
  'afgesloten',
] as const;
export type Meldingstatus = (typeof ZORGMELDING_STATUSSEN)[number];

/** Outcomes of the veiligheidsbeoordeling (Handelingsprotocol Veilig Thuis). */
export const UITKOMSTEN = [
  'overdracht-lokaal-veld',
  'overdracht-betrokken-professional',
  'omzetten-naar-advies',
  'afsluiten',
  'vt-onderzoekt',
] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

export type Stap =
  | 'wijzigen'
  | 'indienen'
  | 'herrouteren'
  | 'ontvangst'
  | 'toewijzing'
  | 'beoordeling'
  | 'terugkoppeling';

/** From which statuses each step may start. */
export const OVERGANGEN: Record<Stap, readonly Meldingstatus[]> = {
  wijzigen: ['concept'],
  indienen: ['concept'],
  herrouteren: ['routeringsuitzondering'],
  ontvangst: ['gerouteerd'],
  toewijzing: ['ontvangen', 'toegewezen'],
  beoordeling: ['ontvangen', 'toegewezen'],
  terugkoppeling: ['beoordeeld', 'onderzoek'],
};

export function magStap(stap: Stap, status: Meldingstatus): boolean {
  return OVERGANGEN[stap].includes(status);
}

/** The status after an assessment with this outcome. */
export function statusNaBeoordeling(uitkomst: Uitkomst): Meldingstatus {
  return uitkomst === 'vt-onderzoekt' ? 'onderzoek' : 'beoordeeld';
}

/** The status after feedback: a closed assessment ends the report; an investigation goes on. */
export function statusNaTerugkoppeling(status: Meldingstatus): Meldingstatus {
  return status === 'onderzoek' ? 'onderzoek' : 'afgesloten';
}

/** Statuses in a Veilig Thuis inbox (routed to a VT). */
export const INBOX_STATUSSEN: readonly Meldingstatus[] = [
  'gerouteerd',
  'ontvangen',
  'toegewezen',
  'beoordeeld',
  'onderzoek',
  'afgesloten',
];
