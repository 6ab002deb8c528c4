import type { Browser, Page } from 'playwright-core';
import { volledigeMelding } from '@schakel/zorgmeldingen';
import { loginAs } from '../login.js';
import { isolatedDatabase, startTestApp, type TestApp } from '../test-app.js';
import {
  expectAccessible as expectPageAccessible,
  launchChromium,
  logInWithDevIdp,
  trackedPage,
} from './chromium.js';

/**
 * A zorgmelding from police to Veilig Thuis in Debian's chromium against the real API: a
 * police officer files a report in steps (the first step with the keyboard alone; a BSN that
 * fails the 11-proef first), a VT worker finds it in the inbox, acknowledges it, records the
 * assessment and gives feedback, and the officer sees the status and the feedback, never VT's
 * internal note. axe (WCAG 2.1 AA) on every screen visited; no BSN or name in any URL.
 */

const POLITIE = { sub: 'demo-politie-1', naam: 'Sanne de Vries' };
const VT = { sub: 'demo-vt-rr-medewerker', naam: 'Ahmed Bakker' };
const COORDINATOR = { sub: 'demo-vt-rr-coordinator', naam: 'Linda Jansen' };
/** Fictional people; a BSN that passes the 11-proef and one that fails it. */
const BSN = '111222333';
const FOUT_BSN = '123456789';
const ACHTERNAAM = 'Voorbeeldsma';
const NOTITIE = 'Intern: eerder bekend bij het wijkteam.';
const BERICHT = 'Overgedragen aan het wijkteam Rotterdam-Noord.';

/** Every axe run, for the count in the test output. */
const axeRuns: string[] = [];

async function expectAccessible(page: Page, what: string): Promise<void> {
  await expectPageAccessible(page, what);
  axeRuns.push(what);
}

describe('a zorgmelding from police to Veilig Thuis in a browser (real API, development IdP)', () => {
  let t: TestApp | undefined;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let browser: Browser | undefined;
  let url = '';

  beforeAll(async () => {
    browser = await launchChromium();
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    url = t.url;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await isolated?.drop();
    console.log(`axe (WCAG 2.1 AA): ${String(axeRuns.length)} screens, 0 violations`);
  });

  function newPage(): Promise<{ page: Page; urls: string[] }> {
    return trackedPage(browser!);
  }

  function logIn(page: Page, account: { sub: string; naam: string }): Promise<void> {
    return logInWithDevIdp(page, url, account);
  }

  function expectNothingPersonalInUrls(urls: string[]): void {
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) {
      expect(u).not.toContain(BSN);
      expect(u).not.toContain(FOUT_BSN);
      expect(u).not.toContain(ACHTERNAAM);
    }
  }

  const stapKop = (page: Page, n: number, naam: string) =>
    page.getByRole('heading', { level: 2, name: `Stap ${String(n)} van 5: ${naam}` });

  it('police file a report, VT acknowledges, assesses and feeds back, police see it', async () => {
    // ---- Police: the report in steps -------------------------------------------------------
    const politie = await newPage();
    const page = politie.page;
    await logIn(page, POLITIE);
    await expectAccessible(page, 'police home page');
    await page
      .getByRole('main')
      .getByRole('link', { name: 'Nieuwe zorgmelding opstellen' })
      .click();
    await stapKop(page, 1, 'Incident').waitFor();
    await expectAccessible(page, 'step 1 Incident');

    // Step 1 with the keyboard alone: the app puts the focus on the main content.
    const focused = () => page.evaluate<string>('document.activeElement?.id ?? ""');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('zm-incident-soort');
    await page.keyboard.type('Huiselijk geweld');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('zm-incident-datum');
    // Headless chromium shows the date field in the order maand/dag/jaar.
    await page.keyboard.type('11062026');
    await page.keyboard.press('Tab');
    // The date input has three parts: tab on until the time field.
    while ((await focused()) === 'zm-incident-datum') await page.keyboard.press('Tab');
    expect(await focused()).toBe('zm-incident-tijdstip');
    // ...and the time field with AM/PM: 09:40 PM is 21:40.
    await page.keyboard.type('0940P');
    while ((await focused()) === 'zm-incident-tijdstip') await page.keyboard.press('Tab');
    expect(await focused()).toBe('zm-incident-plaats-omschrijving');
    await page.keyboard.type('Woning van het gezin');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('zm-incident-plaats-gemeentecode');
    await page.keyboard.type('Rotterdam');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('zm-kinderenAanwezig');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await stapKop(page, 2, 'Betrokkenen').waitFor();
    expect(await focused()).toBe('');
    expect(await page.evaluate<string>('document.activeElement?.tagName ?? ""')).toBe('H2');
    await page.getByRole('button', { name: 'Vorige stap' }).click();
    await stapKop(page, 1, 'Incident').waitFor();
    expect(await page.getByLabel('Soort zorg').inputValue()).toBe('huiselijk-geweld');
    expect(await page.getByLabel('Datum van het incident').inputValue()).toBe('2026-11-06');
    expect(await page.getByLabel('Tijdstip (niet verplicht)').inputValue()).toBe('21:40');
    expect(await page.getByLabel('Gemeente van het incident').inputValue()).toBe('GM0599');
    expect(await page.getByLabel('Ja').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await stapKop(page, 2, 'Betrokkenen').waitFor();

    // Step 2: a BSN that fails the 11-proef is refused in the browser, in Dutch.
    const b1 = page.getByRole('group', { name: 'Betrokkene 1' });
    await b1.getByLabel('Rol', { exact: true }).selectOption('slachtoffer');
    await b1.getByLabel('Voornamen (niet verplicht)').fill('Anna');
    await b1.getByLabel('Achternaam', { exact: true }).fill(ACHTERNAAM);
    await b1.getByLabel('BSN (niet verplicht)').fill(FOUT_BSN);
    await b1.getByLabel('Geboortedatum (niet verplicht)').fill('1990-03-14');
    await b1.getByLabel('Straat (niet verplicht)').fill('Proefstraat');
    await b1.getByLabel('Huisnummer (niet verplicht)').fill('12');
    await b1.getByLabel('Huisletter (niet verplicht)').fill('a');
    await b1.getByLabel('Toevoeging (niet verplicht)').fill('3');
    // Typed as people do: normalised, never refused.
    await b1.getByLabel('Postcode (niet verplicht)').fill('3011 aa');
    await b1.getByLabel('Postcode (niet verplicht)').blur();
    expect(await b1.getByLabel('Postcode (niet verplicht)').inputValue()).toBe('3011 AA');
    // A street longer than the schema allows: only the API knows (below).
    await b1.getByLabel('Straat (niet verplicht)').fill('Proefstraat'.repeat(10));
    await b1.getByLabel('Woonplaats', { exact: true }).fill('Rotterdam');
    await b1.getByLabel('Gemeente van de woonplaats').selectOption('GM0599');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await page.getByRole('heading', { level: 2, name: 'Controleer het formulier' }).waitFor();
    const fout = page.getByRole('link', { name: /voldoet niet aan de 11-proef/ });
    await fout.waitFor();
    await expectAccessible(page, 'step 2 with an invalid BSN');
    await fout.click();
    expect(await focused()).toBe('zm-betrokkenen-0-identiteit-bsn');
    expect(await b1.getByLabel('BSN (niet verplicht)').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(BSN);

    // The API's own field errors (400 problem+json) land in the same summary, in Dutch.
    const opslaan = page.waitForResponse((r) => r.url().includes('/api/v1/zorgmeldingen'));
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    expect((await opslaan).status()).toBe(400);
    const apiFout = page.getByRole('link', {
      name: 'Betrokkene 1: controleer de straat: te lang (ten hoogste 100 tekens).',
    });
    await apiFout.waitFor();
    await expectAccessible(page, 'step 2 with an error from the API');
    await apiFout.click();
    expect(await focused()).toBe('zm-betrokkenen-0-adres-straat');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Proefstraat');

    await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    const b2 = page.getByRole('group', { name: 'Betrokkene 2' });
    await b2.getByLabel('Rol', { exact: true }).selectOption('pleger');
    await b2.getByLabel('Achternaam', { exact: true }).fill('Test');
    await expectAccessible(page, 'step 2 Betrokkenen, two persons');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await stapKop(page, 3, 'Risicotaxatie').waitFor();

    // Step 3: the RiHG; two rood in part A points to a huisverbod.
    const namen = new Set<string>();
    for (const radio of await page.locator('input[type="radio"]').all()) {
      namen.add((await radio.getAttribute('name')) ?? '');
    }
    const ids = [...namen];
    expect(ids).toHaveLength(20);
    for (const name of ids) await page.locator(`#${name}--onbekend`).check();
    await page.locator('#zm-risicotaxatie-pleger-eerderHuiselijkGeweld').check();
    await page.locator('#zm-risicotaxatie-pleger-middelengebruik').check();
    const rijA = page.getByRole('row', { name: /Deel A: de pleger/ });
    expect(await rijA.innerText()).toContain('Ja: 2 of meer keer rood');
    await expectAccessible(page, 'step 3 Risicotaxatie');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await stapKop(page, 4, 'Relaas en maatregelen').waitFor();

    // Step 4: narrative, measures, contact data.
    await page
      .getByLabel('Relaas', { exact: true })
      .fill('Buren hoorden geschreeuw; ter plaatse een gewonde vrouw.');
    await page.getByLabel('Aanhouding van de pleger').check();
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(POLITIE.naam);
    await page.getByLabel('Team', { exact: true }).fill('Basisteam Maas-Delta');
    await page.getByLabel('Telefoonnummer').fill('+31 10 123 4567');
    await expectAccessible(page, 'step 4 Relaas en maatregelen');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await stapKop(page, 5, 'Controle').waitFor();
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain(`Anna ${ACHTERNAAM}`);
    expect(await main.innerText()).toContain(BSN);
    expect(await main.innerText()).toContain('Proefstraat 12A-3, 3011 AA Rotterdam');
    await expectAccessible(page, 'step 5 Controle');

    // Submitting cannot be undone: a confirmation first.
    await page.getByRole('button', { name: 'Zorgmelding indienen' }).click();
    await page.getByRole('alertdialog', { name: 'Zorgmelding definitief indienen?' }).waitFor();
    await expectAccessible(page, 'step 5 confirmation');
    const indienen = page.waitForRequest((r) => r.url().endsWith('/indienen'));
    await page.getByRole('button', { name: 'Ja, definitief indienen' }).click();
    const verzoek = await indienen;
    expect((await verzoek.allHeaders())['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText('Uw zorgmelding is ingediend').waitFor();
    const id = /\/politie\/zorgmeldingen\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
    expect(id).not.toBe('');
    expect(await main.innerText()).toContain('Veilig Thuis Rotterdam Rijnmond');
    await expectAccessible(page, 'police report after submit');

    // ---- Veilig Thuis: inbox, receipt, assessment, feedback ---------------------------------
    const vt = await newPage();
    const vp = vt.page;
    await logIn(vp, VT);
    await vp.getByRole('main').getByRole('link', { name: 'Inbox zorgmeldingen' }).click();
    await vp.getByRole('heading', { level: 1, name: 'Inbox zorgmeldingen' }).waitFor();
    await vp.getByRole('table').waitFor();
    await expectAccessible(vp, 'VT inbox');
    await vp.getByLabel('Gemeente').selectOption('GM0599');
    await vp.getByLabel('Termijn').selectOption('op-tijd');
    await vp.getByRole('button', { name: 'Filteren' }).click();
    const link = vp.locator(`a[href="/vt/zorgmeldingen/${id}"]`);
    await link.waitFor();
    const rij = vp.getByRole('row').filter({ has: link });
    expect(await rij.innerText()).toContain('Op tijd');
    await expectAccessible(vp, 'VT inbox filtered');
    await link.click();
    await vp
      .getByRole('heading', { level: 1, name: /^Zorgmelding ZM-\d{4}-\d{6} beoordelen$/ })
      .waitFor();
    await vp.getByRole('heading', { level: 2, name: 'Ontvangst bevestigen' }).waitFor();
    expect(await vp.getByRole('main').innerText()).toContain('Wijst op een tijdelijk huisverbod');
    await expectAccessible(vp, 'VT report');

    await vp.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    await vp.getByText('De ontvangst is bevestigd.').waitFor();
    await expectAccessible(vp, 'VT report received');

    await vp.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await vp.getByRole('link', { name: 'Kies de uitkomst.' }).waitFor();
    await expectAccessible(vp, 'VT assessment without outcome');
    await vp.getByLabel('Uitkomst').selectOption('overdracht-lokaal-veld');
    await vp.getByLabel('Interne notitie (niet verplicht)').fill(NOTITIE);
    await vp.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await vp.getByText('De veiligheidsbeoordeling is vastgelegd.').waitFor();
    await expectAccessible(vp, 'VT report assessed');

    await vp.getByLabel('Bericht voor de politie (niet verplicht)').fill(BERICHT);
    await vp.getByRole('button', { name: 'Terugkoppeling controleren' }).click();
    const controle = vp.getByRole('alertdialog', { name: /Terugkoppeling geven: controleren/ });
    await controle.waitFor();
    expect(await controle.innerText()).toContain(BERICHT);
    await expectAccessible(vp, 'VT feedback preview');
    await vp.getByRole('button', { name: 'Ja, definitief versturen' }).click();
    await vp.getByText('De terugkoppeling is aan de politie gegeven.').waitFor();
    expect(await vp.getByRole('main').innerText()).toContain('Afgesloten');
    await expectAccessible(vp, 'VT report with feedback');

    // ---- Police: status and feedback, never VT's note ---------------------------------------
    await page.getByRole('link', { name: 'Mijn zorgmeldingen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mijn zorgmeldingen' }).waitFor();
    const eigen = page.locator(`a[href="/politie/zorgmeldingen/${id}"]`);
    await eigen.waitFor();
    expect(await page.getByRole('row').filter({ has: eigen }).innerText()).toContain('Gegeven');
    await expectAccessible(page, 'police list');
    await eigen.click();
    await page
      .getByRole('heading', { level: 2, name: 'Terugkoppeling van Veilig Thuis' })
      .waitFor();
    await page.getByText(BERICHT).waitFor();
    const tekst = await main.innerText();
    expect(tekst).toContain('Afgesloten');
    expect(tekst).toContain('Overdracht aan het lokale veld (wijkteam)');
    expect(tekst).toContain('Ontvangst bevestigd');
    expect(tekst).not.toContain(NOTITIE);
    await expectAccessible(page, 'police report with feedback');

    expectNothingPersonalInUrls(politie.urls);
    expectNothingPersonalInUrls(vt.urls);
    expect(axeRuns.length).toBeGreaterThanOrEqual(18);
  }, 180_000);

  it('a VT coordinator re-routes a routing exception with a reason', async () => {
    // A report without any address cannot be routed: it waits for a coordinator.
    const politie = await loginAs(url, POLITIE.sub);
    const headers = {
      'content-type': 'application/json',
      verwerkingsactiviteit: 'zorgmelding-indienen',
    };
    const concept = await politie.fetch('/api/v1/zorgmeldingen', {
      method: 'POST',
      headers,
      body: JSON.stringify({ status: 'concept' }),
    });
    expect(concept.status).toBe(201);
    const { id } = (await concept.json()) as { id: string };
    const melding = volledigeMelding();
    for (const b of melding.betrokkenen ?? []) delete b.adres;
    const ingediend = await politie.fetch(`/api/v1/zorgmeldingen/${id}/indienen`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': `browser-coordinatie-${id}` },
      body: JSON.stringify(melding),
    });
    expect(ingediend.status).toBe(200);
    expect(((await ingediend.json()) as { status: string }).status).toBe('routeringsuitzondering');

    const { page } = await newPage();
    await logIn(page, COORDINATOR);
    await page
      .getByRole('main')
      .getByRole('link', { name: /Coördinatie: routeringsuitzonderingen/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Coördinatie zorgmeldingen' }).waitFor();
    const sectie = page.getByRole('region', { name: /Uitzondering 1: Geen woonplaats bekend/ });
    await sectie.waitFor();
    // The kenmerk police and VT share, also in the coordinator's queue.
    expect(await sectie.innerText()).toMatch(/Kenmerk\s+ZM-\d{4}-\d{6}/);
    await expectAccessible(page, 'coordinator queues');
    await sectie.getByRole('button', { name: /Doorsturen/ }).click();
    await sectie
      .getByRole('link', { name: 'Kies het Veilig Thuis dat de melding krijgt.' })
      .waitFor();
    await expectAccessible(page, 'coordinator re-route without a choice');
    await sectie.getByLabel('Naar Veilig Thuis').selectOption('vt-rotterdam-rijnmond');
    await sectie.getByLabel('Reden').fill('Het gezin woont volgens de wijkagent in Rotterdam.');
    await sectie.getByRole('button', { name: /Doorsturen/ }).click();
    await page
      .getByText('De melding is doorgestuurd naar Veilig Thuis Rotterdam Rijnmond.')
      .waitFor();
    await page.getByText('Er zijn geen routeringsuitzonderingen.').waitFor();
    await expectAccessible(page, 'coordinator queues after re-routing');

    // The report is now in the VT's inbox.
    await page.getByRole('link', { name: 'Inbox zorgmeldingen' }).first().click();
    await page.locator(`a[href="/vt/zorgmeldingen/${id}"]`).waitFor();
  }, 120_000);
});
