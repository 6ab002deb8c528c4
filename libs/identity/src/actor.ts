/** Kinds of organisation that take part in Schakel. */
export const ORGANISATIE_TYPES = [
  'politie',
  'veilig-thuis',
  'zorg-en-veiligheidshuis',
  'sociaal-wijkteam',
  'openbaar-ministerie',
  'reclassering',
  'ggz',
  'woningcorporatie',
  'platform',
] as const;
export type OrganisatieType = (typeof ORGANISATIE_TYPES)[number];

/** The roles of the users table in docs (domain.md), plus `systeem` for system clients. */
export const ROLLEN = [
  'politie-medewerker',
  'vt-medewerker',
  'vt-coordinator',
  'wijkteam-medewerker',
  'zvh-procesregisseur',
  'ketenpartner',
  'fg',
  // Beside the FG (ADR 0035): the privacy officer answers requests of data subjects; the
  // informatiebeheerder (record manager) handles retention and destruction lists.
  'privacy-officer',
  'informatiebeheerder',
  'beheerder',
  'regionaal-analist',
  'systeem',
] as const;
export type Rol = (typeof ROLLEN)[number];

/** Each role's name as people read it (the FG's explanations; the web app has its own). */
export const ROL_NAMEN: Readonly<Record<Rol, string>> = {
  'politie-medewerker': 'politiemedewerker',
  'vt-medewerker': 'medewerker Veilig Thuis',
  'vt-coordinator': 'coördinator Veilig Thuis',
  'wijkteam-medewerker': 'medewerker sociaal wijkteam',
  'zvh-procesregisseur': 'procesregisseur Zorg- en Veiligheidshuis',
  ketenpartner: 'ketenpartner',
  fg: 'functionaris gegevensbescherming',
  'privacy-officer': 'privacy officer',
  informatiebeheerder: 'informatiebeheerder',
  beheerder: 'beheerder',
  'regionaal-analist': 'regionaal analist',
  systeem: 'systeemkoppeling',
};

/** Who is acting: a logged-in person or a system client, always on behalf of one organisation. */
export interface Actor {
  soort: 'gebruiker' | 'systeem';
  /** OIDC subject (users) or client id (system clients). */
  id: string;
  /** Display name of a user; absent for system clients. Never logged. */
  naam?: string;
  organisatie: { code: string; naam: string; type: OrganisatieType };
  rollen: Rol[];
  /** Client address and client id, for the audit trail's "origin". */
  herkomst: { ip?: string; clientId?: string };
}
