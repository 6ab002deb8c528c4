import { AuditSequencer } from '@schakel/audit';
import type { Browser, Page } from 'playwright-core';
import { loginAs, type Session } from '../login.js';
import { isolatedDatabase, startTestApp, type TestApp } from '../test-app.js';
import { expectAccessible, launchChromium } from './chromium.js';
import { dienZorgmeldingIn } from '../zorgmelding-fixtures.js';

/**
 * The FG's workplace in Debian's chromium against the real API: an FG logs in through the
 * development identity provider, searches the audit trail by a person's BSN and by actor,
 * opens "waarom had deze persoon toegang?", reviews a break-the-glass grant, and sees the
 * integrity status and the charts. axe (WCAG 2.1 AA) on every screen and state; the search
 * form works with the keyboard alone; the BSN never appears in a URL the browser touched.
 */

const FG = { sub: 'demo-fg-vt-rr', naam: 'Ruben Hendriks' };
const VT = 'demo-vt-rr-medewerker';
/** A valid BSN (11-proef) of a fictional person, and one that fails the 11-proef. */
const BSN = '111222333';
const FOUT_BSN = '123456789';
const VERANTWOORDING =
  'Kind in acuut gevaar; de behandelaar is onbereikbaar en de melding moet nu worden gelezen.';

describe("the FG's workplace in a browser (real API, development identity provider)", () => {
  let t: TestApp | undefined;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let browser: Browser | undefined;
  let url = '';
  let fgApi: Session;
  /** A real report, routed to VT Zuid-Holland Zuid, that the VT worker breaks the glass for. */
  let ONDERWERP = '';

  beforeAll(async () => {
    browser = await launchChromium();
    // A database of its own: this app leads the sequencer, and the review queue is ours alone.
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    url = t.url;

    // Audit data made through the real API: a VT worker breaks the glass (an allowed access
    // with a justification, queued for the FG), and asks for something not allowed (a denial).
    const vt = await loginAs(url, VT);
    ONDERWERP = await dienZorgmeldingIn(await loginAs(url, 'demo-politie-1'), 'GM0505');
    const grant = await vt.fetch('/api/v1/doorbraken', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'zorgmelding-ontvangen-beoordelen',
      },
      body: JSON.stringify({
        onderwerpType: 'Zorgmelding',
        onderwerpId: ONDERWERP,
        verantwoording: VERANTWOORDING,
        duurMinuten: 15,
      }),
    });
    expect(grant.status).toBe(201);
    const denied = await vt.fetch('/api/v1/verantwoording/integriteit', {
      headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
    });
    expect(denied.status).toBe(403);
    // An earlier inquiry about the person: a processing record under the BSN's keyed hash.
    fgApi = await loginAs(url, FG.sub);
    const earlier = await fgApi.fetch('/api/v1/verantwoording/zoeken', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'verantwoording-toezicht',
      },
      body: JSON.stringify({ bsn: BSN }),
    });
    expect(earlier.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await isolated?.drop();
  });

  /** A fresh browser context that records every URL it requested or navigated to. */
  async function newPage(): Promise<{ page: Page; urls: string[]; bodies: string[] }> {
    const context = await browser!.newContext({ locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const urls: string[] = [];
    const bodies: string[] = [];
    page.on('request', (r) => {
      urls.push(r.url());
      if (r.url().endsWith('/api/v1/verantwoording/zoeken')) bodies.push(r.postData() ?? '');
    });
    page.on('framenavigated', (f) => urls.push(f.url()));
    return { page, urls, bodies };
  }

  async function logIn(page: Page): Promise<void> {
    await page.goto(`${url}/`);
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/dev-idp\/interaction\//);
    await page.locator(`button[type="submit"][name="account"][value="${FG.sub}"]`).click();
    await page.getByRole('heading', { level: 1, name: `Welkom, ${FG.naam}` }).waitFor();
  }

  /** Nothing personal in any URL, nor in the history state. */
  async function expectNoBsnInUrls(page: Page, urls: string[]): Promise<void> {
    expect(urls.length).toBeGreaterThan(5);
    for (const u of [...urls, page.url()]) {
      expect(u).not.toContain(BSN);
      expect(u).not.toContain(FOUT_BSN);
    }
    const state = await page.evaluate<string>('JSON.stringify(window.history.state) ?? ""');
    expect(state).not.toContain(BSN);
  }

  it('searches by BSN and actor, explains an access, reviews a grant, shows integrity and charts', async () => {
    const { page, urls, bodies } = await newPage();
    try {
      await logIn(page);
      const main = page.getByRole('main');
      const fgLinks = main.getByRole('list').filter({ hasText: 'Auditspoor doorzoeken' });
      for (const naam of [
        'Auditspoor doorzoeken',
        'Doorbraken beoordelen',
        'Integriteit van het auditspoor',
        'Grafieken: toegang en weigeringen',
      ]) {
        expect(await fgLinks.getByRole('link', { name: naam }).count()).toBe(1);
      }
      await expectAccessible(page, 'FG home page');

      // The search form; a BSN that fails the 11-proef never leaves the browser.
      await fgLinks.getByRole('link', { name: 'Auditspoor doorzoeken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Auditspoor doorzoeken' }).waitFor();
      await expectAccessible(page, 'search form');
      const bsnVeld = page.getByLabel('BSN van de betrokkene (niet verplicht)');
      await bsnVeld.fill(FOUT_BSN);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      const summary = page.getByRole('heading', { level: 2, name: 'Controleer het formulier' });
      await summary.waitFor();
      expect(await main.innerText()).toContain('voldoet niet aan de 11-proef');
      expect(await bsnVeld.getAttribute('aria-invalid')).toBe('true');
      expect(bodies).toEqual([]);
      await expectAccessible(page, 'search form with an invalid BSN');

      // A valid BSN: the earlier inquiry about this person is found; the BSN went in the body.
      await bsnVeld.fill(BSN);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('heading', { level: 2, name: 'Resultaten, pagina 1' }).waitFor();
      expect(bodies).toHaveLength(1);
      expect(JSON.parse(bodies[0]!)).toMatchObject({ bsn: BSN });
      const rows = page.getByRole('table').locator('tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(1);
      expect(await rows.first().innerText()).toContain('Zoeken in het auditspoor');
      expect(await rows.first().innerText()).toContain(FG.naam);
      await expectAccessible(page, 'search results by BSN');

      // By actor, chosen by name: the VT worker's break-the-glass grant and the denial.
      await bsnVeld.fill('');
      await page.getByLabel('Medewerker (niet verplicht)').selectOption({ label: 'Ahmed Bakker' });
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('cell', { name: /Aanmaken \(doorbraak\)/ }).waitFor();
      const grantRow = rows.filter({ hasText: 'Aanmaken (doorbraak)' });
      expect(await grantRow.innerText()).toContain('Ja');
      expect(await rows.filter({ hasText: 'Geweigerd' }).count()).toBe(1);
      await expectAccessible(page, 'search results by actor');

      // "Waarom had deze persoon toegang?"
      await grantRow.getByRole('link', { name: /Waarom\?/ }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Waarom had deze persoon toegang?' })
        .waitFor();
      await page.getByText('Regel die toegang gaf').waitFor();
      const uitleg = await main.innerText();
      // Names and a sentence, not codes: the rule id is one click away.
      expect(uitleg).toContain('Ahmed Bakker');
      expect(uitleg).toContain('Medewerker Veilig Thuis');
      expect(uitleg).toContain('Toegang omdat een medewerker van Veilig Thuis in spoed');
      expect(uitleg).not.toContain('vt:doorbraak-zorgmelding');
      expect(uitleg).not.toContain('vt-rotterdam-rijnmond');
      await page.getByText('Code van de regel').click();
      expect(await main.innerText()).toContain('vt:doorbraak-zorgmelding');
      expect(uitleg).toContain('Wmo 2015');
      expect(uitleg).toContain(VERANTWOORDING);
      expect(new URL(page.url()).pathname).toMatch(/^\/fg\/auditspoor\/[0-9a-f-]{36}$/);
      await expectAccessible(page, 'record explanation');

      // Back: the last results are still there (kept in memory, not in the URL or history).
      await page.getByRole('link', { name: 'Terug naar het zoeken in het auditspoor' }).click();
      await page.getByRole('heading', { level: 2, name: 'Resultaten, pagina 1' }).waitFor();
      expect(await page.getByLabel('Medewerker (niet verplicht)').inputValue()).toBe(VT);

      // The review queue: an empty verdict is refused in the browser, then one is recorded.
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await nav.getByRole('link', { name: 'Doorbraken' }).click();
      const kaart = page.getByRole('region', {
        name: /^Doorbraak door Ahmed Bakker op Zorgmelding van .+, gerouteerd naar Veilig Thuis Zuid-Holland Zuid$/,
      });
      await kaart.waitFor();
      expect(await kaart.innerText()).toContain(VERANTWOORDING);
      expect(await kaart.innerText()).toContain('Veilig Thuis Rotterdam Rijnmond');
      expect(await kaart.innerText()).toContain('Nog geen.');
      expect(await kaart.innerText()).not.toContain(ONDERWERP);
      await expectAccessible(page, 'review queue');
      await kaart.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await kaart.getByText('Kies of de doorbraak terecht of onterecht was.').first().waitFor();
      expect(await kaart.innerText()).toContain('Schrijf een toelichting van minstens 10 tekens.');
      await expectAccessible(page, 'review with errors');
      await kaart.getByLabel('Terecht', { exact: true }).check();
      await kaart
        .getByLabel('Toelichting')
        .fill('Acuut gevaar was aannemelijk en de behandelaar was onbereikbaar.');
      await kaart.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await page
        .getByRole('status')
        .getByText(
          /^Uw oordeel \(terecht\) is vastgelegd: Doorbraak door Ahmed Bakker op Zorgmelding/,
        )
        .waitFor();
      // The judged grant leaves the queue once the page has reloaded it (a card with the same
      // title then stands under "Eerder beoordeeld", without the verdict form).
      const open = kaart.filter({ has: page.getByRole('button', { name: 'Oordeel vastleggen' }) });
      for (let i = 0; i < 100 && (await open.count()) > 0; i++) await page.waitForTimeout(100);
      expect(await open.count()).toBe(0);
      // The verdict joins the history of reviewed grants, with the FG's name.
      const geschiedenis = page.getByRole('region', { name: 'Eerder beoordeeld' });
      await geschiedenis.getByText(/terecht volgens Ruben Hendriks/).waitFor();
      await expectAccessible(page, 'review recorded');
      const queue = (await (
        await fgApi.fetch('/api/v1/doorbraken/te-beoordelen', {
          headers: { verwerkingsactiviteit: 'verantwoording-toezicht' },
        })
      ).json()) as {
        onderwerpId: string;
      }[];
      expect(queue.map((d) => d.onderwerpId)).not.toContain(ONDERWERP);

      // Integrity: the latest signed checkpoint covers what was sealed.
      await t!.app.get(AuditSequencer).sealNow();
      await nav.getByRole('link', { name: 'Integriteit' }).click();
      await page.getByRole('heading', { level: 2, name: 'Laatste checkpoint' }).waitFor();
      const integriteit = await main.innerText();
      expect(integriteit).toMatch(/Aantal verzegelde records\s+[1-9]/);
      expect(integriteit).toContain('Wortelhash (SHA-256)');
      expect(integriteit).toContain('Niet in orde');
      expect(integriteit).toContain('Er is nog geen controle uitgevoerd.');
      expect(integriteit).not.toContain('npm');
      expect(integriteit).toContain('Wachtrij');
      await expectAccessible(page, 'integrity status');

      // Charts, each an SVG with a name and description, and its numbers as a table.
      await nav.getByRole('link', { name: 'Grafieken' }).click();
      for (const titel of [
        'Toegang per organisatie',
        'Toegang per verwerkingsactiviteit',
        'Weigeringen',
      ]) {
        await page.getByRole('img', { name: titel }).waitFor();
      }
      await expectAccessible(page, 'charts');
      const perOrganisatie = page.getByRole('region', { name: 'Toegang per organisatie' });
      await perOrganisatie
        .getByText('Toon de cijfers van „Toegang per organisatie” als tabel')
        .click();
      const tabel = perOrganisatie.getByRole('table');
      expect(await tabel.getByRole('columnheader').allInnerTexts()).toEqual([
        'Dag',
        'Veilig Thuis Rotterdam Rijnmond',
      ]);
      const cijfers = (await tabel.locator('tbody td').allInnerTexts()).map(Number);
      expect(cijfers).toHaveLength(30);
      expect(cijfers.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
      const weigeringen = page.getByRole('region', { name: 'Weigeringen' });
      expect(await weigeringen.locator('#grafiek-weigeringen-omschrijving').innerText()).toMatch(
        /Weigeringen: [1-9]\d* weigering(en)? in totaal/,
      );
      await expectAccessible(page, 'charts with a table open');

      // Per week: fewer periods, same kind of answer.
      await page.getByLabel('Tellen per').selectOption('week');
      await page.getByRole('button', { name: 'Toon grafieken' }).click();
      // The new charts come with their tables closed again.
      await perOrganisatie
        .getByRole('columnheader', { name: 'Week vanaf', includeHidden: true })
        .waitFor({ state: 'attached' });
      const weken = await perOrganisatie.locator('table tbody tr').count();
      expect(weken).toBeGreaterThanOrEqual(5);
      expect(weken).toBeLessThanOrEqual(6);

      await expectNoBsnInUrls(page, urls);
    } finally {
      await page.context().close();
    }
    // Eleven axe runs on a busy 2-core machine.
  }, 420_000);

  it('operates the search form with the keyboard alone', async () => {
    const { page, urls, bodies } = await newPage();
    try {
      await logIn(page);
      await page.goto(`${url}/fg/auditspoor`);
      await page.getByRole('heading', { level: 1, name: 'Auditspoor doorzoeken' }).waitFor();
      // Strings, not functions: this file is type-checked without the DOM library.
      const focusedId = () => page.evaluate<string>('document.activeElement?.id ?? ""');
      const focusedText = () => page.evaluate<string>('document.activeElement?.textContent ?? ""');
      async function tabTo(id: string): Promise<void> {
        for (let tabs = 0; tabs < 40; tabs++) {
          await page.keyboard.press('Tab');
          if ((await focusedId()) === id) return;
        }
        throw new Error(`Tab never reached #${id}`);
      }

      // A bad BSN, submitted with Enter: the error summary gets the focus and leads back.
      await tabTo('zoek-bsn');
      await page.keyboard.type(FOUT_BSN);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: 'Controleer het formulier' }).waitFor();
      expect(await page.evaluate<string>('document.activeElement?.className ?? ""')).toContain(
        'schakel-foutoverzicht',
      );
      await page.keyboard.press('Tab');
      expect(await focusedText()).toContain('11-proef');
      await page.keyboard.press('Enter');
      expect(await focusedId()).toBe('zoek-bsn');
      expect(bodies).toEqual([]);

      // Correct it, pick a result with the arrow keys, and search with the button.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(BSN);
      await tabTo('zoek-resultaat');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#zoek-resultaat').inputValue()).toBe('toegestaan');
      for (let tabs = 0; tabs < 20; tabs++) {
        await page.keyboard.press('Tab');
        if ((await focusedText()) === 'Zoeken') break;
      }
      await page.keyboard.press('Enter');
      // The results heading takes the focus, so the next Tab lands in the results.
      await page.getByRole('heading', { level: 2, name: 'Resultaten, pagina 1' }).waitFor();
      expect(await focusedId()).toBe('resultaten-kop');
      expect(JSON.parse(bodies[0]!)).toMatchObject({ bsn: BSN, resultaat: 'toegestaan' });
      // First the actor's name (its id one click away), then "Waarom?".
      await page.keyboard.press('Tab');
      expect(await focusedText()).toContain(FG.naam);
      await page.keyboard.press('Tab');
      expect(await focusedText()).toContain('Waarom?');
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 1, name: 'Waarom had deze persoon toegang?' })
        .waitFor();
      await page.getByText('Regel die toegang gaf').waitFor();
      await expectNoBsnInUrls(page, urls);
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('pages through the results with "Volgende pagina" (keyset)', async () => {
    // More records than one page (25) for the FG's own actor.
    for (let i = 0; i < 26; i++) {
      const res = await fgApi.fetch('/api/v1/verantwoording/zoeken', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          verwerkingsactiviteit: 'verantwoording-toezicht',
        },
        body: JSON.stringify({ limiet: 1 }),
      });
      expect(res.status).toBe(200);
    }
    const { page } = await newPage();
    try {
      await logIn(page);
      await page.goto(`${url}/fg/auditspoor`);
      await page.getByLabel('Medewerker (niet verplicht)').selectOption({ label: FG.naam });
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('heading', { level: 2, name: 'Resultaten, pagina 1' }).waitFor();
      const rows = page.getByRole('table').locator('tbody tr');
      expect(await rows.count()).toBe(25);
      // Records made in the same second read alike: compare them by the link to each record.
      const links = async () => {
        const a = rows.locator('a');
        const hrefs: (string | null)[] = [];
        for (let i = 0; i < (await a.count()); i++) hrefs.push(await a.nth(i).getAttribute('href'));
        return hrefs;
      };
      const paginaEen = await links();
      await page.getByRole('button', { name: 'Volgende pagina' }).click();
      await page.getByRole('heading', { level: 2, name: 'Resultaten, pagina 2' }).waitFor();
      expect(await rows.count()).toBeGreaterThanOrEqual(1);
      const paginaTwee = await links();
      expect(paginaTwee.length).toBeGreaterThanOrEqual(1);
      expect(paginaTwee.filter((h) => paginaEen.includes(h))).toEqual([]);
      await expectAccessible(page, 'second page of results');
      // Back to the first page: newest first again (now including the searches just made).
      await page.getByRole('button', { name: 'Vorige pagina' }).click();
      await page.getByRole('heading', { level: 2, name: 'Resultaten, pagina 1' }).waitFor();
      expect(await rows.count()).toBe(25);
      expect(await page.getByRole('button', { name: 'Vorige pagina' }).count()).toBe(0);
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
