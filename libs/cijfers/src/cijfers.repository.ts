import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One count of a question: where (municipality or VT), which quarter, which category. */
export interface Telling {
  /** CBS code of the municipality, or the VT's organisation code. */
  waar: string;
  /** `2026-K1`. */
  kwartaal: string;
  /** The table the count belongs to (`soort`, `vt`, `herhaling`, …). */
  onderwerp: string;
  /** The row (a kind, a VT, an outcome, a theme, a category). */
  sleutel: string;
  aantal: number;
}

/** Late assessments by deadline and outcome date: working days late are counted in code. */
export interface TeLaat {
  waar: string;
  kwartaal: string;
  termijn: string;
  uitkomstDatum: string;
  aantal: number;
}

/** The period filter: Amsterdam dates, the end exclusive. */
export interface Tijdvak {
  van: string;
  totNa: string;
}

const KWARTAAL_TS = (kolom: string) =>
  `to_char(${kolom} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-"K"Q')`;
const VANAF = (kolom: string, p: string) =>
  `${kolom} >= (CAST(${p} AS date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const TOT = (kolom: string, p: string) =>
  `${kolom} < (CAST(${p} AS date)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;

interface RuweTelling {
  waar: string;
  kwartaal: string;
  onderwerp: string;
  sleutel: string | null;
  aantal: string;
}

const tellingen = (rijen: RuweTelling[]): Telling[] =>
  rijen.map((r) => ({
    waar: r.waar,
    kwartaal: r.kwartaal,
    onderwerp: r.onderwerp,
    sleutel: r.sleutel ?? 'onbekend',
    aantal: Number(r.aantal),
  }));

/**
 * Aggregates over the live tables of zorgmeldingen, casussen and exchanges, in SQL: counts per
 * place, quarter and category, never a row about one report or person. A person's id is used
 * inside the query only (is this report a repeat for a known person?) and never leaves it.
 */
@Injectable()
export class CijfersRepository {
  /**
   * Filed reports per municipality and quarter of submission: by kind, by VT it was routed to
   * (`geen`: a routing exception), and first report or repeat (an earlier filed report names
   * one of its persons).
   */
  async meldingen(m: EntityManager, gemeenten: string[], t: Tijdvak): Promise<Telling[]> {
    const rijen = await m.query<RuweTelling[]>(
      `WITH z AS (
         SELECT z.id, z.gemeentecode AS waar, z.soort, z.vt_organisatie, z.ingediend_op,
                ${KWARTAAL_TS('z.ingediend_op')} AS kwartaal
           FROM zorgmelding z
          WHERE z.gemeentecode = ANY($1) AND ${VANAF('z.ingediend_op', '$2')}
            AND ${TOT('z.ingediend_op', '$3')}
       ), herhaald AS (
         -- A report is a repeat when one of its persons was named in a report filed before
         -- it (later than that person's first). Person ids stay inside this query.
         SELECT DISTINCT r.id
           FROM (SELECT b.zorgmelding_id AS id,
                        e.ingediend_op > min(e.ingediend_op) OVER (PARTITION BY b.persoon_id)
                          AS later
                   FROM zorgmelding_betrokkene b JOIN zorgmelding e ON e.id = b.zorgmelding_id
                  WHERE b.persoon_id IS NOT NULL AND e.ingediend_op IS NOT NULL) r
          WHERE r.later
       ), h AS (
         SELECT z.*, herhaald.id IS NOT NULL AS herhaling
           FROM z LEFT JOIN herhaald ON herhaald.id = z.id
       )
       -- One pass, three groupings: by kind, by VT, first or repeat.
       SELECT waar, kwartaal,
              CASE WHEN GROUPING(soort) = 0 THEN 'soort'
                   WHEN GROUPING(vt_organisatie) = 0 THEN 'vt' ELSE 'herhaling' END AS onderwerp,
              CASE WHEN GROUPING(soort) = 0 THEN soort
                   WHEN GROUPING(vt_organisatie) = 0 THEN coalesce(vt_organisatie, 'geen')
                   WHEN herhaling THEN 'herhaling' ELSE 'eerste' END AS sleutel,
              count(*) AS aantal
         FROM h
        GROUP BY GROUPING SETS ((waar, kwartaal, soort), (waar, kwartaal, vt_organisatie),
                                (waar, kwartaal, herhaling))`,
      [gemeenten, t.van, t.totNa],
    );
    return tellingen(rijen);
  }

  /**
   * Safety assessments per place and quarter of the outcome: on time or late (the outcome date
   * on or before the last day of the 5-working-day deadline), the outcome, and the feedback
   * to the police. `per` chooses the place: the municipality, or the VT (its coordinator).
   */
  async beoordelingen(
    m: EntityManager,
    per: 'gemeente' | 'vt',
    waar: string[],
    t: Tijdvak,
  ): Promise<{ tellingen: Telling[]; teLaat: TeLaat[] }> {
    const kolom = per === 'gemeente' ? 'z.gemeentecode' : 'z.vt_organisatie';
    const rijen = await m.query<RuweTelling[]>(
      `WITH b AS (
         SELECT ${kolom} AS waar, to_char(z.uitkomst_datum, 'YYYY-"K"Q') AS kwartaal,
                z.uitkomst, z.uitkomst_datum <= z.termijn_uiterlijk AS op_tijd,
                CASE WHEN z.terugkoppeling_status <> 'gegeven' THEN 'nog-niet'
                     WHEN z.terugkoppeling_categorie = 'vt-onderzoekt' THEN 'bij-onderzoek'
                     ELSE 'na-beoordeling' END AS terugkoppeling
           FROM zorgmelding z
          WHERE ${kolom} = ANY($1) AND z.uitkomst_datum >= CAST($2 AS date)
            AND z.uitkomst_datum < CAST($3 AS date) AND z.termijn_uiterlijk IS NOT NULL
       )
       SELECT waar, kwartaal,
              CASE WHEN GROUPING(op_tijd) = 0 THEN 'termijn'
                   WHEN GROUPING(uitkomst) = 0 THEN 'uitkomst' ELSE 'terugkoppeling' END AS onderwerp,
              CASE WHEN GROUPING(op_tijd) = 0 THEN CASE WHEN op_tijd THEN 'op-tijd' ELSE 'te-laat' END
                   WHEN GROUPING(uitkomst) = 0 THEN uitkomst ELSE terugkoppeling END AS sleutel,
              count(*) AS aantal
         FROM b
        GROUP BY GROUPING SETS ((waar, kwartaal, op_tijd), (waar, kwartaal, uitkomst),
                                (waar, kwartaal, terugkoppeling))`,
      [waar, t.van, t.totNa],
    );
    const laat = await m.query<
      { waar: string; kwartaal: string; termijn: string; uitkomst_datum: string; aantal: string }[]
    >(
      `SELECT ${kolom} AS waar, to_char(z.uitkomst_datum, 'YYYY-"K"Q') AS kwartaal,
              to_char(z.termijn_uiterlijk, 'YYYY-MM-DD') AS termijn,
              to_char(z.uitkomst_datum, 'YYYY-MM-DD') AS uitkomst_datum, count(*) AS aantal
         FROM zorgmelding z
        WHERE ${kolom} = ANY($1) AND z.uitkomst_datum >= CAST($2 AS date)
          AND z.uitkomst_datum < CAST($3 AS date) AND z.uitkomst_datum > z.termijn_uiterlijk
        GROUP BY 1, 2, 3, 4`,
      [waar, t.van, t.totNa],
    );
    return {
      tellingen: tellingen(rijen),
      teLaat: laat.map((r) => ({
        waar: r.waar,
        kwartaal: r.kwartaal,
        termijn: r.termijn,
        uitkomstDatum: r.uitkomst_datum,
        aantal: Number(r.aantal),
      })),
    };
  }

  /**
   * Casussen per municipality (of the wijkteam that registered them), quarter and theme: the
   * quarter of each step (registered, escalated, accepted or declined, closed). `wijkteams`
   * maps a wijkteam's organisation code to its municipality.
   */
  async casussen(
    m: EntityManager,
    wijkteams: Record<string, string>,
    thema: string | undefined,
    t: Tijdvak,
  ): Promise<Telling[]> {
    const stap = (onderwerp: string, kolom: string, extra = '') =>
      `SELECT w.gemeente AS waar, ${KWARTAAL_TS(kolom)} AS kwartaal, '${onderwerp}' AS onderwerp,
              c.thema_id AS sleutel, count(*) AS aantal
         FROM casus c JOIN w ON w.code = c.sleutelpartner
        WHERE ${VANAF(kolom, '$3')} AND ${TOT(kolom, '$4')} ${extra}
          AND ($5::text IS NULL OR c.thema_id = $5)
        GROUP BY 1, 2, 4`;
    const rijen = await m.query<RuweTelling[]>(
      `WITH w AS (SELECT * FROM unnest($1::text[], $2::text[]) AS w(code, gemeente))
       ${[
         stap('geregistreerd', 'c.aangemaakt_op'),
         stap('opgeschaald', 'c.opgeschaald_op'),
         stap('geaccepteerd', 'c.triage_op', `AND c.triage_besluit = 'geaccepteerd'`),
         stap('afgewezen', 'c.triage_op', `AND c.triage_besluit = 'afgewezen'`),
         stap('afgesloten', 'c.afgesloten_op'),
       ].join(' UNION ALL ')}`,
      [Object.keys(wijkteams), Object.values(wijkteams), t.van, t.totNa, thema ?? null],
    );
    return tellingen(rijen);
  }

  /** Data categories exchanged in casussen per municipality and quarter (one per category). */
  async uitwisselingen(
    m: EntityManager,
    wijkteams: Record<string, string>,
    thema: string | undefined,
    t: Tijdvak,
  ): Promise<Telling[]> {
    const rijen = await m.query<RuweTelling[]>(
      `WITH w AS (SELECT * FROM unnest($1::text[], $2::text[]) AS w(code, gemeente))
       SELECT w.gemeente AS waar, ${KWARTAAL_TS('u.geregistreerd_op')} AS kwartaal,
              'categorie' AS onderwerp, cat AS sleutel, count(*) AS aantal
         FROM uitwisseling u
         JOIN casus c ON c.id = u.casus_id
         JOIN w ON w.code = c.sleutelpartner
         CROSS JOIN LATERAL unnest(u.categorieen) AS cat
        WHERE ${VANAF('u.geregistreerd_op', '$3')} AND ${TOT('u.geregistreerd_op', '$4')}
          AND ($5::text IS NULL OR c.thema_id = $5)
        GROUP BY 1, 2, 4`,
      [Object.keys(wijkteams), Object.values(wijkteams), t.van, t.totNa, thema ?? null],
    );
    return tellingen(rijen);
  }
}
