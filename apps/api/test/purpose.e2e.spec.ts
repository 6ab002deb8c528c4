import { PurposeService } from '@schakel/purpose';
import { loginAs, type Session } from './login.js';
import { startTestApp, type TestApp } from './test-app.js';

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
    const { id: _id, versie: _v, vastgelegdDoor: _d, vastgelegdOp: _o, ...inhoud } = v1 ?? {};
    const res = await beheerder.fetch(
      '/api/v1/verwerkingsactiviteiten/zorgmelding-terugkoppeling',
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...inhoud, bewaartermijn: 'P7Y' }),
      },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      versie: 2,
      bewaartermijn: 'P7Y',
      vastgelegdDoor: 'demo-beheerder',
    });
    const versies = (await (
      await beheerder.fetch('/api/v1/verwerkingsactiviteiten/zorgmelding-terugkoppeling/versies')
    ).json()) as { versie: number; bewaartermijn: string }[];
    expect(versies.map((v) => [v.versie, v.bewaartermijn])).toEqual([
      [1, 'P5Y'],
      [2, 'P7Y'],
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
      'bewaartermijn (matches)',
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
    const { versie: _v, vastgelegdDoor: _d, vastgelegdOp: _o, ...nieuw } = v1 ?? {};
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
});
