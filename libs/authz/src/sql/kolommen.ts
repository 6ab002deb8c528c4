import type { Action, SubjectType } from '../abilities.js';
import type { ColumnMap } from './casl-to-sql.js';

/*
 * The column maps of every subject that list queries filter with `applyAccessFilter`, in one
 * place without Nest services, so the SQL snapshot of the rules (regels.sql, checked by
 * regels-sql.spec.ts) translates the rules exactly as the contexts do. Every context uses these
 * constants (exported from `@schakel/authz`); regels-sql.spec.ts fails when a context declares
 * a column map of its own.
 */

/** Casus (table `casus`, alias `c`). */
export const CASUS_KOLOMMEN: ColumnMap = {
  id: { column: 'id', type: 'uuid' },
  sleutelpartner: { column: 'sleutelpartner', type: 'text' },
  regieOrganisatie: { column: 'regie_organisatie', type: 'text' },
  deelnemers: { column: 'deelnemers', type: 'text[]' },
  status: { column: 'status', type: 'text' },
};

/** The FG's exchange register is filtered on every organisation that took part (table `casus`). */
export const UITWISSELINGSREGISTER_KOLOMMEN: ColumnMap = {
  organisaties: { column: 'organisaties', type: 'text[]' },
};

/** Zorgmelding (table `zorgmelding`, alias `z`). */
export const ZORGMELDING_KOLOMMEN: ColumnMap = {
  id: { column: 'id', type: 'uuid' },
  opstellerId: { column: 'opsteller_id', type: 'text' },
  vtOrganisatie: { column: 'vt_organisatie', type: 'text' },
  status: { column: 'status', type: 'text' },
};

/** Doorbraak (table `doorbraak`, alias `d`). */
export const DOORBRAAK_KOLOMMEN: ColumnMap = {
  id: { column: 'id', type: 'uuid' },
  actorId: { column: 'actor_id', type: 'text' },
  organisatieCode: { column: 'organisatie_code', type: 'text' },
  onderwerpType: { column: 'onderwerp_type', type: 'text' },
  onderwerpId: { column: 'onderwerp_id', type: 'text' },
  verstrekkerCode: { column: 'verstrekker_code', type: 'text' },
  activiteit: { column: 'activiteit', type: 'text' },
};

/** Bezorging and OnbestelbareBezorging: both rows of the outbox (table `bezorging`, alias `b`). */
export const BEZORGING_KOLOMMEN: ColumnMap = {
  id: { column: 'id', type: 'uuid' },
  ontvangerCode: { column: 'ontvanger_code', type: 'text' },
  soort: { column: 'soort', type: 'text' },
  status: { column: 'status', type: 'text' },
};

/** AuditRecord: the actor audit log (table `actor_audit`, alias `a`). */
export const AUDITRECORD_KOLOMMEN: ColumnMap = {
  id: { column: 'id', type: 'uuid' },
  actorId: { column: 'actor_id', type: 'text' },
  organisatieCode: { column: 'organisatie_code', type: 'text' },
  activiteitId: { column: 'activiteit_id', type: 'text' },
  resultaat: { column: 'resultaat', type: 'text' },
  verstrekkerCode: { column: 'verstrekker_code', type: 'text' },
};

/** Rectificatiemelding: a notice of a rectification (table `rectificatie_melding`, alias `x`). */
export const RECTIFICATIEMELDING_KOLOMMEN: ColumnMap = {
  id: { column: 'id', type: 'uuid' },
  ontvangerCode: { column: 'ontvanger_code', type: 'text' },
  bron: { column: 'bron', type: 'text' },
};

/** A list query filtered by the rules: which subject and actions, on which table and columns. */
export interface Lijstfilter {
  subject: SubjectType;
  /** The actions list queries pass to `applyAccessFilter` for this subject. */
  acties: readonly Action[];
  tabel: string;
  /** The query builder's alias, as in the context's query. */
  alias: string;
  kolommen: ColumnMap;
  /** Where the list queries are (for the reader of the snapshot). */
  gebruikt: string;
}

/**
 * Every list query that filters with the rules. A new `applyAccessFilter` call belongs here,
 * so its SQL shows in regels.sql.
 */
export const LIJSTFILTERS: readonly Lijstfilter[] = [
  {
    subject: 'AuditRecord',
    acties: ['read'],
    tabel: 'actor_audit',
    alias: 'a',
    kolommen: AUDITRECORD_KOLOMMEN,
    gebruikt: 'verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)',
  },
  {
    subject: 'Bezorging',
    acties: ['read'],
    tabel: 'bezorging',
    alias: 'b',
    kolommen: BEZORGING_KOLOMMEN,
    gebruikt: 'BezorgFeed (lees)',
  },
  {
    subject: 'Casus',
    acties: ['read', 'triageren'],
    tabel: 'casus',
    alias: 'c',
    kolommen: CASUS_KOLOMMEN,
    gebruikt: 'CasussenService (lijst, triagelijst, tijdlijnVanPersoon)',
  },
  {
    subject: 'Doorbraak',
    acties: ['read'],
    tabel: 'doorbraak',
    alias: 'd',
    kolommen: DOORBRAAK_KOLOMMEN,
    gebruikt: 'DoorbraakLezen (lijst, teBeoordelen)',
  },
  {
    subject: 'OnbestelbareBezorging',
    acties: ['read'],
    tabel: 'bezorging',
    alias: 'b',
    kolommen: BEZORGING_KOLOMMEN,
    gebruikt: 'Onbestelbaar (lijst)',
  },
  {
    subject: 'Rectificatiemelding',
    acties: ['read'],
    tabel: 'rectificatie_melding',
    alias: 'x',
    kolommen: RECTIFICATIEMELDING_KOLOMMEN,
    gebruikt: 'Rectificatiemeldingen (lijst, stapel in mijn werk)',
  },
  {
    subject: 'Uitwisselingsregister',
    acties: ['read'],
    tabel: 'casus',
    alias: 'c',
    kolommen: UITWISSELINGSREGISTER_KOLOMMEN,
    gebruikt: 'CasussenService (register van de FG)',
  },
  {
    subject: 'Zorgmelding',
    acties: ['beoordelen', 'herrouteren', 'read'],
    tabel: 'zorgmelding',
    alias: 'z',
    kolommen: ZORGMELDING_KOLOMMEN,
    gebruikt: 'ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)',
  },
];
