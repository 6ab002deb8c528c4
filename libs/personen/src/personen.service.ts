import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService, type Betrokkene } from '@schakel/audit';
import {
  AppConfig,
  InvalidInputException,
  isValidBsn,
  localSecret,
  notFound,
  ProblemException,
  sleutelringUit,
} from '@schakel/platform';
import type { EntityManager } from 'typeorm';
import {
  IDENTITEITSVELDEN,
  valideerIdentiteit,
  type Identiteit,
  type Identiteitsveld,
} from './identiteit.js';
import {
  bsnIndex,
  Inhoudskluis,
  nieuweDataSleutel,
  ontsleutelVeld,
  Sleutelring,
  versleutelVeld,
} from './personen-crypto.js';
import { PersonenBundel, type GelezenPersoon, type PersoonRij } from './personen-bundel.js';

export type { GelezenPersoon };

/** 410 for an action that needs content that was destroyed (crypto-shredding). */
export function gegevensVernietigd(): ProblemException {
  return new ProblemException(
    410,
    'gegevens-vernietigd',
    'Gegevens vernietigd',
    'De gegevens van deze persoon zijn vernietigd.',
  );
}

/** A restriction (AVG art. 18) or objection (art. 21) flag on a person. */
export type Beperkingssoort = 'beperking' | 'bezwaar';

/** An active flag: the activities it still allows. */
export interface ActieveBeperking {
  id: string;
  persoonId: string;
  soort: Beperkingssoort;
  toegestaneActiviteiten: string[];
}

/**
 * 422 for a new exchange or delivery about a person whose processing is restricted or objected
 * to, under an activity the flag does not allow. No personal data in it.
 */
export function verwerkingBeperkt(): ProblemException {
  return new ProblemException(
    422,
    'verwerking-beperkt',
    'Verwerking beperkt',
    'Voor een betrokkene geldt een beperking van de verwerking of een bezwaar (AVG art. 18 of 21): ' +
      'deze verstrekking is onder deze verwerkingsactiviteit niet toegestaan.',
  );
}

type Rij = PersoonRij;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place where a person's identity is written and read. Other contexts call it with
 * their transaction's EntityManager, so the person's data and their own records (and audit
 * logs) commit together. It never logs identity, only ids.
 */
@Injectable()
export class PersonenService {
  private readonly logger = new Logger('PersonenService');
  private readonly ring: Sleutelring;
  private readonly indexSleutel: string;
  /**
   * Encryption of other contexts' free text about persons (a zorgmelding's narrative, notes),
   * under the same master keys: one data key per record, shredded by deleting it.
   */
  readonly kluis: Inhoudskluis;

  constructor(
    config: AppConfig,
    private readonly audit: AuditService,
  ) {
    this.ring = sleutelringUit(config);
    this.kluis = new Inhoudskluis(this.ring);
    this.indexSleutel =
      config.PERSONEN_BSN_INDEX_KEY ??
      localSecret(config, '.personen-bsn-indexsleutel', () =>
        randomBytes(32).toString('base64url'),
      );
  }

  /** Id of the master key that wraps new and rotated data keys. */
  get actieveSleutelId(): string {
    return this.ring.actieveId;
  }

  /**
   * Registers a person, or finds the one with the same BSN (blind index): `nieuw` says which.
   * An existing person is returned as is; change it with {@link wijzig}.
   */
  async registreer(
    manager: EntityManager,
    identiteit: Identiteit,
  ): Promise<{ id: string; nieuw: boolean }> {
    const velden = valideerIdentiteit(identiteit, { geheel: true });
    const index = velden.bsn ? bsnIndex(this.indexSleutel, velden.bsn) : null;
    if (index) {
      const bestaand = await this.idBijIndex(manager, index);
      if (bestaand) return { id: bestaand, nieuw: false };
    }
    const id = randomUUID();
    const dataSleutel = nieuweDataSleutel();
    const versleuteld: Record<string, string> = {};
    for (const [veld, waarde] of Object.entries(velden)) {
      if (typeof waarde === 'string') {
        versleuteld[veld] = versleutelVeld(dataSleutel, id, veld, waarde).toString('base64');
      }
    }
    // A concurrent registration of the same BSN wins the unique index; then it is that one.
    const ingevoegd = await manager.query<{ id: string }[]>(
      `INSERT INTO persoon (id, bsn_index, velden, gewijzigd_op) VALUES ($1, $2, $3, now())
       ON CONFLICT (bsn_index) DO NOTHING RETURNING id`,
      [id, index, JSON.stringify(versleuteld)],
    );
    if (ingevoegd.length === 0 && index) {
      const bestaand = await this.idBijIndex(manager, index);
      if (bestaand) return { id: bestaand, nieuw: false };
    }
    const { sleutelId, verpakt } = this.ring.verpak(id, dataSleutel);
    await manager.query(
      'INSERT INTO persoon_sleutel (persoon_id, sleutel_id, verpakt, verpakt_op) VALUES ($1, $2, $3, now())',
      [id, sleutelId, verpakt],
    );
    this.logger.debug({ persoonId: id }, 'persoon geregistreerd');
    return { id, nieuw: true };
  }

  /**
   * The persons a request needs, in one query, each data key unwrapped at most once (reads
   * only). Unknown ids are left out; asking the bundle for one answers 404.
   */
  async laad(manager: EntityManager, ids: readonly string[]): Promise<PersonenBundel> {
    const geldig = [...new Set(ids)].filter((id) => UUID.test(id));
    const rijen =
      geldig.length === 0
        ? []
        : await manager.query<Rij[]>(
            `SELECT p.id, p.velden, p.bsn_index, p.vernietigd_op, s.sleutel_id, s.verpakt
               FROM persoon p LEFT JOIN persoon_sleutel s ON s.persoon_id = p.id
              WHERE p.id = ANY($1::uuid[])`,
            [geldig],
          );
    return new PersonenBundel(new Map(rijen.map((r) => [r.id, r])), this.ring, (i) =>
      this.audit.pseudonym(i),
    );
  }

  /** All known fields of a person, or their destroyed state; 404 for an unknown id. */
  lees(manager: EntityManager, id: string): Promise<GelezenPersoon> {
    return this.leesVelden(manager, id, IDENTITEITSVELDEN);
  }

  /** Only the requested fields (least data): the others are not even decrypted. */
  async leesVelden<V extends Identiteitsveld>(
    manager: EntityManager,
    id: string,
    velden: readonly V[],
  ): Promise<GelezenPersoon<V>> {
    if (!UUID.test(id)) throw notFound();
    return (await this.laad(manager, [id])).leesVelden(id, velden);
  }

  /**
   * Records the identity as one context holds it for a person (`context`, e.g. `casus/<id>`):
   * one envelope of the validated fields under the person's own data key, bound to person and
   * context. A context that registers a BSN already known elsewhere shows this, what it
   * recorded itself, and never what others recorded (least data); destroying the person's key
   * makes it unreadable too (crypto-shredding).
   */
  async legVast(
    manager: EntityManager,
    id: string,
    context: string,
    identiteit: Identiteit,
  ): Promise<Buffer> {
    if (!UUID.test(id)) throw notFound();
    const envelope = (await this.laad(manager, [id])).legVast(id, context, identiteit);
    if (!envelope) throw gegevensVernietigd();
    return envelope;
  }

  /** The requested fields of what {@link legVast} recorded for `context`, or the destroyed state. */
  async leesVastgelegd<V extends Identiteitsveld>(
    manager: EntityManager,
    id: string,
    context: string,
    envelope: Buffer,
    velden: readonly V[],
  ): Promise<GelezenPersoon<V>> {
    if (!UUID.test(id)) throw notFound();
    return (await this.laad(manager, [id])).leesVastgelegd(id, context, envelope, velden);
  }

  /**
   * The id of the person with this BSN, through the blind index; null when there is none
   * (also once their data was destroyed). Take the BSN from a request body, never a URL.
   */
  async zoekOpBsn(manager: EntityManager, bsn: string): Promise<string | null> {
    if (!isValidBsn(bsn)) {
      throw new InvalidInputException([
        { field: 'bsn', constraints: ['geen geldig BSN (11-proef)'] },
      ]);
    }
    return this.idBijIndex(manager, bsnIndex(this.indexSleutel, bsn));
  }

  /** Changes the given fields (`null` removes one); each changed field gets a new IV. */
  async wijzig(manager: EntityManager, id: string, wijzigingen: Identiteit): Promise<void> {
    const velden = valideerIdentiteit(wijzigingen, { geheel: false });
    const rij = await this.rij(manager, id, true);
    if (rij.vernietigd_op || !rij.sleutel_id || !rij.verpakt) throw gegevensVernietigd();
    const dataSleutel = this.ring.ontpak(id, { sleutelId: rij.sleutel_id, verpakt: rij.verpakt });
    const nieuw = Object.fromEntries(
      Object.entries(rij.velden).filter(([veld]) => !(veld in velden)),
    );
    for (const [veld, waarde] of Object.entries(velden)) {
      if (typeof waarde === 'string') {
        nieuw[veld] = versleutelVeld(dataSleutel, id, veld, waarde).toString('base64');
      }
    }
    let index = rij.bsn_index;
    if (velden.bsn !== undefined) {
      index = velden.bsn === null ? null : bsnIndex(this.indexSleutel, velden.bsn);
      if (index) {
        const ander = await this.idBijIndex(manager, index);
        if (ander && ander !== id) {
          throw new ProblemException(
            409,
            'bsn-bestaat-al',
            'BSN bestaat al',
            'Er is al een persoon met dit BSN geregistreerd.',
          );
        }
      }
    }
    await manager.query(
      'UPDATE persoon SET velden = $2, bsn_index = $3, gewijzigd_op = now() WHERE id = $1',
      [id, JSON.stringify(nieuw), index],
    );
    this.logger.debug({ persoonId: id }, 'persoon gewijzigd');
  }

  /**
   * Deletes persons a context registered and no longer needs (e.g. removed from a concept),
   * key and all. Only persons without a BSN: nobody else can have found them (registration
   * deduplicates by BSN only), so the caller's own links are the only ones; a person known by
   * BSN may be linked by another context and stays (retention decides). The caller checks its
   * own links first. Answers the ids deleted.
   */
  async verwijderOngebruikt(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    const geldig = [...new Set(ids)].filter((id) => UUID.test(id));
    if (geldig.length === 0) return [];
    const rijen = await manager.query<{ id: string }[]>(
      'DELETE FROM persoon WHERE id = ANY($1::uuid[]) AND bsn_index IS NULL RETURNING id',
      [geldig],
    );
    this.logger.debug({ aantal: rijen.length }, 'ongebruikte personen verwijderd');
    return rijen.map((r) => r.id);
  }

  /**
   * Crypto-shredding: deletes the person's data key and blind index. The envelopes stay but
   * can never be opened again; reads answer `vernietigd`. Returns the audit pseudonym,
   * computed first, so the caller can log the destruction under it.
   */
  async vernietig(manager: EntityManager, id: string): Promise<{ auditPseudoniem: string }> {
    const rij = await this.rij(manager, id, true);
    if (rij.vernietigd_op || !rij.sleutel_id || !rij.verpakt) throw gegevensVernietigd();
    const auditPseudoniem = this.pseudoniemVan(rij);
    await manager.query('DELETE FROM persoon_sleutel WHERE persoon_id = $1', [id]);
    await manager.query(
      'UPDATE persoon SET bsn_index = NULL, vernietigd_op = now(), gewijzigd_op = now() WHERE id = $1',
      [id],
    );
    this.logger.debug({ persoonId: id }, 'persoonsgegevens vernietigd');
    return { auditPseudoniem };
  }

  /**
   * The pseudonym under which the processing log knows this person: the audit keyed hash of
   * their BSN (what the FG's search by BSN computes), or of `persoon:<id>` without a BSN.
   * 410 once their data was destroyed (take it from {@link vernietig} then).
   */
  async auditPseudoniem(manager: EntityManager, id: string): Promise<string> {
    const rij = await this.rij(manager, id, false);
    if (rij.vernietigd_op || !rij.sleutel_id || !rij.verpakt) throw gegevensVernietigd();
    return this.pseudoniemVan(rij);
  }

  /** The person as a betrokkene for `AuditService.record`, by pseudonym. */
  async betrokkene(manager: EntityManager, id: string, categorieen: string[]): Promise<Betrokkene> {
    return { pseudoniem: await this.auditPseudoniem(manager, id), categorieen };
  }

  /**
   * The one check that restriction and objection flags go through (ADR 0028): the first active
   * flag on one of `ids` that does not allow `activiteit`, or null. Exchanges and deliveries
   * call it before anything leaves and refuse with {@link verwerkingBeperkt}.
   */
  async blokkerendeBeperking(
    manager: EntityManager,
    ids: readonly string[],
    activiteit: string,
  ): Promise<ActieveBeperking | null> {
    const geldig = [...new Set(ids)].filter((id) => UUID.test(id));
    if (geldig.length === 0) return null;
    const rijen = await manager.query<
      {
        id: string;
        persoon_id: string;
        soort: Beperkingssoort;
        toegestane_activiteiten: string[];
      }[]
    >(
      `SELECT id, persoon_id, soort, toegestane_activiteiten FROM persoon_beperking
        WHERE persoon_id = ANY($1::uuid[]) AND opgeheven_op IS NULL
          AND NOT ($2 = ANY(toegestane_activiteiten))
        ORDER BY gezet_op LIMIT 1`,
      [geldig, activiteit],
    );
    const r = rijen[0];
    return r
      ? {
          id: r.id,
          persoonId: r.persoon_id,
          soort: r.soort,
          toegestaneActiviteiten: r.toegestane_activiteiten,
        }
      : null;
  }

  /** The active flags on a person, oldest first. */
  async beperkingen(manager: EntityManager, id: string): Promise<ActieveBeperking[]> {
    if (!UUID.test(id)) return [];
    const rijen = await manager.query<
      {
        id: string;
        persoon_id: string;
        soort: Beperkingssoort;
        toegestane_activiteiten: string[];
      }[]
    >(
      `SELECT id, persoon_id, soort, toegestane_activiteiten FROM persoon_beperking
        WHERE persoon_id = $1 AND opgeheven_op IS NULL ORDER BY gezet_op`,
      [id],
    );
    return rijen.map((r) => ({
      id: r.id,
      persoonId: r.persoon_id,
      soort: r.soort,
      toegestaneActiviteiten: r.toegestane_activiteiten,
    }));
  }

  /** Sets a flag on a person (the person must exist and not be destroyed). Answers its id. */
  async zetBeperking(
    manager: EntityManager,
    id: string,
    flag: {
      soort: Beperkingssoort;
      toegestaneActiviteiten: string[];
      reden: string;
      verzoekId: string | null;
      door: string;
    },
  ): Promise<string> {
    const rij = await this.rij(manager, id, true);
    if (rij.vernietigd_op) throw gegevensVernietigd();
    const beperkingId = randomUUID();
    await manager.query(
      `INSERT INTO persoon_beperking (id, persoon_id, soort, toegestane_activiteiten, reden, verzoek_id, gezet_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        beperkingId,
        id,
        flag.soort,
        flag.toegestaneActiviteiten,
        flag.reden,
        flag.verzoekId,
        flag.door,
      ],
    );
    return beperkingId;
  }

  /** Lifts the active flags of a kind on a person; answers how many. */
  async hefBeperkingOp(
    manager: EntityManager,
    id: string,
    soort: Beperkingssoort,
    door: string,
  ): Promise<number> {
    if (!UUID.test(id)) return 0;
    const rijen = await manager.query<{ id: string }[]>(
      `UPDATE persoon_beperking SET opgeheven_op = now(), opgeheven_door = $3
        WHERE persoon_id = $1 AND soort = $2 AND opgeheven_op IS NULL RETURNING id`,
      [id, soort, door],
    );
    return rijen.length;
  }

  private pseudoniemVan(rij: Rij): string {
    const envelope = rij.velden.bsn;
    if (envelope === undefined || !rij.sleutel_id || !rij.verpakt) {
      return this.audit.pseudonym(`persoon:${rij.id}`);
    }
    const dataSleutel = this.ring.ontpak(rij.id, {
      sleutelId: rij.sleutel_id,
      verpakt: rij.verpakt,
    });
    return this.audit.pseudonym(
      ontsleutelVeld(dataSleutel, rij.id, 'bsn', Buffer.from(envelope, 'base64')),
    );
  }

  private async idBijIndex(manager: EntityManager, index: Buffer): Promise<string | null> {
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM persoon WHERE bsn_index = $1',
      [index],
    );
    return rows[0]?.id ?? null;
  }

  private async rij(manager: EntityManager, id: string, vergrendel: boolean): Promise<Rij> {
    if (!UUID.test(id)) throw notFound();
    const rows = await manager.query<Rij[]>(
      `SELECT p.id, p.velden, p.bsn_index, p.vernietigd_op, s.sleutel_id, s.verpakt
         FROM persoon p LEFT JOIN persoon_sleutel s ON s.persoon_id = p.id
        WHERE p.id = $1${vergrendel ? ' FOR UPDATE OF p' : ''}`,
      [id],
    );
    const rij = rows[0];
    if (!rij) throw notFound();
    return rij;
  }
}

export { sleutelringUit };
