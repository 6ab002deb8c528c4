import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditQueryService } from '@schakel/audit';
import { IdentityService, type Actor } from '@schakel/identity';
import { AppConfig, Inhoudskluis, sleutelringUit } from '@schakel/platform';
import { PurposeService } from '@schakel/purpose';
import { DataSource, In, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { DOORBRAAK_ROLLEN, type ActieveDoorbraak } from './abilities.js';
import { Doorbraak, DoorbraakBeoordeling } from './doorbraak.entity.js';
import type { DoorbraakView } from './dto/doorbraak.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A grant as the rules know it (the attributes their conditions name, DOORBRAAK_KOLOMMEN). */
export const doorbraakOnderwerp = (d: Doorbraak): Record<string, unknown> => ({
  id: d.id,
  actorId: d.actorId,
  organisatieCode: d.organisatieCode,
  onderwerpType: d.onderwerpType,
  onderwerpId: d.onderwerpId,
  verstrekkerCode: d.verstrekkerCode,
  activiteit: d.activiteit,
});

/** The fields a grant's views return (for the audit record of a read). */
export const DOORBRAAK_VELDEN = [
  'id',
  'onderwerpType',
  'onderwerpId',
  'activiteit',
  'verantwoording',
  'aangemaaktOp',
  'verlooptOp',
  'actorId',
  'actorNaam',
  'onderwerpOmschrijving',
  'gelezen',
  'oordelen',
];

/**
 * What a context tells about a record a break-the-glass access would open: the attributes
 * the `create Doorbraak` rules decide on (its domain), and the organisation that provided
 * its data. Null when no such record exists.
 */
export interface DoorbraakOnderwerp {
  attributen: Record<string, unknown>;
  verstrekker: string | null;
  /** The record in words for the FG (number, date), never personal data. */
  omschrijving?: string;
}
export type DoorbraakResolver = (
  m: EntityManager,
  onderwerpId: string,
) => Promise<DoorbraakOnderwerp | null>;

const kluisContext = (id: string): string => `doorbraak/${id}`;

/**
 * Break-the-glass grants: written justification (encrypted under the grant's own data key,
 * like all free text), limited time, reviewed by the FG. The steps on grants (open, read,
 * review) are in `stappen/`; this holds what they and the guard share.
 */
@Injectable()
export class DoorbraakService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DoorbraakService');
  private readonly resolvers = new Map<string, DoorbraakResolver>();
  private readonly kluis: Inhoudskluis;

  constructor(
    @InjectRepository(Doorbraak) private readonly doorbraken: Repository<Doorbraak>,
    private readonly dataSource: DataSource,
    config: AppConfig,
    private readonly identity: IdentityService,
    private readonly purpose: PurposeService,
    private readonly auditQuery: AuditQueryService,
  ) {
    this.kluis = new Inhoudskluis(sleutelringUit(config));
  }

  /** Grants from before encryption get their justification encrypted (idempotent per row). */
  async onApplicationBootstrap(): Promise<void> {
    const oud = await this.dataSource.query<{ id: string; verantwoording: string }[]>(
      'SELECT id, verantwoording FROM doorbraak WHERE verantwoording IS NOT NULL',
    );
    for (const r of oud) {
      const v = this.verzegel(r.id, r.verantwoording);
      await this.dataSource.query(
        `UPDATE doorbraak SET verantwoording_envelop = $2, sleutel_id = $3, verpakte_sleutel = $4,
                verantwoording = NULL
          WHERE id = $1 AND verantwoording IS NOT NULL`,
        [r.id, v.verantwoordingEnvelop, v.sleutelId, v.verpakteSleutel],
      );
    }
    if (oud.length > 0) this.logger.log({ aantal: oud.length }, 'verantwoordingen versleuteld');
  }

  /** A justification encrypted under a new data key of grant `id` (the grant's columns). */
  verzegel(
    id: string,
    tekst: string,
  ): Pick<Doorbraak, 'verantwoordingEnvelop' | 'sleutelId' | 'verpakteSleutel'> {
    const sleutel = this.kluis.nieuweSleutel(kluisContext(id));
    return {
      verantwoordingEnvelop: this.kluis.versleutel(
        sleutel.sleutel,
        kluisContext(id),
        'verantwoording',
        tekst,
      ),
      sleutelId: sleutel.sleutelId,
      verpakteSleutel: sleutel.verpakt,
    };
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

  /**
   * Grants as their holder and the FG see them: the justification decrypted, who broke the
   * glass by name, the record in words, what was done in the window and the verdicts so far.
   * A few batched queries for the whole list.
   */
  async weergaven(m: EntityManager, lijst: readonly Doorbraak[]): Promise<DoorbraakView[]> {
    if (lijst.length === 0) return [];
    const ids = lijst.map((d) => d.id);
    // One after another: `m` may be one transaction's connection, which runs one query at a time
    // (pg refuses overlapping queries on a client from version 9).
    const namen = await this.identity.namen(
      m,
      lijst.map((d) => d.actorId),
    );
    const activiteiten = await this.purpose.current(m);
    const gelezen = await this.auditQuery.onderDoorbraken(
      m,
      lijst.map((d) => ({
        id: d.id,
        actorId: d.actorId,
        van: d.aangemaaktOp,
        tot: d.verlooptOp,
      })),
    );
    const oordelen = await m.find(DoorbraakBeoordeling, {
      where: { doorbraakId: In(ids) },
      order: { tijd: 'ASC', id: 'ASC' },
    });
    const onderwerpen: Awaited<ReturnType<typeof this.onderwerp>>[] = [];
    for (const d of lijst)
      onderwerpen.push(await this.onderwerp(m, d.onderwerpType, d.onderwerpId));
    const fgNamen = await this.identity.namen(
      m,
      oordelen.map((o) => o.fgId),
    );
    const activiteit = new Map(activiteiten.map((a) => [a.id, a.naam]));
    return lijst.map((d, i) => ({
      ...this.weergave(d),
      actorId: d.actorId,
      actorNaam: namen.get(d.actorId) ?? null,
      organisatieNaam: this.identity.organisatieNaam(d.organisatieCode),
      activiteitNaam: activiteit.get(d.activiteit) ?? null,
      onderwerpOmschrijving: onderwerpen[i]?.omschrijving ?? null,
      gelezen: (gelezen.get(d.id) ?? []).map((g) => ({ ...g, tijd: g.tijd.toISOString() })),
      oordelen: oordelen
        .filter((o) => o.doorbraakId === d.id)
        .map((o) => ({
          oordeel: o.oordeel,
          toelichting: o.toelichting,
          fgNaam: fgNamen.get(o.fgId) ?? null,
          tijd: o.tijd.toISOString(),
        })),
    }));
  }

  /** One grant's full view (see {@link weergaven}). */
  async weergaveVan(m: EntityManager, d: Doorbraak): Promise<DoorbraakView> {
    const [view] = await this.weergaven(m, [d]);
    if (!view) throw new Error('doorbraak zonder weergave');
    return view;
  }

  /** A grant's own fields, with the justification decrypted. */
  weergave(
    d: Doorbraak,
  ): Omit<
    DoorbraakView,
    | 'actorId'
    | 'actorNaam'
    | 'organisatieNaam'
    | 'activiteitNaam'
    | 'onderwerpOmschrijving'
    | 'gelezen'
    | 'oordelen'
  > {
    return {
      id: d.id,
      onderwerpType: d.onderwerpType,
      onderwerpId: d.onderwerpId,
      activiteit: d.activiteit,
      verantwoording: this.tekst(d),
      aangemaaktOp: d.aangemaaktOp.toISOString(),
      verlooptOp: d.verlooptOp.toISOString(),
    };
  }

  /** A context that owns a record type tells how to find one (contexts call this on init). */
  registreerOnderwerp(onderwerpType: string, resolver: DoorbraakResolver): void {
    this.resolvers.set(onderwerpType, resolver);
  }

  /** The record a grant would open, as its owning context resolves it; null when none. */
  async onderwerp(
    m: EntityManager,
    onderwerpType: string,
    onderwerpId: string,
  ): Promise<DoorbraakOnderwerp | null> {
    const resolver = this.resolvers.get(onderwerpType);
    return resolver && UUID.test(onderwerpId) ? resolver(m, onderwerpId) : null;
  }

  /** One grant by id (a malformed id is none). */
  async laad(m: EntityManager, id: string): Promise<Doorbraak | null> {
    return /^[0-9a-f-]{36}$/i.test(id) ? m.findOneBy(Doorbraak, { id }) : null;
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
}
