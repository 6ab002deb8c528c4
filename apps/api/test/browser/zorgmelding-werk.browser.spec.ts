import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { RIHG_SIGNALEN, volledigeMelding } from '@schakel/zorgmeldingen';
import { loginAs, type Session } from '../login.js';
import { isolatedDatabase, startTestApp, type TestApp } from '../test-app.js';
import {
  expectAccessible as expectPageAccessible,
  launchChromium,
  logInWithDevIdp,
  trackedPage,
} from './chromium.js';

/**
 * Zorgmeldingen for a working day (issue 14), in Debian's chromium against the real API: a
 * concept is left and resumed by its URL, after a reload, Back and a new login; unsaved input
 * asks before leaving; police and VT find a report by its kenmerk; a VT worker reads every RiHG
 * signal and takes a report; the inbox filters survive a reload; at 390 px no police or VT page
 * scrolls sideways. axe (WCAG 2.1 AA) on every new screen and state.
 */

const POLITIE = { sub: 'demo-politie-1', naam: 'Sanne de Vries' };
const VT = { sub: 'demo-vt-rr-medewerker', naam: 'Ahmed Bakker' };
const COORDINATOR = { sub: 'demo-vt-rr-coordinator', naam: 'Linda Jansen' };
const ACHTERNAAM = 'Tureluur';
const BSN = '111222333';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const axeRuns: string[] = [];
async function expectAccessible(page: Page, what: string): Promise<void> {
  await expectPageAccessible(page, what);
  axeRuns.push(what);
}

/**
 * The page does not scroll sideways (the viewport is 390 px wide); on failure the elements
 * that stick out say where.
 */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const [breedte, venster] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, window.innerWidth]',
  );
  expect([what, venster]).toEqual([what, 390]);
  const uitstekend =
    breedte <= 390
      ? []
      : await page.evaluate<string[]>(
          `[...document.querySelectorAll('main *')]
             .filter((e) => e.getBoundingClientRect().right > 390)
             .slice(-5)
             .map((e) => e.tagName + '.' + e.className + ' ' + (e.textContent ?? '').slice(0, 40))`,
        );
  expect([what, breedte <= 390, uitstekend]).toEqual([what, true, []]);
}

/** Every page opened at 390 px: its heading, its data, then no sideways scroll. */
async function geenZijwaartsScrollen(page: Page, url: string, paginas: [string, string][]) {
  for (const [pad, wat] of paginas) {
    await page.goto(`${url}${pad}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page, wat);
  }
}

describe('zorgmeldingen for a working day in a browser (real API, development IdP)', () => {
  let t: TestApp | undefined;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let browser: Browser | undefined;
  let url = '';
  let politieApi: Session;
  let vtApi: Session;

  const api = async (s: Session, method: string, path: string, doel: string, body?: unknown) => {
    const res = await s.fetch(`/api/v1${path}`, {
      method,
      headers: {
        verwerkingsactiviteit: doel,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(path.endsWith('/indienen')
          ? { 'idempotency-key': `werk-${path.split('/')[2] ?? ''}` }
          : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${String(res.status)}`);
    return (await res.json()) as Record<string, unknown>;
  };

  /** A report submitted through the API, routed to VT Rotterdam Rijnmond: id and kenmerk. */
  const dienIn = async (achternaam: string): Promise<{ id: string; kenmerk: string }> => {
    const m = volledigeMelding();
    const slachtoffer = m.betrokkenen?.[0];
    if (slachtoffer?.identiteit) slachtoffer.identiteit.geslachtsnaam = achternaam;
    const { id } = (await api(politieApi, 'POST', '/zorgmeldingen', 'zorgmelding-indienen', {
      status: 'concept',
    })) as { id: string };
    const view = await api(
      politieApi,
      'POST',
      `/zorgmeldingen/${id}/indienen`,
      'zorgmelding-indienen',
      m,
    );
    return { id, kenmerk: String(view.kenmerk) };
  };

  beforeAll(async () => {
    browser = await launchChromium();
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    url = t.url;
    politieApi = await loginAs(url, POLITIE.sub);
    vtApi = await loginAs(url, VT.sub);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await isolated?.drop();
    console.log(`axe (WCAG 2.1 AA): ${String(axeRuns.length)} screens, 0 violations`);
  });

  const stapKop = (page: Page, n: number, naam: string) =>
    page.getByRole('heading', { level: 2, name: `Stap ${String(n)} van 5: ${naam}` });

  it('leaves a concept and resumes it by URL, after a reload, Back and a new login; deletes one', async () => {
    const { page, urls } = await trackedPage(browser!);
    const dialogen: string[] = [];
    page.on('dialog', (d) => {
      dialogen.push(d.type());
      void d.accept();
    });
    await logInWithDevIdp(page, url, POLITIE);
    await page.goto(`${url}/politie/zorgmeldingen/nieuw`);
    await stapKop(page, 1, 'Incident').waitFor();
    await page.getByLabel('Soort zorg').selectOption('huiselijk-geweld');
    // An incident tomorrow is refused in the browser (the API refuses it too).
    const morgen = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    await page.getByLabel('Datum van het incident').fill(morgen);
    await page.getByLabel('Plaats van het incident').fill('Woning van het gezin');
    await page.getByLabel('Gemeente van het incident').selectOption('GM0599');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await page.getByRole('link', { name: /ligt in de toekomst/ }).waitFor();
    await expectAccessible(page, 'step 1 with a future date');
    await page.getByLabel('Datum van het incident').fill('2026-11-06');
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await stapKop(page, 2, 'Betrokkenen').waitFor();
    const stap2 = new RegExp(`/politie/zorgmeldingen/(${UUID})/stap/2$`);
    await page.waitForURL(stap2);
    const id = stap2.exec(page.url())?.[1] ?? '';

    // Unsaved input, then the navigation: the page asks first.
    const b1 = page.getByRole('group', { name: 'Betrokkene 1' });
    await b1.getByLabel('Rol', { exact: true }).selectOption('slachtoffer');
    await b1.getByLabel('Achternaam', { exact: true }).fill(ACHTERNAAM);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Mijn zorgmeldingen' })
      .first()
      .click();
    const vraag = page.getByRole('alertdialog', { name: 'Wijzigingen niet opgeslagen' });
    await vraag.waitFor();
    await expectAccessible(page, 'leave warning');
    await page.getByRole('button', { name: 'Op deze pagina blijven' }).click();
    expect(page.url()).toMatch(stap2);
    // A reload with unsaved input: the browser asks (beforeunload); the saved concept returns.
    await page.reload();
    await stapKop(page, 2, 'Betrokkenen').waitFor();
    expect(dialogen).toContain('beforeunload');
    expect(page.url()).toMatch(stap2);
    await b1.getByLabel('Rol', { exact: true }).selectOption('slachtoffer');
    await b1.getByLabel('Achternaam', { exact: true }).fill(ACHTERNAAM);
    await b1.getByLabel('BSN (niet verplicht)').fill(BSN);
    await page.getByRole('button', { name: 'Opslaan en verder' }).click();
    await stapKop(page, 3, 'Risicotaxatie').waitFor();
    // Back returns to the saved step 2, with what was saved.
    await page.goBack();
    await stapKop(page, 2, 'Betrokkenen').waitFor();
    expect(await b1.getByLabel('Achternaam', { exact: true }).inputValue()).toBe(ACHTERNAAM);
    await page.goBack();
    await stapKop(page, 1, 'Incident').waitFor();
    expect(await page.getByLabel('Datum van het incident').inputValue()).toBe('2026-11-06');
    await expectAccessible(page, 'concept step 1 reopened');

    // The concept is in the list, to continue.
    await page.goto(`${url}/politie/zorgmeldingen?status=concept`);
    const verder = page.locator(`a[href="/politie/zorgmeldingen/${id}/stap/1"]`);
    await verder.waitFor();
    await expectAccessible(page, 'police list with concepts');
    await page.context().close();

    // A new login: the concept's URL leads through the login and back to the step.
    const tweede = await trackedPage(browser!);
    const p2 = tweede.page;
    await p2.goto(`${url}/politie/zorgmeldingen/${id}/stap/2`);
    await p2.getByRole('link', { name: 'Inloggen' }).click();
    await p2.waitForURL(/\/dev-idp\/interaction\//);
    await p2.locator(`button[type="submit"][name="account"][value="${POLITIE.sub}"]`).click();
    await stapKop(p2, 2, 'Betrokkenen').waitFor();
    expect(p2.url()).toMatch(stap2);
    const b = p2.getByRole('group', { name: 'Betrokkene 1' });
    expect(await b.getByLabel('Achternaam', { exact: true }).inputValue()).toBe(ACHTERNAAM);

    // Delete a concept from the list, after a confirmation.
    await p2.goto(`${url}/politie/zorgmeldingen`);
    const rij = p2
      .getByRole('row')
      .filter({ has: p2.locator(`a[href="/politie/zorgmeldingen/${id}/stap/1"]`) });
    await rij.getByRole('button', { name: /Verwijderen/ }).click();
    await p2.getByRole('alertdialog', { name: 'Concept verwijderen?' }).waitFor();
    await expectAccessible(p2, 'delete confirmation');
    await p2.getByRole('button', { name: 'Ja, concept verwijderen' }).click();
    await p2.getByText('Het concept is verwijderd.').waitFor();
    expect(await p2.locator(`a[href="/politie/zorgmeldingen/${id}/stap/1"]`).count()).toBe(0);
    await p2.context().close();

    for (const u of [...urls, ...tweede.urls]) {
      expect(u).not.toContain(BSN);
      expect(u).not.toContain(ACHTERNAAM);
    }
  }, 180_000);

  it('police and VT find a report by its kenmerk; a VT worker reads every RiHG signal and takes it; filters survive a reload', async () => {
    const melding = await dienIn('Grutto');
    // Police: search by kenmerk.
    const { page, urls } = await trackedPage(browser!);
    await logInWithDevIdp(page, url, POLITIE);
    await page.goto(`${url}/politie/zorgmeldingen`);
    await page.getByLabel('Kenmerk').fill(melding.kenmerk);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('1 zorgmelding gevonden.').waitFor();
    const rij = page.getByRole('row').filter({ hasText: melding.kenmerk });
    expect(await rij.count()).toBe(1);
    await expectAccessible(page, 'police search result');
    await rij.getByRole('link', { name: /Bekijken/ }).click();
    await page.getByRole('heading', { level: 1, name: `Zorgmelding ${melding.kenmerk}` }).waitFor();
    await expectAccessible(page, 'police report with kenmerk');
    // By name: in the POST body, never in the URL.
    await page.goto(`${url}/politie/zorgmeldingen`);
    await page.getByLabel('Naam van een betrokkene').fill('grutto');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('row').filter({ hasText: melding.kenmerk }).waitFor();
    for (const u of urls) expect(u.toLowerCase()).not.toContain('grutto');
    await page.context().close();

    // VT: receive it (API), then find it by kenmerk in the browser.
    await api(
      vtApi,
      'POST',
      `/vt/zorgmeldingen/${melding.id}/ontvangst`,
      'zorgmelding-ontvangen-beoordelen',
      {},
    );
    const vt = await trackedPage(browser!);
    const vp = vt.page;
    await logInWithDevIdp(vp, url, VT);
    await vp.goto(`${url}/vt/inbox`);
    await vp.getByLabel('Kenmerk').fill(melding.kenmerk.toLowerCase());
    await vp.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await vp.getByText('1 zorgmelding gevonden.').waitFor();
    const vrij = vp.getByRole('row').filter({ hasText: melding.kenmerk });
    await expectAccessible(vp, 'VT search result');
    // Take it from the inbox.
    await vrij.getByRole('button', { name: /Oppakken/ }).click();
    await vp.getByText(/U heeft melding .* opgepakt/).waitFor();
    expect(await vrij.innerText()).toContain('Ahmed Bakker (u)');
    await expectAccessible(vp, 'VT report taken');
    await vrij.getByRole('link', { name: /Openen/ }).click();
    await vp
      .getByRole('heading', { level: 1, name: `Zorgmelding ${melding.kenmerk} beoordelen` })
      .waitFor();
    // Every RiHG signal, by name and score in words; the summary once.
    const main = vp.getByRole('main');
    await vp.getByRole('heading', { level: 2, name: /Risicotaxatie \(RiHG\)/ }).waitFor();
    const m = volledigeMelding();
    let gelezen = 0;
    for (const [deel, signalen] of Object.entries(RIHG_SIGNALEN)) {
      const sectie = main.getByRole('region', {
        name: new RegExp(`^Deel ${deel === 'pleger' ? 'A' : deel === 'incident' ? 'B' : 'C'}`),
      });
      const tekst = await sectie.innerText();
      for (const signaal of signalen) {
        const score = (m.risicotaxatie as Record<string, Record<string, string>>)[deel]?.[signaal];
        const woord =
          { rood: 'Rood', blauw: 'Blauw', geel: 'Geel', onbekend: 'Onbekend' }[score ?? ''] ??
          'Niet ingevuld';
        expect(tekst).toContain(woord);
        gelezen++;
      }
      expect(await sectie.locator('dt').count()).toBe(signalen.length);
    }
    expect(gelezen).toBe(20);
    const alles = await main.innerText();
    const samenvattingen =
      alles.split(/twee of meer keer rood in één deel|Geen deel heeft twee of meer keer rood/)
        .length - 1;
    expect(samenvattingen).toBe(1);
    await expectAccessible(vp, 'VT report with the full RiHG');
    // The print for the VT file: the server's PDF, opened from memory in a new tab.
    const pdfAntwoord = vp.waitForResponse((r) =>
      r.url().endsWith(`/vt/zorgmeldingen/${melding.id}/pdf`),
    );
    const venster = vp.context().waitForEvent('page');
    await vp.getByRole('button', { name: 'Afdrukken voor het dossier (pdf)' }).click();
    const antwoord = await pdfAntwoord;
    expect(antwoord.status()).toBe(200);
    expect(antwoord.headers()['content-type']).toBe('application/pdf');
    // A new tab shows it (headless Chromium has no PDF viewer: there it becomes a download).
    const tab = await venster;
    await tab.close();

    // Inbox filters live in the URL: a reload keeps them.
    await vp.goto(`${url}/vt/inbox`);
    await vp.getByLabel('Gemeente').selectOption('GM0599');
    await vp.getByLabel('Toegewezen').selectOption('mij');
    await vp.getByLabel('Volgorde').selectOption('nieuwste');
    await vp.getByRole('button', { name: 'Filteren' }).click();
    await vp.waitForURL(/gemeentecode=GM0599/);
    await vp.getByRole('row').filter({ hasText: melding.kenmerk }).waitFor();
    await vp.reload();
    await vp.getByRole('row').filter({ hasText: melding.kenmerk }).waitFor();
    expect(await vp.getByLabel('Gemeente').inputValue()).toBe('GM0599');
    expect(await vp.getByLabel('Toegewezen').inputValue()).toBe('mij');
    expect(await vp.getByLabel('Volgorde').inputValue()).toBe('nieuwste');
    await expectAccessible(vp, 'VT inbox filtered after reload');
    await vp.context().close();
  }, 180_000);

  it('at 390 px no police or VT page scrolls sideways; lists become cards', async () => {
    const ingediend = await dienIn('Scholekster');
    const concept = (await api(politieApi, 'POST', '/zorgmeldingen', 'zorgmelding-indienen', {
      ...volledigeMelding(),
      status: 'concept',
    })) as { id: string };
    const { page } = await trackedPage(browser!);
    await page.setViewportSize({ width: 390, height: 844 });
    await logInWithDevIdp(page, url, POLITIE);
    const politiePaginas: [string, string][] = [
      ['/', 'police home'],
      ['/politie/zorgmeldingen', 'police list'],
      ['/politie/zorgmeldingen/nieuw', 'new report'],
      ...[1, 2, 3, 4, 5].map((n): [string, string] => [
        `/politie/zorgmeldingen/${concept.id}/stap/${String(n)}`,
        `concept step ${String(n)}`,
      ]),
      [`/politie/zorgmeldingen/${ingediend.id}`, 'submitted report'],
      ['/verwerkingsactiviteiten', 'register (police)'],
    ];
    await geenZijwaartsScrollen(page, url, politiePaginas);
    // The list: each report a card, its link on screen.
    await page.goto(`${url}/politie/zorgmeldingen`);
    const bekijken = page.locator(`a[href="/politie/zorgmeldingen/${ingediend.id}"]`);
    await bekijken.waitFor();
    const vak = await bekijken.boundingBox();
    expect((vak?.x ?? 999) + (vak?.width ?? 999)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'police list at 390 px');
    await page.context().close();

    const vt = await trackedPage(browser!);
    await vt.page.setViewportSize({ width: 390, height: 844 });
    await logInWithDevIdp(vt.page, url, VT);
    await geenZijwaartsScrollen(vt.page, url, [
      ['/', 'VT home'],
      ['/vt/inbox', 'VT inbox'],
      [`/vt/zorgmeldingen/${ingediend.id}`, 'VT report'],
      ['/verwerkingsactiviteiten', 'register (VT)'],
    ]);
    await expectAccessible(vt.page, 'VT register at 390 px');
    await vt.page.goto(`${url}/vt/zorgmeldingen/${ingediend.id}`);
    await vt.page.getByRole('heading', { level: 1 }).first().waitFor();
    await vt.page.waitForLoadState('networkidle');
    await expectAccessible(vt.page, 'VT report at 390 px');
    await vt.page.context().close();

    // The coordinator's pages, with something in each queue: a report without any address (a
    // routing exception) and a delivery to the VT system that failed for good.
    const zonderAdres = volledigeMelding();
    for (const b of zonderAdres.betrokkenen ?? []) delete b.adres;
    const { id: uitzondering } = (await api(
      politieApi,
      'POST',
      '/zorgmeldingen',
      'zorgmelding-indienen',
      { status: 'concept' },
    )) as { id: string };
    await api(
      politieApi,
      'POST',
      `/zorgmeldingen/${uitzondering}/indienen`,
      'zorgmelding-indienen',
      zonderAdres,
    );
    await t!.app.get(DataSource).query(
      `INSERT INTO bezorging (soort, object_id, ontvanger_code, idempotentie_sleutel, status,
         pogingen, laatste_fout)
       VALUES ('zorgmelding', $1, 'vt-rotterdam-rijnmond', 'werk-390-onbestelbaar', 'onbestelbaar',
         10, 'http-503')`,
      [ingediend.id],
    );
    const coordinator = await trackedPage(browser!);
    await coordinator.page.setViewportSize({ width: 390, height: 844 });
    await logInWithDevIdp(coordinator.page, url, COORDINATOR);
    await geenZijwaartsScrollen(coordinator.page, url, [
      ['/', 'VT coordinator home'],
      ['/vt/inbox', 'VT inbox (coordinator)'],
      [`/vt/zorgmeldingen/${ingediend.id}`, 'VT report (coordinator)'],
      ['/vt/cijfers', 'VT figures'],
      ['/verwerkingsactiviteiten', 'register (VT coordinator)'],
      ['/vt/coordinatie', 'VT coordination'],
    ]);
    const coordinatie = await coordinator.page.getByRole('main').innerText();
    expect(coordinatie).toMatch(/Uitzondering 1: /);
    // The failed delivery as a card, in words: no code, no sideways scroll.
    expect(coordinatie).toContain('Het systeem weigerde de melding (HTTP-status 503)');
    expect(coordinatie).not.toContain('http-503');
    const opnieuw = coordinator.page.getByRole('button', { name: /^Opnieuw bezorgen/ });
    const knop = await opnieuw.boundingBox();
    expect((knop?.x ?? 999) + (knop?.width ?? 999)).toBeLessThanOrEqual(390);
    await expectAccessible(coordinator.page, 'VT coordination with both queues at 390 px');
    await coordinator.page.context().close();
  }, 180_000);

  it('pages the police list and the VT inbox with "Volgende pagina" and "Eerste pagina" (keyset)', async () => {
    // More than a page of reports for both lists (the police page 20, the inbox 25).
    for (let i = 0; i < 27; i += 3) {
      await Promise.all([0, 1, 2].map((j) => dienIn(`Blad${String(i + j)}`)));
    }
    for (const [account, pad, wat] of [
      [POLITIE, '/politie/zorgmeldingen', 'police list'],
      [VT, '/vt/inbox', 'VT inbox'],
    ] as const) {
      const { page } = await trackedPage(browser!);
      await logInWithDevIdp(page, url, account);
      await page.goto(`${url}${pad}`);
      const paginas = page.getByRole('navigation', { name: "Pagina's" });
      await paginas.getByRole('button', { name: 'Volgende pagina' }).waitFor();
      expect(await paginas.getByRole('button', { name: 'Eerste pagina' }).count()).toBe(0);
      const eerste = await page.locator('tbody tr').allInnerTexts();
      await paginas.getByRole('button', { name: 'Volgende pagina' }).click();
      await page.waitForURL(/[?&]na=/);
      await paginas.getByRole('button', { name: 'Eerste pagina' }).waitFor();
      await page.waitForLoadState('networkidle');
      const tweede = await page.locator('tbody tr').allInnerTexts();
      expect(tweede.length).toBeGreaterThan(0);
      // No row twice across the pages.
      expect(tweede.filter((r) => eerste.includes(r))).toEqual([]);
      await expectAccessible(page, `${wat}, second page`);
      await paginas.getByRole('button', { name: 'Eerste pagina' }).click();
      await page.waitForURL((u) => !u.search.includes('na='));
      const bovenste = /ZM-\d{4}-\d{6}/.exec(eerste[0] ?? '')?.[0] ?? '';
      await page.locator('tbody tr').first().filter({ hasText: bovenste }).waitFor();
      expect(await page.locator('tbody tr').allInnerTexts()).toEqual(eerste);
      await page.context().close();
    }
  }, 180_000);
});
