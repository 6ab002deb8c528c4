import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService, type Betrokkene } from '@schakel/audit';
import { REGELS_VERSIE } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import { PersonenService } from '@schakel/personen';
import { DataSource, type EntityManager } from 'typeorm';
import {
  VernietigingslijstEntity,
  VernietigingslijstItemEntity,
  type Objectsoort,
} from './bewaring.entity.js';
import { BewaringRepository, type Kandidaat } from './bewaring.repository.js';
import { dag } from './klok.js';

/** The activity every step of retention and destruction serves. */
export const BEWARING_ACTIVITEIT = 'bewaring-vernietiging';

/** The job's own actor: destruction resumed after a crash, proposals of the daily job. */
export const DAGTAAK: Actor = {
  soort: 'systeem',
  id: 'bewaring-dagtaak',
  organisatie: { code: 'schakel-beheer', naam: 'Schakel platformbeheer', type: 'platform' },
  rollen: ['systeem'],
  herkomst: {},
};

/** Who destroys, under which rule and trace: for the logs of each destruction. */
export interface Uitvoerder {
  actor: Actor;
  regel: string;
  trace: { traceId: string; spanId: string; parentSpanId?: string };
}

/** What a run did: destroyed, left out (hold, extension, term), persons shredded. */
export interface Uitkomst {
  vernietigd: number;
  uitgezonderd: number;
  personen: number;
}

const TABELLEN = [
  'zorgmelding',
  'zorgmelding_betrokkene',
  'zorgmelding_gebeurtenis',
  'casus',
  'casus_betrokkene',
  'uitwisseling',
  'persoon',
  'persoon_sleutel',
];

/**
 * Proposing and destroying (ADR 0027). Destruction goes item by item, each in a transaction of
 * its own that re-checks holds and the term, removes the record's rows (its data key with
 * them), crypto-shreds the persons no live record needs (PersonenService.vernietig), writes
 * the processing log under pseudonyms and marks the item: a crash leaves every item either
 * destroyed and logged or untouched, and a rerun carries on (idempotent, restartable).
 */
@Injectable()
export class Vernietiger {
  private readonly logger = new Logger('Vernietiger');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: BewaringRepository,
    private readonly personen: PersonenService,
    private readonly audit: AuditService,
  ) {}

  /** What has passed its term on `peildatum` (for the list) and is free of holds and lists. */
  async kandidaten(peildatum: string, organisatie?: string): Promise<Kandidaat[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const termijnen = await this.repo.termijnen(m, peildatum);
      return this.repo.voorbijTermijn(m, termijnen, peildatum, peildatum, organisatie);
    });
  }

  /**
   * Proposes one list per owning organisation of what passed its term and is on no open list
   * (so a second run the same day adds nothing). Answers the lists made.
   */
  async stelVoor(
    peildatum: string,
    nu: Date,
    door: string,
    organisatie?: string,
    voortgang?: (gedaan: number, totaal: number) => void,
  ): Promise<VernietigingslijstEntity[]> {
    const kandidaten = await this.kandidaten(peildatum, organisatie);
    const perOrganisatie = new Map<string, Kandidaat[]>();
    for (const k of kandidaten) {
      perOrganisatie.set(k.organisatie, [...(perOrganisatie.get(k.organisatie) ?? []), k]);
    }
    const lijsten: VernietigingslijstEntity[] = [];
    let gedaan = 0;
    for (const [org, items] of perOrganisatie) {
      lijsten.push(
        await this.dataSource.transaction((m) =>
          this.lijstVoor(m, org, items, peildatum, nu, door, () => {
            voortgang?.(++gedaan, kandidaten.length);
          }),
        ),
      );
    }
    return lijsten;
  }

  /** One proposed list of `items` for one organisation, with the persons each would take. */
  async lijstVoor(
    m: EntityManager,
    organisatie: string,
    items: Kandidaat[],
    peildatum: string,
    nu: Date,
    door: string,
    stap?: () => void,
  ): Promise<VernietigingslijstEntity> {
    const lijst = await this.maakLijst(m, organisatie, 'termijn', peildatum, nu, door);
    const personen = await this.repo.personenPerDossier(
      m,
      items.map((i) => i.objectId),
    );
    // In batches of one statement each: a list can hold tens of thousands of records.
    for (let i = 0; i < items.length; i += 2000) {
      const deel = items.slice(i, i + 2000);
      await m.query(
        `INSERT INTO vernietigingslijst_item (lijst_id, object_soort, object_id, referentie,
           activiteit_id, activiteit_versie, bewaartermijn, bewaartermijn_vanaf, vanaf,
           bewaar_tot, personen)
         SELECT $1, r.soort, r.id, r.ref, r.act, r.versie, r.termijn, r.start, r.vanaf, r.tot, r.n
           FROM jsonb_to_recordset($2::jsonb) AS r(soort text, id uuid, ref text, act text,
                versie int, termijn text, start text, vanaf date, tot date, n int)`,
        [
          lijst.id,
          JSON.stringify(
            deel.map((k) => ({
              soort: k.objectSoort,
              id: k.objectId,
              ref: k.referentie,
              act: k.termijn.activiteitId,
              versie: k.termijn.versie,
              termijn: k.termijn.bewaartermijn,
              start: k.termijn.vanaf,
              vanaf: k.vanaf,
              tot: k.bewaarTot,
              n: personen.get(k.objectId)?.length ?? 0,
            })),
          ),
        ],
      );
      for (const _ of deel) stap?.();
    }
    return lijst;
  }

  async maakLijst(
    m: EntityManager,
    organisatie: string,
    soort: 'termijn' | 'verzoek' | 'wissing',
    peildatum: string,
    nu: Date,
    door: string,
  ): Promise<VernietigingslijstEntity> {
    const repo = m.getRepository(VernietigingslijstEntity);
    const lijst = repo.create({
      id: randomUUID(),
      nummer: await this.repo.volgendNummer(m, peildatum.slice(0, 4)),
      organisatie,
      soort,
      status: 'voorgesteld',
      peildatum,
      voorgesteldOp: nu,
      voorgesteldDoor: door,
      goedgekeurdDoor: null,
      goedgekeurdDoorNaam: null,
      goedgekeurdOp: null,
      goedkeuringToelichting: null,
      bevestigdDoor: null,
      bevestigdDoorNaam: null,
      bevestigdOp: null,
      bevestigingToelichting: null,
      vernietigdOp: null,
    });
    await repo.insert(lijst);
    return lijst;
  }

  async voegToe(m: EntityManager, lijstId: string, k: Kandidaat, personen: number): Promise<void> {
    await m.getRepository(VernietigingslijstItemEntity).insert({
      lijstId,
      objectSoort: k.objectSoort,
      objectId: k.objectId,
      referentie: k.referentie,
      activiteitId: k.termijn.activiteitId,
      activiteitVersie: k.termijn.versie,
      bewaartermijn: k.termijn.bewaartermijn,
      bewaartermijnVanaf: k.termijn.vanaf,
      vanaf: k.vanaf,
      bewaarTot: k.bewaarTot,
      status: 'voorgesteld',
      reden: null,
      personen,
      vernietigdOp: null,
    });
  }

  /**
   * Destroys what is still pending on a list in status `vernietigen`, item by item, then marks
   * the list destroyed. `peildatum` is the day checked (terms of `termijn` lists must have
   * passed it; a `verzoek` list destroys on the decision). Safe to run again at any point.
   */
  async voerUit(lijstId: string, wie: Uitvoerder, peildatum: string, nu: Date): Promise<Uitkomst> {
    const uitkomst: Uitkomst = { vernietigd: 0, uitgezonderd: 0, personen: 0 };
    const lijst = await this.dataSource
      .getRepository(VernietigingslijstEntity)
      .findOneBy({ id: lijstId });
    if (lijst?.status !== 'vernietigen') return uitkomst;
    const items = await this.dataSource
      .getRepository(VernietigingslijstItemEntity)
      .find({ where: { lijstId, status: 'voorgesteld' }, order: { objectId: 'ASC' } });
    for (const item of items) {
      const r = await this.dataSource.transaction((m) =>
        this.vernietigItem(m, lijst, item, wie, peildatum, nu),
      );
      if (r === 'vernietigd') uitkomst.vernietigd++;
      else if (r) uitkomst.uitgezonderd++;
    }
    uitkomst.personen = await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE vernietigingslijst SET status = 'vernietigd', vernietigd_op = $2
          WHERE id = $1 AND status = 'vernietigen'`,
        [lijstId, nu],
      );
      const [rij] = await m.query<{ n: number }[]>(
        `SELECT coalesce(sum(personen), 0)::int AS n FROM vernietigingslijst_item
          WHERE lijst_id = $1 AND status = 'vernietigd'`,
        [lijstId],
      );
      return rij?.n ?? 0;
    });
    await this.vacuum();
    return uitkomst;
  }

  /** Lists left in status `vernietigen` (a crash mid-way): the daily job resumes them. */
  async onvoltooid(): Promise<string[]> {
    const rijen = await this.dataSource.query<{ id: string }[]>(
      "SELECT id FROM vernietigingslijst WHERE status = 'vernietigen' ORDER BY bevestigd_op",
    );
    return rijen.map((r) => r.id);
  }

  private async vernietigItem(
    m: EntityManager,
    lijst: VernietigingslijstEntity,
    item: VernietigingslijstItemEntity,
    wie: Uitvoerder,
    peildatum: string,
    nu: Date,
  ): Promise<'vernietigd' | 'uitgezonderd' | null> {
    const [actueel] = await m.query<{ status: string }[]>(
      `SELECT status FROM vernietigingslijst_item
        WHERE lijst_id = $1 AND object_soort = $2 AND object_id = $3 FOR UPDATE`,
      [item.lijstId, item.objectSoort, item.objectId],
    );
    if (actueel?.status !== 'voorgesteld') return null;
    const markeer = (status: 'vernietigd' | 'uitgezonderd', reden: string | null, n = 0) =>
      m.query(
        `UPDATE vernietigingslijst_item SET status = $4, reden = $5, personen = $6,
                vernietigd_op = CASE WHEN $4 = 'vernietigd' THEN $7::timestamptz END
          WHERE lijst_id = $1 AND object_soort = $2 AND object_id = $3`,
        [item.lijstId, item.objectSoort, item.objectId, status, reden, n, nu],
      );
    const blokkade = await this.repo.blokkade(m, item.objectSoort, item.objectId, peildatum);
    if (blokkade) {
      await markeer('uitgezonderd', blokkade);
      return 'uitgezonderd';
    }
    if (lijst.soort === 'termijn' && item.bewaarTot >= peildatum) {
      await markeer('uitgezonderd', 'termijn-niet-verstreken');
      return 'uitgezonderd';
    }
    const personen = await this.repo.personenVan(m, item.objectSoort, item.objectId);
    if (personen === null) {
      // Gone already (destroyed by an earlier list or request): nothing left to destroy.
      await markeer('uitgezonderd', 'al-vernietigd');
      return 'uitgezonderd';
    }
    const doel = await this.doel(m, peildatum);
    // Pseudonyms first: once shredded, a person's BSN (and so their pseudonym) is gone.
    const betrokkenen: Betrokkene[] = [];
    const pseudoniemen = new Map<string, string>();
    for (const p of personen) {
      const rij = await m.query<unknown[]>(
        'SELECT 1 FROM persoon WHERE id = $1 AND vernietigd_op IS NULL',
        [p],
      );
      if (rij.length === 0) continue;
      const pseudoniem = await this.personen.auditPseudoniem(m, p);
      pseudoniemen.set(p, pseudoniem);
      betrokkenen.push({ pseudoniem, categorieen: ['dossier'] });
    }
    await this.repo.verwijder(m, item.objectSoort, item.objectId);
    const weg = await this.repo.personenZonderDossier(m, personen, []);
    await this.log(m, wie, doel, objectType(item.objectSoort), item.objectId, lijst, betrokkenen);
    for (const p of weg) {
      await this.personen.vernietig(m, p);
      const pseudoniem = pseudoniemen.get(p);
      await this.log(
        m,
        wie,
        doel,
        'Persoon',
        p,
        lijst,
        pseudoniem ? [{ pseudoniem, categorieen: ['identificatie'] }] : [],
      );
    }
    await markeer('vernietigd', null, weg.length);
    this.logger.log(
      { lijst: lijst.nummer, soort: item.objectSoort, personen: weg.length },
      'dossier vernietigd',
    );
    return 'vernietigd';
  }

  private async doel(m: EntityManager, peildatum: string): Promise<{ id: string; versie: number }> {
    const t = (await this.repo.termijnen(m, peildatum)).get(BEWARING_ACTIVITEIT);
    return { id: BEWARING_ACTIVITEIT, versie: t?.versie ?? 1 };
  }

  private async log(
    m: EntityManager,
    wie: Uitvoerder,
    doel: { id: string; versie: number },
    type: string,
    id: string,
    lijst: VernietigingslijstEntity,
    betrokkenen: Betrokkene[],
  ): Promise<void> {
    await this.audit.record(m, {
      actor: wie.actor,
      actie: 'vernietigen',
      objectType: type,
      objectId: id,
      resultaat: 'toegestaan',
      reden: lijst.nummer,
      regel: wie.regel,
      doel,
      trace: { ...wie.trace, spanId: wie.trace.spanId },
      regelsVersie: REGELS_VERSIE,
      betrokkenen,
      verstrekker: lijst.organisatie,
    });
  }

  /**
   * Vacuums the tables destruction touched, so the old row versions (with the wrapped keys)
   * leave the data files too; best effort (a busy table is vacuumed at its next autovacuum).
   */
  private async vacuum(): Promise<void> {
    try {
      await this.dataSource.query(`VACUUM ${TABELLEN.map((t) => `"${t}"`).join(', ')}`);
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'vacuum');
    }
  }
}

const objectType = (soort: Objectsoort): string => (soort === 'casus' ? 'Casus' : 'Zorgmelding');

export { dag };
