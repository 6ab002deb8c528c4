import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  applyAccessFilter,
  CASUS_KOLOMMEN,
  UITWISSELINGSREGISTER_KOLOMMEN,
  type Action,
  type AppAbility,
} from '@schakel/authz';
import { Gebruiker, type Actor } from '@schakel/identity';
import type { EntityManager } from 'typeorm';
import {
  CasusBetrokkeneEntity,
  CasusDeelnemerEntity,
  CasusEntity,
  CasusGebeurtenisEntity,
  UitwisselingEntity,
  UitwisselingOntvangstEntity,
} from './casus.entity.js';
import {
  dossierUit,
  ontvangstUit,
  type Casusdossier,
  type Json,
  type Uitwisselingsdossier,
} from './casus.rijen.js';

export type { Casusdossier, Uitwisselingsdossier };

/** A list row: the casus and what the summary counts. */
export interface CasusLijstRij {
  casus: CasusEntity;
  aantalBetrokkenen: number;
  mijnScope: string[] | null;
}

/** A row of the FG's register: the exchange and its casus's number, theme and organisations. */
export interface RegisterRij extends Uitwisselingsdossier {
  casusNummer: string;
  thema: string;
  organisaties: string[];
}

/** The piles of "mijn werk" this context counts (ADR 0026). */
export type CasusWerkstapel =
  | 'aangemeld'
  | 'in-triage'
  | 'lopend'
  | 'teruggelegd'
  | 'triage'
  | 'uitwisselingen-open'
  | 'uitwisselingen-bevestigen';

/** How far back a wijkteam sees a rejected or closed casus as handed back. */
export const TERUGGELEGD_DAGEN = 30;

/** An exchange waiting in a pile, with its casus's number. */
export interface WerkUitwisseling {
  id: string;
  casusId: string;
  casusNummer: string;
  van: string;
  geregistreerdOp: Date;
}

/** The columns the rules name (one map for the queries and for libs/authz/src/sql/regels.sql). */
const KOLOMMEN = CASUS_KOLOMMEN;
const REGISTER_KOLOMMEN = UITWISSELINGSREGISTER_KOLOMMEN;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The children of casus `c`, each as one JSON array (one statement for the whole casus). */
const KINDEREN = {
  betrokkenen: `(SELECT coalesce(json_agg(b ORDER BY b.volgnummer), '[]') FROM casus_betrokkene b WHERE b.casus_id = c.id)`,
  deelnemers: `(SELECT coalesce(json_agg(d ORDER BY d.uitgenodigd_op, d.id), '[]') FROM casus_deelnemer d WHERE d.casus_id = c.id)`,
  tijdlijn: `(SELECT coalesce(json_agg(g ORDER BY g.tijd, g.id), '[]') FROM casus_gebeurtenis g WHERE g.casus_id = c.id)`,
  uitwisselingen: `(SELECT coalesce(json_agg(json_build_object('u', u, 'o', (SELECT coalesce(json_agg(o), '[]') FROM uitwisseling_ontvangst o WHERE o.uitwisseling_id = u.id)) ORDER BY u.geregistreerd_op, u.id), '[]') FROM uitwisseling u WHERE u.casus_id = c.id)`,
};

/**
 * Every query of the casussen context (ADR 0017). A casus is loaded whole in one statement,
 * with a row lock only for writes; lists and the register load their parts in batches.
 * Writes keep the loaded dossier current, so a step's answer needs no second read.
 */
@Injectable()
export class CasusRepository {
  /** One casus with its persons, participants, timeline and exchanges; null when unknown. */
  async laad(m: EntityManager, id: string, lock: boolean): Promise<Casusdossier | null> {
    if (!UUID.test(id)) return null;
    // The row lock first, in a statement of its own: the children are then read after the
    // lock was granted (a subquery of a locking statement would see the state before it).
    if (lock) {
      const rijen = await m.query<unknown[]>('SELECT 1 FROM casus WHERE id = $1 FOR UPDATE', [id]);
      if (rijen.length === 0) return null;
    }
    const qb = m.getRepository(CasusEntity).createQueryBuilder('c').where('c.id = :id', { id });
    for (const [naam, sql] of Object.entries(KINDEREN)) qb.addSelect(sql, naam);
    const { entities, raw } = await qb.getRawAndEntities<Record<keyof typeof KINDEREN, Json[]>>();
    const casus = entities[0];
    const r = raw[0];
    return casus && r ? dossierUit(casus, r) : null;
  }

  async volgnummer(m: EntityManager): Promise<string> {
    const [rij] = await m.query<{ n: string }[]>(`SELECT nextval('casus_nummer_seq') AS n`);
    return rij?.n ?? '0';
  }

  async voegCasusToe(
    m: EntityManager,
    casus: CasusEntity,
    betrokkenen: CasusBetrokkeneEntity[],
  ): Promise<Casusdossier> {
    await m.insert(CasusEntity, casus);
    if (betrokkenen.length > 0) await m.insert(CasusBetrokkeneEntity, betrokkenen);
    return { id: casus.id, casus, betrokkenen, deelnemers: [], tijdlijn: [], uitwisselingen: [] };
  }

  /** Writes the casus row's changed columns (no read before the write). */
  async bewaar(m: EntityManager, d: Casusdossier, wijziging: Partial<CasusEntity>): Promise<void> {
    Object.assign(d.casus, wijziging);
    await m.update(CasusEntity, { id: d.id }, wijziging);
  }

  async gebeurtenis(
    m: EntityManager,
    d: Casusdossier,
    stap: string,
    actor: Actor,
    tijd: Date,
  ): Promise<void> {
    const g = Object.assign(new CasusGebeurtenisEntity(), {
      casusId: d.id,
      tijd,
      stap,
      actorId: actor.id,
      organisatieCode: actor.organisatie.code,
    });
    await m.insert(CasusGebeurtenisEntity, g);
    d.tijdlijn.push(g);
  }

  /** A new participation; the casus row's `deelnemers`/`organisaties` are the caller's to save. */
  async voegDeelnemerToe(
    m: EntityManager,
    d: Casusdossier,
    organisatie: string,
    categorieen: readonly string[],
    door: string,
    tijd: Date,
  ): Promise<void> {
    const deelnemer = Object.assign(new CasusDeelnemerEntity(), {
      id: randomUUID(),
      casusId: d.id,
      organisatie,
      categorieen: [...categorieen],
      uitgenodigdOp: tijd,
      uitgenodigdDoor: door,
      beeindigdOp: null,
    });
    await m.insert(CasusDeelnemerEntity, deelnemer);
    d.deelnemers.push(deelnemer);
  }

  async wijzigScope(
    m: EntityManager,
    deelnemer: CasusDeelnemerEntity,
    categorieen: readonly string[],
  ): Promise<void> {
    deelnemer.categorieen = [...categorieen];
    await m.update(CasusDeelnemerEntity, { id: deelnemer.id }, { categorieen: [...categorieen] });
  }

  /** Ends the given participations (all active ones when none are named). */
  async beeindigDeelname(
    m: EntityManager,
    d: Casusdossier,
    tijd: Date,
    organisatie?: string,
  ): Promise<void> {
    const qb = m
      .createQueryBuilder()
      .update(CasusDeelnemerEntity)
      .set({ beeindigdOp: tijd })
      .where('casus_id = :id AND beeindigd_op IS NULL', { id: d.id });
    if (organisatie) qb.andWhere('organisatie = :organisatie', { organisatie });
    await qb.execute();
    for (const x of d.deelnemers) {
      if (!x.beeindigdOp && (!organisatie || x.organisatie === organisatie)) x.beeindigdOp = tijd;
    }
  }

  async voegUitwisselingToe(
    m: EntityManager,
    d: Casusdossier,
    uitwisseling: UitwisselingEntity,
  ): Promise<Uitwisselingsdossier> {
    await m.insert(UitwisselingEntity, uitwisseling);
    const ontvangsten = uitwisseling.ontvangers.map((organisatie) =>
      Object.assign(new UitwisselingOntvangstEntity(), {
        uitwisselingId: uitwisseling.id,
        organisatie,
        ontvangenOp: null,
        ontvangenDoor: null,
      }),
    );
    await m.insert(UitwisselingOntvangstEntity, ontvangsten);
    const x = { uitwisseling, ontvangsten };
    d.uitwisselingen.push(x);
    return x;
  }

  async bevestigOntvangst(
    m: EntityManager,
    ontvangst: UitwisselingOntvangstEntity,
    door: string,
    op: Date,
  ): Promise<void> {
    ontvangst.ontvangenOp = op;
    ontvangst.ontvangenDoor = door;
    await m.update(
      UitwisselingOntvangstEntity,
      { uitwisselingId: ontvangst.uitwisselingId, organisatie: ontvangst.organisatie },
      { ontvangenOp: op, ontvangenDoor: door },
    );
  }

  /** Writes a person's informing decision (and review) as set on the entity. */
  async bewaarInformeren(m: EntityManager, b: CasusBetrokkeneEntity): Promise<void> {
    await m.update(
      CasusBetrokkeneEntity,
      { casusId: b.casusId, persoonId: b.persoonId },
      {
        informerenBesluit: b.informerenBesluit,
        informerenBeslotenOp: b.informerenBeslotenOp,
        geinformeerdOp: b.geinformeerdOp,
        informerenReden: b.informerenReden,
        informerenToelichting: b.informerenToelichting,
        herbeoordeeldOp: b.herbeoordeeldOp,
      },
    );
  }

  /**
   * The cases the ability allows for `action`, filtered in SQL by the rules, with each one's
   * number of persons and the actor's own scope in the same statement.
   */
  async lijst(
    m: EntityManager,
    ability: AppAbility,
    action: Action,
    organisatie: string,
    opts: { status?: string; persoonId?: string; volgorde: 'opgeschaald' | 'gewijzigd' | 'nieuw' },
  ): Promise<CasusLijstRij[]> {
    const qb = m
      .getRepository(CasusEntity)
      .createQueryBuilder('c')
      .addSelect(
        '(SELECT count(*) FROM casus_betrokkene b WHERE b.casus_id = c.id)::int',
        'aantal_betrokkenen',
      )
      .addSelect(
        `(SELECT d.categorieen FROM casus_deelnemer d WHERE d.casus_id = c.id AND d.organisatie = :organisatie AND d.beeindigd_op IS NULL)`,
        'mijn_scope',
      )
      .setParameter('organisatie', organisatie);
    if (opts.status) qb.andWhere('c.status = :status', { status: opts.status });
    if (opts.persoonId) {
      qb.andWhere('c.id IN (SELECT casus_id FROM casus_betrokkene WHERE persoon_id = :persoonId)', {
        persoonId: opts.persoonId,
      });
    }
    const gefilterd = applyAccessFilter(qb, ability, action, 'Casus', KOLOMMEN);
    if (opts.volgorde === 'opgeschaald') gefilterd.orderBy('c.opgeschaald_op', 'ASC');
    else if (opts.volgorde === 'gewijzigd') gefilterd.orderBy('c.gewijzigd_op', 'DESC');
    else gefilterd.orderBy('c.aangemaakt_op', 'DESC');
    const { entities, raw } = await gefilterd
      .limit(200)
      .getRawAndEntities<{ aantal_betrokkenen: number; mijn_scope: string[] | null }>();
    return entities.map((casus, i) => ({
      casus,
      aantalBetrokkenen: raw[i]?.aantal_betrokkenen ?? 0,
      mijnScope: raw[i]?.mijn_scope ?? null,
    }));
  }

  /**
   * The cases of one person (filtered by the rules) loaded whole, in two statements: the
   * ids, then every dossier at once. Used by the person timeline.
   */
  async vanPersoon(
    m: EntityManager,
    ability: AppAbility,
    persoonId: string,
  ): Promise<Casusdossier[]> {
    const rijen = await this.lijst(m, ability, 'read', '', { persoonId, volgorde: 'nieuw' });
    // Also without rows: a lookup by BSN takes the same statements, found or not.
    const qb = m
      .getRepository(CasusEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(CAST(:ids AS uuid[]))', { ids: rijen.map((r) => r.casus.id) })
      .orderBy('c.aangemaakt_op', 'DESC');
    for (const [naam, sql] of Object.entries(KINDEREN)) qb.addSelect(sql, naam);
    const { entities, raw } = await qb.getRawAndEntities<
      Record<keyof typeof KINDEREN, Json[]> & { c_id: string }
    >();
    return entities.map((casus, i) => {
      const r = raw.find((x) => x.c_id === casus.id) ?? raw[i];
      if (!r) throw new Error('casus zonder rij');
      return dossierUit(casus, r);
    });
  }

  /** The FG's register: exchanges of cases its organisation took part in, with receipts. */
  async register(
    m: EntityManager,
    ability: AppAbility,
    vanaf: Date | undefined,
    tot: Date | undefined,
  ): Promise<RegisterRij[]> {
    const casusSql = applyAccessFilter(
      m.getRepository(CasusEntity).createQueryBuilder('c').select('c.id'),
      ability,
      'read',
      'Uitwisselingsregister',
      REGISTER_KOLOMMEN,
    );
    const uq = m
      .createQueryBuilder(UitwisselingEntity, 'u')
      .innerJoin(CasusEntity, 'k', 'k.id = u.casus_id')
      .addSelect(['k.nummer', 'k.themaId', 'k.organisaties'])
      .addSelect(
        `(SELECT coalesce(json_agg(o), '[]') FROM uitwisseling_ontvangst o WHERE o.uitwisseling_id = u.id)`,
        'ontvangsten',
      )
      .where(`u.casus_id IN (${casusSql.getQuery()})`)
      .setParameters(casusSql.getParameters());
    if (vanaf) uq.andWhere('u.geregistreerd_op >= :vanaf', { vanaf });
    if (tot) uq.andWhere('u.geregistreerd_op < :tot', { tot });
    const { entities, raw } = await uq
      .orderBy('u.geregistreerd_op', 'DESC')
      .limit(1000)
      .getRawAndEntities<{
        k_nummer: string;
        k_thema_id: string;
        k_organisaties: string[];
        ontvangsten: Json[];
      }>();
    return entities.map((uitwisseling, i) => {
      const r = raw[i];
      return {
        uitwisseling,
        ontvangsten: (r?.ontvangsten ?? []).map(ontvangstUit),
        casusNummer: r?.k_nummer ?? '',
        thema: r?.k_thema_id ?? '',
        organisaties: r?.k_organisaties ?? [],
      };
    });
  }

  /** A user as known from their last login (the procesregisseur), or null. */
  gebruiker(m: EntityManager, id: string): Promise<Gebruiker | null> {
    return m.findOneBy(Gebruiker, { id });
  }

  /**
   * One pile of "mijn werk" (ADR 0026): how many and the first `limiet`, counted and listed
   * by one query builder filtered by the rules, so the count is the list's length by
   * construction. Exchanges are found through the cases the rules let the actor read: a
   * participant's exchange rules hold exactly for the cases it takes part in.
   */
  async werkvoorraad(
    m: EntityManager,
    ability: AppAbility,
    stapel: CasusWerkstapel,
    wie: { organisatie: string; nu: Date },
    limiet: number,
  ): Promise<
    | { soort: 'casus'; aantal: number; rijen: CasusEntity[] }
    | { soort: 'uitwisseling'; aantal: number; rijen: WerkUitwisseling[] }
  > {
    if (stapel === 'uitwisselingen-open' || stapel === 'uitwisselingen-bevestigen') {
      const casussen = applyAccessFilter(
        m.getRepository(CasusEntity).createQueryBuilder('c').select('c.id'),
        ability,
        'read',
        'Casus',
        KOLOMMEN,
      );
      const wacht =
        stapel === 'uitwisselingen-open'
          ? 'o.ontvangen_op IS NULL'
          : 'o.ontvangen_op IS NULL AND o.organisatie = :werkOrganisatie';
      const qb = m
        .getRepository(UitwisselingEntity)
        .createQueryBuilder('u')
        .innerJoin(CasusEntity, 'wc', 'wc.id = u.casus_id')
        .where(`u.casus_id IN (${casussen.getQuery()})`)
        .andWhere(
          `EXISTS (SELECT 1 FROM uitwisseling_ontvangst o WHERE o.uitwisseling_id = u.id AND ${wacht})`,
        )
        .setParameters({ ...casussen.getParameters(), werkOrganisatie: wie.organisatie });
      const aantal = await qb.getCount();
      const rijen = await qb
        .select(['u.id AS id', 'u.casus_id AS casus_id', 'wc.nummer AS nummer'])
        .addSelect(['u.van_organisatie AS van', 'u.geregistreerd_op AS op'])
        .orderBy('u.geregistreerd_op', 'ASC')
        .addOrderBy('u.id', 'ASC')
        .limit(limiet)
        .getRawMany<{ id: string; casus_id: string; nummer: string; van: string; op: Date }>();
      return {
        soort: 'uitwisseling',
        aantal,
        rijen: rijen.map((r) => ({
          id: r.id,
          casusId: r.casus_id,
          casusNummer: r.nummer,
          van: r.van,
          geregistreerdOp: new Date(r.op),
        })),
      };
    }
    let qb = m.getRepository(CasusEntity).createQueryBuilder('c');
    let action: Action = 'read';
    let volgorde: [string, 'ASC' | 'DESC'] = ['c.gewijzigd_op', 'DESC'];
    if (stapel === 'aangemeld' || stapel === 'in-triage') {
      qb = qb.where('c.status = :werkStatus', { werkStatus: stapel });
    } else if (stapel === 'lopend') {
      qb = qb.where("c.status IN ('geaccepteerd', 'actief')");
    } else if (stapel === 'teruggelegd') {
      qb = qb
        .where("c.status IN ('afgewezen', 'afgesloten')")
        .andWhere('c.gewijzigd_op >= :werkSinds', {
          werkSinds: new Date(wie.nu.getTime() - TERUGGELEGD_DAGEN * 86_400_000),
        });
    } else {
      action = 'triageren';
      volgorde = ['c.opgeschaald_op', 'ASC'];
      qb = qb.where("c.status = 'in-triage'");
    }
    const [rijen, aantal] = await applyAccessFilter(qb, ability, action, 'Casus', KOLOMMEN)
      .orderBy(volgorde[0], volgorde[1])
      .addOrderBy('c.id', 'ASC')
      .take(limiet)
      .getManyAndCount();
    return { soort: 'casus', aantal, rijen };
  }
}
