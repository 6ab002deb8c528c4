import { readFileSync } from 'node:fs';
import { AuditSequencer, AuditService, BETROKKENE_TYPE } from '@schakel/audit';
import { REGELS_VERSIE } from '@schakel/authz';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { isolatedDatabase, startTestApp, type TestApp } from './test-app.js';
import { dienZorgmeldingIn } from './zorgmelding-fixtures.js';

interface Zoek {
  records: {
    id: string;
    actorId: string;
    organisatieCode: string;
    actie: string;
    objectType: string;
    doorbraak: boolean;
  }[];
  volgende: string | null;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv, ['uri', 'uuid', 'date-time']);
const schema = (naam: string) =>
  ajv.compile(
    JSON.parse(
      readFileSync(new URL(`../../../libs/audit/src/data/${naam}`, import.meta.url), 'utf8'),
    ) as object,
  );
const LDV_KERN = schema('ldv-record.schema.json');
const LDV_LEZEN = schema('ldv-lezen.schema.json');
const ADL = schema('adl-record.schema.json');
/** The schema's errors for `data`, or null when it is valid. */
const fouten = (v: { (data: unknown): boolean; errors?: unknown }, data: unknown): unknown =>
  v(data) ? null : v.errors;

interface LdvAntwoord {
  metadata: { logbookId: string; organizationName: string };
  processingActivities: {
    traceId: string;
    spanId: string;
    parentSpanId?: string;
    status: string;
    name: string;
    attributes: Record<string, unknown>;
  }[];
}

describe("the FG's workplace: search the audit trail and explain an access", () => {
  let t: TestApp;
  let vt: Session;
  let fg: Session;
  let fgAnder: Session;
  let grantAudit = '';

  const zoek = (s: Session, body: unknown, doel = 'verantwoording-toezicht') =>
    s.fetch('/api/v1/verantwoording/zoeken', {
      method: 'POST',
      headers: { 'content-type': 'application/json', verwerkingsactiviteit: doel },
      body: JSON.stringify(body),
    });

  let isolated: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    // A database of its own: this app must lead the sequencer, and exports see only its records.
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    vt = await loginAs(t.url, 'demo-vt-rr-medewerker');
    fg = await loginAs(t.url, 'demo-fg-vt-rr');
    fgAnder = await loginAs(t.url, 'demo-fg-zvh');
    const made = await vt.fetch('/api/v1/doorbraken', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'zorgmelding-ontvangen-beoordelen',
      },
      body: JSON.stringify({
        onderwerpType: 'Zorgmelding',
        onderwerpId: await dienZorgmeldingIn(await loginAs(t.url, 'demo-politie-1'), 'GM0505'),
        verantwoording:
          'Kind in acuut gevaar; behandelaar onbereikbaar, melding moet direct worden ingezien.',
        duurMinuten: 5,
      }),
    });
    expect(made.status).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await isolated.drop();
  });

  it("shows an FG the accesses of their own organisation's actors, and only those", async () => {
    const own = (await (await zoek(fg, { actorId: 'demo-vt-rr-medewerker' })).json()) as Zoek;
    const grant = own.records.find((r) => r.objectType === 'Doorbraak' && r.doorbraak);
    expect(grant).toBeDefined();
    grantAudit = grant?.id ?? '';
    expect(own.records.every((r) => r.organisatieCode === 'vt-rotterdam-rijnmond')).toBe(true);
    const other = (await (
      await zoek(fgAnder, { actorId: 'demo-vt-rr-medewerker' })
    ).json()) as Zoek;
    expect(other.records).toEqual([]);
  });

  it('also shows an FG what other organisations did with data their organisation provided', async () => {
    // A ZVH worker reads data Veilig Thuis Rotterdam Rijnmond provided; another reads police data.
    const audit = t.app.get(AuditService);
    const zvh = {
      soort: 'gebruiker' as const,
      id: 'demo-zvh-procesregisseur',
      organisatie: {
        code: 'zvh-rotterdam-rijnmond',
        naam: 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond',
        type: 'zorg-en-veiligheidshuis' as const,
      },
      rollen: ['zvh-procesregisseur' as const],
      herkomst: {},
    };
    const write = (objectId: string, verstrekker: string) =>
      t.app.get(DataSource).transaction((m) =>
        audit.record(m, {
          actor: zvh,
          actie: 'read',
          objectType: 'Uitwisseling',
          objectId,
          resultaat: 'toegestaan',
          regel: 'test:verstrekt',
          doel: { id: 'casusregie-zvh', versie: 1 },
          trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) },
          verstrekker,
        }),
      );
    const vanVt = await write('u-van-vt', 'vt-rotterdam-rijnmond');
    const vanPolitie = await write('u-van-politie', 'politie-rotterdam');
    const seen = (await (await zoek(fg, { actorId: 'demo-zvh-procesregisseur' })).json()) as Zoek;
    expect(seen.records.map((r) => r.id)).toContain(vanVt);
    expect(seen.records.map((r) => r.id)).not.toContain(vanPolitie);
    const detail = await fg.fetch(`/api/v1/verantwoording/records/${vanVt}`, {
      headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
    });
    expect(detail.status).toBe(200);
    expect(
      ((await detail.json()) as { record: { verstrekkerCode: string } }).record.verstrekkerCode,
    ).toBe('vt-rotterdam-rijnmond');
    const hidden = await fg.fetch(`/api/v1/verantwoording/records/${vanPolitie}`, {
      headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
    });
    expect(hidden.status).toBe(404);
  });

  it('finds accesses by person through the keyed hash of the BSN sent in the body', async () => {
    expect((await zoek(fg, { bsn: '111222333' })).status).toBe(200);
    const found = (await (await zoek(fg, { bsn: '111222333' })).json()) as Zoek;
    expect(found.records.length).toBeGreaterThanOrEqual(1);
    expect(found.records.every((r) => r.actie === 'zoeken' && r.actorId === 'demo-fg-vt-rr')).toBe(
      true,
    );
    const other = (await (await zoek(fg, { bsn: '123456782' })).json()) as Zoek;
    expect(other.records.map((r) => r.id)).not.toEqual(
      expect.arrayContaining(found.records.map((r) => r.id)),
    );
  });

  it('refuses an invalid BSN with 400, naming the field and not the value', async () => {
    const res = await zoek(fg, { bsn: '123456789' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('bsn (isBsn)');
    expect(text).not.toContain('123456789');
  });

  it('pages with a keyset cursor', async () => {
    const first = (await (await zoek(fg, { limiet: 1 })).json()) as Zoek;
    expect(first.records).toHaveLength(1);
    expect(first.volgende).toBeTruthy();
    const second = (await (await zoek(fg, { limiet: 1, na: first.volgende })).json()) as Zoek;
    expect(second.records).toHaveLength(1);
    expect(second.records[0]?.id).not.toBe(first.records[0]?.id);
    expect((await zoek(fg, { na: 'bm9uc2Vuc2Vub25zZW5zZQ' })).status).toBe(400);
  });

  it('answers "waarom had deze persoon toegang?" with role, activity, legal basis, rule and justification', async () => {
    const res = await fg.fetch(`/api/v1/verantwoording/records/${grantAudit}`, {
      headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      regel: string;
      grondslag: string;
      doorbraakVerantwoording: string;
      uitleg: string;
    };
    expect(body.regel).toBe('vt:doorbraak-zorgmelding');
    expect(body.grondslag).toContain('Wmo 2015');
    expect(body.doorbraakVerantwoording).toContain('acuut gevaar');
    // Names, not codes: the person from the user directory, the role and the rule in words.
    expect(body.uitleg).toContain('Ahmed Bakker (medewerker Veilig Thuis');
    expect(body.uitleg).toContain('in spoed de glazen mag breken');
    expect(body.uitleg).toContain('doorbraak');
    expect(body.uitleg).not.toMatch(/vt:doorbraak|vt-medewerker|vt-rotterdam-rijnmond/);
    expect((body as unknown as { regelTekst: string }).regelTekst).toMatch(/glazen/);
    expect((body as unknown as { record: { actorNaam: string } }).record.actorNaam).toBe(
      'Ahmed Bakker',
    );
    const hidden = await fgAnder.fetch(`/api/v1/verantwoording/records/${grantAudit}`, {
      headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
    });
    expect(hidden.status).toBe(404);
  });

  it('lets no one but an FG search, and only for accountability', async () => {
    expect((await zoek(vt, {})).status).toBe(403);
    expect((await zoek(fg, {}, 'zorgmelding-ontvangen-beoordelen')).status).toBe(403);
    expect((await zoek(fg, {}, '')).status).toBe(400);
  });

  it('lets the FG review a break-the-glass access, and logs the verdict', async () => {
    const queue = (await (
      await fg.fetch('/api/v1/doorbraken/te-beoordelen', {
        headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
      })
    ).json()) as {
      id: string;
    }[];
    expect(queue.length).toBeGreaterThanOrEqual(1);
    const id = queue[0]?.id ?? '';
    const review = (who: Session, body: unknown) =>
      who.fetch(`/api/v1/doorbraken/${id}/beoordeling`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          verwerkingsactiviteit: 'verantwoording-toezicht',
        },
        body: JSON.stringify(body),
      });
    expect((await review(fg, { oordeel: 'misschien', toelichting: 'x' })).status).toBe(400);
    expect(
      (await review(fgAnder, { oordeel: 'onterecht', toelichting: 'Niet van mijn organisatie.' }))
        .status,
    ).toBe(404);
    const ok = await review(fg, {
      oordeel: 'terecht',
      toelichting: 'Acuut gevaar was aannemelijk; terecht gebruikt.',
    });
    expect(ok.status).toBe(201);
    const after = (await (
      await fg.fetch('/api/v1/doorbraken/te-beoordelen', {
        headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
      })
    ).json()) as {
      id: string;
    }[];
    expect(after.map((d) => d.id)).not.toContain(id);
    const logged = (await (await zoek(fg, { actorId: 'demo-fg-vt-rr' })).json()) as Zoek;
    expect(logged.records.some((r) => r.actie === 'beoordelen')).toBe(true);
    expect(
      (
        await vt.fetch('/api/v1/doorbraken/te-beoordelen', {
          headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
        })
      ).status,
    ).toBe(403);
  });

  it('shows the integrity status: latest signed checkpoint and records awaiting sealing', async () => {
    await t.app.get(AuditSequencer).sealNow();
    const res = await fg.fetch('/api/v1/verantwoording/integriteit', {
      headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      laatsteCheckpoint: { grootte: number } | null;
      wachtrij: number;
    };
    expect(body.laatsteCheckpoint?.grootte).toBeGreaterThan(0);
    expect(body.wachtrij).toBeGreaterThanOrEqual(0);
  });

  describe('statistieken: accesses and denials over time, counted in SQL within the scope', () => {
    interface Stats {
      perioden: string[];
      granulariteit: string;
      toegangPerOrganisatie: { sleutel: string | null; aantallen: number[] }[];
      toegangPerActiviteit: { sleutel: string | null; aantallen: number[] }[];
      weigeringen: number[];
    }
    const dag = (offset: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
        new Date(Date.now() + offset * 86_400_000),
      );
    const van = dag(-1);
    const tot = dag(1);
    const stats = (s: Session, query: string, doel = 'verantwoording-toezicht') =>
      s.fetch(`/api/v1/verantwoording/statistieken?${query}`, {
        headers: { verwerkingsactiviteit: doel },
      });
    const som = (r: { aantallen: number[] }[]) =>
      r.reduce((n, x) => n + x.aantallen.reduce((a, b) => a + b, 0), 0);
    /** Every record search finds, page by page (all of this file's records lie in the window). */
    async function alles(s: Session, resultaat: string): Promise<Zoek['records']> {
      const out: Zoek['records'] = [];
      let na: string | null = null;
      do {
        const page = (await (
          await zoek(s, {
            resultaat,
            limiet: 200,
            ...(na ? { na } : {}),
          })
        ).json()) as Zoek;
        out.push(...page.records);
        na = page.volgende;
      } while (na);
      return out;
    }

    beforeAll(async () => {
      // A denial in the FG's organisation, and one in another organisation.
      expect((await zoek(vt, {})).status).toBe(403);
      expect((await zoek(fgAnder, {}, 'zorgmelding-ontvangen-beoordelen')).status).toBe(403);
    });

    it("counts exactly what search finds, and never another organisation's records", async () => {
      const res = await stats(fg, `van=${van}&tot=${tot}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Stats;
      expect(body.perioden).toEqual([van, dag(0), tot]);
      // Own actors, plus the ZVH worker who read data this VT provided (the provider scope).
      expect(body.toegangPerOrganisatie.map((r) => r.sleutel).sort()).toEqual([
        'vt-rotterdam-rijnmond',
        'zvh-rotterdam-rijnmond',
      ]);
      expect(body.toegangPerActiviteit.map((r) => r.sleutel)).toEqual(
        expect.arrayContaining(['verantwoording-toezicht', 'zorgmelding-ontvangen-beoordelen']),
      );
      for (const r of [...body.toegangPerOrganisatie, ...body.toegangPerActiviteit]) {
        expect(r.aantallen).toHaveLength(3);
      }
      const toegestaan = som(body.toegangPerOrganisatie);
      expect(som(body.toegangPerActiviteit)).toBe(toegestaan);
      const weigeringen = body.weigeringen.reduce((a, b) => a + b, 0);
      expect(weigeringen).toBeGreaterThanOrEqual(1);
      // Search now also finds the count's own audit record ("tellen"), written after counting.
      const gevonden = await alles(fg, 'toegestaan');
      expect(gevonden).toHaveLength(toegestaan + 1);
      expect(gevonden.filter((r) => r.actie === 'tellen')).toHaveLength(1);
      expect(await alles(fg, 'geweigerd')).toHaveLength(weigeringen);

      const ander = (await (await stats(fgAnder, `van=${van}&tot=${tot}`)).json()) as Stats;
      const organisaties = ander.toegangPerOrganisatie.map((r) => r.sleutel);
      expect(organisaties).toEqual(['zvh-rotterdam-rijnmond']);
      // Each search writes its own record too: count the allowed ones first.
      expect(som(ander.toegangPerOrganisatie)).toBe(
        (await alles(fgAnder, 'toegestaan')).length - 1,
      );
      expect(ander.weigeringen.reduce((a, b) => a + b, 0)).toBe(
        (await alles(fgAnder, 'geweigerd')).length,
      );
    });

    it('groups by ISO week (Monday) when asked', async () => {
      const perDag = (await (await stats(fg, `van=${van}&tot=${tot}`)).json()) as Stats;
      const perWeek = (await (
        await stats(fg, `van=${van}&tot=${tot}&granulariteit=week`)
      ).json()) as Stats;
      expect(perWeek.granulariteit).toBe('week');
      for (const p of perWeek.perioden) expect(new Date(`${p}T00:00:00Z`).getUTCDay()).toBe(1);
      // The per-day count wrote one more record before the per-week count ran.
      expect(som(perWeek.toegangPerOrganisatie)).toBe(som(perDag.toegangPerOrganisatie) + 1);
    });

    it('refuses bad periods and anything but dates in the query, without echoing it', async () => {
      for (const query of [
        `van=${tot}&tot=${van}`,
        'van=2026-02-31&tot=2026-03-01',
        'van=2025-01-01&tot=2026-06-01',
        `van=${van}&tot=${tot}&granulariteit=maand`,
        `van=${van}`,
        `van=${van}&tot=${tot}&bsn=111222333`,
      ]) {
        const res = await stats(fg, query);
        expect([query, res.status]).toEqual([query, 400]);
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        expect(await res.text()).not.toContain('111222333');
      }
    });

    it('lets no one but an FG count, and only for accountability', async () => {
      expect((await stats(vt, `van=${van}&tot=${tot}`)).status).toBe(403);
      expect(
        (await stats(fg, `van=${van}&tot=${tot}`, 'zorgmelding-ontvangen-beoordelen')).status,
      ).toBe(403);
      expect((await stats(fg, `van=${van}&tot=${tot}`, '')).status).toBe(400);
      const logged = (await (await zoek(fg, { actorId: 'demo-fg-vt-rr' })).json()) as Zoek;
      expect(logged.records.some((r) => r.actie === 'tellen')).toBe(true);
    });
  });

  const exporteer = (s: Session, body: unknown) =>
    s.fetch('/api/v1/verantwoording/export', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'verantwoording-toezicht',
      },
      body: JSON.stringify(body),
    });
  const lees = (s: Session, body: unknown, doel = 'verantwoording-toezicht') =>
    s.fetch('/api/v1/verantwoording/ldv/processing-activities', {
      method: 'POST',
      headers: { 'content-type': 'application/json', verwerkingsactiviteit: doel },
      body: JSON.stringify(body),
    });
  const periode = () => ({
    van: new Date(Date.now() - 3_600_000).toISOString(),
    tot: new Date(Date.now() + 60_000).toISOString(),
  });

  it('exports the processing log as Logboek Dataverwerkingen 1.0 records, with pseudonyms only', async () => {
    await zoek(fg, { bsn: '999999990' });
    const res = await exporteer(fg, periode());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const text = await res.text();
    expect(text).not.toContain('999999990');
    expect(text).not.toContain('111222333');
    const lines = text
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            name: string;
            status_code: string;
            span_id: string;
            parent_span_id?: string;
            attributes: Record<string, unknown>;
          },
      );
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) {
      expect(fouten(LDV_KERN, l)).toBeNull();
      expect(l.attributes['dpl.core.processing_activity_id']).toMatch(
        /^http:\/\/[^/]+\/api\/v1\/verwerkingsactiviteiten\/verantwoording-toezicht\/versies\/\d+$/,
      );
      // Encrypted with its type (ADR 0033), never the keyed hash the database keeps.
      expect(l.attributes['dpl.core.data_subject_id']).toMatch(/^v1\.[A-Za-z0-9_-]{90,}$/);
      expect(l.attributes['dpl.core.data_subject_id_type']).toBe(BETROKKENE_TYPE);
      expect(l.attributes['nl.schakel.audit_record_id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(l.name).toBe('zoeken');
      expect(l.status_code).toBe('Ok');
      expect(l.parent_span_id).toMatch(/^[0-9a-f]{16}$/);
      expect(l.span_id).not.toBe(l.parent_span_id);
    }
    // The URI resolves in the register, to the version the processing was done under.
    const uri = String(lines[0]?.attributes['dpl.core.processing_activity_id']);
    const versie = await fg.fetch(new URL(uri).pathname);
    expect(versie.status).toBe(200);
    expect(((await versie.json()) as { id: string }).id).toBe('verantwoording-toezicht');
    const bad = await fg.fetch('/api/v1/verantwoording/export', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'verantwoording-toezicht',
      },
      body: JSON.stringify({ van: '2026-02-01T00:00:00Z', tot: '2026-01-01T00:00:00Z' }),
    });
    expect(bad.status).toBe(400);
  });
  it('exports every authorization decision, refusals included, as Authorization Decision Log records with the rules version', async () => {
    // A refusal: the FG under a purpose it may not use here.
    expect((await zoek(fg, {}, 'zorgmelding-ontvangen-beoordelen')).status).toBe(403);
    const res = await exporteer(fg, { ...periode(), logboek: 'beslissingen' });
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            status: string;
            attributes: Record<string, unknown>;
            body: { 'adl.core.response': { decision: boolean } };
          },
      );
    for (const l of lines) expect(fouten(ADL, l)).toBeNull();
    const geweigerd = lines.filter((l) => !l.body['adl.core.response'].decision);
    expect(geweigerd.length).toBeGreaterThanOrEqual(1);
    expect(geweigerd.every((l) => l.status === 'Unset')).toBe(true);
    expect(
      lines.some(
        (l) =>
          JSON.stringify(l.attributes['adl.core.policies']) ===
          JSON.stringify({ 'schakel-authz-regels': REGELS_VERSIE }),
      ),
    ).toBe(true);
    // Only the FG's own organisation's decisions (and those on data it provided).
    const ander = await exporteer(fgAnder, { ...periode(), logboek: 'beslissingen' });
    const anderText = await ander.text();
    expect(anderText).not.toContain('"demo-fg-vt-rr"');
  });

  describe('the read extension of Logboek Dataverwerkingen (by trace, activity, subject)', () => {
    it('finds by data subject: the BSN in the body, pseudonyms out, in the published shape', async () => {
      const bsn = '999999990';
      await zoek(fg, { bsn });
      const res = await lees(fg, { 'dpl.core.data_subject_id': bsn });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain(bsn);
      const body = JSON.parse(text) as LdvAntwoord;
      expect(fouten(LDV_LEZEN, body)).toBeNull();
      expect(body.metadata.logbookId).toBe('schakel-verwerkingslog');
      expect(body.processingActivities.length).toBeGreaterThanOrEqual(1);
      const pseudoniem = body.processingActivities[0]?.attributes['dpl.core.data_subject_id'];
      expect(
        body.processingActivities.every(
          (p) => p.attributes['dpl.core.data_subject_id'] === pseudoniem,
        ),
      ).toBe(true);
      // The pseudonym from an answer finds the same records.
      const weer = (await (
        await lees(fg, {
          'dpl.core.data_subject_id': pseudoniem,
          'dpl.core.data_subject_id_type': BETROKKENE_TYPE,
        })
      ).json()) as LdvAntwoord;
      expect(weer.processingActivities.length).toBeGreaterThanOrEqual(
        body.processingActivities.length,
      );
      // The code is encrypted, not the keyed hash the logs keep; it opens only unaltered and
      // under its own type.
      const [opgeslagen] = await t.app
        .get(DataSource)
        .query<{ betrokkene: string }[]>(
          'SELECT betrokkene FROM verwerkingslog WHERE trace_id = $1',
          [body.processingActivities[0]?.traceId.replace(/-/g, '')],
        );
      expect(opgeslagen?.betrokkene).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(text).not.toContain(opgeslagen?.betrokkene ?? 'x');
      const code = String(pseudoniem);
      const gewijzigd = `${code.slice(0, -2)}${code.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const id of [opgeslagen?.betrokkene ?? '', gewijzigd]) {
        const fout = await lees(fg, {
          'dpl.core.data_subject_id': id,
          'dpl.core.data_subject_id_type': BETROKKENE_TYPE,
        });
        expect(fout.status).toBe(400);
        expect(fout.headers.get('content-type')).toContain('application/problem+json');
      }
    });

    it('finds by trace (UUID or traceparent notation) and by activity, versioned or not', async () => {
      const zoekRes = await zoek(fg, { bsn: '999999990' });
      const traceparent = zoekRes.headers.get('traceparent') ?? '';
      const traceId = traceparent.split('-')[1] ?? '';
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      const perTrace = (await (await lees(fg, { traceId })).json()) as LdvAntwoord;
      expect(perTrace.processingActivities).toHaveLength(1);
      expect(perTrace.processingActivities[0]?.traceId.replace(/-/g, '')).toBe(traceId);
      const alsUuid = perTrace.processingActivities[0]?.traceId ?? '';
      expect(
        ((await (await lees(fg, { traceId: alsUuid })).json()) as LdvAntwoord).processingActivities,
      ).toHaveLength(1);

      const uri = String(
        perTrace.processingActivities[0]?.attributes['dpl.core.processing_activity_id'],
      );
      const perVersie = (await (
        await lees(fg, { 'dpl.core.processing_activity_id': uri })
      ).json()) as LdvAntwoord;
      expect(fouten(LDV_LEZEN, perVersie)).toBeNull();
      expect(perVersie.processingActivities.length).toBeGreaterThanOrEqual(2);
      const zonderVersie = uri.replace(/\/versies\/\d+$/, '');
      const perActiviteit = (await (
        await lees(fg, { 'dpl.core.processing_activity_id': zonderVersie })
      ).json()) as LdvAntwoord;
      expect(perActiviteit.processingActivities.length).toBeGreaterThanOrEqual(
        perVersie.processingActivities.length,
      );
    });

    it("keeps to the FG's scope: another organisation's FG finds none of it", async () => {
      const res = await lees(fgAnder, { 'dpl.core.data_subject_id': '999999990' });
      expect(res.status).toBe(200);
      const body = (await res.json()) as LdvAntwoord;
      const eigen = (await (
        await lees(fg, { 'dpl.core.data_subject_id': '999999990' })
      ).json()) as LdvAntwoord;
      const ids = new Set(eigen.processingActivities.map((p) => p.spanId));
      expect(body.processingActivities.some((p) => ids.has(p.spanId))).toBe(false);
    });

    it('refuses a question without trace, activity or subject, and an invalid BSN, without echoing it', async () => {
      const leeg = await lees(fg, { startTime: new Date().toISOString() });
      expect(leeg.status).toBe(400);
      const ongeldig = await lees(fg, { 'dpl.core.data_subject_id': '123456789' });
      expect(ongeldig.status).toBe(400);
      expect(await ongeldig.text()).not.toContain('123456789');
      const vreemd = await lees(fg, { 'dpl.core.processing_activity_id': 'https://x.example/y' });
      expect(vreemd.status).toBe(400);
    });

    it('is for the FG only, under verantwoording-toezicht, and is itself logged', async () => {
      expect((await lees(vt, { traceId: '0'.repeat(31) + '1' })).status).toBe(403);
      expect(
        (await lees(fg, { traceId: '0'.repeat(31) + '1' }, 'zorgmelding-ontvangen-beoordelen'))
          .status,
      ).toBe(403);
      const logged = (await (await zoek(fg, { actorId: 'demo-fg-vt-rr' })).json()) as Zoek;
      expect(logged.records.some((r) => r.actie === 'lezen')).toBe(true);
    });
  });
});
