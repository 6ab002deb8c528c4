import { Injectable } from '@nestjs/common';
import { applyAccessFilter, ZORGMELDING_KOLOMMEN, type AppAbility } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { InboxFilter } from './dto/zorgmelding.dto.js';
import { INBOX_STATUSSEN, ZORGMELDING_STATUSSEN, type Meldingstatus } from './levenscyclus.js';
import { amsterdamDatum, plusWerkdagen } from './termijnen.js';
import {
  ZorgmeldingBetrokkeneEntity,
  ZorgmeldingEntity,
  ZorgmeldingGebeurtenisEntity,
} from './zorgmelding.entity.js';

/** A person's place in a report: position, role, the person's id and what the report recorded. */
export interface Link {
  volgnummer: number;
  rol: string;
  persoonId: string | null;
  vastgelegd: Buffer | null;
}

/** One step of the timeline. */
export interface Gebeurtenis {
  status: Meldingstatus;
  stap: string;
  tijd: Date;
  organisatieCode: string;
}

/** A report as the steps use it: the row, its persons' links and its timeline, in one read. */
export interface Melding {
  id: string;
  rij: ZorgmeldingEntity;
  links: Link[];
  gebeurtenissen: Gebeurtenis[];
  /** With `sleutel`: the id of the officer's report that already carries that key, if any. */
  sleutelVan: string | null;
}

/** The piles of "mijn werk" this context counts (ADR 0026). */
export type Werkstapel =
  | 'terugkoppeling'
  | 'concepten'
  | 'verlopen'
  | 'bijna-verlopen'
  | 'aan-mij'
  | 'niet-toegewezen'
  | 'uitzonderingen';

/** How far back the police see feedback as new on their home page. */
export const TERUGKOPPELING_NIEUW_DAGEN = 14;
/** "Near" a deadline on the home page: at most this many working days left. */
export const TERMIJN_NABIJ_WERKDAGEN = 5;

/** Statuses in which the veiligheidsbeoordeling is still open. */
export const OPEN_BEOORDELING: readonly Meldingstatus[] = ['gerouteerd', 'ontvangen', 'toegewezen'];

/** Fields of Zorgmelding that rules name, and their columns (alias `z`): one map for the
 * queries and for the checked-in SQL of the rules (libs/authz/src/sql/regels.sql). */
const KOLOMMEN = ZORGMELDING_KOLOMMEN;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIJST_MAX = 200;

/**
 * Every query of the zorgmeldingen context. A report is read in one statement with its links
 * and timeline (subqueries), with a row lock only for a write; persons and events are written
 * in batches; lists are filtered in SQL by the same rules as the single record.
 */
@Injectable()
export class ZorgmeldingRepository {
  /**
   * The report with its links and timeline, or null. `lock` takes the row lock (writes only:
   * readers never queue behind each other). `sleutel` also looks up which of the officer's
   * reports carries that Idempotency-Key (the submit's check, in the same statement).
   */
  async laad(
    m: EntityManager,
    id: string,
    lock: boolean,
    sleutel?: { opstellerId: string; sleutel: string },
  ): Promise<Melding | null> {
    if (!UUID.test(id)) return null;
    let qb = m
      .getRepository(ZorgmeldingEntity)
      .createQueryBuilder('z')
      .addSelect(
        `(SELECT json_agg(json_build_object('volgnummer', b.volgnummer, 'rol', b.rol,
            'persoonId', b.persoon_id, 'vastgelegd', encode(b.vastgelegd, 'base64'))
            ORDER BY b.volgnummer)
           FROM zorgmelding_betrokkene b WHERE b.zorgmelding_id = z.id)`,
        'links',
      )
      .addSelect(
        `(SELECT json_agg(json_build_object('status', g.status, 'stap', g.stap, 'tijd', g.tijd,
            'organisatieCode', g.organisatie_code)
            ORDER BY g.tijd, array_position(:statussen::text[], g.status))
           FROM zorgmelding_gebeurtenis g WHERE g.zorgmelding_id = z.id)`,
        'gebeurtenissen',
      )
      .where('z.id = :id', { id, statussen: [...ZORGMELDING_STATUSSEN] });
    if (sleutel) {
      qb = qb.addSelect(
        `(SELECT o.id FROM zorgmelding o
           WHERE o.opsteller_id = :opsteller AND o.idempotentie_sleutel = :sleutel)`,
        'sleutel_van',
      );
      qb.setParameters({ opsteller: sleutel.opstellerId, sleutel: sleutel.sleutel });
    }
    if (lock) qb = qb.setLock('pessimistic_write');
    const { entities, raw } = await qb.getRawAndEntities<{
      links:
        | { volgnummer: number; rol: string; persoonId: string | null; vastgelegd: string | null }[]
        | null;
      gebeurtenissen: (Omit<Gebeurtenis, 'tijd'> & { tijd: string })[] | null;
      sleutel_van?: string | null;
    }>();
    const rij = entities[0];
    const extra = raw[0];
    if (!rij || !extra) return null;
    return {
      id: rij.id,
      rij,
      links: (extra.links ?? []).map((l) => ({
        volgnummer: l.volgnummer,
        rol: l.rol,
        persoonId: l.persoonId,
        vastgelegd: l.vastgelegd ? Buffer.from(l.vastgelegd, 'base64') : null,
      })),
      gebeurtenissen: (extra.gebeurtenissen ?? []).map((g) => ({ ...g, tijd: new Date(g.tijd) })),
      sleutelVan: extra.sleutel_van ?? null,
    };
  }

  async voegIn(m: EntityManager, rij: ZorgmeldingEntity): Promise<void> {
    await m.insert(ZorgmeldingEntity, rij);
  }

  /** Writes the changed columns of a report (one UPDATE, no read first). */
  async werkBij(
    m: EntityManager,
    id: string,
    velden: Partial<Omit<ZorgmeldingEntity, 'id'>>,
  ): Promise<void> {
    await m.update(ZorgmeldingEntity, { id }, velden);
  }

  /** Appends steps to the timeline (one INSERT) and to the loaded report. */
  async gebeurtenissen(
    m: EntityManager,
    melding: Melding,
    actor: Actor,
    stappen: { status: Meldingstatus; stap: string; tijd: Date }[],
  ): Promise<void> {
    if (stappen.length === 0) return;
    await m.insert(
      ZorgmeldingGebeurtenisEntity,
      stappen.map((s) => ({
        zorgmeldingId: melding.id,
        ...s,
        actorId: actor.id,
        organisatieCode: actor.organisatie.code,
      })),
    );
    for (const s of stappen) {
      melding.gebeurtenissen.push({ ...s, organisatieCode: actor.organisatie.code });
    }
  }

  /** Replaces a report's links (one DELETE, one INSERT). */
  async vervangLinks(m: EntityManager, zorgmeldingId: string, links: Link[]): Promise<void> {
    await m.delete(ZorgmeldingBetrokkeneEntity, { zorgmeldingId });
    if (links.length > 0) {
      await m.insert(
        ZorgmeldingBetrokkeneEntity,
        links.map((l) => ({ zorgmeldingId, ...l })),
      );
    }
  }

  /** The persons a report links (for the restriction check before a delivery). */
  async persoonIds(m: EntityManager, zorgmeldingId: string): Promise<string[]> {
    const rijen = await m.query<{ persoon_id: string }[]>(
      `SELECT DISTINCT persoon_id FROM zorgmelding_betrokkene
        WHERE zorgmelding_id = $1 AND persoon_id IS NOT NULL`,
      [zorgmeldingId],
    );
    return rijen.map((r) => r.persoon_id);
  }

  /** Which of these persons another report links. */
  async eldersGekoppeld(
    m: EntityManager,
    zorgmeldingId: string,
    persoonIds: string[],
  ): Promise<Set<string>> {
    if (persoonIds.length === 0) return new Set();
    const rijen = await m.query<{ persoon_id: string }[]>(
      `SELECT DISTINCT persoon_id FROM zorgmelding_betrokkene
        WHERE persoon_id = ANY($1::uuid[]) AND zorgmelding_id <> $2`,
      [persoonIds, zorgmeldingId],
    );
    return new Set(rijen.map((r) => r.persoon_id));
  }

  /**
   * A page of the officer's own reports (by the rules); no content. Sorted by creation (newest
   * or oldest first), then id; the next page starts after the report `filter.na` (keyset: the
   * cursor row's own values, so no timestamp is rounded on the way). Optional status filter and
   * a set of ids (a search's hits).
   */
  eigen(
    m: EntityManager,
    ability: AppAbility,
    filter: Partial<EigenFilter> = {},
    ids?: readonly string[],
  ): Promise<ZorgmeldingEntity[]> {
    const richting = filter.sortering === 'oudste' ? '>' : '<';
    const volgorde = filter.sortering === 'oudste' ? 'ASC' : 'DESC';
    let qb = m.getRepository(ZorgmeldingEntity).createQueryBuilder('z');
    qb = applyAccessFilter(qb, ability, 'read', 'Zorgmelding', KOLOMMEN);
    if (filter.status) qb = qb.andWhere('z.status = :status', { status: filter.status });
    if (ids) qb = qb.andWhere('z.id = ANY(:ids::uuid[])', { ids: [...ids] });
    if (filter.na && UUID.test(filter.na)) {
      // The cursor counts only as a report of the same officer: another's reveals nothing.
      qb = qb.andWhere(
        `(z.aangemaakt_op, z.id) ${richting} (SELECT c.aangemaakt_op, c.id FROM zorgmelding c
           WHERE c.id = :na AND c.opsteller_id = z.opsteller_id)`,
        { na: filter.na },
      );
    }
    return qb
      .orderBy('z.aangemaakt_op', volgorde)
      .addOrderBy('z.id', volgorde)
      .limit(Math.min(filter.limiet ?? LIJST_MAX, LIJST_MAX))
      .getMany();
  }

  /** The next kenmerk of the year of `moment` (Amsterdam): gapless, the counter row locked to commit. */
  async volgendKenmerk(m: EntityManager, moment: Date): Promise<string> {
    const jaar = Number(amsterdamDatum(moment).datum.slice(0, 4));
    const rijen = await m.query<{ laatste: number | string }[]>(
      `INSERT INTO zorgmelding_kenmerk_teller (jaar, laatste) VALUES ($1, 1)
       ON CONFLICT (jaar) DO UPDATE SET laatste = zorgmelding_kenmerk_teller.laatste + 1
       RETURNING laatste`,
      [jaar],
    );
    return kenmerkTekst(jaar, Number(rijen[0]?.laatste ?? 1));
  }

  /** The links of many reports (a search's candidates), in one query. */
  async linksVan(m: EntityManager, ids: readonly string[]): Promise<Map<string, Link[]>> {
    const uit = new Map<string, Link[]>();
    if (ids.length === 0) return uit;
    const rijen = await m.query<
      {
        zorgmelding_id: string;
        volgnummer: number;
        rol: string;
        persoon_id: string | null;
        vastgelegd: Buffer | null;
      }[]
    >(
      `SELECT zorgmelding_id, volgnummer, rol, persoon_id, vastgelegd FROM zorgmelding_betrokkene
        WHERE zorgmelding_id = ANY($1::uuid[]) ORDER BY zorgmelding_id, volgnummer`,
      [[...ids]],
    );
    for (const r of rijen) {
      const lijst = uit.get(r.zorgmelding_id) ?? [];
      lijst.push({
        volgnummer: r.volgnummer,
        rol: r.rol,
        persoonId: r.persoon_id,
        vastgelegd: r.vastgelegd,
      });
      uit.set(r.zorgmelding_id, lijst);
    }
    return uit;
  }

  /** The ids of reports that link this person (a BSN search's hit, before the rules filter). */
  async metPersoon(m: EntityManager, persoonId: string): Promise<string[]> {
    const rijen = await m.query<{ zorgmelding_id: string }[]>(
      'SELECT DISTINCT zorgmelding_id FROM zorgmelding_betrokkene WHERE persoon_id = $1',
      [persoonId],
    );
    return rijen.map((r) => r.zorgmelding_id);
  }

  /** The ids of the report with this kenmerk (none or one). */
  async metKenmerk(m: EntityManager, kenmerk: string): Promise<string[]> {
    const rijen = await m.query<{ id: string }[]>('SELECT id FROM zorgmelding WHERE kenmerk = $1', [
      kenmerk,
    ]);
    return rijen.map((r) => r.id);
  }

  /** Deletes a concept's row, links and timeline (its persons are released by the caller). */
  async verwijder(m: EntityManager, id: string): Promise<void> {
    await m.delete(ZorgmeldingBetrokkeneEntity, { zorgmeldingId: id });
    await m.delete(ZorgmeldingGebeurtenisEntity, { zorgmeldingId: id });
    await m.delete(ZorgmeldingEntity, { id });
  }

  /** The exception queue (by the rules), oldest first. */
  uitzonderingen(m: EntityManager, ability: AppAbility): Promise<ZorgmeldingEntity[]> {
    const qb = m
      .getRepository(ZorgmeldingEntity)
      .createQueryBuilder('z')
      .where('z.status = :uitzondering', { uitzondering: 'routeringsuitzondering' });
    return applyAccessFilter(qb, ability, 'herrouteren', 'Zorgmelding', KOLOMMEN)
      .orderBy('z.ingediend_op', 'ASC')
      .limit(LIJST_MAX)
      .getMany();
  }

  /**
   * A page of the VT inbox (by the rules): soonest deadline first (`termijn`, reports without
   * an open deadline last), or by receipt (`nieuwste`, `oudste`); then id. The next page starts
   * after the report `filter.na` (keyset on the cursor row's own values). `ids`: a search's hits.
   */
  inbox(
    m: EntityManager,
    ability: AppAbility,
    filter: InboxFilter,
    nu: Date,
    ids?: readonly string[],
  ): Promise<ZorgmeldingEntity[]> {
    let qb: SelectQueryBuilder<ZorgmeldingEntity> = m
      .getRepository(ZorgmeldingEntity)
      .createQueryBuilder('z')
      .where('z.status IN (:...inbox)', { inbox: INBOX_STATUSSEN })
      .andWhere('z.vt_organisatie IS NOT NULL');
    if (ids) qb = qb.andWhere('z.id = ANY(:ids::uuid[])', { ids: [...ids] });
    if (filter.status) qb = qb.andWhere('z.status = :status', { status: filter.status });
    if (filter.gemeentecode) {
      qb = qb.andWhere('z.gemeentecode = :gemeente', { gemeente: filter.gemeentecode });
    }
    if (filter.toegewezenAan) {
      qb = qb.andWhere('z.toegewezen_aan = :toegewezen', { toegewezen: filter.toegewezenAan });
    }
    if (filter.termijnstatus) {
      // The same boundaries as termijnStatus(): verlopen after the last day; bijna-verlopen
      // with at most one working day left.
      const vandaag = amsterdamDatum(nu).datum;
      const grens = plusWerkdagen(vandaag, 2);
      qb = qb.andWhere('z.status IN (:...open)', { open: OPEN_BEOORDELING });
      if (filter.termijnstatus === 'verlopen') {
        qb = qb.andWhere('z.termijn_uiterlijk < :vandaag', { vandaag });
      } else if (filter.termijnstatus === 'bijna-verlopen') {
        qb = qb.andWhere('z.termijn_uiterlijk >= :vandaag AND z.termijn_uiterlijk < :grens', {
          vandaag,
          grens,
        });
      } else {
        qb = qb.andWhere('z.termijn_uiterlijk >= :grens', { grens });
      }
    }
    // Sort keys as expressions without nulls, so one row comparison pages them (keyset). The
    // partial indexes IDX_zorgmelding_inbox_termijn and _ontvangen (migration 1796230000000)
    // hold these expressions as written here: change both together.
    const open = `(CASE WHEN z.status IN ('gerouteerd','ontvangen','toegewezen') THEN 0 ELSE 1 END)`;
    const termijn = `COALESCE(z.termijn_uiterlijk, DATE '9999-12-31')`;
    const ontvangen = `COALESCE(z.ontvangen_op, z.aangemaakt_op)`;
    const sortering = filter.sortering ?? 'termijn';
    const sleutels =
      sortering === 'termijn' ? [open, termijn, ontvangen, 'z.id'] : [ontvangen, 'z.id'];
    const richting = sortering === 'nieuwste' ? 'DESC' : 'ASC';
    if (filter.na && UUID.test(filter.na)) {
      const van = (e: string) => e.replaceAll('z.', 'c.');
      qb = qb.andWhere(
        `(${sleutels.join(', ')}) ${richting === 'ASC' ? '>' : '<'} (SELECT ${sleutels
          .map(van)
          .join(', ')} FROM zorgmelding c
           WHERE c.id = :na AND c.vt_organisatie IS NOT DISTINCT FROM z.vt_organisatie)`,
        { na: filter.na },
      );
    }
    qb = applyAccessFilter(qb, ability, 'beoordelen', 'Zorgmelding', KOLOMMEN);
    sleutels.forEach((e, i) => {
      qb = i === 0 ? qb.orderBy(e, richting) : qb.addOrderBy(e, richting);
    });
    return qb.limit(filter.limiet).getMany();
  }

  /**
   * One pile of "mijn werk" (by the rules of `action`): how many and the first `limiet`, from
   * one query builder, so the count is the list's length by construction. The VT piles start
   * from the inbox's own filter (routed to a VT, in an inbox status).
   */
  async werkvoorraad(
    m: EntityManager,
    ability: AppAbility,
    stapel: Werkstapel,
    wie: { actorId: string; nu: Date },
    limiet: number,
  ): Promise<{ aantal: number; rijen: ZorgmeldingEntity[] }> {
    const vandaag = amsterdamDatum(wie.nu).datum;
    let qb = m.getRepository(ZorgmeldingEntity).createQueryBuilder('z');
    const inbox = () =>
      qb
        .where('z.status IN (:...inbox)', { inbox: INBOX_STATUSSEN })
        .andWhere('z.vt_organisatie IS NOT NULL');
    let action: 'read' | 'beoordelen' | 'herrouteren' = 'beoordelen';
    let volgorde: [string, 'ASC' | 'DESC'] = ['z.termijn_uiterlijk', 'ASC'];
    switch (stapel) {
      case 'terugkoppeling':
        action = 'read';
        volgorde = ['z.terugkoppeling_op', 'DESC'];
        qb = qb
          .where("z.terugkoppeling_status = 'gegeven'")
          .andWhere(`z.terugkoppeling_op >= :sinds`, {
            sinds: new Date(wie.nu.getTime() - TERUGKOPPELING_NIEUW_DAGEN * 86_400_000),
          });
        break;
      case 'concepten':
        action = 'read';
        volgorde = ['z.gewijzigd_op', 'DESC'];
        qb = qb.where("z.status = 'concept'");
        break;
      case 'verlopen':
        qb = inbox()
          .andWhere('z.status IN (:...open)', { open: OPEN_BEOORDELING })
          .andWhere('z.termijn_uiterlijk < :vandaag', { vandaag });
        break;
      case 'bijna-verlopen':
        qb = inbox()
          .andWhere('z.status IN (:...open)', { open: OPEN_BEOORDELING })
          .andWhere('z.termijn_uiterlijk >= :vandaag AND z.termijn_uiterlijk < :grens', {
            vandaag,
            grens: plusWerkdagen(vandaag, TERMIJN_NABIJ_WERKDAGEN + 1),
          });
        break;
      case 'aan-mij':
        qb = inbox()
          .andWhere("z.status = 'toegewezen'")
          .andWhere('z.toegewezen_aan = :ik', { ik: wie.actorId });
        break;
      case 'niet-toegewezen':
        qb = inbox().andWhere("z.status IN ('gerouteerd', 'ontvangen')");
        break;
      case 'uitzonderingen':
        action = 'herrouteren';
        volgorde = ['z.ingediend_op', 'ASC'];
        qb = qb.where("z.status = 'routeringsuitzondering'");
        break;
    }
    const [rijen, aantal] = await applyAccessFilter(qb, ability, action, 'Zorgmelding', KOLOMMEN)
      .orderBy(volgorde[0], volgorde[1], 'NULLS LAST')
      .addOrderBy('z.id', 'ASC')
      .take(limiet)
      .getManyAndCount();
    return { aantal, rijen };
  }
}

/** ZM-2026-000123: the year and the number of the year, six digits. */
export function kenmerkTekst(jaar: number, nummer: number): string {
  return `ZM-${String(jaar)}-${String(nummer).padStart(6, '0')}`;
}

/** The filter of the police's own list. */
export interface EigenFilter {
  status?: string;
  sortering?: 'nieuwste' | 'oudste';
  na?: string;
  limiet?: number;
}
