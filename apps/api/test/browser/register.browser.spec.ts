import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { loginAs } from '../login.js';
import { isolatedDatabase, startTestApp, type TestApp } from '../test-app.js';
import {
  expectAccessible as expectPageAccessible,
  launchChromium,
  logInWithDevIdp,
  trackedPage,
} from './chromium.js';

/**
 * Editing the register in Chromium against the real API (ADR 0018, 0034): the beheerder
 * proposes a change (roles, data categories and the retention term chosen by name and as a
 * readable term) and a new activity; an FG reads each proposal as a difference against the
 * version in force, with the proposer's name, and approves or rejects it with an explanation;
 * an FG never decides on their own proposal (four eyes, said on screen). The FG chooses an
 * actor by name in the audit search. axe (WCAG 2.1 AA) on every screen and state; 390 px
 * with no sideways scroll.
 */

const BEHEERDER = { sub: 'demo-beheerder', naam: 'Tom Peters' };
const FG = { sub: 'demo-fg-politie', naam: 'Esther Mulder' };
const FG_VT = { sub: 'demo-fg-vt-rr', naam: 'Ruben Hendriks' };
const POLITIE = { sub: 'demo-politie-1', naam: 'Sanne de Vries' };
const SMAL = { width: 390, height: 844 };
/** Seed: roles vt-medewerker, vt-coordinator and politie-medewerker; kept 5 years after closure. */
const ACTIVITEIT = 'zorgmelding-terugkoppeling';
/**
 * A new activity passes only when the code already has rules for its roles under its key (ADR
 * 0018): the test removes this one from the register first, as if the code shipped its rules
 * before the beheerder registered it.
 */
const NIEUW = 'statistiek-veiligheidsbeeld';

const axeRuns: string[] = [];

async function expectAccessible(page: Page, what: string): Promise<void> {
  await expectPageAccessible(page, what);
  axeRuns.push(what);
}

/** No sideways scroll at 390 px; on failure, the elements that stick out say where. */
async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const breedte = await page.evaluate<number>('document.documentElement.scrollWidth');
  const uitstekend =
    breedte <= SMAL.width
      ? []
      : await page.evaluate<string[]>(
          `[...document.querySelectorAll('body *')]
             .filter((e) => e.getBoundingClientRect().right > ${String(SMAL.width)} || e.scrollWidth > ${String(SMAL.width)})
             .slice(-8)
             .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + e.scrollWidth + ' ' + (e.textContent || '').slice(0, 40))`,
        );
  expect({ what, breedte, uitstekend }).toEqual({
    what,
    breedte: Math.min(breedte, SMAL.width),
    uitstekend: [],
  });
}

describe('the register edited in a browser: beheerder proposes, an FG decides', () => {
  let t: TestApp | undefined;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let browser: Browser | undefined;
  let url = '';

  beforeAll(async () => {
    browser = await launchChromium();
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    url = t.url;
    // In the user directory, as after a login: the beheerder and a police officer.
    await loginAs(url, BEHEERDER.sub);
    await loginAs(url, POLITIE.sub);
    await t.app.get(DataSource).query(`DELETE FROM verwerkingsactiviteit WHERE id = $1`, [NIEUW]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await isolated?.drop();
    console.log(`axe (WCAG 2.1 AA): ${String(axeRuns.length)} screens, 0 violations`);
  });

  it('the beheerder proposes a widening change and a new activity, by names and terms', async () => {
    const { page } = await trackedPage(browser!);
    await page.setViewportSize(SMAL);
    await logInWithDevIdp(page, url, BEHEERDER);
    // The home page's promise leads to a screen that exists.
    await page
      .getByRole('main')
      .getByRole('link', { name: /verwerkingsregister bijhouden/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Verwerkingsregister beheren' }).waitFor();
    await expectAccessible(page, 'register overview, 390 px');
    await expectNoHorizontalScroll(page, 'register overview');
    const lijst = await page.getByRole('main').innerText();
    expect(lijst).toContain('Medewerker Veilig Thuis');
    expect(lijst).not.toContain('vt-medewerker');
    expect(lijst).toMatch(/bewaren 5 jaar/);

    await page
      .getByRole('link', { name: 'Terugkoppeling aan de melder', exact: false })
      .first()
      .click();
    await page.getByRole('link', { name: 'Wijziging voorstellen' }).click();
    const form = page.getByRole('form', { name: 'Wijziging' });
    await form.waitFor();
    // The term as a number and a unit, never an ISO code.
    expect(await form.getByRole('textbox', { name: 'Aantal' }).inputValue()).toBe('5');
    expect(await form.getByRole('combobox', { name: 'Eenheid' }).inputValue()).toBe('Y');
    expect(await page.getByRole('main').innerText()).not.toContain('P5Y');
    await expectAccessible(page, 'change form, unchanged, 390 px');
    await expectNoHorizontalScroll(page, 'change form');

    // A role by name, a data subject category added by hand, a longer term.
    await form.getByLabel('Coördinator Veilig Thuis').uncheck();
    const verschil = page.getByRole('region', { name: /Wat verandert/ });
    await verschil.getByText('Eraf: Coördinator Veilig Thuis').waitFor();
    expect(await verschil.innerText()).toContain('verruimt de toegang niet');
    await form.getByLabel('Een andere categorie van betrokkenen').fill('getuigen van het incident');
    await form.getByRole('button', { name: 'Toevoegen aan categorieën van betrokkenen' }).click();
    await form.getByRole('textbox', { name: 'Aantal' }).fill('7');
    await verschil.getByText('Erbij: getuigen van het incident').waitFor();
    const tekst = await verschil.innerText();
    expect(tekst).toContain('Deze wijziging verruimt de toegang: zij wacht op goedkeuring');
    expect(tekst).toMatch(/Nu: 5 jaar na het afsluiten van het dossier/);
    expect(tekst).toMatch(/Voorgesteld: 7 jaar na het afsluiten van het dossier/);
    await expectAccessible(page, 'change form with a widening difference, 390 px');
    await expectNoHorizontalScroll(page, 'change form with difference');

    const put = page.waitForRequest((r) => r.method() === 'PUT');
    await form.getByRole('button', { name: 'Voorstellen aan een FG' }).click();
    const body = JSON.parse((await put).postData() ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({
      bewaartermijn: 'P7Y',
      toegestaneRollen: ['vt-medewerker', 'politie-medewerker'],
    });
    await page
      .getByText('Versie 2 is voorgesteld. Zij geldt pas als een FG haar goedkeurt.')
      .waitFor();
    await page.getByRole('heading', { name: 'Alle versies' }).waitFor();
    const detail = await page.getByRole('main').innerText();
    expect(detail).toContain('Versie 2: wacht op een fg');
    expect(detail).toContain(BEHEERDER.naam);
    await expectAccessible(page, 'activity page with a pending proposal, 390 px');
    await expectNoHorizontalScroll(page, 'activity page');

    // A new activity: nothing filled in gives every error at once, each a link to its field.
    await page.goto(`${url}/beheer/register/nieuw`);
    const nieuw = page.getByRole('form', { name: 'Nieuwe verwerkingsactiviteit' });
    await nieuw.waitFor();
    await nieuw.getByRole('button', { name: 'Voorstellen aan een FG' }).click();
    const samenvatting = page.getByRole('heading', { name: 'Controleer het formulier' });
    await samenvatting.waitFor();
    await page.getByRole('link', { name: 'Kies minstens één rol die mag handelen.' }).waitFor();
    expect(
      await page.getByRole('link', { name: /^(Vul|Kies|Geef)/ }).count(),
    ).toBeGreaterThanOrEqual(8);
    await expectAccessible(page, 'new activity with every error, 390 px');
    await expectNoHorizontalScroll(page, 'new activity with errors');
    await page
      .getByRole('link', { name: 'Kies de grondslag of vul een andere grondslag in.' })
      .click();
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('reg-grondslag');

    await nieuw.getByLabel('Naam', { exact: true }).fill('Cijfers voor het veiligheidsbeeld');
    expect(await nieuw.getByLabel('Vaste sleutel').inputValue()).toBe(
      'cijfers-voor-het-veiligheidsbeeld',
    );
    await nieuw.getByLabel('Vaste sleutel').fill(NIEUW);
    await nieuw
      .getByLabel('Verwerkingsverantwoordelijke')
      .fill('Directeur Veilig Thuis Rotterdam Rijnmond');
    await nieuw
      .getByLabel('Doel', { exact: true })
      .fill('Geaggregeerde aantallen voor het gezamenlijk veiligheidsbeeld.');
    await nieuw
      .getByLabel('Grondslag', { exact: true })
      .selectOption({ label: 'Wmo 2015 art. 4.1.1 lid 4' });
    await nieuw
      .getByLabel('Toelichting op de grondslag')
      .fill('Veilig Thuis onderzoekt na een melding.');
    await nieuw.getByLabel('Medewerker sociaal wijkteam').check();
    await nieuw.getByLabel('slachtoffers', { exact: true }).check();
    await nieuw.getByLabel('identificatie', { exact: true }).check();
    await nieuw.getByLabel('gezondheid (art. 9)').check();
    await nieuw.getByRole('textbox', { name: 'Aantal' }).fill('18');
    await nieuw.getByRole('combobox', { name: 'Eenheid' }).selectOption({ label: 'maanden' });
    const wat = page.getByRole('region', { name: 'Wat u voorstelt' });
    expect(await wat.innerText()).toMatch(/18 maanden na het afsluiten van het dossier/);
    await expectAccessible(page, 'new activity filled in, 390 px');
    // A role the code gives no rules under a new activity: refused, said by name at the roles.
    await nieuw.getByRole('button', { name: 'Voorstellen aan een FG' }).click();
    const rolfout = page.getByRole('link', {
      name: /geen regels voor Medewerker sociaal wijkteam/,
    });
    await rolfout.waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('wijkteam-medewerker');
    await expectAccessible(page, 'new activity with a role without rules, 390 px');
    await nieuw.getByLabel('Medewerker sociaal wijkteam').uncheck();
    await nieuw.getByLabel('Regionaal analist').check();
    const post = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith('/verwerkingsactiviteiten'),
    );
    await nieuw.getByRole('button', { name: 'Voorstellen aan een FG' }).click();
    expect(JSON.parse((await post).postData() ?? '{}')).toMatchObject({
      id: NIEUW,
      bewaartermijn: 'P18M',
      toegestaneRollen: ['regionaal-analist'],
      categorieenGegevens: [
        { naam: 'identificatie', bijzonder: false, strafrechtelijk: false },
        { naam: 'gezondheid', bijzonder: true, strafrechtelijk: false },
      ],
    });
    await page
      .getByText('Versie 1 is voorgesteld.', { exact: false })
      .waitFor()
      .catch(async () => {
        throw new Error(await page.getByRole('main').innerText());
      });
    expect(page.url()).toBe(`${url}/beheer/register/${NIEUW}`);
    await expectAccessible(page, 'new activity proposed, 390 px');
  }, 180_000);

  it('an FG reads each proposal as a difference with names, and approves or rejects it', async () => {
    // An FG's own proposal (as if the FG also held the beheerder's role): four eyes.
    const db = t!.app.get(DataSource);
    await db.query(
      `INSERT INTO verwerkingsactiviteit (id, versie, naam, verwerkingsverantwoordelijke, doel,
         grondslag, grondslag_toelichting, categorieen_betrokkenen, categorieen_gegevens,
         ontvangers, bewaartermijn, bewaartermijn_vanaf, geldig_vanaf, toegestane_rollen,
         vastgelegd_door, status)
       SELECT id, versie + 1, naam, verwerkingsverantwoordelijke, doel, grondslag || ' (herzien)',
              grondslag_toelichting, categorieen_betrokkenen, categorieen_gegevens, ontvangers,
              bewaartermijn, bewaartermijn_vanaf, geldig_vanaf, toegestane_rollen, $1, 'voorgesteld'
         FROM verwerkingsactiviteit WHERE id = 'verantwoording-toezicht' AND versie = 1`,
      [FG.sub],
    );

    const { page } = await trackedPage(browser!);
    await page.setViewportSize(SMAL);
    await logInWithDevIdp(page, url, FG);
    await page.getByRole('link', { name: 'Registervoorstellen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Voorstellen voor het verwerkingsregister' })
      .waitFor();
    const wijziging = page.getByRole('region', {
      name: 'Wijziging van Terugkoppeling',
      exact: false,
    });
    await wijziging.waitFor();
    const tekst = await wijziging.innerText();
    expect(tekst).toMatch(new RegExp(`Voorgesteld door\\s+${BEHEERDER.naam}`));
    expect(tekst).toContain('Erbij: getuigen van het incident');
    expect(tekst).toContain('Eraf: Coördinator Veilig Thuis');
    expect(tekst).toMatch(/Voorgesteld: 7 jaar/);
    expect(tekst).not.toContain(BEHEERDER.sub);
    // The id one click away.
    await wijziging.getByText(BEHEERDER.naam).first().click();
    await wijziging.getByText(`Gebruikers-id: ${BEHEERDER.sub}`).waitFor();

    const eigen = page.getByRole('region', { name: /Wijziging van Verantwoording/ });
    expect(await eigen.innerText()).toContain('U stelde deze wijziging zelf voor.');
    expect(await eigen.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'FG proposals with a difference and an own proposal, 390 px');
    await expectNoHorizontalScroll(page, 'FG proposals');

    // No choice and no explanation: both errors at once.
    await wijziging.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await wijziging
      .getByRole('link', { name: 'Kies of u het voorstel goedkeurt of afwijst.' })
      .waitFor();
    await wijziging.getByRole('link', { name: /Licht uw besluit toe/ }).waitFor();
    await expectAccessible(page, 'FG decision with errors, 390 px');
    await wijziging.getByLabel(/^Goedkeuren/).check();
    await wijziging
      .getByLabel('Toelichting')
      .fill('Langer bewaren is nodig voor de terugkoppeling.');
    const besluit = page.waitForRequest((r) => r.url().endsWith('/goedkeuring'));
    await wijziging.getByRole('button', { name: 'Besluit vastleggen' }).click();
    expect(JSON.parse((await besluit).postData() ?? '{}')).toMatchObject({ besluit: 'goedkeuren' });
    await page.getByText(/is goedgekeurd en geldt vanaf/).waitFor();

    const nieuw = page.getByRole('region', {
      name: 'Nieuwe activiteit: Cijfers voor het veiligheidsbeeld',
    });
    expect(await nieuw.innerText()).toMatch(/18 maanden na het afsluiten van het dossier/);
    await nieuw.getByLabel(/^Afwijzen/).check();
    await nieuw.getByLabel('Toelichting').fill('Eerst een DPIA voor deze cijfers.');
    await nieuw.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText(/is afgewezen/).waitFor();
    await expectAccessible(page, 'FG after two decisions, 390 px');

    // The beheerder reads the verdicts by name.
    const beheer = await trackedPage(browser!);
    await logInWithDevIdp(beheer.page, url, BEHEERDER);
    await beheer.page.goto(`${url}/beheer/register/${ACTIVITEIT}`);
    await beheer.page.getByText('Goedgekeurd door').waitFor();
    const na = await beheer.page.getByRole('main').innerText();
    expect(na).toContain(FG.naam);
    expect(na).toContain('Langer bewaren is nodig voor de terugkoppeling.');
    expect(na).toMatch(/7 jaar na het afsluiten van het dossier/);
    await beheer.page.goto(`${url}/beheer/register/${NIEUW}`);
    await beheer.page.getByText('Afgewezen door').waitFor();
    await expectAccessible(beheer.page, 'activity page after the verdicts');

    // Another FG may decide on the first FG's proposal.
    const ander = await trackedPage(browser!);
    await logInWithDevIdp(ander.page, url, FG_VT);
    await ander.page.goto(`${url}/fg/register`);
    const voorstel = ander.page.getByRole('region', { name: /Wijziging van Verantwoording/ });
    await voorstel.waitFor();
    expect(await voorstel.innerText()).toMatch(new RegExp(`Voorgesteld door\\s+${FG.naam}`));
    expect(await voorstel.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(1);
  }, 180_000);

  it('the FG chooses an actor by name in the audit search, the id one click away', async () => {
    const { page } = await trackedPage(browser!);
    await page.setViewportSize(SMAL);
    await logInWithDevIdp(page, url, FG);
    await page.goto(`${url}/fg/auditspoor`);
    const keuze = page.getByLabel('Medewerker (niet verplicht)');
    await keuze.locator('option', { hasText: POLITIE.naam }).waitFor({ state: 'attached' });
    // Grouped by organisation, by name; no ids in the list.
    const groepen: string[] = [];
    for (const groep of await keuze.locator('optgroup').all()) {
      groepen.push((await groep.getAttribute('label')) ?? '');
    }
    expect(groepen).toContain('Politie eenheid Rotterdam');
    expect(await keuze.locator('option').allTextContents()).not.toContain(POLITIE.sub);
    await expectAccessible(page, 'audit search with the actor list, 390 px');
    await expectNoHorizontalScroll(page, 'audit search');

    await keuze.selectOption({ label: POLITIE.naam });
    await page.getByText(`Gebruikers-id van ${POLITIE.naam}`).click();
    await page.getByText(POLITIE.sub, { exact: true }).waitFor();
    const zoeken = page.waitForRequest((r) => r.url().endsWith('/verantwoording/zoeken'));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    expect(JSON.parse((await zoeken).postData() ?? '{}')).toMatchObject({ actorId: POLITIE.sub });
    await page.getByRole('heading', { name: /^Resultaten, pagina 1/ }).waitFor();
    await expectAccessible(page, 'audit search by actor, results, 390 px');

    // A system client or an id outside the directory can still be typed.
    await keuze.selectOption({ label: 'Een systeem of een ander id invullen…' });
    await page.getByLabel('Gebruikers-id of client-id').fill('vt-rr-systeem');
    await expectAccessible(page, 'audit search with a typed id, 390 px');
  }, 120_000);
});
