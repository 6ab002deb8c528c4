import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadDemoAccounts, type DemoAccount } from '@schakel/identity';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../test-app.js';
import { expectAccessible as expectPageAccessible, launchChromium, ROOT } from './chromium.js';

/**
 * The web app against the real API and the development identity provider, in Debian's
 * chromium: every demo account logs in and out, every page passes axe (WCAG 2.1 AA), and
 * the whole round trip works with the keyboard alone.
 */

/** What users must read for each role code (the web app's own words, checked independently). */
const ROL_TEKST: Record<string, string> = {
  'politie-medewerker': 'Politiemedewerker',
  'vt-medewerker': 'Medewerker Veilig Thuis',
  'vt-coordinator': 'Coördinator Veilig Thuis',
  'wijkteam-medewerker': 'Medewerker sociaal wijkteam',
  'zvh-procesregisseur': 'Procesregisseur Zorg- en Veiligheidshuis',
  ketenpartner: 'Ketenpartner',
  fg: 'Functionaris gegevensbescherming (FG)',
  'privacy-officer': 'Privacy officer',
  informatiebeheerder: 'Informatiebeheerder',
  beheerder: 'Beheerder',
  'regionaal-analist': 'Regionaal analist',
};

/** Error codes of `/fout` and the heading each must show; the last one is unknown on purpose. */
const FOUTEN: [string, string][] = [
  ['onbekende-organisatie', 'Uw organisatie is niet bekend in Schakel'],
  ['onbekende-rol', 'Uw rol is niet bekend in Schakel'],
  ['inloggen-mislukt', 'Inloggen is niet gelukt'],
  ['sessie-verlopen', 'Uw sessie is verlopen'],
  ['geen-toegang', 'Geen toegang'],
  ['iets-onbekends', 'Er is iets misgegaan'],
];

const accounts = loadDemoAccounts();
const organisaties = new Map(
  (
    JSON.parse(readFileSync(`${ROOT}libs/identity/src/data/organisaties.json`, 'utf8')) as {
      organisaties: { code: string; naam: string }[];
    }
  ).organisaties.map((o) => [o.code, o.naam]),
);

/** Hashes of pages that passed axe: a page with exactly the same HTML is not checked twice. */
const passedAxe = new Set<string>();

/** axe (WCAG 2.1 AA) on the page as it is now; no violations allowed. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  // The identity provider's pages differ per visit only in the interaction id.
  const html = (await page.content()).replace(/\/interaction\/[\w-]+/g, '/interaction/-');
  const key = createHash('sha256').update(html).digest('hex');
  if (passedAxe.has(key)) return;
  await expectPageAccessible(page, what);
  passedAxe.add(key);
}

describe('web app in a browser (real API, development identity provider)', () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let url = '';

  beforeAll(async () => {
    browser = await launchChromium();
    t = await startTestApp();
    url = t.url;
    // Fail at once, and say why, when the API does not serve the web app.
    const index = await fetch(`${url}/`);
    if (!index.ok || !(await index.text()).includes('<div id="root">')) {
      throw new Error(`GET / gave ${String(index.status)}, not the web app from apps/web/dist`);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser!.newContext({ locale: 'nl-NL' });
    // Fail fast: a page that does not appear in 10 s will not appear at all.
    context.setDefaultTimeout(10_000);
    return context.newPage();
  }

  const heading1 = (page: Page) => page.getByRole('heading', { level: 1 });

  async function openStart(page: Page): Promise<void> {
    await page.goto(`${url}/`);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Schakel' }).waitFor();
  }

  async function chooseAccount(page: Page, account: DemoAccount): Promise<void> {
    const button = page.locator(`button[type="submit"][name="account"][value="${account.sub}"]`);
    expect(await button.textContent()).toContain(account.naam);
    await button.click();
    await page.getByRole('heading', { level: 1, name: `Welkom, ${account.naam}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  }

  async function logIn(page: Page, account: DemoAccount): Promise<void> {
    await openStart(page);
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/dev-idp\/interaction\//);
    await chooseAccount(page, account);
  }

  async function expectLoggedOut(page: Page): Promise<void> {
    await page.waitForURL(`${url}/?uitgelogd=1`);
    await page.getByText('U bent uitgelogd.').waitFor();
    expect(await page.getByRole('link', { name: 'Inloggen' }).count()).toBe(1);
    const me = await page.request.get(`${url}/api/v1/auth/me`);
    expect(me.status()).toBe(401);
  }

  it.each(accounts.map((account, i) => [account.sub, account, i] as const))(
    '%s logs in, sees who they are, passes axe on every page, and logs out',
    async (_sub, account, i) => {
      const page = await newPage();
      try {
        await openStart(page);
        await expectAccessible(page, 'start page');

        await page.getByRole('link', { name: 'Inloggen' }).click();
        await page.waitForURL(/\/dev-idp\/interaction\//);
        await expectAccessible(page, 'identity provider login page');
        await chooseAccount(page, account);

        const main = page.getByRole('main');
        const text = await main.innerText();
        expect(text).toContain(organisaties.get(account.organisatie));
        for (const rol of account.rollen) expect(text).toContain(ROL_TEKST[rol]);
        expect(text).toContain('Wat u hier kunt doen');
        await expectAccessible(page, 'home page');

        const [code, titel] = FOUTEN[i % FOUTEN.length]!;
        await page.goto(`${url}/fout?code=${code}`);
        await page.getByRole('heading', { level: 1, name: titel }).waitFor();
        await expectAccessible(page, `error page (${code})`);

        await page.goto(`${url}/`);
        await page.getByRole('button', { name: 'Uitloggen' }).click();
        await expectLoggedOut(page);
      } finally {
        await page.context().close();
      }
    },
  );

  it('works with the keyboard alone: skip link, log in, log out', async () => {
    const account = accounts[0]!;
    const page = await newPage();
    try {
      await openStart(page);

      const focused = page.locator(':focus');
      async function tabTo(what: string, matches: () => Promise<boolean>): Promise<void> {
        for (let tabs = 0; tabs < 40; tabs++) {
          await page.keyboard.press('Tab');
          if ((await focused.count()) === 1 && (await matches())) return;
        }
        throw new Error(`Tab never reached ${what}`);
      }
      const focusedText = async () => ((await focused.textContent()) ?? '').trim();

      // The first stop is the skip link; following it puts the next stop inside the content.
      await page.keyboard.press('Tab');
      expect(await focusedText()).toBe('Direct naar de inhoud');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focusedText()).toBe('Inloggen');
      await page.keyboard.press('Enter');

      await page.waitForURL(/\/dev-idp\/interaction\//);
      await tabTo(
        `the button of ${account.naam}`,
        async () => (await focused.getAttribute('value')) === account.sub,
      );
      await page.keyboard.press('Enter');
      await heading1(page)
        .filter({ hasText: `Welkom, ${account.naam}` })
        .waitFor();

      await tabTo('Uitloggen', async () => (await focusedText()) === 'Uitloggen');
      await page.keyboard.press('Enter');
      await expectLoggedOut(page);
    } finally {
      await page.context().close();
    }
  });

  it('lists the processing activities, explains a denial, and ends the session on a 401', async () => {
    const account = accounts[0]!;
    const page = await newPage();
    try {
      await logIn(page, account);
      const register = (await (
        await page.request.get(`${url}/api/v1/verwerkingsactiviteiten`)
      ).json()) as { naam: string }[];
      expect(register.length).toBeGreaterThan(0);

      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await nav.getByRole('link', { name: 'Verwerkingsactiviteiten' }).click();
      await heading1(page).filter({ hasText: 'Verwerkingsactiviteiten' }).waitFor();
      const rows = page.getByRole('table').locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(register.length);
      expect(await rows.first().innerText()).toContain(register[0]!.naam);
      await expectAccessible(page, 'processing activities page');

      // A 403 problem+json: the geen-toegang explanation with the API's detail, where it happened.
      const detail = 'Uw rol mag dit niet inzien voor dit doel.';
      await page.route('**/api/v1/verwerkingsactiviteiten', (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            type: 'urn:schakel:probleem:geen-toegang',
            title: 'Geen toegang',
            status: 403,
            detail,
          }),
        }),
      );
      await nav.getByRole('link', { name: 'Mijn werk' }).click();
      await nav.getByRole('link', { name: 'Verwerkingsactiviteiten' }).click();
      await heading1(page).filter({ hasText: 'Geen toegang' }).waitFor();
      expect(await page.getByRole('main').innerText()).toContain(detail);
      expect(await page.getByRole('main').innerText()).toContain('Elke weigering wordt vastgelegd');
      await expectAccessible(page, 'denial');

      // Any other 401: back to the start page, saying the session ended.
      await page.unroute('**/api/v1/verwerkingsactiviteiten');
      await page.route('**/api/v1/verwerkingsactiviteiten', (route) =>
        route.fulfill({
          status: 401,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'urn:schakel:probleem:niet-aangemeld', status: 401 }),
        }),
      );
      await nav.getByRole('link', { name: 'Mijn werk' }).click();
      await nav.getByRole('link', { name: 'Verwerkingsactiviteiten' }).click();
      await page.getByText('Uw sessie is beëindigd.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.getByRole('link', { name: 'Inloggen' }).getAttribute('href')).toBe(
        '/api/v1/auth/login?terug=%2Fverwerkingsactiviteiten',
      );
    } finally {
      await page.context().close();
    }
  });

  it('sends an aborted login to the error page', async () => {
    const page = await newPage();
    try {
      await openStart(page);
      await page.getByRole('link', { name: 'Inloggen' }).click();
      await page.waitForURL(/\/dev-idp\/interaction\//);
      await page.getByRole('link', { name: 'Inloggen afbreken' }).click();
      await page.waitForURL(/\/fout\?code=/);
      await heading1(page).waitFor();
      expect(await heading1(page).innerText()).toBe('Inloggen is niet gelukt');
    } finally {
      await page.context().close();
    }
  });
});
