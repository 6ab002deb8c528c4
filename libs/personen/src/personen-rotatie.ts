import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, sleutelringUit } from '@schakel/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { Inhoudskluis, Sleutelring, type VerpakteSleutel } from './personen-crypto.js';

/**
 * Key rotation (ADR 0013): re-wraps persons' data keys, and the content keys of other contexts'
 * records, under the active master key (PERSONEN_MASTER_KEY_ID), in batches of their own
 * transactions, so an old key can leave PERSONEN_MASTER_KEYS. Run by `npm run personen:roteer`
 * (apps/api/src/personen-rotate.ts), outside any request.
 */
@Injectable()
export class PersonenRotatie {
  private readonly logger = new Logger('PersonenRotatie');
  private readonly ring: Sleutelring;
  private readonly kluis: Inhoudskluis;

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.ring = sleutelringUit(config);
    this.kluis = new Inhoudskluis(this.ring);
  }

  /**
   * Re-wraps every data key not under the active master key, in batches of their own
   * transactions (call it outside any transaction: it uses the pool). A key that does not
   * open is skipped and its person id returned in `mislukt`; the others are done. Once
   * nothing is left under an old master key, remove that key from PERSONEN_MASTER_KEYS.
   */
  async roteerSleutels(
    batch = 500,
  ): Promise<{ herverpakt: number; mislukt: string[]; sleutelId: string }> {
    const uitkomst = await this.herverpakPerBatch(
      batch,
      (manager, na) =>
        manager.query<{ id: string; sleutel_id: string; verpakt: Buffer }[]>(
          `SELECT persoon_id AS id, sleutel_id, verpakt FROM persoon_sleutel
            WHERE sleutel_id <> $1 AND persoon_id > $2
            ORDER BY persoon_id LIMIT $3 FOR UPDATE`,
          [this.ring.actieveId, na, batch],
        ),
      (r) =>
        this.ring.verpak(
          r.id,
          this.ring.ontpak(r.id, { sleutelId: r.sleutel_id, verpakt: r.verpakt }),
        ),
      (manager, id, nieuw) =>
        manager.query(
          'UPDATE persoon_sleutel SET sleutel_id = $2, verpakt = $3, verpakt_op = now() WHERE persoon_id = $1',
          [id, nieuw.sleutelId, nieuw.verpakt],
        ),
    );
    this.meldRotatie('persoonssleutels', uitkomst);
    return uitkomst;
  }

  /**
   * Re-wraps the content keys of another context's records (`PersonenService.kluis`, e.g. a
   * zorgmelding's or a casus's) under the active master key, like {@link roteerSleutels}. The
   * table must have `id uuid`, `sleutel_id text` and `verpakte_sleutel bytea`; `context` is
   * the prefix its records' keys were bound to (`zorgmelding` for `zorgmelding/<id>`).
   */
  async roteerInhoudsleutels(
    doel: { tabel: string; context: string },
    batch = 500,
  ): Promise<{ herverpakt: number; mislukt: string[]; sleutelId: string }> {
    if (!/^[a-z_]{1,63}$/.test(doel.tabel) || !/^[a-z-]{1,63}$/.test(doel.context)) {
      throw new Error('roteerInhoudsleutels: ongeldige tabel of context');
    }
    const uitkomst = await this.herverpakPerBatch(
      batch,
      (manager, na) =>
        manager.query<{ id: string; sleutel_id: string; verpakt: Buffer }[]>(
          `SELECT id, sleutel_id, verpakte_sleutel AS verpakt FROM "${doel.tabel}"
            WHERE sleutel_id <> $1 AND id > $2 ORDER BY id LIMIT $3 FOR UPDATE`,
          [this.ring.actieveId, na, batch],
        ),
      (r) => {
        const context = `${doel.context}/${r.id}`;
        const sleutel = this.kluis.openSleutel(context, {
          sleutelId: r.sleutel_id,
          verpakt: r.verpakt,
        });
        return this.kluis.herverpak(context, sleutel);
      },
      (manager, id, nieuw) =>
        manager.query(
          `UPDATE "${doel.tabel}" SET sleutel_id = $2, verpakte_sleutel = $3 WHERE id = $1`,
          [id, nieuw.sleutelId, nieuw.verpakt],
        ),
    );
    this.meldRotatie(`inhoudsleutels van ${doel.tabel}`, uitkomst);
    return uitkomst;
  }

  /**
   * Walks rows not under the active master key in batches of their own transactions (call it
   * outside any transaction: it uses the pool), re-wrapping each; a key that does not open is
   * skipped and its id returned in `mislukt`.
   */
  private async herverpakPerBatch(
    batch: number,
    lees: (
      manager: EntityManager,
      na: string,
    ) => Promise<{ id: string; sleutel_id: string; verpakt: Buffer }[]>,
    herverpak: (r: { id: string; sleutel_id: string; verpakt: Buffer }) => VerpakteSleutel,
    bewaar: (manager: EntityManager, id: string, nieuw: VerpakteSleutel) => Promise<unknown>,
  ): Promise<{ herverpakt: number; mislukt: string[]; sleutelId: string }> {
    let herverpakt = 0;
    const mislukt: string[] = [];
    let na = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rijen = await this.dataSource.transaction(async (manager) => {
        const rijen = await lees(manager, na);
        for (const r of rijen) {
          let nieuw;
          try {
            nieuw = herverpak(r);
          } catch {
            mislukt.push(r.id);
            continue;
          }
          await bewaar(manager, r.id, nieuw);
          herverpakt++;
        }
        return rijen;
      });
      const laatste = rijen.at(-1);
      if (!laatste || rijen.length < batch) break;
      na = laatste.id;
    }
    return { herverpakt, mislukt, sleutelId: this.ring.actieveId };
  }

  private meldRotatie(
    wat: string,
    u: { herverpakt: number; mislukt: string[]; sleutelId: string },
  ): void {
    if (u.mislukt.length > 0) this.logger.warn({ ids: u.mislukt }, `${wat} niet te herverpakken`);
    this.logger.log(
      { herverpakt: u.herverpakt, mislukt: u.mislukt.length, sleutelId: u.sleutelId },
      `${wat} herverpakt`,
    );
  }
}
