import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Actor } from '@schakel/identity';
import { AuditService } from '@schakel/audit';
import { AppConfig, Inhoudskluis, notFound, sleutelringUit } from '@schakel/platform';
import { DataSource, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { subject } from '@casl/ability';
import {
  DOORBRAAK_ROLLEN,
  matchedRule,
  type ActieveDoorbraak,
  type AppAbility,
  type Doel,
} from './abilities.js';
import { applyAccessFilter } from './sql/casl-to-sql.js';
import { DOORBRAAK_KOLOMMEN } from './sql/kolommen.js';
import { Doorbraak, DoorbraakBeoordeling } from './doorbraak.entity.js';
import type { NieuweBeoordeling, NieuweDoorbraak } from './dto/doorbraak.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fields a grant's views return (for the audit record of a read). */
const DOORBRAAK_VELDEN = [
  'id',
  'onderwerpType',
  'onderwerpId',
  'activiteit',
  'verantwoording',
  'aangemaaktOp',
  'verlooptOp',
];

/**
 * What a context tells about a record a break-the-glass access would open: the attributes
 * the `create Doorbraak` rules decide on (its domain), and the organisation that provided
 * its data. Null when no such record exists.
 */
export interface DoorbraakOnderwerp {
  attributen: Record<string, unknown>;
  verstrekker: string | null;
}
export type DoorbraakResolver = (
  m: EntityManager,
  onderwerpId: string,
) => Promise<DoorbraakOnderwerp | null>;

const kluisContext = (id: string): string => `doorbraak/${id}`;

/**
 * Break-the-glass grants: written justification (encrypted under the grant's own data key,
 * like all free text), limited time, reviewed by the FG.
 */
@Injectable()
export class DoorbraakService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DoorbraakService');
  private readonly resolvers = new Map<string, DoorbraakResolver>();
  private readonly kluis: Inhoudskluis;

  constructor(
    @InjectRepository(Doorbraak) private readonly doorbraken: Repository<Doorbraak>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.kluis = new Inhoudskluis(sleutelringUit(config));
  }

  /** Grants from before encryption get their justification encrypted (idempotent per row). */
  async onApplicationBootstrap(): Promise<void> {
    const oud = await this.dataSource.query<{ id: string; verantwoording: string }[]>(
      'SELECT id, verantwoording FROM doorbraak WHERE verantwoording IS NOT NULL',
    );
    for (const r of oud) {
      const sleutel = this.kluis.nieuweSleutel(kluisContext(r.id));
      await this.dataSource.query(
        `UPDATE doorbraak SET verantwoording_envelop = $2, sleutel_id = $3, verpakte_sleutel = $4,
                verantwoording = NULL
          WHERE id = $1 AND verantwoording IS NOT NULL`,
        [
          r.id,
          this.kluis.versleutel(
            sleutel.sleutel,
            kluisContext(r.id),
            'verantwoording',
            r.verantwoording,
          ),
          sleutel.sleutelId,
          sleutel.verpakt,
        ],
      );
    }
    if (oud.length > 0) this.logger.log({ aantal: oud.length }, 'verantwoordingen versleuteld');
  }

  /** The justification of a grant, decrypted (legacy rows: their stored text). */
  tekst(d: Doorbraak): string {
    if (d.verantwoordingEnvelop && d.sleutelId && d.verpakteSleutel) {
      const context = kluisContext(d.id);
      const sleutel = this.kluis.openSleutel(context, {
        sleutelId: d.sleutelId,
        verpakt: d.verpakteSleutel,
      });
      return this.kluis.ontsleutel(sleutel, context, 'verantwoording', d.verantwoordingEnvelop);
    }
    return d.verantwoording ?? '';
  }

  /** The justification of grant `id` for the FG's explanation of an access; null if none. */
  async verantwoordingVan(m: EntityManager, id: string): Promise<string | null> {
    if (!UUID.test(id)) return null;
    const d = await m.findOneBy(Doorbraak, { id });
    return d ? this.tekst(d) : null;
  }

  /** A context that owns a record type tells how to find one (contexts call this on init). */
  registreerOnderwerp(onderwerpType: string, resolver: DoorbraakResolver): void {
    this.resolvers.set(onderwerpType, resolver);
  }

  /**
   * Records the grant and its audit record in one transaction, only for a record that exists
   * and lies within the actor's own domain for this activity (the rules decide on the
   * record's attributes); otherwise 404, logged. The provider of the data is recorded.
   */
  async create(
    ability: AppAbility,
    actor: Actor,
    doel: Doel,
    input: NieuweDoorbraak,
    context: { trace: { traceId: string; spanId: string } },
  ): Promise<Doorbraak> {
    const rol = actor.rollen.find((r) => DOORBRAAK_ROLLEN.includes(r)) ?? actor.rollen[0] ?? '';
    const uitkomst = await this.dataSource.transaction(async (m) => {
      const resolver = this.resolvers.get(input.onderwerpType);
      const onderwerp =
        resolver && UUID.test(input.onderwerpId) ? await resolver(m, input.onderwerpId) : null;
      const regel = onderwerp
        ? matchedRule(
            ability,
            'create',
            subject('Doorbraak', { ...onderwerp.attributen, onderwerpType: input.onderwerpType }),
          )
        : undefined;
      if (!onderwerp || !regel) {
        await this.audit.record(m, {
          actor,
          actie: 'create',
          objectType: 'Doorbraak',
          objectId: null,
          resultaat: 'geweigerd',
          reden: onderwerp ? 'buiten-domein' : 'onderwerp-onbekend',
          doel,
          trace: context.trace,
        });
        return null;
      }
      const id = randomUUID();
      const sleutel = this.kluis.nieuweSleutel(kluisContext(id));
      const row = m.create(Doorbraak, {
        id,
        actorId: actor.id,
        organisatieCode: actor.organisatie.code,
        rol,
        activiteit: doel.id,
        onderwerpType: input.onderwerpType,
        onderwerpId: input.onderwerpId,
        verantwoording: null,
        verantwoordingEnvelop: this.kluis.versleutel(
          sleutel.sleutel,
          kluisContext(id),
          'verantwoording',
          input.verantwoording,
        ),
        sleutelId: sleutel.sleutelId,
        verpakteSleutel: sleutel.verpakt,
        verstrekkerCode:
          onderwerp.verstrekker && onderwerp.verstrekker !== actor.organisatie.code
            ? onderwerp.verstrekker
            : null,
        verlooptOp: new Date(Date.now() + input.duurMinuten * 60_000),
      });
      const saved = await m.save(row);
      await this.audit.record(m, {
        actor,
        actie: 'create',
        objectType: 'Doorbraak',
        objectId: saved.id,
        resultaat: 'toegestaan',
        regel,
        doel,
        // The justification stays with the grant, encrypted; the log refers to the grant.
        doorbraak: {},
        verstrekker: onderwerp.verstrekker ?? undefined,
        trace: context.trace,
      });
      return saved;
    });
    if (!uitkomst) throw notFound();
    return uitkomst;
  }

  /** The actor's grants still in force (one indexed query per request of a BTG role). */
  async active(actor: Actor): Promise<ActieveDoorbraak[]> {
    if (actor.soort !== 'gebruiker' || !actor.rollen.some((r) => DOORBRAAK_ROLLEN.includes(r))) {
      return [];
    }
    return this.doorbraken.find({
      select: { id: true, onderwerpType: true, onderwerpId: true, activiteit: true },
      where: { actorId: actor.id, verlooptOp: MoreThan(new Date()) },
    });
  }

  /** The grants this ability may read, filtered in SQL by the same rules as `can()`. */
  async visible(
    ability: AppAbility,
    actor: Actor,
    context: { regel?: string; trace: { traceId: string; spanId: string } },
  ): Promise<Doorbraak[]> {
    return this.listAudited(ability, actor, context, 'DESC', false);
  }

  /**
   * One grant the ability may read, with its audit record in the same transaction; a grant
   * that does not exist or may not be seen is null (the caller answers 404) and the refused
   * read is logged as such.
   */
  async findVisible(
    id: string,
    ability: AppAbility,
    actor: Actor,
    context: { regel?: string; trace: { traceId: string; spanId: string } },
  ): Promise<Doorbraak | null> {
    return this.dataSource.transaction(async (m) => {
      const row = /^[0-9a-f-]{36}$/i.test(id) ? await m.findOneBy(Doorbraak, { id }) : null;
      const visible = row !== null && ability.can('read', subject('Doorbraak', row));
      await this.audit.record(m, {
        actor,
        actie: 'read',
        objectType: 'Doorbraak',
        objectId: row ? row.id : null,
        resultaat: visible ? 'toegestaan' : 'geweigerd',
        reden: visible ? null : 'niet-zichtbaar',
        regel: visible
          ? (matchedRule(ability, 'read', subject('Doorbraak', row)) ?? context.regel)
          : null,
        velden: visible ? DOORBRAAK_VELDEN : [],
        trace: context.trace,
      });
      return visible ? row : null;
    });
  }

  /**
   * The FG's review queue: grants of the FG's organisation (as the ability filters them) that
   * have no verdict yet, oldest first; the read is logged.
   */
  async teBeoordelen(
    ability: AppAbility,
    actor: Actor,
    context: { regel?: string; trace: { traceId: string; spanId: string } },
  ): Promise<Doorbraak[]> {
    return this.listAudited(ability, actor, context, 'ASC', true);
  }

  /** A denial the route decides itself (beyond the guard's rules) goes into the actor audit log. */
  async recordDenial(
    actor: Actor,
    objectType: string,
    reden: string,
    trace: { traceId: string; spanId: string },
  ): Promise<void> {
    await this.dataSource.transaction((m) =>
      this.audit.record(m, {
        actor,
        actie: 'read',
        objectType,
        resultaat: 'geweigerd',
        reden,
        trace,
      }),
    );
  }

  /** A list filtered in SQL by the ability, and its read logged, in one transaction. */
  private listAudited(
    ability: AppAbility,
    actor: Actor,
    context: { regel?: string; trace: { traceId: string; spanId: string } },
    order: 'ASC' | 'DESC',
    onlyUnreviewed: boolean,
  ): Promise<Doorbraak[]> {
    return this.dataSource.transaction(async (m) => {
      let qb = m.getRepository(Doorbraak).createQueryBuilder('d');
      if (onlyUnreviewed) {
        qb = qb.where(
          'NOT EXISTS (SELECT 1 FROM doorbraak_beoordeling b WHERE b.doorbraak_id = d.id)',
        );
      }
      const rows = await applyAccessFilter(qb, ability, 'read', 'Doorbraak', DOORBRAAK_KOLOMMEN)
        .orderBy('d.aangemaakt_op', order)
        .take(200)
        .getMany();
      await this.audit.record(m, {
        actor,
        actie: 'read',
        objectType: 'Doorbraak',
        resultaat: 'toegestaan',
        regel: context.regel,
        velden: DOORBRAAK_VELDEN,
        trace: context.trace,
      });
      return rows;
    });
  }

  /** Records the FG's verdict and its audit record together; null when the grant is not visible. */
  async beoordeel(
    id: string,
    input: NieuweBeoordeling,
    ability: AppAbility,
    actor: Actor,
    context: { doel?: Doel; regel?: string; trace: { traceId: string; spanId: string } },
  ): Promise<DoorbraakBeoordeling | null> {
    return this.dataSource.transaction(async (m) => {
      const grant = /^[0-9a-f-]{36}$/i.test(id) ? await m.findOneBy(Doorbraak, { id }) : null;
      const visible = grant !== null && ability.can('read', subject('Doorbraak', grant));
      let saved: DoorbraakBeoordeling | null = null;
      if (grant && visible) {
        saved = await m.save(
          m.create(DoorbraakBeoordeling, {
            doorbraakId: grant.id,
            fgId: actor.id,
            organisatieCode: actor.organisatie.code,
            oordeel: input.oordeel,
            toelichting: input.toelichting,
          }),
        );
      }
      await this.audit.record(m, {
        actor,
        actie: 'beoordelen',
        objectType: 'Doorbraak',
        objectId: grant ? grant.id : null,
        resultaat: saved ? 'toegestaan' : 'geweigerd',
        reden: saved ? null : 'niet-zichtbaar',
        regel: saved ? context.regel : null,
        doel: context.doel,
        trace: context.trace,
      });
      return saved;
    });
  }
}
