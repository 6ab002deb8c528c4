import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
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
 * Choosing a colleague by name, in Debian's chromium against the real API: the ZVH names
 * another procesregisseur of its own ZVH at triage from a list (the logged-in user first, by
 * default), and a VT coordinator assigns a report to a colleague of the own Veilig Thuis. Only
 * names on the screen, never user ids; axe (WCAG 2.1 AA) on each state, also 390 px wide.
 */

const WIJKTEAM = { sub: 'demo-wijkteam-rotterdam', naam: 'Joyce Smit' };
const ZVH = { sub: 'demo-zvh-procesregisseur', naam: 'Noor El Idrissi' };
/** A colleague procesregisseur, known from a (simulated) earlier login. */
const COLLEGA = { sub: 'zvh-collega-regisseur', naam: 'Mirjam de Graaf' };
const POLITIE = { sub: 'demo-politie-1', naam: 'Sanne de Vries' };
const VT = { sub: 'demo-vt-rr-medewerker', naam: 'Ahmed Bakker' };
const COORDINATOR = { sub: 'demo-vt-rr-coordinator', naam: 'Linda Jansen' };
const SMAL = { width: 390, height: 844 };

/** Every axe run, for the count in the test output. */
const axeRuns: string[] = [];

async function expectAccessible(page: Page, what: string): Promise<void> {
  await expectPageAccessible(page, what);
  axeRuns.push(what);
}

/** Nothing wider than the viewport: no horizontal scrolling at 390 px. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const breedte = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(breedte).toBeLessThanOrEqual(SMAL.width);
}

describe('choosing a colleague by name in a browser (real API, development IdP)', () => {
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

  const json = (activiteit: string) => ({
    'content-type': 'application/json',
    verwerkingsactiviteit: activiteit,
  });

  it('the ZVH accepts a casus naming a colleague procesregisseur by name', async () => {
    await t!.app.get(DataSource).query(
      `INSERT INTO gebruiker (id, naam, organisatie_code, rollen, laatst_aangemeld)
         VALUES ($1, $2, 'zvh-rotterdam-rijnmond', '{zvh-procesregisseur}', now())`,
      [COLLEGA.sub, COLLEGA.naam],
    );
    const wijkteam = await loginAs(url, WIJKTEAM.sub);
    const nieuw = await wijkteam.fetch('/api/v1/casussen', {
      method: 'POST',
      headers: json('casus-signalering-opschaling'),
      body: JSON.stringify({
        themaId: 'jeugd',
        aanleiding: 'Zorgen over een jongere die vastloopt.',
        levensdomeinen: ['opvoeding'],
        betrokkenen: [{ rol: 'hoofdpersoon', voornamen: 'Daan', achternaam: 'Keuzestra' }],
      }),
    });
    expect(nieuw.status).toBe(201);
    const { id } = (await nieuw.json()) as { id: string };
    const opgeschaald = await wijkteam.fetch(`/api/v1/casussen/${id}/opschaling`, {
      method: 'POST',
      headers: json('casus-signalering-opschaling'),
      body: JSON.stringify({
        criteria: {
          meerdereLeefdomeinen: false,
          meerdereKetens: false,
          impactOmgeving: false,
          ernstigeVeiligheidsproblemen: true,
        },
        motivering: 'Dreiging in de wijk.',
      }),
    });
    expect(opgeschaald.status).toBe(200);

    const { page } = await trackedPage(browser!);
    await page.setViewportSize(SMAL);
    await logInWithDevIdp(page, url, ZVH);
    await page.goto(`${url}/zvh/casussen/${id}`);
    const triage = page.getByRole('region', { name: 'Triage: accepteren of afwijzen' });
    await triage.waitFor();
    await triage.getByLabel(/^Accepteren/).check();
    const regisseur = triage.getByLabel('Procesregisseur');
    await regisseur.locator('option', { hasText: COLLEGA.naam }).waitFor({ state: 'attached' });
    // Names only, the logged-in user first and chosen; never an id.
    expect(await regisseur.locator('option').allTextContents()).toEqual([
      `${ZVH.naam} (uzelf)`,
      COLLEGA.naam,
    ]);
    expect(await regisseur.inputValue()).toBe(ZVH.sub);
    const tekst = await page.getByRole('main').innerText();
    expect(tekst).not.toContain(ZVH.sub);
    expect(tekst).not.toContain(COLLEGA.sub);
    await expectAccessible(page, 'ZVH triage with the procesregisseur list, 390 px');
    await expectNoHorizontalScroll(page);

    // With the keyboard: the focus on the list, the arrow down to the colleague.
    await regisseur.focus();
    await page.keyboard.press('ArrowDown');
    expect(await regisseur.inputValue()).toBe(COLLEGA.sub);
    const triageVerzoek = page.waitForRequest((r) => r.url().endsWith(`/casussen/${id}/triage`));
    await triage.getByRole('button', { name: 'Besluit vastleggen' }).click();
    expect(JSON.parse((await triageVerzoek).postData() ?? '{}')).toMatchObject({
      besluit: 'accepteren',
      procesregisseurId: COLLEGA.sub,
    });
    await page.getByRole('main').getByText(`Procesregisseur: ${COLLEGA.naam}`).first().waitFor();
    const na = await page.getByRole('main').innerText();
    expect(na).toContain('Geaccepteerd');
    expect(na).not.toContain(COLLEGA.sub);
    expect(na).toMatch(new RegExp(`Procesregisseur\\s+${COLLEGA.naam}`));
    await expectAccessible(page, 'ZVH casus accepted with a colleague, 390 px');
    await expectNoHorizontalScroll(page);
  }, 120_000);

  it('a VT coordinator assigns a report to a colleague by name', async () => {
    // A report to VT Rotterdam Rijnmond, received by the VT worker (who is thereby known).
    const politie = await loginAs(url, POLITIE.sub);
    const headers = json('zorgmelding-indienen');
    const concept = await politie.fetch('/api/v1/zorgmeldingen', {
      method: 'POST',
      headers,
      body: JSON.stringify({ status: 'concept' }),
    });
    expect(concept.status).toBe(201);
    const { id } = (await concept.json()) as { id: string };
    const ingediend = await politie.fetch(`/api/v1/zorgmeldingen/${id}/indienen`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': `browser-toewijzen-${id}` },
      body: JSON.stringify(volledigeMelding()),
    });
    expect(ingediend.status).toBe(200);
    const vt = await loginAs(url, VT.sub);
    const ontvangen = await vt.fetch(`/api/v1/vt/zorgmeldingen/${id}/ontvangst`, {
      method: 'POST',
      headers: json('zorgmelding-ontvangen-beoordelen'),
    });
    expect(ontvangen.status).toBe(200);

    const { page } = await trackedPage(browser!);
    await page.setViewportSize(SMAL);
    await logInWithDevIdp(page, url, COORDINATOR);
    await page.goto(`${url}/vt/zorgmeldingen/${id}`);
    const toewijzen = page.getByRole('region', { name: 'Toewijzen' });
    await toewijzen.waitFor();
    const medewerker = toewijzen.getByLabel('Medewerker');
    await medewerker.locator('option', { hasText: VT.naam }).waitFor({ state: 'attached' });
    expect(await medewerker.locator('option').allTextContents()).toEqual([
      'Kies een collega',
      VT.naam,
      `${COORDINATOR.naam} (uzelf)`,
    ]);
    expect(await page.getByRole('main').innerText()).not.toContain(VT.sub);
    await expectAccessible(page, 'VT coordinator assignment with the colleague list, 390 px');
    await expectNoHorizontalScroll(page);

    // No choice: refused in the browser, in Dutch, the link puts the focus on the list.
    await toewijzen.getByRole('button', { name: 'Toewijzen' }).click();
    const fout = toewijzen.getByRole('link', {
      name: 'Kies de collega aan wie u de melding toewijst.',
    });
    await fout.waitFor();
    await expectAccessible(page, 'VT coordinator assignment without a choice, 390 px');
    await fout.click();
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe(
      'toewijzen-medewerker',
    );
    await medewerker.selectOption({ label: VT.naam });
    const verzoek = page.waitForRequest((r) => r.url().endsWith(`/${id}/toewijzing`));
    await toewijzen.getByRole('button', { name: 'Toewijzen' }).click();
    expect(JSON.parse((await verzoek).postData() ?? '{}')).toEqual({ medewerker: VT.sub });
    await page.getByText('De melding is toegewezen.').waitFor();
    const tekst = await page.getByRole('main').innerText();
    expect(tekst).toContain(`Toegewezen aan ${VT.naam}.`);
    expect(tekst).not.toContain(VT.sub);
    await expectAccessible(page, 'VT report assigned, 390 px');
    await expectNoHorizontalScroll(page);

    // Reassigned to the coordinator: the VT worker reads who has it by name, not "een collega".
    await medewerker.selectOption({ label: `${COORDINATOR.naam} (uzelf)` });
    await toewijzen.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByText(`Toegewezen aan ${COORDINATOR.naam}.`).waitFor();
    const werker = await trackedPage(browser!);
    await werker.page.setViewportSize(SMAL);
    await logInWithDevIdp(werker.page, url, VT);
    await werker.page.goto(`${url}/vt/zorgmeldingen/${id}`);
    await werker.page.getByText(`Toegewezen aan ${COORDINATOR.naam}.`).waitFor();
    await werker.page.goto(`${url}/vt/inbox`);
    const rij = werker.page.getByRole('row').filter({ hasText: COORDINATOR.naam });
    await rij.first().waitFor();
    const inbox = await werker.page.getByRole('main').innerText();
    expect(inbox).not.toContain('Een collega');
    expect(inbox).not.toContain(COORDINATOR.sub);
    await expectAccessible(werker.page, 'VT inbox of a worker, with a colleague by name, 390 px');
    await werker.page.context().close();
  }, 120_000);
});
