import type { ActorAudit } from '@schakel/audit';
import { applyAccessFilter, AUDITRECORD_KOLOMMEN, type StepContext } from '@schakel/authz';
import type { SelectQueryBuilder } from 'typeorm';
import type { AuditRecordView } from '../dto/zoeken.dto.js';

/** What the FG's workplace shares: the caller's scope over the audit trail, one record's view. */
export type Bereik = (qb: SelectQueryBuilder<ActorAudit>) => SelectQueryBuilder<ActorAudit>;

/** The caller's access filter on the actor audit log (the `read AuditRecord` rules as SQL). */
export function bereik(ctx: StepContext): Bereik {
  return (qb) => applyAccessFilter(qb, ctx.ability, 'read', 'AuditRecord', AUDITRECORD_KOLOMMEN);
}

/** An audit record as the rules know it (the attributes their conditions name). */
export const recordOnderwerp = (a: ActorAudit): Record<string, unknown> => ({
  id: a.id,
  actorId: a.actorId,
  organisatieCode: a.organisatieCode,
  activiteitId: a.activiteitId,
  resultaat: a.resultaat,
  verstrekkerCode: a.verstrekkerCode,
});

/** Names to show beside the codes: people from the user directory, organisations, activities. */
export interface Namen {
  actor: Map<string, string>;
  organisatie: (code: string) => string;
  activiteit: Map<string, string>;
}

/** One actor audit record as the FG sees it (metadata, never content), with names. */
export const recordWeergave = (a: ActorAudit, namen: Namen): AuditRecordView => ({
  id: a.id,
  tijd: a.tijd.toISOString(),
  actorId: a.actorId,
  organisatieCode: a.organisatieCode,
  rollen: a.rollen,
  actie: a.actie,
  objectType: a.objectType,
  objectId: a.objectId,
  resultaat: a.resultaat,
  reden: a.reden,
  activiteitId: a.activiteitId,
  doorbraak: a.doorbraak,
  verstrekkerCode: a.verstrekkerCode,
  actorNaam: namen.actor.get(a.actorId) ?? null,
  organisatieNaam: namen.organisatie(a.organisatieCode),
  verstrekkerNaam: a.verstrekkerCode ? namen.organisatie(a.verstrekkerCode) : null,
  activiteitNaam: a.activiteitId ? (namen.activiteit.get(a.activiteitId) ?? null) : null,
});
