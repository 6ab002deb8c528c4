import { Injectable } from '@nestjs/common';
import { THEMAS } from '@schakel/casussen';
import type { EntityManager } from 'typeorm';
import type { Objectsoort } from './bewaring.entity.js';

/** A register activity's retention as of a day: the version in force, its term and start event. */
export interface Termijn {
  activiteitId: string;
  versie: number;
  bewaartermijn: string;
  vanaf: 'afsluiting' | 'laatste-activiteit' | 'aanmaak';
}

/** A record past its term (or nearly): its reference, owner and the term that applies. */
export interface Kandidaat {
  objectSoort: Objectsoort;
  objectId: string;
  referentie: string;
  organisatie: string;
  termijn: Termijn;
  /** The day the term counted from, `YYYY-MM-DD`. */
  vanaf: string;
  /** The last day of retention, `YYYY-MM-DD`. */
  bewaarTot: string;
}

/** The activity whose term governs a zorgmelding: VT's once routed, else the police's. */
export const ZORGMELDING_ACTIVITEIT = {
  vt: 'zorgmelding-ontvangen-beoordelen',
  politie: 'zorgmelding-indienen',
} as const;

/** Statuses in which a casus is closed (closure or a declined escalation). */
const CASUS_DICHT = ['afgesloten', 'afgewezen'];

/**
 * A record stands on no open list and under no standing hold or extension (as of $peil).
 * `$1` is the object kind, the alias `x` the record.
 */
const VRIJ = (soort: string, peil: string): string => `
  NOT EXISTS (SELECT 1 FROM bewaar_blokkade b
               WHERE b.object_soort = '${soort}' AND b.object_id = x.id AND b.opgeheven_op IS NULL
                 AND (b.soort = 'bewaarplicht' OR b.tot >= ${peil}::date))
  AND NOT EXISTS (SELECT 1 FROM vernietigingslijst_item i
                    JOIN vernietigingslijst l ON l.id = i.lijst_id
                   WHERE i.object_soort = '${soort}' AND i.object_id = x.id
                     AND i.status = 'voorgesteld' AND l.status <> 'vernietigd')`;

/**
 * The queries of retention (ADR 0027): terms from the register, records past (or near) their
 * term, holds, the persons no live record needs, and the removal of a record's rows. Plain
 * SQL on the caller's EntityManager, so the job, the steps and `npm run retentie` share it.
 */
@Injectable()
export class BewaringRepository {
  /** The retention of every activity as in force on `peildatum`. */
  async termijnen(m: EntityManager, peildatum: string): Promise<Map<string, Termijn>> {
    const rijen = await m.query<
      { id: string; versie: number; bewaartermijn: string; bewaartermijn_vanaf: string }[]
    >(
      `SELECT DISTINCT ON (id) id, versie, bewaartermijn, bewaartermijn_vanaf
         FROM verwerkingsactiviteit
        WHERE status = 'geldig' AND geldig_vanaf <= $1::date
        ORDER BY id, versie DESC`,
      [peildatum],
    );
    return new Map(
      rijen.map((r) => [
        r.id,
        {
          activiteitId: r.id,
          versie: r.versie,
          bewaartermijn: r.bewaartermijn,
          vanaf: r.bewaartermijn_vanaf as Termijn['vanaf'],
        },
      ]),
    );
  }

  /**
   * Zorgmeldingen and casussen whose last day of retention lies before `grens` (for the list:
   * `grens` = the day checked; for warnings a later day), on no open list and under no
   * standing hold or extension on `peildatum`. Optionally for one organisation.
   */
  async voorbijTermijn(
    m: EntityManager,
    termijnen: Map<string, Termijn>,
    peildatum: string,
    grens: string,
    organisatie?: string,
    voortgang?: (activiteit: string, aantal: number, stap: number, stappen: number) => void,
  ): Promise<Kandidaat[]> {
    const uit: Kandidaat[] = [];
    const stappen = Object.keys(ZORGMELDING_ACTIVITEIT).length + THEMAS.length;
    let stap = 0;
    for (const [wie, activiteit] of Object.entries(ZORGMELDING_ACTIVITEIT)) {
      const t = termijnen.get(activiteit);
      const r = t
        ? await this.zorgmeldingen(m, t, wie === 'vt', peildatum, grens, organisatie)
        : [];
      uit.push(...r);
      voortgang?.(activiteit, r.length, ++stap, stappen);
    }
    for (const thema of THEMAS) {
      const t = termijnen.get(thema.activiteit);
      const r = t ? await this.casussen(m, t, thema.id, peildatum, grens, organisatie) : [];
      uit.push(...r);
      voortgang?.(thema.activiteit, r.length, ++stap, stappen);
    }
    return uit;
  }

  private async zorgmeldingen(
    m: EntityManager,
    t: Termijn,
    vt: boolean,
    peildatum: string,
    grens: string,
    organisatie?: string,
  ): Promise<Kandidaat[]> {
    const rijen = await m.query<{ id: string; organisatie: string; vanaf: string; tot: string }[]>(
      `SELECT id, organisatie, vanaf::text AS vanaf, tot::text AS tot FROM (
         SELECT x.id, coalesce(x.vt_organisatie, x.opsteller_organisatie) AS organisatie,
                (CASE $1::text
                   WHEN 'afsluiting' THEN CASE WHEN x.status = 'afgesloten' THEN
                     (SELECT max(g.tijd) FROM zorgmelding_gebeurtenis g
                       WHERE g.zorgmelding_id = x.id AND g.status = 'afgesloten') END
                   WHEN 'laatste-activiteit' THEN x.gewijzigd_op
                   ELSE x.aangemaakt_op END AT TIME ZONE 'Europe/Amsterdam')::date AS vanaf
           FROM zorgmelding x
          WHERE (x.vt_organisatie IS NOT NULL) = $2
            AND ($5::text IS NULL OR coalesce(x.vt_organisatie, x.opsteller_organisatie) = $5)
            AND ${VRIJ('zorgmelding', '$4')}
       ) z, LATERAL (SELECT (z.vanaf + $3::interval)::date AS tot) t
       WHERE z.vanaf IS NOT NULL AND t.tot < $6::date
       ORDER BY tot, id`,
      [t.vanaf, vt, t.bewaartermijn, peildatum, organisatie ?? null, grens],
    );
    return rijen.map((r) => ({
      objectSoort: 'zorgmelding',
      objectId: r.id,
      referentie: r.id,
      organisatie: r.organisatie,
      termijn: t,
      vanaf: r.vanaf,
      bewaarTot: r.tot,
    }));
  }

  private async casussen(
    m: EntityManager,
    t: Termijn,
    themaId: string,
    peildatum: string,
    grens: string,
    organisatie?: string,
  ): Promise<Kandidaat[]> {
    const rijen = await m.query<
      { id: string; nummer: string; organisatie: string; vanaf: string; tot: string }[]
    >(
      `SELECT id, nummer, organisatie, vanaf::text AS vanaf, tot::text AS tot FROM (
         SELECT x.id, x.nummer, coalesce(x.regie_organisatie, x.sleutelpartner) AS organisatie,
                (CASE $1::text
                   WHEN 'afsluiting' THEN CASE WHEN x.status = ANY($7::text[])
                     THEN coalesce(x.afgesloten_op, x.triage_op) END
                   WHEN 'laatste-activiteit' THEN x.gewijzigd_op
                   ELSE x.aangemaakt_op END AT TIME ZONE 'Europe/Amsterdam')::date AS vanaf
           FROM casus x
          WHERE x.thema_id = $2
            AND ($5::text IS NULL OR coalesce(x.regie_organisatie, x.sleutelpartner) = $5)
            AND ${VRIJ('casus', '$4')}
       ) c, LATERAL (SELECT (c.vanaf + $3::interval)::date AS tot) t
       WHERE c.vanaf IS NOT NULL AND t.tot < $6::date
       ORDER BY tot, id`,
      [t.vanaf, themaId, t.bewaartermijn, peildatum, organisatie ?? null, grens, CASUS_DICHT],
    );
    return rijen.map((r) => ({
      objectSoort: 'casus',
      objectId: r.id,
      referentie: r.nummer,
      organisatie: r.organisatie,
      termijn: t,
      vanaf: r.vanaf,
      bewaarTot: r.tot,
    }));
  }

  /** The standing hold or extension on a record on `peildatum`, if any (the first found). */
  async blokkade(
    m: EntityManager,
    soort: Objectsoort,
    id: string,
    peildatum: string,
  ): Promise<'bewaarplicht' | 'verlenging' | null> {
    const rijen = await m.query<{ soort: 'bewaarplicht' | 'verlenging' }[]>(
      `SELECT soort FROM bewaar_blokkade
        WHERE object_soort = $1 AND object_id = $2 AND opgeheven_op IS NULL
          AND (soort = 'bewaarplicht' OR tot >= $3::date)
        ORDER BY soort = 'bewaarplicht' DESC LIMIT 1`,
      [soort, id, peildatum],
    );
    return rijen[0]?.soort ?? null;
  }

  /** The owning organisation of a record (VT of a report, directing ZVH or registrant of a casus). */
  async eigenaar(m: EntityManager, soort: Objectsoort, id: string): Promise<string | null> {
    const sql =
      soort === 'zorgmelding'
        ? 'SELECT coalesce(vt_organisatie, opsteller_organisatie) AS organisatie FROM zorgmelding WHERE id = $1'
        : 'SELECT coalesce(regie_organisatie, sleutelpartner) AS organisatie FROM casus WHERE id = $1';
    const rijen = await m.query<{ organisatie: string }[]>(sql, [id]);
    return rijen[0]?.organisatie ?? null;
  }

  /** The persons a record links (ids), locking the record's row; null when it is gone. */
  async personenVan(
    m: EntityManager,
    soort: Objectsoort,
    id: string,
    lock = true,
  ): Promise<string[] | null> {
    const slot = lock ? ' FOR UPDATE' : '';
    if (soort === 'zorgmelding') {
      const z = await m.query<unknown[]>(`SELECT 1 FROM zorgmelding WHERE id = $1${slot}`, [id]);
      if (z.length === 0) return null;
      const rijen = await m.query<{ persoon_id: string }[]>(
        'SELECT DISTINCT persoon_id FROM zorgmelding_betrokkene WHERE zorgmelding_id = $1 AND persoon_id IS NOT NULL',
        [id],
      );
      return rijen.map((r) => r.persoon_id);
    }
    const c = await m.query<unknown[]>(`SELECT 1 FROM casus WHERE id = $1${slot}`, [id]);
    if (c.length === 0) return null;
    const rijen = await m.query<{ persoon_id: string }[]>(
      `SELECT persoon_id FROM casus_betrokkene WHERE casus_id = $1
       UNION SELECT unnest(betrokkenen) FROM uitwisseling WHERE casus_id = $1`,
      [id],
    );
    return rijen.map((r) => r.persoon_id);
  }

  /**
   * Of `personen`, those no live record needs any more once the records in `zonder` are gone:
   * linked by no other zorgmelding, casus or exchange, and not destroyed already.
   */
  async personenZonderDossier(
    m: EntityManager,
    personen: readonly string[],
    zonder: readonly string[],
  ): Promise<string[]> {
    if (personen.length === 0) return [];
    const rijen = await m.query<{ id: string }[]>(
      `SELECT p.id FROM persoon p
        WHERE p.id = ANY($1::uuid[]) AND p.vernietigd_op IS NULL
          AND NOT EXISTS (SELECT 1 FROM zorgmelding_betrokkene b
                           WHERE b.persoon_id = p.id AND NOT (b.zorgmelding_id = ANY($2::uuid[])))
          AND NOT EXISTS (SELECT 1 FROM casus_betrokkene b
                           WHERE b.persoon_id = p.id AND NOT (b.casus_id = ANY($2::uuid[])))
          AND NOT EXISTS (SELECT 1 FROM uitwisseling u
                           WHERE p.id = ANY(u.betrokkenen) AND NOT (u.casus_id = ANY($2::uuid[])))
          -- An open request of the person at the FG's rights desk (ADR 0028) keeps them,
          -- except a request to erase them (ADR 0035).
          AND NOT EXISTS (SELECT 1 FROM rechtenverzoek r
                           WHERE r.persoon_id = p.id AND r.status IN ('ontvangen', 'in-behandeling')
                             AND r.soort <> 'wissing')
        ORDER BY p.id`,
      [personen, zonder],
    );
    return rijen.map((r) => r.id);
  }

  /**
   * For a whole list at once: per record, the persons that would go with the list (linked by
   * no record outside it, not destroyed already). A person of several records on the list is
   * counted with one of them. One query, whatever the list's size.
   */
  async personenPerDossier(
    m: EntityManager,
    dossiers: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rijen = await m.query<{ rec: string; persoon_id: string }[]>(
      `WITH lijst AS (SELECT DISTINCT unnest($1::uuid[]) AS id),
       mijn AS (
         SELECT b.persoon_id, b.zorgmelding_id AS rec FROM zorgmelding_betrokkene b
           JOIN lijst ON lijst.id = b.zorgmelding_id WHERE b.persoon_id IS NOT NULL
         UNION SELECT b.persoon_id, b.casus_id FROM casus_betrokkene b JOIN lijst ON lijst.id = b.casus_id
         UNION SELECT unnest(u.betrokkenen), u.casus_id FROM uitwisseling u JOIN lijst ON lijst.id = u.casus_id),
       eerste AS (SELECT persoon_id, min(rec::text)::uuid AS rec FROM mijn GROUP BY persoon_id)
       SELECT e.rec, e.persoon_id FROM eerste e JOIN persoon p ON p.id = e.persoon_id
        WHERE p.vernietigd_op IS NULL
          AND NOT EXISTS (SELECT 1 FROM zorgmelding_betrokkene b WHERE b.persoon_id = e.persoon_id
                            AND NOT EXISTS (SELECT 1 FROM lijst WHERE lijst.id = b.zorgmelding_id))
          AND NOT EXISTS (SELECT 1 FROM casus_betrokkene b WHERE b.persoon_id = e.persoon_id
                            AND NOT EXISTS (SELECT 1 FROM lijst WHERE lijst.id = b.casus_id))
          AND NOT EXISTS (SELECT 1 FROM uitwisseling u WHERE e.persoon_id = ANY(u.betrokkenen)
                            AND NOT EXISTS (SELECT 1 FROM lijst WHERE lijst.id = u.casus_id))
          AND NOT EXISTS (SELECT 1 FROM rechtenverzoek r WHERE r.persoon_id = e.persoon_id
                            AND r.status IN ('ontvangen', 'in-behandeling')
                            AND r.soort <> 'wissing')`,
      [dossiers],
    );
    const uit = new Map<string, string[]>();
    for (const r of rijen) uit.set(r.rec, [...(uit.get(r.rec) ?? []), r.persoon_id]);
    return uit;
  }

  /**
   * Removes a record's rows, its wrapped data key with them (the content can never be opened
   * again). Exchange-delivery and break-the-glass rows stay: they hold references only, and
   * the Wpg protocol and the FG's review need them.
   */
  async verwijder(m: EntityManager, soort: Objectsoort, id: string): Promise<void> {
    if (soort === 'zorgmelding') {
      await m.query('DELETE FROM zorgmelding_gebeurtenis WHERE zorgmelding_id = $1', [id]);
      await m.query('DELETE FROM zorgmelding_betrokkene WHERE zorgmelding_id = $1', [id]);
      await m.query('DELETE FROM zorgmelding WHERE id = $1', [id]);
      return;
    }
    await m.query(
      'DELETE FROM uitwisseling_ontvangst WHERE uitwisseling_id IN (SELECT id FROM uitwisseling WHERE casus_id = $1)',
      [id],
    );
    await m.query('DELETE FROM uitwisseling WHERE casus_id = $1', [id]);
    await m.query('DELETE FROM casus_deelnemer WHERE casus_id = $1', [id]);
    await m.query('DELETE FROM casus_gebeurtenis WHERE casus_id = $1', [id]);
    await m.query('DELETE FROM casus_betrokkene WHERE casus_id = $1', [id]);
    await m.query('DELETE FROM casus WHERE id = $1', [id]);
  }

  /** The next list number of a year, `VL-2026-0001` (serialised by an advisory lock). */
  async volgendNummer(m: EntityManager, jaar: string): Promise<string> {
    await m.query("SELECT pg_advisory_xact_lock(hashtext('vernietigingslijst-nummer'))");
    const [rij] = await m.query<{ n: number }[]>(
      `SELECT count(*)::int + 1 AS n FROM vernietigingslijst WHERE nummer LIKE $1`,
      [`VL-${jaar}-%`],
    );
    return `VL-${jaar}-${String(rij?.n ?? 1).padStart(4, '0')}`;
  }
}
