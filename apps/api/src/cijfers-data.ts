/**
 * A generated data set for the figures (issue 17), written straight into the live tables with
 * generate_series: reports, their persons (pseudonymous ids only, a third of them recurring),
 * casussen and exchanges, spread over 2025 and 2026 and skewed over municipalities so that
 * small numbers occur. Content columns hold a placeholder byte: the figures never read them.
 */

export interface Omvang {
  meldingen: number;
  casussen: number;
  uitwisselingen: number;
}

/** Municipalities, weighted: Rotterdam often, Dordrecht less, a few rarely. */
export const GEN_GEMEENTEN = [
  'GM0599',
  'GM0599',
  'GM0599',
  'GM0599',
  'GM0599',
  'GM0599',
  'GM0505',
  'GM0505',
  'GM0505',
  'GM0606',
  'GM1924',
  'GM0622',
];
const VT: Record<string, string> = {
  GM0505: 'vt-zuid-holland-zuid',
};

/** Anything that runs SQL with parameters: a DataSource, a pg client. */
export interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export async function genereerCijferdata(c: Sql, o: Omvang): Promise<void> {
  const gemeenten = `ARRAY[${GEN_GEMEENTEN.map((g) => `'${g}'`).join(',')}]`;
  await c.query(
    `
    INSERT INTO zorgmelding (id, status, opsteller_id, opsteller_organisatie, vt_organisatie,
      gemeentecode, soort, ingediend_op, ontvangen_op, termijn_vanaf, termijn_uiterlijk, uitkomst,
      uitkomst_datum, terugkoppeling_status, terugkoppeling_categorie, terugkoppeling_op, inhoud,
      sleutel_id, verpakte_sleutel, aangemaakt_op, gewijzigd_op)
    SELECT md5('zm' || i)::uuid,
           CASE WHEN i % 4 = 0 THEN 'ontvangen' ELSE 'afgesloten' END,
           'gen', 'politie-rotterdam',
           CASE WHEN i % 53 = 0 THEN NULL
                WHEN g = 'GM0505' THEN '${VT.GM0505 ?? ''}' ELSE 'vt-rotterdam-rijnmond' END,
           g,
           (ARRAY['huiselijk-geweld','huiselijk-geweld','huiselijk-geweld','kindermishandeling',
                  'kindermishandeling','ouderenmishandeling'])[1 + (i * 7) % 6],
           t, t, t::date, t::date + 7,
           CASE WHEN i % 4 = 0 THEN NULL ELSE (ARRAY['overdracht-lokaal-veld','afsluiten',
             'omzetten-naar-advies','vt-onderzoekt','overdracht-betrokken-professional',
             'overdracht-lokaal-veld'])[1 + (i * 5) % 6] END,
           CASE WHEN i % 4 = 0 THEN NULL ELSE t::date + (i * 3) % 11 END,
           CASE WHEN i % 4 = 0 OR i % 3 = 0 THEN 'geen' ELSE 'gegeven' END,
           CASE WHEN i % 4 = 0 OR i % 3 = 0 THEN NULL ELSE (ARRAY['overdracht-lokaal-veld',
             'afsluiten','omzetten-naar-advies','vt-onderzoekt','overdracht-betrokken-professional',
             'overdracht-lokaal-veld'])[1 + (i * 5) % 6] END,
           CASE WHEN i % 4 = 0 OR i % 3 = 0 THEN NULL ELSE t + interval '9 days' END,
           '\\x00', 'gen', '\\x00', t, t
      FROM generate_series(1, $1::int) AS i,
           LATERAL (SELECT (${gemeenten})[1 + (i * 13) % ${String(GEN_GEMEENTEN.length)}] AS g,
                           timestamptz '2025-01-01 08:00+01' + ((i * 7919) % 730) * interval '1 day'
                             + ((i * 31) % 10) * interval '1 hour' AS t) AS x`,
    [o.meldingen],
  );
  // One person per report; a third of the persons recur, so repeats occur.
  await c.query(
    `
    INSERT INTO zorgmelding_betrokkene (zorgmelding_id, volgnummer, rol, persoon_id)
    SELECT md5('zm' || i)::uuid, 1, 'slachtoffer',
           md5('p' || (i % GREATEST(1, $1::int / 3)))::uuid
      FROM generate_series(1, $1::int) AS i`,
    [o.meldingen],
  );
  const wijkteams = `ARRAY[${GEN_GEMEENTEN.map((g) => `'wijkteam-${g.toLowerCase()}'`).join(',')}]`;
  await c.query(
    `
    INSERT INTO casus (id, nummer, thema_id, status, levensdomeinen, sleutelpartner, aangemeld_door,
      regie_organisatie, opgeschaald_op, triage_besluit, triage_op, afgesloten_op, aanleiding,
      sleutel_id, verpakte_sleutel, aangemaakt_op, gewijzigd_op)
    SELECT md5('cs' || j)::uuid, 'GEN-' || j,
           (ARRAY['huiselijk-geweld','huiselijk-geweld','jeugd','radicalisering','verward-gedrag',
                  'overlast-criminaliteit','overlast-criminaliteit'])[1 + (j * 3) % 7],
           'actief', '{}', (${wijkteams})[1 + (j * 11) % ${String(GEN_GEMEENTEN.length)}], 'gen',
           'zvh-rotterdam-rijnmond',
           CASE WHEN j % 2 = 0 THEN t + interval '3 days' END,
           CASE WHEN j % 2 = 0 AND j % 6 <> 0 THEN 'geaccepteerd' WHEN j % 6 = 0 THEN 'afgewezen' END,
           CASE WHEN j % 2 = 0 THEN t + interval '10 days' END,
           CASE WHEN j % 10 = 0 THEN t + interval '60 days' END,
           '\\x00', 'gen', '\\x00', t, t
      FROM generate_series(1, $1::int) AS j,
           LATERAL (SELECT timestamptz '2025-01-01 10:00+01' + ((j * 6151) % 700) * interval '1 day' AS t) AS x`,
    [o.casussen],
  );
  await c.query(
    `
    INSERT INTO uitwisseling (id, casus_id, van_organisatie, geregistreerd_door,
      geregistreerd_door_organisatie, ontvangers, betrokkenen, categorieen, bijzonder,
      strafrechtelijk, activiteit_id, activiteit_versie, grondslag, proportionaliteit,
      subsidiariteit, inhoud, geregistreerd_op)
    SELECT md5('uw' || k)::uuid, md5('cs' || (1 + k % $2::int))::uuid, 'ggz-rijnmond', 'gen',
           'ggz-rijnmond', '{zvh-rotterdam-rijnmond}', '{}', cats,
           'gezondheid' = ANY(cats), 'justitiele-gegevens' = ANY(cats),
           'ketenpartner-deelname', 1, 'gen', '\\x00', '\\x00', '\\x00',
           timestamptz '2025-01-05 10:00+01' + ((k * 4127) % 700) * interval '1 day'
      FROM generate_series(1, $1::int) AS k,
           LATERAL (SELECT CASE (k * 5) % 4
                             WHEN 0 THEN ARRAY['identificatie','woonsituatie']
                             WHEN 1 THEN ARRAY['gezondheid','identificatie']
                             WHEN 2 THEN ARRAY['justitiele-gegevens','identificatie']
                             ELSE ARRAY['financien','gezin-en-jeugd'] END AS cats) AS x`,
    [o.uitwisselingen, o.casussen],
  );
}
