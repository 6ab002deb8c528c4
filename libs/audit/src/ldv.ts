import type { ActorAudit, Verwerkingslog } from './audit.entities.js';
import type { BetrokkeneVersleuteling } from './betrokkene-versleuteling.js';

/**
 * Logboek Dataverwerkingen 1.0 (ADR 0021): the processing log's records in the standard's
 * shape. `dpl.core.*` holds only what the standard defines there; Schakel's own attributes are
 * in `nl.schakel.*`.
 */

/**
 * The type of `dpl.core.data_subject_id`: Schakel's keyed hash (ADR 0021), never a BSN, and
 * encrypted with this type as associated data when it leaves Schakel (ADR 0033).
 */
export const BETROKKENE_TYPE = 'urn:schakel:betrokkene:pseudoniem:hmac-sha256';

/** What this log is called in the read extension's metadata. */
export const LOGBOEK_ID = 'schakel-verwerkingslog';

export type LdvStatus = 'Unset' | 'Ok' | 'Error';

/** A processing record with what its actor audit record adds: the action and the request. */
export type Verwerking = Verwerkingslog & Pick<ActorAudit, 'actie' | 'resultaat' | 'verzoekSpanId'>;

/** One line of the processing log as the core standard's interface names it. */
export interface LdvRecord {
  trace_id: string;
  span_id: string;
  parent_span_id?: string;
  name: string;
  start_time: string;
  end_time: string;
  status_code: LdvStatus;
  resource: { attributes: Record<string, string> };
  attributes: Record<string, unknown>;
}

/**
 * The status: `Error` only for a processing that failed on Schakel's side; a refusal is a
 * completed evaluation (`Unset`, as the standard says of 4xx answers); a completed processing
 * is marked `Ok` explicitly.
 */
export function ldvStatus(v: Pick<Verwerking, 'status' | 'resultaat'>): LdvStatus {
  if (v.status === 'mislukt') return 'Error';
  return v.resultaat === 'geweigerd' ? 'Unset' : 'Ok';
}

/** The versioned URI of an activity in the register (`GET …/versies/{versie}`). */
export function activiteitUri(apiBasis: string, id: string, versie: number | null): string {
  const basis = `${apiBasis.replace(/\/$/, '')}/verwerkingsactiviteiten/${encodeURIComponent(id)}`;
  return versie === null ? basis : `${basis}/versies/${String(versie)}`;
}

/** The activity (and version) a register URI names, or undefined when it names none. */
export function activiteitUitUri(uri: string): { id: string; versie?: number } | undefined {
  let pad: string;
  try {
    pad = new URL(uri).pathname;
  } catch {
    return undefined;
  }
  const m =
    /\/verwerkingsactiviteiten\/([a-z][a-z0-9-]{2,63})(?:\/versies\/([1-9]\d{0,8}))?\/?$/.exec(pad);
  if (!m?.[1]) return undefined;
  return m[2] ? { id: m[1], versie: Number(m[2]) } : { id: m[1] };
}

/**
 * One processing record as a line of the Logboek Dataverwerkingen. The subject's keyed hash is
 * encrypted with its type (`dpl.core.data_subject_id`, ADR 0033); the record in the database
 * and its sealed leaf keep the keyed hash.
 */
export function ldvRecord(
  v: Verwerking,
  apiBasis: string,
  versleuteling: BetrokkeneVersleuteling,
): LdvRecord {
  // Records written before ADR 0021 carry the request's span as their own.
  const ouder = v.verzoekSpanId && v.verzoekSpanId !== v.spanId ? v.verzoekSpanId : undefined;
  return {
    trace_id: v.traceId,
    span_id: v.spanId,
    ...(ouder ? { parent_span_id: ouder } : {}),
    name: v.actie,
    start_time: v.startTijd.toISOString(),
    end_time: v.eindTijd.toISOString(),
    status_code: ldvStatus(v),
    resource: { attributes: { 'service.name': 'schakel' } },
    attributes: {
      'dpl.core.processing_activity_id': activiteitUri(
        apiBasis,
        v.activiteitId ?? 'onbekend',
        v.activiteitVersie,
      ),
      'dpl.core.data_subject_id': versleuteling.versleutel(v.betrokkene, BETROKKENE_TYPE),
      'dpl.core.data_subject_id_type': BETROKKENE_TYPE,
      'nl.schakel.processing_activity': v.activiteitId,
      'nl.schakel.processing_activity_version': v.activiteitVersie,
      'nl.schakel.data_categories': v.gegevenscategorieen,
      'nl.schakel.audit_record_id': v.auditId,
    },
  };
}

/** A trace id (32 hex) in the UUID notation the read extension's schema asks for. */
export function traceAlsUuid(traceId: string): string {
  const h = traceId.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** One processing activity as the read extension's API returns it (`ProcessingActivity`). */
export interface LeesVerwerking {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  status: LdvStatus;
  name: string;
  startTime: string;
  endTime: string;
  resource: { attributes: Record<string, string> };
  attributes: Record<string, unknown>;
}

/**
 * A line in the read extension's shape: camelCase fields and the trace id in UUID notation
 * (the same 16 bytes; the hex form without dashes is the `traceparent`'s).
 */
export function leesVerwerking(r: LdvRecord): LeesVerwerking {
  return {
    traceId: traceAlsUuid(r.trace_id),
    spanId: r.span_id,
    ...(r.parent_span_id ? { parentSpanId: r.parent_span_id } : {}),
    status: r.status_code,
    name: r.name,
    startTime: r.start_time,
    endTime: r.end_time,
    resource: r.resource,
    attributes: r.attributes,
  };
}
