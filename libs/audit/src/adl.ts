import type { ActorAudit } from './audit.entities.js';

/**
 * The Authorization Decision Log (Logius, ADR 0021): each actor audit record is one
 * authorization decision (allowed or refused), in the AuthZEN Access Evaluation shape, with
 * the version of the rules that decided as the policy source reference.
 */
export interface AdlRecord {
  trace_id: string;
  span_id: string;
  parent_span_id?: string;
  event_name: 'adl.access_evaluation';
  timestamp: number;
  status: 'Unset' | 'Ok' | 'Error';
  attributes: Record<string, unknown>;
  resource: Record<string, string>;
  body: {
    'adl.core.request': {
      subject: { type: string; id: string; properties: Record<string, unknown> };
      action: { name: string };
      resource: { type: string; id?: string };
      context: Record<string, unknown>;
    };
    'adl.core.response': { decision: boolean; context?: Record<string, unknown> };
  };
}

/** The policy source that `adl.core.policies` names: the rules of @schakel/authz. */
export const REGELS_BRON = 'schakel-authz-regels';

/**
 * One actor audit record as an ADL record. A refusal is a completed evaluation: `Unset`, with
 * `decision: false` (the standard reserves `Error` for a PDP that could not decide). Records
 * from before ADR 0021 have no span of their own: theirs is taken from the record id.
 */
export function adlRecord(a: ActorAudit): AdlRecord {
  const span = a.verzoekSpanId ?? a.id.replace(/-/g, '').slice(0, 16);
  return {
    trace_id: a.traceId,
    span_id: span,
    ...(a.ouderSpanId ? { parent_span_id: a.ouderSpanId } : {}),
    event_name: 'adl.access_evaluation',
    timestamp: a.tijd.getTime(),
    status: 'Unset',
    attributes: {
      ...(a.regelsVersie ? { 'adl.core.policies': { [REGELS_BRON]: a.regelsVersie } } : {}),
      'nl.schakel.audit_record_id': a.id,
      ...(a.regel ? { 'nl.schakel.rule': a.regel } : {}),
      ...(a.doorbraak ? { 'nl.schakel.break_the_glass': true } : {}),
    },
    resource: { 'service.name': 'schakel' },
    body: {
      'adl.core.request': {
        subject: {
          type: a.actorSoort,
          id: a.actorId,
          properties: { organisatie: a.organisatieCode, rollen: a.rollen },
        },
        action: { name: a.actie },
        resource: a.objectId ? { type: a.objectType, id: a.objectId } : { type: a.objectType },
        context: {
          time: a.tijd.toISOString(),
          ...(a.activiteitId
            ? { verwerkingsactiviteit: { id: a.activiteitId, versie: a.activiteitVersie } }
            : {}),
          ...(a.verstrekkerCode ? { verstrekker: a.verstrekkerCode } : {}),
        },
      },
      'adl.core.response':
        a.resultaat === 'toegestaan'
          ? { decision: true }
          : { decision: false, context: { reason: a.reden ?? 'geweigerd' } },
    },
  };
}
