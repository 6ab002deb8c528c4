import { createHmac, randomBytes, randomUUIDv7 } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@schakel/identity';
import { AppConfig, localSecret } from '@schakel/platform';
import type { EntityManager } from 'typeorm';
import { BetrokkeneVersleuteling } from './betrokkene-versleuteling.js';

/**
 * One data subject touched by an action, and which data categories of theirs: by a stable
 * identifier (BSN or record id), of which only the keyed hash is kept, or by that hash
 * itself when another context computed it (`PersonenService.auditPseudoniem`).
 */
export type Betrokkene =
  { identificatie: string; categorieen: string[] } | { pseudoniem: string; categorieen: string[] };

/** What happened, for both logs. */
export interface AuditEntry {
  actor: Actor;
  actie: string;
  objectType: string;
  objectId?: string | null;
  resultaat: 'toegestaan' | 'geweigerd';
  reden?: string | null;
  regel?: string | null;
  doel?: { id: string; versie: number };
  /** A break-the-glass access; its justification lives encrypted with the grant. */
  doorbraak?: { verantwoording?: string };
  velden?: string[];
  /**
   * The request's trace context: its trace, its own span, and the caller's span when an
   * incoming `traceparent` named one. Every processing record gets a span of its own under it.
   */
  trace: { traceId: string; spanId: string; parentSpanId?: string };
  /** The version of the authorization rules that decided (`REGELS_VERSIE` of @schakel/authz). */
  regelsVersie?: string;
  betrokkenen?: Betrokkene[];
  status?: 'geslaagd' | 'mislukt';
  startTijd?: Date;
  /** Organisation code of the provider of the data touched, when another organisation. */
  verstrekker?: string;
}

/**
 * Writes the processing log and the actor audit log, in the caller's transaction: if logging
 * fails, the work fails with it. Every record also enters the sequencer's queue.
 */
@Injectable()
export class AuditService {
  private readonly pseudonymKey: string;
  /** Encrypts the subject's keyed hash with its type for LDV records leaving Schakel. */
  readonly betrokkeneVersleuteling: BetrokkeneVersleuteling;

  constructor(config: AppConfig) {
    this.pseudonymKey =
      config.AUDIT_PSEUDONYM_KEY ??
      localSecret(config, '.audit-pseudoniem-sleutel', () => randomBytes(32).toString('base64url'));
    this.betrokkeneVersleuteling = new BetrokkeneVersleuteling(this.pseudonymKey);
  }

  /** Keyed hash (HMAC-SHA256) of a person's identifier: the only form the logs keep. */
  pseudonym(identificatie: string): string {
    return createHmac('sha256', this.pseudonymKey).update(identificatie.trim()).digest('base64url');
  }

  async record(manager: EntityManager, entry: AuditEntry): Promise<string> {
    // Time-ordered ids (UUIDv7, RFC 9562): a new log record lands at the right-hand edge of
    // its table's primary key and of the sequencer's (table, record) index instead of at a
    // random page, which made both inserts cost a random page read and, after every
    // checkpoint, a full-page image in the WAL (ADR 0038).
    const id = randomUUIDv7();
    const now = new Date();
    const { actor } = entry;
    const betrokkenen = entry.betrokkenen ?? [];
    if (betrokkenen.length > 0 && !entry.doel) {
      throw new Error('Processing records need the activity they served');
    }
    // Logboek Dataverwerkingen 1.0: one line per data subject, each its own action (span)
    // within the request's span.
    const verwerkingen = betrokkenen.map((b) => ({
      id: randomUUIDv7(),
      span: randomBytes(8).toString('hex'),
      betrokkene: 'pseudoniem' in b ? b.pseudoniem : this.pseudonym(b.identificatie),
      categorieen: b.categorieen,
    }));
    // Both logs and the sequencer's queue entries in one statement (one round trip per
    // request): the actor audit record first, then one processing record per data subject.
    await manager.query(
      `WITH a AS (
         INSERT INTO actor_audit (id, tijd, actor_id, actor_soort, organisatie_code, rollen, actie,
           object_type, object_id, resultaat, reden, regel, herkomst_ip, client_id, activiteit_id,
           activiteit_versie, doorbraak, doorbraak_verantwoording, velden, trace_id, verstrekker_code,
           verzoek_span_id, ouder_span_id, regels_versie)
         VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
           $17, $18, $19::text[], $20, $21, $22, $28, $29)
       ), v AS (
         INSERT INTO verwerkingslog (id, trace_id, span_id, activiteit_id, activiteit_versie,
           betrokkene, gegevenscategorieen, status, start_tijd, eind_tijd, audit_id)
         SELECT u.id, $20, u.span, $15, $16, u.betrokkene, u.categorieen, $23, $24, $2, $1
           FROM jsonb_to_recordset($25::jsonb)
                AS u(id uuid, span text, betrokkene text, categorieen text[])
       )
       INSERT INTO audit_wachtrij (tabel, record_id)
       SELECT q.tabel, q.record_id
         FROM unnest($26::text[], $27::uuid[]) WITH ORDINALITY AS q(tabel, record_id, n)
        ORDER BY q.n`,
      [
        id,
        now,
        actor.id,
        actor.soort,
        actor.organisatie.code,
        actor.rollen,
        entry.actie,
        entry.objectType,
        entry.objectId ?? null,
        entry.resultaat,
        entry.reden ?? null,
        entry.regel ?? null,
        actor.herkomst.ip ?? null,
        actor.herkomst.clientId ?? null,
        entry.doel?.id ?? null,
        entry.doel?.versie ?? null,
        entry.doorbraak !== undefined,
        entry.doorbraak?.verantwoording ?? null,
        entry.velden ?? [],
        entry.trace.traceId,
        entry.verstrekker && entry.verstrekker !== actor.organisatie.code
          ? entry.verstrekker
          : null,
        entry.trace.spanId,
        entry.status ?? 'geslaagd',
        entry.startTijd ?? now,
        JSON.stringify(verwerkingen),
        ['actor_audit', ...verwerkingen.map(() => 'verwerkingslog')],
        [id, ...verwerkingen.map((v) => v.id)],
        entry.trace.parentSpanId ?? null,
        entry.regelsVersie ?? null,
      ],
    );
    return id;
  }
}
