import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  ActorAudit,
  AuditCheckpoint,
  AuditVerificatie,
  AuditWachtrij,
  Verwerkingslog,
} from './audit.entities.js';
import { AuditService } from './audit.service.js';
import type { Verwerking } from './ldv.js';

export interface AuditZoekfilter {
  /** The person's identifier (e.g. BSN); matched through its keyed hash, never stored. */
  betrokkene?: string;
  actorId?: string;
  organisatieCode?: string;
  activiteitId?: string;
  resultaat?: 'toegestaan' | 'geweigerd';
  van?: Date;
  tot?: Date;
  /** Keyset cursor: continue after this (tijd, id). */
  na?: { tijd: Date; id: string };
  limiet: number;
}

/**
 * Reading the actor audit log for accountability; the caller scopes it (access rules) and
 * passes its transaction's manager, so the read and its own audit record commit together.
 */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, keyset-paginated on (tijd, id); `scope` adds the access filter. */
  search(
    filter: AuditZoekfilter,
    scope: (qb: SelectQueryBuilder<ActorAudit>) => SelectQueryBuilder<ActorAudit>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActorAudit[]> {
    // Purged records (ADR 0012) keep no content to show.
    let qb = manager
      .getRepository(ActorAudit)
      .createQueryBuilder('a')
      .where('a.actor_id IS NOT NULL');
    if (filter.betrokkene !== undefined) {
      qb = qb.andWhere(
        'EXISTS (SELECT 1 FROM verwerkingslog v WHERE v.audit_id = a.id AND v.betrokkene = :pseudoniem)',
        { pseudoniem: this.audit.pseudonym(filter.betrokkene) },
      );
    }
    if (filter.actorId) qb = qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.organisatieCode) {
      qb = qb.andWhere('a.organisatie_code = :org', { org: filter.organisatieCode });
    }
    if (filter.activiteitId) {
      qb = qb.andWhere('a.activiteit_id = :activiteit', { activiteit: filter.activiteitId });
    }
    if (filter.resultaat)
      qb = qb.andWhere('a.resultaat = :resultaat', { resultaat: filter.resultaat });
    if (filter.van) qb = qb.andWhere('a.tijd >= :van', { van: filter.van });
    if (filter.tot) qb = qb.andWhere('a.tijd < :tot', { tot: filter.tot });
    if (filter.na) {
      qb = qb.andWhere('(a.tijd, a.id) < (:naTijd, :naId)', {
        naTijd: filter.na.tijd,
        naId: filter.na.id,
      });
    }
    return scope(qb)
      .orderBy('a.tijd', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(filter.limiet)
      .getMany();
  }

  /** One actor audit record within the caller's scope, or null. */
  findOne(
    id: string,
    scope: (qb: SelectQueryBuilder<ActorAudit>) => SelectQueryBuilder<ActorAudit>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ActorAudit | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
    const qb = manager
      .getRepository(ActorAudit)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.actor_id IS NOT NULL', { id });
    return scope(qb).getOne();
  }

  /** Data categories per processing record of an audit record (no pseudonyms out). */
  /**
   * What each grant's holder did under it: the records whose rule was that grant, within its
   * window, with the data categories of their processing records (the actor index, no scan).
   */
  async onderDoorbraken(
    m: EntityManager,
    grants: readonly { id: string; actorId: string; van: Date; tot: Date }[],
  ): Promise<
    Map<string, { tijd: Date; actie: string; objectType: string; categorieen: string[] }[]>
  > {
    const uit = new Map<
      string,
      { tijd: Date; actie: string; objectType: string; categorieen: string[] }[]
    >();
    if (grants.length === 0) return uit;
    const rijen = await m.query<
      { regel: string; tijd: Date; actie: string; object_type: string; categorieen: string[] }[]
    >(
      `SELECT a.regel, a.tijd, a.actie, a.object_type,
              coalesce((SELECT array_agg(DISTINCT c ORDER BY c) FROM verwerkingslog v,
                        unnest(v.gegevenscategorieen) c WHERE v.audit_id = a.id), '{}') AS categorieen
         FROM actor_audit a
         JOIN unnest($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[])
              AS g(regel, actor_id, van, tot)
           ON a.actor_id = g.actor_id AND a.tijd >= g.van AND a.tijd <= g.tot AND a.regel = g.regel
        ORDER BY a.tijd
        LIMIT 2000`,
      [
        grants.map((g) => `doorbraak:${g.id}`),
        grants.map((g) => g.actorId),
        grants.map((g) => g.van),
        grants.map((g) => g.tot),
      ],
    );
    for (const r of rijen) {
      const id = r.regel.slice('doorbraak:'.length);
      const lijst = uit.get(id) ?? [];
      lijst.push({
        tijd: new Date(r.tijd),
        actie: r.actie,
        objectType: r.object_type,
        categorieen: r.categorieen,
      });
      uit.set(id, lijst);
    }
    return uit;
  }

  async categorieen(auditId: string): Promise<string[][]> {
    const rows = await this.dataSource.query<{ gegevenscategorieen: string[] }[]>(
      'SELECT gegevenscategorieen FROM verwerkingslog WHERE audit_id = $1',
      [auditId],
    );
    return rows.map((r) => r.gegevenscategorieen);
  }

  /** Latest checkpoint, the last verify run and how many records await sealing. */
  async integrity(manager: EntityManager = this.dataSource.manager): Promise<{
    checkpoint: AuditCheckpoint | null;
    verificatie: AuditVerificatie | null;
    wachtrij: number;
  }> {
    const [checkpoint] = await manager
      .getRepository(AuditCheckpoint)
      .find({ order: { treeSize: 'DESC' }, take: 1 });
    const [verificatie] = await manager
      .getRepository(AuditVerificatie)
      .find({ order: { tijd: 'DESC' }, take: 1 });
    const wachtrij = await manager.getRepository(AuditWachtrij).count();
    return { checkpoint: checkpoint ?? null, verificatie: verificatie ?? null, wachtrij };
  }

  /**
   * Processing records in [van, tot) whose actor audit record lies in the caller's scope,
   * in pages (keyset on start time and id), in the caller's transaction.
   */
  exportPage(
    van: Date,
    tot: Date,
    na: { tijd: Date; id: string } | undefined,
    limiet: number,
    scope: (qb: SelectQueryBuilder<ActorAudit>) => SelectQueryBuilder<ActorAudit>,
    manager: EntityManager,
  ): Promise<Verwerking[]> {
    let qb = this.verwerkingen(scope, manager).andWhere(
      'v.start_tijd >= :van AND v.start_tijd < :tot',
      { van, tot },
    );
    if (na)
      qb = qb.andWhere('(v.start_tijd, v.id) > (:naTijd, :naId)', { naTijd: na.tijd, naId: na.id });
    return metActie(qb.orderBy('v.start_tijd', 'ASC').addOrderBy('v.id', 'ASC').limit(limiet));
  }

  /**
   * Processing records by trace, activity (and version) or data subject (the LDV read
   * extension), within the caller's scope, oldest first; at most `limiet`.
   */
  lees(
    filter: LeesFilter,
    limiet: number,
    scope: (qb: SelectQueryBuilder<ActorAudit>) => SelectQueryBuilder<ActorAudit>,
    manager: EntityManager,
  ): Promise<Verwerking[]> {
    let qb = this.verwerkingen(scope, manager);
    if (filter.traceId) qb = qb.andWhere('v.trace_id = :traceId', { traceId: filter.traceId });
    if (filter.activiteitId) {
      qb = qb.andWhere('v.activiteit_id = :activiteitId', { activiteitId: filter.activiteitId });
    }
    if (filter.activiteitVersie !== undefined) {
      qb = qb.andWhere('v.activiteit_versie = :versie', { versie: filter.activiteitVersie });
    }
    if (filter.betrokkene) {
      qb = qb.andWhere('v.betrokkene = :betrokkene', { betrokkene: filter.betrokkene });
    }
    if (filter.van) qb = qb.andWhere('v.start_tijd >= :van', { van: filter.van });
    if (filter.tot) qb = qb.andWhere('v.eind_tijd <= :tot', { tot: filter.tot });
    return metActie(qb.orderBy('v.start_tijd', 'ASC').addOrderBy('v.id', 'ASC').limit(limiet));
  }

  /**
   * Actor audit records (every authorization decision, refusals included) in [van, tot) within
   * the caller's scope, oldest first, in pages (keyset on time and id); purged ones left out.
   */
  beslissingenPage(
    van: Date,
    tot: Date,
    na: { tijd: Date; id: string } | undefined,
    limiet: number,
    scope: (qb: SelectQueryBuilder<ActorAudit>) => SelectQueryBuilder<ActorAudit>,
    manager: EntityManager,
  ): Promise<ActorAudit[]> {
    let qb = manager
      .getRepository(ActorAudit)
      .createQueryBuilder('a')
      .where('a.actor_id IS NOT NULL')
      .andWhere('a.tijd >= :van AND a.tijd < :tot', { van, tot });
    if (na) qb = qb.andWhere('(a.tijd, a.id) > (:naTijd, :naId)', { naTijd: na.tijd, naId: na.id });
    return scope(qb).orderBy('a.tijd', 'ASC').addOrderBy('a.id', 'ASC').take(limiet).getMany();
  }

  /** Processing records with content whose actor audit record lies in the caller's scope. */
  private verwerkingen(
    scope: (qb: SelectQueryBuilder<ActorAudit>) => SelectQueryBuilder<ActorAudit>,
    manager: EntityManager,
  ): SelectQueryBuilder<Verwerkingslog> {
    const scoped = scope(manager.getRepository(ActorAudit).createQueryBuilder('a').select('a.id'));
    return manager
      .getRepository(Verwerkingslog)
      .createQueryBuilder('v')
      .innerJoin(ActorAudit, 'a', 'a.id = v.audit_id')
      .addSelect('a.actie', 'actie')
      .addSelect('a.resultaat', 'resultaat')
      .addSelect('a.verzoek_span_id', 'verzoek_span_id')
      .where(`v.audit_id IN (${scoped.getQuery()})`, scoped.getParameters())
      .andWhere('v.trace_id IS NOT NULL');
  }
}

/** What the LDV read extension asks by: at least one of trace, activity and data subject. */
export interface LeesFilter {
  traceId?: string;
  activiteitId?: string;
  activiteitVersie?: number;
  /** The data subject's pseudonym (the keyed hash), never the identifier itself. */
  betrokkene?: string;
  van?: Date;
  tot?: Date;
}

async function metActie(qb: SelectQueryBuilder<Verwerkingslog>): Promise<Verwerking[]> {
  const { entities, raw } = await qb.getRawAndEntities();
  return entities.map((e, i) => {
    const r = (raw[i] ?? {}) as {
      actie?: string;
      resultaat?: ActorAudit['resultaat'];
      verzoek_span_id?: string | null;
    };
    return Object.assign(e, {
      actie: r.actie ?? '',
      resultaat: r.resultaat ?? 'toegestaan',
      verzoekSpanId: r.verzoek_span_id ?? null,
    });
  });
}
