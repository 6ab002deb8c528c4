import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { genereerCijferdata } from '../src/cijfers-data.js';
import { herleid } from '@schakel/cijfers';

/**
 * Figures (issue 17) on a generated data set in a database of its own: every shown count equals
 * the count of the underlying records (computed here record by record, not with the app's SQL),
 * every total is the number of records, nothing below the threshold is shown, and an attacker
 * with everything shown cannot recompute a suppressed value. Only the analyst sees the region,
 * only a VT coordinator its own VT.
 */

const DOEL = 'statistiek-veiligheidsbeeld';
const DREMPEL = 5;

interface Tabel {
  id: string;
  rijen: { sleutel: string; naam: string; waarden: (number | null)[] }[];
  totalen: (number | null)[];
  kengetallen: { sleutel: string; waarden: (number | null)[] }[];
}
interface Regio {
  perioden: { sleutel: string; naam: string }[];
  drempel: number;
  gemeenten: { gemeentecode: string; naam: string; tabellen: Tabel[] }[];
}

/** The Amsterdam quarter of a moment, or of a date. */
const kwartaal = (d: Date | string): string => {
  const datum =
    typeof d === 'string'
      ? d
      : new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
  return `${datum.slice(0, 4)}-K${String(Math.floor((Number(datum.slice(5, 7)) - 1) / 3) + 1)}`;
};
const GROEPEN: Record<string, string> = {
  'meldingen-soort': 'meldingen',
  'meldingen-herhaling': 'meldingen',
  'meldingen-vt': 'meldingen',
  'beoordelingen-termijn': 'beoordelingen',
  'beoordelingen-uitkomst': 'beoordelingen',
  'beoordelingen-terugkoppeling': 'beoordelingen',
};

describe('figures without persons (generated data set)', () => {
  let t: TestApp;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;
  let db: DataSource;
  let analist: Session;
  let coordinator: Session;
  /** Expected counts: table id -> gemeente -> row -> quarter -> count. */
  const verwacht = new Map<string, number>();
  const tel = (tabel: string, waar: string, rij: string, k: string) => {
    const sleutel = `${tabel}|${waar}|${rij}|${k}`;
    verwacht.set(sleutel, (verwacht.get(sleutel) ?? 0) + 1);
  };
  const telling = (tabel: string, waar: string, rij: string, k: string) =>
    verwacht.get(`${tabel}|${waar}|${rij}|${k}`) ?? 0;

  const vraag = (s: Session, pad: string, doel = DOEL) =>
    s.fetch(`/api/v1/cijfers/${pad}`, { headers: doel ? { verwerkingsactiviteit: doel } : {} });

  beforeAll(async () => {
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    db = t.app.get(DataSource);
    await genereerCijferdata(db, { meldingen: 4000, casussen: 800, uitwisselingen: 1500 });

    // The expected figures, record by record.
    const meldingen: {
      id: string;
      gemeentecode: string;
      soort: string;
      vt_organisatie: string | null;
      ingediend_op: Date;
      uitkomst: string | null;
      uitkomst_datum: string | null;
      termijn: string | null;
      terugkoppeling_status: string;
      terugkoppeling_categorie: string | null;
      persoon: string;
    }[] = await db.query(
      `SELECT z.id, z.gemeentecode, z.soort, z.vt_organisatie, z.ingediend_op, z.uitkomst,
              to_char(z.uitkomst_datum, 'YYYY-MM-DD') AS uitkomst_datum,
              to_char(z.termijn_uiterlijk, 'YYYY-MM-DD') AS termijn, z.terugkoppeling_status,
              z.terugkoppeling_categorie, b.persoon_id AS persoon
         FROM zorgmelding z JOIN zorgmelding_betrokkene b ON b.zorgmelding_id = z.id
        ORDER BY z.ingediend_op`,
    );
    const eersteKeer = new Map<string, number>();
    for (const m of meldingen) {
      const t0 = m.ingediend_op.getTime();
      eersteKeer.set(m.persoon, Math.min(eersteKeer.get(m.persoon) ?? Infinity, t0));
    }
    for (const m of meldingen) {
      const k = kwartaal(m.ingediend_op);
      tel('meldingen-soort', m.gemeentecode, m.soort, k);
      tel('meldingen-vt', m.gemeentecode, m.vt_organisatie ?? 'geen', k);
      const herhaling = (eersteKeer.get(m.persoon) ?? 0) < m.ingediend_op.getTime();
      tel('meldingen-herhaling', m.gemeentecode, herhaling ? 'herhaling' : 'eerste', k);
      if (m.uitkomst_datum && m.termijn && m.uitkomst) {
        const kb = kwartaal(m.uitkomst_datum);
        for (const waar of [m.gemeentecode, `vt:${m.vt_organisatie ?? ''}`]) {
          tel(
            'beoordelingen-termijn',
            waar,
            m.uitkomst_datum <= m.termijn ? 'op-tijd' : 'te-laat',
            kb,
          );
          tel('beoordelingen-uitkomst', waar, m.uitkomst, kb);
          tel(
            'beoordelingen-terugkoppeling',
            waar,
            m.terugkoppeling_status !== 'gegeven'
              ? 'nog-niet'
              : m.terugkoppeling_categorie === 'vt-onderzoekt'
                ? 'bij-onderzoek'
                : 'na-beoordeling',
            kb,
          );
        }
      }
    }
    const casussen: {
      thema_id: string;
      sleutelpartner: string;
      aangemaakt_op: Date;
      opgeschaald_op: Date | null;
      triage_besluit: string | null;
      triage_op: Date | null;
      afgesloten_op: Date | null;
    }[] = await db.query('SELECT * FROM casus');
    for (const c of casussen) {
      const g = c.sleutelpartner.replace('wijkteam-', '').toUpperCase();
      tel('casussen-geregistreerd', g, c.thema_id, kwartaal(c.aangemaakt_op));
      if (c.opgeschaald_op) tel('casussen-opgeschaald', g, c.thema_id, kwartaal(c.opgeschaald_op));
      if (c.triage_op && c.triage_besluit) {
        tel(`casussen-${c.triage_besluit}`, g, c.thema_id, kwartaal(c.triage_op));
      }
      if (c.afgesloten_op) tel('casussen-afgesloten', g, c.thema_id, kwartaal(c.afgesloten_op));
    }
    const uitwisselingen: {
      categorieen: string[];
      sleutelpartner: string;
      geregistreerd_op: Date;
    }[] = await db.query(
      'SELECT u.categorieen, c.sleutelpartner, u.geregistreerd_op FROM uitwisseling u JOIN casus c ON c.id = u.casus_id',
    );
    for (const u of uitwisselingen) {
      const g = u.sleutelpartner.replace('wijkteam-', '').toUpperCase();
      for (const cat of u.categorieen) {
        tel('uitwisselingen-categorie', g, cat, kwartaal(u.geregistreerd_op));
      }
    }

    analist = await loginAs(t.url, 'demo-analist');
    coordinator = await loginAs(t.url, 'demo-vt-zhz-coordinator');
  }, 180_000);

  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  /** Checks one answer against the records; returns how many values were suppressed. */
  function controleer(
    waar: (g: string) => string,
    tabellen: Tabel[],
    perioden: string[][],
  ): number {
    let afgeschermd = 0;
    for (const tabel of tabellen) {
      perioden.forEach((kwartalen, j) => {
        let som = 0;
        for (const rij of tabel.rijen) {
          const echt = kwartalen.reduce(
            (n, k) => n + telling(tabel.id, waar(''), rij.sleutel, k),
            0,
          );
          som += echt;
          const getoond = rij.waarden[j];
          if (getoond === null || getoond === undefined) afgeschermd++;
          else {
            expect({ tabel: tabel.id, rij: rij.sleutel, j, getoond }).toEqual({
              tabel: tabel.id,
              rij: rij.sleutel,
              j,
              getoond: echt,
            });
            // Never a small number, in quarters nor in half years (a half year hides when a
            // quarter of it is small).
            expect(echt === 0 || echt >= DREMPEL).toBe(true);
            for (const k of kwartalen) {
              const q = telling(tabel.id, waar(''), rij.sleutel, k);
              expect(q === 0 || q >= DREMPEL).toBe(true);
            }
          }
        }
        const totaal = tabel.totalen[j];
        // The total is the number of records, the sum of the rows' true counts.
        if (totaal !== null && totaal !== undefined) expect(totaal).toBe(som);
        else afgeschermd++;
      });
    }
    return afgeschermd;
  }

  /** The attacker: per group of tables (shared totals), nothing suppressed can be recomputed. */
  function valAan(tabellen: Tabel[]): void {
    const groepen = new Map<string, Tabel[]>();
    for (const tb of tabellen) {
      const g = GROEPEN[tb.id] ?? tb.id;
      groepen.set(g, [...(groepen.get(g) ?? []), tb]);
    }
    for (const leden of groepen.values()) {
      const aanval = herleid(
        leden.map((l) => ({ cellen: l.rijen.map((r) => r.waarden), totalen: l.totalen })),
      );
      expect(aanval).toEqual([]);
    }
  }

  it('gives the analyst Rotterdam and Dordrecht per quarter: true counts, small ones suppressed, none recomputable', async () => {
    const res = await vraag(analist, 'regio?gemeenten=GM0599,GM0505&van=2025-K1&tot=2026-K4');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Regio;
    expect(body.drempel).toBe(DREMPEL);
    expect(body.perioden.map((p) => p.sleutel)).toEqual([
      '2025-K1',
      '2025-K2',
      '2025-K3',
      '2025-K4',
      '2026-K1',
      '2026-K2',
      '2026-K3',
      '2026-K4',
    ]);
    expect(body.perioden[0]?.naam).toBe('1e kwartaal 2025');
    expect(body.gemeenten.map((g) => g.naam)).toEqual(['Rotterdam', 'Dordrecht']);
    let afgeschermd = 0;
    for (const g of body.gemeenten) {
      expect(g.tabellen).toHaveLength(12);
      afgeschermd += controleer(
        () => g.gemeentecode,
        g.tabellen,
        body.perioden.map((p) => [p.sleutel]),
      );
      valAan(g.tabellen);
      // Rotterdam has many reports: its figures are mostly shown.
      const soort = g.tabellen.find((x) => x.id === 'meldingen-soort');
      expect(soort?.totalen.filter((v) => v !== null).length).toBeGreaterThan(4);
    }
    // Dordrecht's smaller numbers make suppression happen.
    expect(afgeschermd).toBeGreaterThan(0);
    // No ids of any kind: no person, no report, no casus.
    expect(JSON.stringify(body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('per half year, a half year never reveals a small quarter', async () => {
    const res = await vraag(
      analist,
      'regio?gemeenten=GM0505,GM1924&van=2025-K1&tot=2026-K4&indeling=halfjaar',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Regio;
    expect(body.perioden.map((p) => p.naam)).toEqual([
      '1e halfjaar 2025',
      '2e halfjaar 2025',
      '1e halfjaar 2026',
      '2e halfjaar 2026',
    ]);
    const kw = [
      ['2025-K1', '2025-K2'],
      ['2025-K3', '2025-K4'],
      ['2026-K1', '2026-K2'],
      ['2026-K3', '2026-K4'],
    ];
    for (const g of body.gemeenten) {
      controleer(() => g.gemeentecode, g.tabellen, kw);
      valAan(g.tabellen);
    }
  });

  it('exports the same figures as CSV with Dutch headers and no personal data', async () => {
    const q = 'gemeenten=GM0599,GM0505&van=2026-K1&tot=2026-K4';
    const csv = await vraag(analist, `regio/export?${q}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const tekst = await csv.text();
    const regels = tekst.trimEnd().split('\r\n');
    expect(regels[0]).toBe('Gemeente;CBS-code;Periode;Onderwerp;Categorie;Aantal;Afgeschermd');
    const json = (await (await vraag(analist, `regio?${q}`)).json()) as Regio;
    const cellen = json.gemeenten.flatMap((g) =>
      g.tabellen.flatMap((tb) => [...tb.rijen.map((r) => r.waarden), tb.totalen]).flat(),
    );
    expect(regels).toHaveLength(1 + cellen.length);
    const rotterdam = regels.find((r) =>
      r.startsWith('Rotterdam;GM0599;1e kwartaal 2026;Zorgmeldingen ingediend, naar soort;Totaal;'),
    );
    const totaal = json.gemeenten[0]?.tabellen[0]?.totalen[0];
    expect(rotterdam).toBe(
      `Rotterdam;GM0599;1e kwartaal 2026;Zorgmeldingen ingediend, naar soort;Totaal;${String(totaal)};nee`,
    );
    // Suppressed values are empty, marked, and the count of them matches the JSON.
    expect(regels.filter((r) => r.endsWith(';;ja'))).toHaveLength(
      cellen.filter((c) => c === null).length,
    );
    expect(tekst).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("shows a VT coordinator its own VT's share on time, and nothing of the region", async () => {
    const res = await vraag(coordinator, 'veilig-thuis?van=2025-K1&tot=2026-K4');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      organisatie: string;
      perioden: { sleutel: string }[];
      tabellen: Tabel[];
    };
    expect(body.organisatie).toBe('Veilig Thuis Zuid-Holland Zuid');
    controleer(
      () => 'vt:vt-zuid-holland-zuid',
      body.tabellen,
      body.perioden.map((p) => [p.sleutel]),
    );
    valAan(body.tabellen);
    const termijn = body.tabellen.find((x) => x.id === 'beoordelingen-termijn');
    const aandeel = termijn?.kengetallen.find((k) => k.sleutel === 'aandeel-op-tijd');
    body.perioden.forEach((p, j) => {
      const op = telling('beoordelingen-termijn', 'vt:vt-zuid-holland-zuid', 'op-tijd', p.sleutel);
      const laat = telling(
        'beoordelingen-termijn',
        'vt:vt-zuid-holland-zuid',
        'te-laat',
        p.sleutel,
      );
      const getoond = aandeel?.waarden[j];
      if (
        termijn?.rijen[0]?.waarden[j] != null &&
        termijn.rijen[1]?.waarden[j] != null &&
        op + laat > 0
      ) {
        expect(getoond).toBe(Math.round((1000 * op) / (op + laat)) / 10);
      } else expect(getoond).toBeNull();
    });
    expect(aandeel?.waarden.some((v) => v !== null)).toBe(true);
    expect(
      (await vraag(coordinator, 'regio?gemeenten=GM0505&van=2026-K1&tot=2026-K4')).status,
    ).toBe(403);
    expect((await vraag(analist, 'veilig-thuis?van=2026-K1&tot=2026-K4')).status).toBe(403);
  });

  it('refuses other roles, a missing purpose and questions that do not fit, as problem+json', async () => {
    const politie = await loginAs(t.url, 'demo-politie-1');
    expect((await vraag(politie, 'regio?gemeenten=GM0599&van=2026-K1&tot=2026-K4')).status).toBe(
      403,
    );
    expect(
      (await vraag(analist, 'regio?gemeenten=GM0599&van=2026-K1&tot=2026-K4', '')).status,
    ).toBe(400);
    for (const q of [
      'gemeenten=GM0599&van=2026-K4&tot=2026-K1',
      'gemeenten=GM0599&van=2020-K1&tot=2026-K4',
      'gemeenten=GM9999&van=2026-K1&tot=2026-K4',
      'gemeenten=GM0599&van=2026-K2&tot=2026-K4&indeling=halfjaar',
      'gemeenten=GM0599&van=2026-K1&tot=2026-K4&thema=bestaat-niet',
      'gemeenten=Rotterdam&van=2026-K1&tot=2026-K4',
      'gemeenten=GM0599&van=2026-Q1&tot=2026-K4',
    ]) {
      const res = await vraag(analist, `regio?${q}`);
      expect({ q, status: res.status }).toEqual({ q, status: 400 });
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
  });

  it('filters casussen and exchanges by theme', async () => {
    const res = await vraag(
      analist,
      'regio?gemeenten=GM0599&van=2025-K1&tot=2026-K4&thema=huiselijk-geweld',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Regio;
    const geregistreerd = body.gemeenten[0]?.tabellen.find(
      (x) => x.id === 'casussen-geregistreerd',
    );
    for (const rij of geregistreerd?.rijen ?? []) {
      if (rij.sleutel !== 'huiselijk-geweld') expect(rij.waarden.every((v) => v === 0)).toBe(true);
    }
    const hg = geregistreerd?.rijen.find((r) => r.sleutel === 'huiselijk-geweld');
    body.perioden.forEach((p, j) => {
      const v = hg?.waarden[j];
      if (v != null)
        expect(v).toBe(telling('casussen-geregistreerd', 'GM0599', 'huiselijk-geweld', p.sleutel));
    });
  });
});
