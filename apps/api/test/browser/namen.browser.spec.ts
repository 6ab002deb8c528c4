import type { Browser, Page } from 'playwright-core';
import { loginAs } from '../login.js';
import { isolatedDatabase, startTestApp, type TestApp } from '../test-app.js';
import { maakCasus } from '../casus-fixtures.js';
import { dienZorgmeldingIn } from '../zorgmelding-fixtures.js';
import { launchChromium, logInWithDevIdp, trackedPage } from './chromium.js';

/**
 * Names, not codes (issue 14, ADR 0034): every demo role opens every page of its main menu,
 * and what the page shows (closed disclosures with an id one click away excluded) holds no
 * UUID, no user id, no organisation or role code and no rule id. A report and an active casus
 * made first give the lists something to show.
 */

const ROLLEN = [
  { sub: 'demo-politie-1', naam: 'Sanne de Vries', detail: true },
  { sub: 'demo-vt-rr-medewerker', naam: 'Ahmed Bakker', detail: true },
  { sub: 'demo-vt-rr-coordinator', naam: 'Linda Jansen', detail: true },
  { sub: 'demo-wijkteam-rotterdam', naam: 'Joyce Smit', detail: true },
  { sub: 'demo-zvh-procesregisseur', naam: 'Noor El Idrissi', detail: true },
  { sub: 'demo-ggz-partner', naam: 'Sam Verbeek', detail: true },
  { sub: 'demo-fg-vt-rr', naam: 'Ruben Hendriks' },
  { sub: 'demo-analist', naam: 'Mirjam de Wit' },
  { sub: 'demo-beheerder', naam: 'Tom Peters', detail: true },
];

/** What a person should never read on a screen. */
const CODES: [string, RegExp][] = [
  ['a UUID', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i],
  ['a user id', /\bdemo-[a-z-]+/],
  [
    'an organisation code',
    /\b(politie-rotterdam|vt-rotterdam-rijnmond|vt-zuid-holland-zuid|zvh-rotterdam-rijnmond|wijkteam-gm\d{4}|ggz-rijnmond|om-rotterdam|schakel-beheer)\b/,
  ],
  [
    'a role code',
    /\b(politie-medewerker|vt-medewerker|vt-coordinator|wijkteam-medewerker|zvh-procesregisseur|regionaal-analist)\b/,
  ],
  ['a rule id', /\b[a-z-]+:[a-z]+(-[a-z]+)+\b/],
  ['an ISO retention term', /\bP\d+[YMD]\b/],
];

/** A record's own page, linked from a list. */
const DETAIL =
  /^\/(politie\/zorgmeldingen|vt\/zorgmeldingen|wijkteam\/casussen|zvh\/casussen|partner\/casussen|beheer\/register)\/(?!nieuw$)[^/]+$/;

async function zichtbareTekst(page: Page): Promise<string> {
  return page.getByRole('main').innerText();
}

describe('names, not codes, on every menu page of every demo role', () => {
  let t: TestApp | undefined;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let browser: Browser | undefined;
  let url = '';

  beforeAll(async () => {
    browser = await launchChromium();
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    url = t.url;
    await dienZorgmeldingIn(await loginAs(url, 'demo-politie-1'));
    // An active casus with the GGZ taking part: the wijkteam's, the ZVH's and the partner's lists.
    await maakCasus(
      await loginAs(url, 'demo-wijkteam-rotterdam'),
      await loginAs(url, 'demo-zvh-procesregisseur'),
      {
        tot: 'actief',
        deelnemers: [{ organisatie: 'ggz-rijnmond', categorieen: ['identificatie', 'gezondheid'] }],
      },
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await isolated?.drop();
  });

  it.each(ROLLEN)(
    '$naam reads names, not codes',
    async (account) => {
      const { page } = await trackedPage(browser!);
      await logInWithDevIdp(page, url, account);
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
      const paden: string[] = [];
      for (const link of await menu.all()) {
        const href = (await link.getAttribute('href')) ?? '';
        if (!paden.includes(href)) paden.push(href);
      }
      const gevonden: string[] = [];
      // Each menu page, then the first record a list links to (a report, a casus, an activity).
      for (let i = 0; i < paden.length && i < 40; i++) {
        const pad = paden[i] ?? '';
        await page.goto(`${url}${pad}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const tekst = await zichtbareTekst(page);
        for (const link of await page.getByRole('main').getByRole('link').all()) {
          const href = (await link.getAttribute('href')) ?? '';
          if (DETAIL.test(href) && !paden.includes(href)) {
            paden.push(href);
            break;
          }
        }
        for (const [wat, patroon] of CODES) {
          const treffer = patroon.exec(tekst);
          if (treffer) gevonden.push(`${pad}: ${wat} "${treffer[0]}"`);
        }
      }
      expect(gevonden).toEqual([]);
      expect(paden.length).toBeGreaterThan(1);
      // Lists with a record opened it too.
      const details = paden.filter((p) => DETAIL.test(p)).length;
      expect({ wie: account.naam, details: details > 0 }).toEqual({
        wie: account.naam,
        details: 'detail' in account,
      });
      await page.context().close();
    },
    180_000,
  );
});
