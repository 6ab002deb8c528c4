import type { Browser, Page } from 'playwright-core';
import { api, maakCasus } from '../casus-fixtures.js';
import { loginAs, type Session } from '../login.js';
import { startTestApp, type TestApp } from '../test-app.js';
import { dienZorgmeldingIn } from '../zorgmelding-fixtures.js';
import { expectAccessible, launchChromium, logInWithDevIdp, trackedPage } from './chromium.js';

/**
 * "Mijn werk" in a browser, per role: the home page shows each pile with its count, the count
 * is the number of items listed (at most 20) and the length of that person's list in the API,
 * the menu marks the current page, no sideways scroll at 390px, and axe finds nothing.
 */

const BEOORDELEN = 'zorgmelding-ontvangen-beoordelen';

interface Onderdeel {
  soort: string;
  titel: string;
  aantal: number;
  items: { id: string }[];
}

const ROLLEN: { sub: string; naam: string; stapels: string[] }[] = [
  {
    sub: 'demo-vt-rr-medewerker',
    naam: 'Ahmed Bakker',
    stapels: ['Nog niet toegewezen', 'Aan mij toegewezen'],
  },
  { sub: 'demo-politie-1', naam: 'Sanne de Vries', stapels: ['Concepten om af te maken'] },
  {
    sub: 'demo-wijkteam-dordrecht',
    naam: 'Mark van Dijk',
    stapels: ['Aangemeld, nog niet opgeschaald'],
  },
  { sub: 'demo-zvh-procesregisseur', naam: 'Noor El Idrissi', stapels: ['Wacht op uw triage'] },
  { sub: 'demo-ggz-partner', naam: 'Sam Verbeek', stapels: ['Uitwisselingen om te bevestigen'] },
  { sub: 'demo-fg-vt-rr', naam: 'Ruben Hendriks', stapels: ['Doorbraken om te beoordelen'] },
];

describe('mijn werk in a browser, per role', () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let url = '';

  beforeAll(async () => {
    browser = await launchChromium();
    t = await startTestApp();
    url = t.url;
    const politie = await loginAs(url, 'demo-politie-1');
    const vt = await loginAs(url, 'demo-vt-rr-medewerker');
    const coord = await loginAs(url, 'demo-vt-rr-coordinator');
    const wijkteam = await loginAs(url, 'demo-wijkteam-dordrecht');
    const zvh = await loginAs(url, 'demo-zvh-procesregisseur');
    const a = await dienZorgmeldingIn(politie, 'GM0599');
    await dienZorgmeldingIn(politie, 'GM0599');
    expect((await api(vt, 'POST', `/vt/zorgmeldingen/${a}/ontvangst`, BEOORDELEN, {})).status).toBe(
      200,
    );
    expect(
      (
        await api(coord, 'POST', `/vt/zorgmeldingen/${a}/toewijzing`, BEOORDELEN, {
          medewerker: 'demo-vt-rr-medewerker',
        })
      ).status,
    ).toBe(200);
    const concept = await api(politie, 'POST', '/zorgmeldingen', 'zorgmelding-indienen', {
      status: 'concept',
    });
    expect(concept.status).toBe(201);
    const casus = await maakCasus(wijkteam, zvh, {
      tot: 'geaccepteerd',
      deelnemers: [{ organisatie: 'ggz-rijnmond', categorieen: ['identificatie', 'gezondheid'] }],
    });
    const uitwisseling = await api(
      zvh,
      'POST',
      `/casussen/${casus.id}/uitwisselingen`,
      'casusregie-zvh',
      {
        naar: ['ggz-rijnmond'],
        betrokkenen: [casus.personen[0]?.persoonId],
        categorieen: ['gezondheid'],
        proportionaliteit: 'Alleen wat de GGZ nodig heeft om de zorg te starten.',
        subsidiariteit: 'Er is geen minder ingrijpende manier om de zorg te laten starten.',
        inhoud: 'Demo: verzoek om contact op te nemen.',
      },
    );
    expect(uitwisseling.status).toBe(201);
    await maakCasus(wijkteam, zvh, { tot: 'aangemeld' });
    await maakCasus(wijkteam, zvh, { tot: 'in-triage' });
    const grant = await api(vt, 'POST', '/doorbraken', BEOORDELEN, {
      onderwerpType: 'Zorgmelding',
      onderwerpId: await dienZorgmeldingIn(politie, 'GM0505'),
      verantwoording: 'Acuut gevaar voor een kind; de behandelaar is niet bereikbaar.',
      duurMinuten: 5,
    });
    expect(grant.status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The pile's section on the page: its count and how many items it lists. */
  const gelezen = async (page: Page, titel: string) => {
    const sectie = page.getByRole('region', { name: new RegExp(`^${titel}`) });
    const kop = await sectie.getByRole('heading', { level: 3 }).innerText();
    const aantal = Number(/(\d+)\s*$/.exec(kop)?.[1]);
    const items = await sectie.getByRole('listitem').count();
    return { aantal, items };
  };

  for (const rol of ROLLEN) {
    it(`${rol.sub}: counts that match the lists, accessible, no sideways scroll`, async () => {
      const { page } = await trackedPage(browser!);
      await page.setViewportSize({ width: 390, height: 844 });
      await logInWithDevIdp(page, url, rol);
      await page.getByRole('heading', { level: 2, name: 'Mijn werk' }).waitFor();
      await page.getByRole('navigation', { name: 'Mijn werk in aantallen' }).waitFor();
      const sessie: Session = await loginAs(url, rol.sub);
      const werk = (await api(sessie, 'GET', '/mijn-werk', undefined)).body as {
        onderdelen: Onderdeel[];
      };
      for (const titel of rol.stapels) {
        const o = werk.onderdelen.find((x) => x.titel === titel);
        expect([titel, o?.aantal ?? 0]).not.toEqual([titel, 0]);
        const op = await gelezen(page, titel);
        expect([titel, op.aantal]).toEqual([titel, o?.aantal]);
        expect([titel, op.items]).toEqual([titel, Math.min(o?.aantal ?? 0, 20)]);
      }
      // The menu marks the current page.
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await menu.locator('[aria-current="page"]').innerText()).toBe('Mijn werk');
      const breedte = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(breedte).toBeLessThanOrEqual(390);
      await expectAccessible(page, `mijn werk (${rol.sub}, 390px)`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await expectAccessible(page, `mijn werk (${rol.sub})`);
      await page.context().close();
    });
  }

  it('the FG reads a plain integrity verdict on the home page, no npm command', async () => {
    const { page } = await trackedPage(browser!);
    await logInWithDevIdp(page, url, { sub: 'demo-fg-vt-rr', naam: 'Ruben Hendriks' });
    const sectie = page.getByRole('region', { name: 'Integriteit van het auditspoor' });
    const tekst = await sectie.innerText();
    expect(tekst).toMatch(/In orde|Niet in orde/);
    expect(tekst).not.toMatch(/npm/);
    await page.context().close();
  });

  it('the beheerder: no piles at home, then health, organisations and users by name', async () => {
    const { page } = await trackedPage(browser!);
    await page.setViewportSize({ width: 390, height: 844 });
    await logInWithDevIdp(page, url, { sub: 'demo-beheerder', naam: 'Tom Peters' });
    await page.getByText('Voor uw rol wacht hier geen werk').waitFor();
    const tekst = await page.getByRole('main').innerText();
    expect(tekst).not.toMatch(/Organisaties beheren|Het verwerkingsregister beheren/);
    await expectAccessible(page, 'beheerder home (390px)');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.getByText('Veilig Thuis Rotterdam Rijnmond (Veilig Thuis)').waitFor();
    await page.getByText(/^Database: in orde$/).waitFor();
    await page
      .getByRole('table', { name: /Gebruikers/ })
      .getByText('Tom Peters')
      .waitFor();
    expect(await menu.locator('[aria-current="page"]').innerText()).toBe('Beheer');
    expect(await page.getByRole('main').innerText()).toContain('gemeente Rotterdam');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    await expectAccessible(page, 'beheer (390px)');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectAccessible(page, 'beheer');
    await page.context().close();
  });
});
