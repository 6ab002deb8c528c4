import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '@schakel/identity';
import { AppConfig, localSecret } from '@schakel/platform';
import type { EntityManager } from 'typeorm';
import { ActorAudit, AuditWachtrij, Verwerkingslog } from './audit.entities.js';

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
  trace: { traceId: string; spanId: string };
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

  constructor(config: AppConfig) {
    this.pseudonymKey =
      config.AUDIT_PSEUDONYM_KEY ??
      localSecret(config, '.audit-pseudoniem-sleutel', () => randomBytes(32).toString('base64url'));
  }

  /** Keyed hash (HMAC-SHA256) of a person's identifier: the only form the logs keep. */
  pseudonym(identificatie: string): string {
    return createHmac('sha256', this.pseudonymKey).update(identificatie.trim()).digest('base64url');
  }

  async record(manager: EntityManager, entry: AuditEntry): Promise<string> {
    const id = randomUUID();
    const now = new Date();
    const { actor } = entry;
    await manager.insert(ActorAudit, {
      id,
      tijd: now,
      actorId: actor.id,
      actorSoort: actor.soort,
      organisatieCode: actor.organisatie.code,
      rollen: actor.rollen,
      actie: entry.actie,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      resultaat: entry.resultaat,
      reden: entry.reden ?? null,
      regel: entry.regel ?? null,
      herkomstIp: actor.herkomst.ip ?? null,
      clientId: actor.herkomst.clientId ?? null,
      activiteitId: entry.doel?.id ?? null,
      activiteitVersie: entry.doel?.versie ?? null,
      doorbraak: entry.doorbraak !== undefined,
      doorbraakVerantwoording: entry.doorbraak?.verantwoording ?? null,
      velden: entry.velden ?? [],
      traceId: entry.trace.traceId,
      verstrekkerCode:
        entry.verstrekker && entry.verstrekker !== actor.organisatie.code
          ? entry.verstrekker
          : null,
    });
    const queue: Pick<AuditWachtrij, 'tabel' | 'recordId'>[] = [
      { tabel: 'actor_audit', recordId: id },
    ];
    const betrokkenen = entry.betrokkenen ?? [];
    if (betrokkenen.length > 0) {
      if (!entry.doel) throw new Error('Processing records need the activity they served');
      const rows = betrokkenen.map((b) => ({
        id: randomUUID(),
        traceId: entry.trace.traceId,
        spanId: entry.trace.spanId,
        activiteitId: entry.doel?.id ?? '',
        activiteitVersie: entry.doel?.versie ?? 0,
        betrokkene: 'pseudoniem' in b ? b.pseudoniem : this.pseudonym(b.identificatie),
        gegevenscategorieen: b.categorieen,
        status: entry.status ?? 'geslaagd',
        startTijd: entry.startTijd ?? now,
        eindTijd: now,
        auditId: id,
      }));
      await manager.insert(Verwerkingslog, rows);
      for (const r of rows) queue.push({ tabel: 'verwerkingslog', recordId: r.id });
    }
    await manager.insert(AuditWachtrij, queue);
    return id;
  }
}
