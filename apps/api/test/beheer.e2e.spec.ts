import { DataSource } from 'typeorm';
import { api } from './casus-fixtures.js';
import { loginAs, type Session } from './login.js';
import { startTestApp, type TestApp } from './test-app.js';

/** The beheerder's screens: organisations by name, the user directory, health and queues. */
describe('beheer: organisations, users, health', () => {
  let t: TestApp;
  let beheerder: Session;
  let fg: Session;

  beforeAll(async () => {
    t = await startTestApp();
    beheerder = await loginAs(t.url, 'demo-beheerder');
    fg = await loginAs(t.url, 'demo-fg-vt-rr');
  });
  afterAll(async () => {
    await t.close();
  });

  it('names organisations and the municipality of a wijkteam', async () => {
    const r = await api(fg, 'GET', '/organisaties', undefined);
    expect(r.status).toBe(200);
    const orgs = r.body as { code: string; naam: string; gemeente: string | null }[];
    expect(orgs.find((o) => o.code === 'wijkteam-gm0599')?.gemeente).toBe('Rotterdam');
    expect(orgs.find((o) => o.code === 'vt-rotterdam-rijnmond')?.naam).toBe(
      'Veilig Thuis Rotterdam Rijnmond',
    );
  });

  it('shows the beheerder who has access, under platformbeheer only, and logs it', async () => {
    const r = await api(beheerder, 'GET', '/beheer/gebruikers', 'platformbeheer');
    expect(r.status).toBe(200);
    const lijst = r.body as {
      id: string;
      naam: string;
      organisatieNaam: string;
      rollen: string[];
    }[];
    expect(lijst).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'demo-fg-vt-rr',
          naam: 'Ruben Hendriks',
          organisatieNaam: 'Veilig Thuis Rotterdam Rijnmond',
          rollen: ['fg'],
        }),
      ]),
    );
    const [rij] = await t.app
      .get(DataSource)
      .query<{ object_type: string; regel: string; activiteit_id: string }[]>(
        'SELECT object_type, regel, activiteit_id FROM actor_audit WHERE trace_id = $1',
        [r.traceId],
      );
    expect(rij).toEqual({
      object_type: 'Gebruiker',
      regel: 'beheerder:gebruikers-inzien',
      activiteit_id: 'platformbeheer',
    });
    // The FG chooses an actor by name in the audit search: the list under its own activity
    // (ADR 0034), never under platformbeheer.
    const voorFg = await api(fg, 'GET', '/beheer/gebruikers', 'verantwoording-toezicht');
    expect(voorFg.status).toBe(200);
    const [fgRij] = await t.app
      .get(DataSource)
      .query<{ regel: string; activiteit_id: string }[]>(
        'SELECT regel, activiteit_id FROM actor_audit WHERE trace_id = $1',
        [voorFg.traceId],
      );
    expect(fgRij).toEqual({
      regel: 'fg:gebruikers-kiezen',
      activiteit_id: 'verantwoording-toezicht',
    });
    expect((await api(fg, 'GET', '/beheer/gebruikers', 'platformbeheer')).status).toBe(403);
  });

  it('reports health and queues with names, not codes', async () => {
    const r = await api(beheerder, 'GET', '/beheer/gezondheid', undefined);
    expect(r.status).toBe(200);
    const g = r.body as {
      inOrde: boolean;
      controles: { naam: string; inOrde: boolean }[];
      verzegelWachtrij: number;
      verzegelAchterstandSeconden: number;
      bezorgingen: unknown[];
    };
    expect(g.controles.find((c) => c.naam === 'database')?.inOrde).toBe(true);
    expect(g.verzegelWachtrij).toBeGreaterThanOrEqual(0);
    expect(g.verzegelAchterstandSeconden).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(g.bezorgingen)).toBe(true);
    expect((await api(fg, 'GET', '/beheer/gezondheid', undefined)).status).toBe(403);
  });
});
