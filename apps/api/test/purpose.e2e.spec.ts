import type { Actor } from '@schakel/identity';
import { PurposeService } from '@schakel/purpose';
import { DataSource } from 'typeorm';
import { loginAs, type Session } from './login.js';
import { startTestApp, type TestApp } from './test-app.js';

/** A version as read, without what the register records about it: the content to write back. */
function zonderMeta(versie: Record<string, unknown>): Record<string, unknown> {
  const {
    versie: _v,
    vastgelegdDoor: _d,
    vastgelegdDoorNaam: _dn,
    vastgelegdOp: _o,
    status: _s,
    beoordeeldDoor: _bd,
    beoordeeldDoorNaam: _bdn,
    beoordeeldOp: _bo,
    beoordelingToelichting: _bt,
    ...inhoud
  } = versie;
  return inhoud;
}

/** The stable code of a problem+json answer (the end of its type URN). */
async function codeOf(res: Response): Promise<string | undefined> {
  return ((await res.json()) as { type?: string }).type?.replace('urn:schakel:probleem:', '');
}

describe('verwerkingsregister and purpose binding', () => {
  let t: TestApp;
  let beheerder: Session;
  beforeAll(async () => {
    t = await startTestApp();
    beheerder = await loginAs(t.url, 'demo-beheerder');
  });
  afterAll(async () => {
    await t.close();
  });

  it('is seeded with the activities of the three workflows, each with art. 30 fields', async () => {
    const list = (await (await beheerder.fetch('/api/v1/verwerkingsactiviteiten')).json()) as {
      id: string;
      grondslag: string;
      bewaartermijn: string;
      categorieenGegevens: { bijzonder: boolean; strafrechtelijk: boolean }[];
    }[];
    // Other test files may add activities to the run's database: the seed must all be there.
    expect(list.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'casus-signalering-opschaling',
        'casusregie-zvh',
        'ketenpartner-deelname',
        'platformbeheer',
        'verantwoording-toezicht',
        'zorgmelding-indienen',
        'zorgmelding-ontvangen-beoordelen',
        'zorgmelding-terugkoppeling',
      ]),
    );
    for (const a of list) {
      expect(a.grondslag.length).toBeGreaterThan(3);
      expect(a.bewaartermijn).toMatch(/^P\d+Y$/);
    }
    const zorg = list.find((a) => a.id === 'zorgmelding-ontvangen-beoordelen');
    expect(zorg?.categorieenGegevens.some((c) => c.bijzonder)).toBe(true);
    expect(zorg?.categorieenGegevens.some((c) => c.strafrechtelijk)).toBe(true);
  });

  it('makes a new version on change and keeps the old one readable', async () => {
    const [v1] = (await (
      await beheerder.fetch('/api/v1/verwerkingsactiviteiten/zorgmelding-terugkoppeling/versies')
    ).json()) as Record<string, unknown>[];
    const { id: _id, ...inhoud } = zonderMeta(v1 ?? {});
    const res = await beheerder.fetch(
      '/api/v1/verwerkingsactiviteiten/zorgmelding-terugkoppeling',
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        // A shorter retention narrows the activity: in force at once.
        body: JSON.stringify({ ...inhoud, bewaartermijn: 'P3Y' }),
      },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      versie: 2,
      bewaartermijn: 'P3Y',
      vastgelegdDoor: 'demo-beheerder',
      status: 'geldig',
    });
    const versies = (await (
      await beheerder.fetch('/api/v1/verwerkingsactiviteiten/zorgmelding-terugkoppeling/versies')
    ).json()) as { versie: number; bewaartermijn: string }[];
    expect(versies.map((v) => [v.versie, v.bewaartermijn])).toEqual([
      [1, 'P5Y'],
      [2, 'P3Y'],
    ]);
    const current = (await (await beheerder.fetch('/api/v1/verwerkingsactiviteiten')).json()) as {
      id: string;
      versie: number;
    }[];
    expect(current.find((a) => a.id === 'zorgmelding-terugkoppeling')?.versie).toBe(2);
  });

  it('refuses an invalid register entry with the failing fields named', async () => {
    const res = await beheerder.fetch('/api/v1/verwerkingsactiviteiten', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'Niet Kebab',
        naam: 'x',
        bewaartermijn: '20 jaar',
        toegestaneRollen: ['koning'],
      }),
    });
    expect(res.status).toBe(400);
    const { detail } = (await res.json()) as { detail: string };
    for (const f of [
      'id (matches)',
      'naam (minLength)',
      'bewaartermijn (isoDuur)',
      'toegestaneRollen (isIn)',
      'doel',
    ]) {
      expect(detail).toContain(f);
    }
  });

  it('answers an unknown activity with 404 and a duplicate with 409', async () => {
    expect(
      (await beheerder.fetch('/api/v1/verwerkingsactiviteiten/bestaat-niet/versies')).status,
    ).toBe(404);
    const [v1] = (await (
      await beheerder.fetch('/api/v1/verwerkingsactiviteiten/platformbeheer/versies')
    ).json()) as Record<string, unknown>[];
    const nieuw = zonderMeta(v1 ?? {});
    const dup = await beheerder.fetch('/api/v1/verwerkingsactiviteiten', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(nieuw),
    });
    expect(dup.status).toBe(409);
  });

  it('knows which purposes are compatible (AVG art. 6(4)), in one direction only', async () => {
    const purpose = t.app.get(PurposeService);
    expect(
      await purpose.isCompatible('zorgmelding-indienen', 'zorgmelding-ontvangen-beoordelen'),
    ).toBe(true);
    expect(
      await purpose.isCompatible('zorgmelding-ontvangen-beoordelen', 'zorgmelding-indienen'),
    ).toBe(false);
    expect(await purpose.isCompatible('casusregie-zvh', 'zorgmelding-ontvangen-beoordelen')).toBe(
      false,
    );
    expect(await purpose.isCompatible('casusregie-zvh', 'verantwoording-toezicht')).toBe(true);
    expect(await purpose.isCompatible('platformbeheer', 'platformbeheer')).toBe(true);
    const table = (await (
      await beheerder.fetch('/api/v1/doelcompatibiliteit')
    ).json()) as unknown[];
    expect(table.length).toBeGreaterThanOrEqual(14);
  });

  it('binds a request to the version in force and refuses roles the activity does not name', async () => {
    const purpose = t.app.get(PurposeService);
    await expect(
      purpose.bind('zorgmelding-indienen', ['politie-medewerker']),
    ).resolves.toMatchObject({ id: 'zorgmelding-indienen', versie: 1 });
    await expect(purpose.bind('zorgmelding-indienen', ['vt-medewerker'])).rejects.toMatchObject({
      code: 'doel-niet-toegestaan',
    });
    await expect(purpose.bind(undefined, ['vt-medewerker'])).rejects.toMatchObject({
      code: 'doel-ontbreekt',
    });
    await expect(purpose.bind("x' OR 1=1 --", ['beheerder'])).rejects.toMatchObject({
      code: 'onbekende-verwerkingsactiviteit',
    });
  });

  describe('four eyes on changes that widen access (ADR 0018)', () => {
    let fgPolitie: Session;
    let fgZvh: Session;
    let fgVt: Session;
    let vtCoordinator: Session;
    const json = { 'content-type': 'application/json' };
    const toezicht = { ...json, verwerkingsactiviteit: 'verantwoording-toezicht' };
    beforeAll(async () => {
      fgPolitie = await loginAs(t.url, 'demo-fg-politie');
      fgZvh = await loginAs(t.url, 'demo-fg-zvh');
      fgVt = await loginAs(t.url, 'demo-fg-vt-rr');
      vtCoordinator = await loginAs(t.url, 'demo-vt-rr-coordinator');
    });

    /** The content of the version of `id` in force, ready to PUT. */
    async function inhoudVan(id: string): Promise<Record<string, unknown>> {
      const list = (await (
        await beheerder.fetch('/api/v1/verwerkingsactiviteiten')
      ).json()) as Record<string, unknown>[];
      const { id: _id, ...inhoud } = zonderMeta(list.find((a) => a.id === id) ?? {});
      return inhoud;
    }
    const put = (id: string, body: unknown) =>
      beheerder.fetch(`/api/v1/verwerkingsactiviteiten/${id}`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify(body),
      });
    const besluit = (
      s: Session,
      id: string,
      versie: number | string,
      b: 'goedkeuren' | 'afwijzen',
      headers: Record<string, string> = toezicht,
    ) =>
      s.fetch(`/api/v1/verwerkingsactiviteiten/${id}/versies/${String(versie)}/goedkeuring`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ besluit: b, toelichting: 'Grondslag en noodzaak nagegaan.' }),
      });
    const inForce = async (id: string) =>
      (
        (await (await beheerder.fetch('/api/v1/verwerkingsactiviteiten')).json()) as {
          id: string;
          versie: number;
          toegestaneRollen: string[];
        }[]
      ).find((a) => a.id === id);
    const casussenAls = (s: Session) =>
      s.fetch('/api/v1/casussen', { headers: { verwerkingsactiviteit: 'ketenpartner-deelname' } });
    const auditReden = async (actorId: string, reden: string) =>
      (
        await t.app
          .get(DataSource)
          .query<{ n: string }[]>(
            `SELECT count(*) AS n FROM actor_audit WHERE actor_id = $1 AND reden = $2 AND object_type = 'Verwerkingsactiviteit'`,
            [actorId, reden],
          )
      )[0]?.n;

    it('refuses adding fg to ketenpartner-deelname: the code gives the FG no rules there (422)', async () => {
      const inhoud = await inhoudVan('ketenpartner-deelname');
      const rollen = inhoud.toegestaneRollen as string[];
      expect(rollen).not.toContain('fg');
      const res = await put('ketenpartner-deelname', {
        ...inhoud,
        toegestaneRollen: [...rollen, 'fg'],
      });
      expect(res.status).toBe(422);
      expect(await codeOf(res)).toBe('rol-zonder-regels');
      expect((await inForce('ketenpartner-deelname'))?.versie).toBe(1);
      // And even bound to it, the FG would get no rule: role and organisation kind decide too.
      const refused = await casussenAls(fgPolitie);
      expect(refused.status).toBe(403);
    });

    it('narrows at once: removing a role needs no approval', async () => {
      expect((await casussenAls(vtCoordinator)).status).toBe(200);
      const inhoud = await inhoudVan('ketenpartner-deelname');
      const res = await put('ketenpartner-deelname', {
        ...inhoud,
        toegestaneRollen: (inhoud.toegestaneRollen as string[]).filter(
          (r) => r !== 'vt-coordinator',
        ),
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ versie: 2, status: 'geldig' });
      expect((await inForce('ketenpartner-deelname'))?.toegestaneRollen).not.toContain(
        'vt-coordinator',
      );
      const refused = await casussenAls(vtCoordinator);
      expect(refused.status).toBe(403);
      expect(await codeOf(refused)).toBe('doel-niet-toegestaan');
    });

    it('stores adding the role back as a proposal: the register in force and binding stay as they were', async () => {
      const inhoud = await inhoudVan('ketenpartner-deelname');
      const res = await put('ketenpartner-deelname', {
        ...inhoud,
        toegestaneRollen: [...(inhoud.toegestaneRollen as string[]), 'vt-coordinator'],
      });
      expect(res.status).toBe(202);
      expect(await res.json()).toMatchObject({ versie: 3, status: 'voorgesteld' });
      const geldend = await inForce('ketenpartner-deelname');
      expect(geldend?.versie).toBe(2);
      expect(geldend?.toegestaneRollen).not.toContain('vt-coordinator');
      const refused = await casussenAls(vtCoordinator);
      expect(refused.status).toBe(403);
      expect(await codeOf(refused)).toBe('doel-niet-toegestaan');
      await expect(
        t.app.get(PurposeService).bind('ketenpartner-deelname', ['vt-coordinator']),
      ).rejects.toMatchObject({ code: 'doel-niet-toegestaan' });
      // Everyone else reads only the versions that are or were valid.
      const politie = await loginAs(t.url, 'demo-politie-1');
      const versies = (await (
        await politie.fetch('/api/v1/verwerkingsactiviteiten/ketenpartner-deelname/versies')
      ).json()) as { versie: number }[];
      expect(versies.map((v) => v.versie).sort()).toEqual([1, 2]);
    });

    it('shows the FG the pending proposals, under verantwoording-toezicht only', async () => {
      const res = await fgVt.fetch('/api/v1/verwerkingsactiviteiten/voorstellen', {
        headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
      });
      expect(res.status).toBe(200);
      const voorstellen = (await res.json()) as {
        id: string;
        versie: number;
        vastgelegdDoor: string;
      }[];
      expect(voorstellen).toContainEqual(
        expect.objectContaining({
          id: 'ketenpartner-deelname',
          versie: 3,
          vastgelegdDoor: 'demo-beheerder',
        }),
      );
      expect((await fgVt.fetch('/api/v1/verwerkingsactiviteiten/voorstellen')).status).toBe(400);
      const alsBeheerder = await beheerder.fetch('/api/v1/verwerkingsactiviteiten/voorstellen', {
        headers: { verwerkingsactiviteit: 'platformbeheer' },
      });
      expect(alsBeheerder.status).toBe(403);
      expect(await auditReden('demo-beheerder', 'alleen-fg')).toBe('1');
    });

    it('lets neither the beheerder nor the proposer approve', async () => {
      const alsBeheerder = await besluit(beheerder, 'ketenpartner-deelname', 3, 'goedkeuren', {
        ...json,
        verwerkingsactiviteit: 'platformbeheer',
      });
      expect(alsBeheerder.status).toBe(403);
      expect(alsBeheerder.headers.get('content-type')).toContain('application/problem+json');
      expect((await besluit(beheerder, 'ketenpartner-deelname', 3, 'goedkeuren')).status).toBe(403);
      // Someone who is both beheerder and FG proposed it: the same person cannot approve it.
      const beide: Actor = {
        soort: 'gebruiker',
        id: 'demo-beheerder',
        organisatie: { code: 'schakel-beheer', naam: 'Schakel platformbeheer', type: 'platform' },
        rollen: ['beheerder', 'fg'],
        herkomst: {},
      };
      await expect(
        t.app.get(PurposeService).besluit(
          'ketenpartner-deelname',
          '3',
          { besluit: 'goedkeuren', toelichting: 'Mijn eigen voorstel, goed.' },
          {
            actor: beide,
            doel: { id: 'verantwoording-toezicht', versie: 1 },
            trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) },
          },
        ),
      ).rejects.toMatchObject({ code: 'eigen-voorstel' });
      expect(await auditReden('demo-beheerder', 'eigen-voorstel')).toBe('1');
      expect((await inForce('ketenpartner-deelname'))?.versie).toBe(2);
    });

    it('answers an unknown version 404, audited', async () => {
      for (const versie of [99, 'twee']) {
        const res = await besluit(fgZvh, 'ketenpartner-deelname', versie, 'goedkeuren');
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
      expect(await auditReden('demo-fg-zvh', 'niet-gevonden')).toBe('2');
    });

    it('puts the proposal in force when another FG approves it, once', async () => {
      const res = await besluit(fgZvh, 'ketenpartner-deelname', 3, 'goedkeuren');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        versie: 3,
        status: 'geldig',
        beoordeeldDoor: 'demo-fg-zvh',
        beoordelingToelichting: 'Grondslag en noodzaak nagegaan.',
      });
      const geldend = await inForce('ketenpartner-deelname');
      expect(geldend?.versie).toBe(3);
      expect(geldend?.toegestaneRollen).toContain('vt-coordinator');
      expect((await casussenAls(vtCoordinator)).status).toBe(200);
      const again = await besluit(fgVt, 'ketenpartner-deelname', 3, 'afwijzen');
      expect(again.status).toBe(409);
      expect(await codeOf(again)).toBe('niet-in-behandeling');
      const [decision] = await t.app
        .get(DataSource)
        .query<{ resultaat: string; regel: string; activiteit_id: string }[]>(
          // The register's decisions only: the same FG approves destruction lists in other files.
          `SELECT resultaat, regel, activiteit_id FROM actor_audit WHERE actor_id = 'demo-fg-zvh' AND actie = 'goedkeuren' AND resultaat = 'toegestaan' AND object_type = 'Verwerkingsactiviteit'`,
        );
      expect(decision).toEqual({
        resultaat: 'toegestaan',
        regel: 'fg:verwerkingsregister-vier-ogen',
        activiteit_id: 'verantwoording-toezicht',
      });
      expect(await auditReden('demo-fg-vt-rr', 'niet-in-behandeling')).toBe('1');
    });

    it('keeps a rejected or lapsed proposal out of force', async () => {
      const inhoud = await inhoudVan('zorgmelding-indienen');
      // A new legal basis and a longer retention each widen the activity.
      const grondslag = await put('zorgmelding-indienen', {
        ...inhoud,
        grondslag: 'Wet politiegegevens art. 19 en art. 20',
      });
      expect(grondslag.status).toBe(202);
      const { versie: afTeWijzen } = (await grondslag.json()) as { versie: number };
      const afgewezen = await besluit(fgVt, 'zorgmelding-indienen', afTeWijzen, 'afwijzen');
      expect(afgewezen.status).toBe(200);
      expect(await afgewezen.json()).toMatchObject({ status: 'afgewezen' });
      expect((await besluit(fgZvh, 'zorgmelding-indienen', afTeWijzen, 'goedkeuren')).status).toBe(
        409,
      );
      const langer = await put('zorgmelding-indienen', { ...inhoud, bewaartermijn: 'P6Y' });
      expect(langer.status).toBe(202);
      const { versie: vervalt } = (await langer.json()) as { versie: number };
      // A narrowing change meanwhile is in force at once, and the pending proposal lapses.
      const tekst = await put('zorgmelding-indienen', { ...inhoud, naam: 'Zorgmelding opstellen' });
      expect(tekst.status).toBe(200);
      const { versie: nu } = (await tekst.json()) as { versie: number };
      expect((await besluit(fgZvh, 'zorgmelding-indienen', vervalt, 'goedkeuren')).status).toBe(
        409,
      );
      const geldend = await inForce('zorgmelding-indienen');
      expect(geldend).toMatchObject({
        versie: nu,
        grondslag: inhoud.grondslag,
        bewaartermijn: 'P5Y',
      });
      await expect(
        t.app.get(PurposeService).bind('zorgmelding-indienen', ['politie-medewerker']),
      ).resolves.toMatchObject({ versie: nu });
      const alle = (await (
        await beheerder.fetch('/api/v1/verwerkingsactiviteiten/zorgmelding-indienen/versies')
      ).json()) as { versie: number; status: string }[];
      expect(alle.slice(-3).map((v) => v.status)).toEqual(['afgewezen', 'vervallen', 'geldig']);
    });

    it('refuses a role the code gives no rules under the activity (422), whatever the approval', async () => {
      const inhoud = await inhoudVan('casusregie-zvh');
      const before = await inForce('casusregie-zvh');
      const res = await put('casusregie-zvh', {
        ...inhoud,
        toegestaneRollen: [...(inhoud.toegestaneRollen as string[]), 'ketenpartner'],
      });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await res.json()) as { type: string; detail: string };
      expect(problem.type).toBe('urn:schakel:probleem:rol-zonder-regels');
      expect(problem.detail).toContain('ketenpartner');
      const nieuw = await beheerder.fetch('/api/v1/verwerkingsactiviteiten', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...inhoud, id: 'beheer-proef', toegestaneRollen: ['beheerder'] }),
      });
      expect(nieuw.status).toBe(422);
      expect(await auditReden('demo-beheerder', 'rol-zonder-regels')).toBe('3');
      // Nothing was stored, so there is nothing to approve.
      const versies = (await (
        await beheerder.fetch('/api/v1/verwerkingsactiviteiten/casusregie-zvh/versies')
      ).json()) as { versie: number }[];
      expect(versies.map((v) => v.versie)).toEqual([before?.versie]);
      expect(
        (await beheerder.fetch('/api/v1/verwerkingsactiviteiten/beheer-proef/versies')).status,
      ).toBe(404);
      const voorstellen = (await (
        await fgVt.fetch('/api/v1/verwerkingsactiviteiten/voorstellen', {
          headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
        })
      ).json()) as { id: string }[];
      expect(voorstellen.map((v) => v.id)).not.toContain('casusregie-zvh');
    });

    it('refuses a new activity before the code has rules for it, and accepts any ISO 8601 retention but no other', async () => {
      const inhoud = await inhoudVan('casusregie-zvh');
      const res = await beheerder.fetch('/api/v1/verwerkingsactiviteiten', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ ...inhoud, id: 'casusregie-proef', bewaartermijn: 'P18M' }),
      });
      expect(res.status).toBe(422);
      expect(await codeOf(res)).toBe('rol-zonder-regels');
      expect(await inForce('casusregie-proef')).toBeUndefined();
      // A shorter term narrows: in force at once, any ISO 8601 duration.
      const korter = await put('casusregie-zvh', { ...inhoud, bewaartermijn: 'P18M' });
      expect(korter.status).toBe(200);
      expect((await inForce('casusregie-zvh')) as unknown).toMatchObject({ bewaartermijn: 'P18M' });
      for (const bewaartermijn of ['18 maanden', 'P1.5Y', 'P0D']) {
        const fout = await put('casusregie-zvh', { ...inhoud, bewaartermijn });
        expect(fout.status).toBe(400);
        expect(((await fout.json()) as { detail: string }).detail).toContain(
          'bewaartermijn (isoDuur)',
        );
      }
    });
  });
});
