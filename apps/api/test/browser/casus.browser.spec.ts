import type { Browser, Page } from 'playwright-core';
import { loginAs } from '../login.js';
import { isolatedDatabase, startTestApp, type TestApp } from '../test-app.js';
import {
  expectAccessible as expectPageAccessible,
  launchChromium,
  logInWithDevIdp,
  trackedPage,
} from './chromium.js';

/**
 * A casus from wijkteam to Zorg- en Veiligheidshuis to partners, in Debian's chromium against
 * the real API: a wijkteam worker registers a case (theme and life domains with the keyboard
 * alone; a BSN that fails the 11-proef first) and escalates it (criteria that do not meet
 * "(a en b en c) of d" first); the ZVH accepts it, naming the procesregisseur, invites the
 * police and GGZ with their need-to-know, registers an exchange to GGZ and is refused one to
 * the police outside its scope; the police see the name but not the GGZ exchange and register
 * their own; GGZ sees exactly its scope and acknowledges; the wijkteam sees the triage outcome;
 * the ZVH's FG sees the flows. The ZVH and GGZ look up a person's timeline by BSN (POST body
 * only). axe (WCAG 2.1 AA) on every screen and state; no BSN or name in any URL or history
 * state.
 */

const WIJKTEAM = { sub: 'demo-wijkteam-rotterdam', naam: 'Joyce Smit' };
const ZVH = { sub: 'demo-zvh-procesregisseur', naam: 'Noor El Idrissi' };
const POLITIE = { sub: 'demo-politie-1', naam: 'Sanne de Vries' };
const GGZ = { sub: 'demo-ggz-partner', naam: 'Sam Verbeek' };
const FG_ZVH = { sub: 'demo-fg-zvh', naam: 'Ingrid Kok' };
/** Fictional people; a BSN that passes the 11-proef and one that fails it. */
const BSN = '111222333';
const FOUT_BSN = '123456789';
const ACHTERNAAM = 'Proefhuizen';
const STRAAT = 'Casusstraat';
const GGZ_INHOUD = 'Behandelgeschiedenis: bekend bij de ambulante ggz sinds 2024.';
const POLITIE_INHOUD = 'Twee aangiften van bedreiging in 2026 (registraties in BVH).';
const ZVH_NAAM = 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond';
const GGZ_NAAM = 'GGZ Rijnmond (fictief)';
const POLITIE_NAAM = 'Politie eenheid Rotterdam';

/** Every axe run, for the count in the test output. */
const axeRuns: string[] = [];

async function expectAccessible(page: Page, what: string): Promise<void> {
  await expectPageAccessible(page, what);
  axeRuns.push(what);
}

describe('a casus from wijkteam to ZVH to partners in a browser (real API, development IdP)', () => {
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

  /** Nothing personal in any URL the browser touched, nor in the history state. */
  async function expectNothingPersonal(page: Page, urls: string[]): Promise<void> {
    expect(urls.length).toBeGreaterThan(5);
    for (const u of [...urls, page.url()]) {
      expect(u).not.toContain(BSN);
      expect(u).not.toContain(FOUT_BSN);
      expect(u).not.toContain(ACHTERNAAM);
    }
    const state = await page.evaluate<string>('JSON.stringify(window.history.state) ?? ""');
    expect(state).not.toContain(BSN);
    expect(state).not.toContain(ACHTERNAAM);
  }

  const gelukt = (page: Page, tekst: string | RegExp) =>
    page.getByRole('main').getByText(tekst).first().waitFor();

  it('registers, escalates, accepts, invites, exchanges within scope, acknowledges and shows the flows', async () => {
    const focused = (page: Page) => page.evaluate<string>('document.activeElement?.id ?? ""');

    // ---- Wijkteam: register a casus ---------------------------------------------------------
    const wijkteam = await newPage();
    const wp = wijkteam.page;
    await logIn(wp, WIJKTEAM);
    await expectAccessible(wp, 'wijkteam home page');
    await wp.getByRole('main').getByRole('link', { name: 'Nieuwe casus registreren' }).click();
    await wp.getByRole('heading', { level: 1, name: 'Nieuwe casus registreren' }).waitFor();
    await wp.getByLabel('Thema').waitFor();
    await expectAccessible(wp, 'new casus form');

    // Theme, reason and life domains with the keyboard alone: the focus starts on <main>.
    await wp.keyboard.press('Tab');
    expect(await focused(wp)).toBe('casus-themaId');
    await wp.keyboard.type('Personen met verward gedrag');
    await wp.keyboard.press('Tab');
    expect(await focused(wp)).toBe('casus-aanleiding');
    await wp.keyboard.type(
      'Meldingen van buren over verward gedrag en schulden; het gezin loopt vast.',
    );
    await wp.keyboard.press('Tab');
    expect(await focused(wp)).toBe('casus-levensdomeinen');
    await wp.keyboard.press('Space');
    await wp.keyboard.press('Tab');
    expect(await focused(wp)).toBe('casus-levensdomeinen--wonen');
    await wp.keyboard.press('Space');
    expect(await wp.getByLabel('Thema').inputValue()).toBe('verward-gedrag');
    expect(await wp.locator('#casus-levensdomeinen').isChecked()).toBe(true);
    expect(await wp.locator('#casus-levensdomeinen--wonen').isChecked()).toBe(true);

    // A BSN that fails the 11-proef is refused in the browser, in Dutch.
    const b1 = wp.getByRole('group', { name: 'Betrokkene 1' });
    expect(await b1.getByLabel('Rol', { exact: true }).inputValue()).toBe('hoofdpersoon');
    await b1.getByLabel('Voornamen (niet verplicht)').fill('Bram');
    await b1.getByLabel('Achternaam', { exact: true }).fill(ACHTERNAAM);
    await b1.getByLabel('BSN (niet verplicht)').fill(FOUT_BSN);
    await b1.getByLabel('Geboortedatum (niet verplicht)').fill('1984-05-02');
    await b1.getByLabel('Straat (niet verplicht)').fill(STRAAT);
    await b1.getByLabel('Huisnummer (niet verplicht)').fill('7');
    await b1.getByLabel('Postcode (niet verplicht)').fill('3011AA');
    await b1.getByLabel('Woonplaats (niet verplicht)').fill('Rotterdam');
    await wp.getByRole('button', { name: 'Casus registreren' }).click();
    const bsnFout = wp.getByRole('link', { name: /voldoet niet aan de 11-proef/ });
    await bsnFout.waitFor();
    expect(await focused(wp)).toBe('');
    await expectAccessible(wp, 'new casus with an invalid BSN');
    await bsnFout.click();
    expect(await focused(wp)).toBe('casus-betrokkenen-0-bsn');
    expect(await b1.getByLabel('BSN (niet verplicht)').getAttribute('aria-invalid')).toBe('true');
    await wp.keyboard.press('Control+A');
    await wp.keyboard.type(BSN);

    await wp.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
    expect(await focused(wp)).toBe('casus-betrokkenen-1-rol');
    const b2 = wp.getByRole('group', { name: 'Betrokkene 2' });
    await b2.getByLabel('Rol', { exact: true }).selectOption('gezinslid');
    await b2.getByLabel('Voornamen (niet verplicht)').fill('Iris');
    await b2.getByLabel('Achternaam', { exact: true }).fill(ACHTERNAAM);
    await expectAccessible(wp, 'new casus with two persons');

    const registreren = wp.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith('/api/v1/casussen'),
    );
    await wp.getByRole('button', { name: 'Casus registreren' }).click();
    const verzoek = await registreren;
    expect(verzoek.postData()).toContain(BSN);
    expect((await verzoek.allHeaders()).verwerkingsactiviteit).toBe('casus-signalering-opschaling');
    await gelukt(wp, /De casus is geregistreerd/);
    const casusId = /\/wijkteam\/casussen\/([0-9a-f-]{36})$/.exec(wp.url())?.[1] ?? '';
    expect(casusId).not.toBe('');
    const nummer = (await wp.getByRole('heading', { level: 1 }).innerText()).replace('Casus ', '');
    expect(nummer).toMatch(/^C-\d{4}-\d+$/);
    await expectAccessible(wp, 'wijkteam casus registered');

    // ---- Wijkteam: escalate; a, without b and c, does not meet "(a en b en c) of d" ---------
    const opschaling = wp.getByRole('region', {
      name: 'Opschalen naar het Zorg- en Veiligheidshuis',
    });
    await opschaling.getByText('(a en b en c) of d').waitFor();
    await opschaling.getByLabel(/^a\. /).check();
    await opschaling
      .getByText('Met deze keuzes voldoet de casus (nog) niet aan de criteria.')
      .waitFor();
    await opschaling
      .getByLabel('Motivering')
      .fill('Problemen op meerdere leefgebieden; zorg en veiligheid moeten samen optrekken.');
    await opschaling.getByRole('button', { name: 'Casus opschalen' }).click();
    const criteriaFout = opschaling.getByRole('link', { name: /voldoet niet aan de criteria/ });
    await criteriaFout.waitFor();
    await expectAccessible(wp, 'escalation not meeting the criteria');
    await criteriaFout.click();
    expect(await focused(wp)).toBe('opschaling-criteria');
    await opschaling.getByLabel(/^b\. /).check();
    await opschaling.getByLabel(/^c\. /).check();
    await opschaling.getByText('Met deze keuzes voldoet de casus aan de criteria.').waitFor();
    await opschaling.getByRole('button', { name: 'Casus opschalen' }).click();
    await gelukt(wp, /De casus is opgeschaald/);
    expect(await wp.getByRole('main').innerText()).toContain('In triage');
    await expectAccessible(wp, 'wijkteam casus escalated');

    // ---- ZVH: triage, accept naming the procesregisseur --------------------------------------
    const zvh = await newPage();
    const zp = zvh.page;
    await logIn(zp, ZVH);
    await zp
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Triage' })
      .click();
    await zp.getByRole('heading', { level: 1, name: 'Triage' }).waitFor();
    const inTriage = zp.locator(`a[href="/zvh/casussen/${casusId}"]`);
    await inTriage.waitFor();
    expect(await zp.getByRole('row').filter({ has: inTriage }).innerText()).toContain(
      'Sociaal wijkteam Rotterdam',
    );
    await expectAccessible(zp, 'ZVH triage queue');
    await inTriage.click();
    const triage = zp.getByRole('region', { name: 'Triage: accepteren of afwijzen' });
    await triage.waitFor();
    const zmain = zp.getByRole('main');
    expect(await zmain.innerText()).toContain('Problemen op meerdere leefgebieden');
    await expectAccessible(zp, 'ZVH casus in triage');
    await triage.getByLabel(/^Accepteren/).check();
    // The procesregisseur is chosen by name from a list; the logged-in user is the default.
    const regisseur = triage.getByLabel('Procesregisseur');
    await regisseur.locator('option', { hasText: ZVH.naam }).waitFor({ state: 'attached' });
    expect(await regisseur.inputValue()).toBe(ZVH.sub);
    expect(await regisseur.locator('option').allTextContents()).toEqual([`${ZVH.naam} (uzelf)`]);
    await regisseur.selectOption({ label: `${ZVH.naam} (uzelf)` });
    await expectAccessible(zp, 'ZVH triage form, accepting');
    await triage.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await gelukt(zp, `Procesregisseur: ${ZVH.naam}`);
    expect(await zmain.innerText()).toContain('Geaccepteerd');
    await expectAccessible(zp, 'ZVH casus accepted');

    // ---- ZVH: invite the police and GGZ with their need-to-know -----------------------------
    const uitnodigen = async (organisatie: string, categorieen: RegExp[], naam: string) => {
      const form = zp.getByRole('region', { name: 'Deelnemer uitnodigen' });
      await form.getByLabel('Organisatie').selectOption(organisatie);
      for (const c of categorieen) await form.getByLabel(c).check();
      await form.getByRole('button', { name: 'Uitnodigen' }).click();
      await gelukt(zp, `${naam} is uitgenodigd`);
    };
    const uitnodigForm = zp.getByRole('region', { name: 'Deelnemer uitnodigen' });
    await uitnodigForm.getByRole('button', { name: 'Uitnodigen' }).click();
    await uitnodigForm
      .getByRole('link', { name: 'Kies de organisatie die u uitnodigt.' })
      .waitFor();
    // art. 9 and art. 10 are flagged in the text of their checkboxes.
    await uitnodigForm.getByLabel('Gezondheid bijzonder persoonsgegeven (art. 9 AVG)').waitFor();
    await uitnodigForm
      .getByLabel('Justitiële gegevens strafrechtelijk gegeven (art. 10 AVG)')
      .waitFor();
    await expectAccessible(zp, 'ZVH invite without a choice');
    await uitnodigen('politie-rotterdam', [/^Identificatie/, /^Justitiële gegevens/], POLITIE_NAAM);
    await uitnodigen('ggz-rijnmond', [/^Identificatie/, /^Gezondheid/], GGZ_NAAM);
    const deelnemers = zp.getByRole('table', { name: 'Deelnemers en hun need-to-know' });
    expect(await deelnemers.getByRole('row').filter({ hasText: GGZ_NAAM }).innerText()).toContain(
      'gezondheid',
    );
    expect(await zmain.innerText()).toContain('Actief');
    await expectAccessible(zp, 'ZVH casus with participants');

    // ---- ZVH: an exchange to GGZ within its scope ------------------------------------------
    const uitwisseling = zp.getByRole('region', { name: 'Uitwisseling registreren' });
    expect(await uitwisseling.getByLabel('Van (verstrekkende organisatie)').inputValue()).toBe(
      'zvh-rotterdam-rijnmond',
    );
    await uitwisseling.getByLabel(/^GGZ Rijnmond/).check();
    await uitwisseling.getByLabel(new RegExp(`^Bram ${ACHTERNAAM}`)).check();
    await uitwisseling.getByLabel(/^Gezondheid/).check();
    await uitwisseling
      .getByLabel('Proportionaliteit')
      .fill('Alleen de behandelgeschiedenis die nodig is voor het plan.');
    await uitwisseling
      .getByLabel('Subsidiariteit')
      .fill('Zonder deze gegevens kan GGZ de zorg niet afstemmen.');
    await uitwisseling.getByLabel('Inhoud').fill(GGZ_INHOUD);
    await expectAccessible(zp, 'ZVH exchange form filled');
    await uitwisseling.getByRole('button', { name: 'Uitwisseling registreren' }).click();
    await gelukt(zp, 'De uitwisseling is geregistreerd.');
    await zmain
      .getByRole('heading', { level: 3, name: `Uitwisseling 1: van ${ZVH_NAAM} aan ${GGZ_NAAM}` })
      .waitFor();
    await expectAccessible(zp, 'ZVH casus with an exchange');

    // ---- ZVH: health data to the police is outside its scope: refused, explained -----------
    const weer = zp.getByRole('region', { name: 'Uitwisseling registreren' });
    await weer.getByLabel(/^Politie eenheid Rotterdam/).check();
    await weer.getByLabel(new RegExp(`^Bram ${ACHTERNAAM}`)).check();
    await weer.getByLabel(/^Gezondheid/).check();
    await weer.getByLabel('Proportionaliteit').fill('Voor de veiligheid van de wijkagent.');
    await weer.getByLabel('Subsidiariteit').fill('Geen andere bron.');
    await weer.getByLabel('Inhoud').fill('Diagnose en medicatie.');
    const geweigerd = zp.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/uitwisselingen'),
    );
    await weer.getByRole('button', { name: 'Uitwisseling registreren' }).click();
    expect((await geweigerd).status()).toBe(422);
    // The API's explanation, with the organisation's name, links to the categories.
    const scopeFout = weer.getByRole('link', {
      name: `${POLITIE_NAAM} mag 'gezondheid' niet ontvangen: dat valt buiten zijn need-to-know (scope: identificatie, justitiële gegevens).`,
    });
    await scopeFout.waitFor();
    await expectAccessible(zp, 'ZVH exchange outside the scope refused');
    await scopeFout.click();
    expect(await focused(zp)).toBe('uitwisseling-categorieen');
    expect(await zmain.innerText()).not.toContain('Uitwisseling 2:');

    // ---- Police: the name, not the GGZ exchange; its own exchange to the ZVH ---------------
    const politie = await newPage();
    const pp = politie.page;
    await logIn(pp, POLITIE);
    await pp.getByRole('main').getByRole('link', { name: 'Casussen waaraan u deelneemt' }).click();
    await pp.getByRole('heading', { level: 1, name: 'Casussen waaraan u deelneemt' }).waitFor();
    const politieLink = pp.locator(`a[href="/partner/casussen/${casusId}"]`);
    await politieLink.waitFor();
    await expectAccessible(pp, 'police list of cases');
    await politieLink.click();
    await pp.getByText('Uw need-to-know:').waitFor();
    const pmain = pp.getByRole('main');
    await pmain.getByText(`Bram ${ACHTERNAAM}`).first().waitFor();
    const politieTekst = await pmain.innerText();
    expect(politieTekst).toMatch(/Uw need-to-know: Identificatie, Justitiële gegevens/);
    expect(politieTekst).not.toContain(GGZ_INHOUD);
    expect(politieTekst).not.toContain(STRAAT);
    await expectAccessible(pp, 'police casus page');
    const politieUit = pp.getByRole('region', { name: 'Uitwisseling registreren' });
    await politieUit.getByText(`Van: ${POLITIE_NAAM} (uw organisatie)`).waitFor();
    await politieUit.getByLabel(new RegExp(`^${ZVH_NAAM}`)).check();
    await politieUit.getByLabel(new RegExp(`^Bram ${ACHTERNAAM}`)).check();
    await politieUit.getByLabel(/^Justitiële gegevens/).check();
    await politieUit
      .getByLabel('Proportionaliteit')
      .fill('Alleen registraties die het risico bepalen.');
    await politieUit
      .getByLabel('Subsidiariteit')
      .fill('De regie kan het risico anders niet wegen.');
    await politieUit.getByLabel('Inhoud').fill(POLITIE_INHOUD);
    await politieUit.getByRole('button', { name: 'Uitwisseling registreren' }).click();
    await gelukt(pp, 'De uitwisseling is geregistreerd.');
    await pmain.getByText(POLITIE_INHOUD).waitFor();
    await expectAccessible(pp, 'police casus with its own exchange');

    // ---- GGZ: exactly its scope; acknowledges the exchange ---------------------------------
    const ggz = await newPage();
    const gp = ggz.page;
    await logIn(gp, GGZ);
    await gp
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Deelname aan casussen' })
      .click();
    const ggzLink = gp.locator(`a[href="/partner/casussen/${casusId}"]`);
    await ggzLink.waitFor();
    expect(await gp.getByRole('row').filter({ has: ggzLink }).innerText()).toContain('gezondheid');
    await expectAccessible(gp, 'GGZ list of cases');
    await ggzLink.click();
    await gp.getByText('Uw need-to-know:').waitFor();
    const gmain = gp.getByRole('main');
    await gmain.getByText(GGZ_INHOUD).waitFor();
    const ggzTekst = await gmain.innerText();
    expect(ggzTekst).toMatch(/Uw need-to-know: Identificatie, Gezondheid/);
    expect(ggzTekst).toContain(`Bram ${ACHTERNAAM}`);
    expect(ggzTekst).not.toContain(STRAAT);
    expect(ggzTekst).not.toContain('3011AA');
    expect(ggzTekst).not.toContain(POLITIE_INHOUD);
    expect(ggzTekst).not.toContain('Problemen op meerdere leefgebieden');
    await expectAccessible(gp, 'GGZ casus page');
    const ontvangst = gp.waitForResponse((r) => r.url().endsWith('/ontvangst'));
    await gmain.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    expect((await ontvangst).status()).toBe(200);
    await gelukt(gp, 'De ontvangst is bevestigd.');
    expect(await gmain.innerText()).toMatch(/GGZ Rijnmond \(fictief\): bevestigd op/);
    expect(await gmain.getByRole('button', { name: 'Ontvangst bevestigen' }).count()).toBe(0);
    await expectAccessible(gp, 'GGZ casus acknowledged');

    // ---- Wijkteam: the triage outcome in the list and on the case --------------------------
    await wp
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn casussen' })
      .click();
    const eigen = wp.locator(`a[href="/wijkteam/casussen/${casusId}"]`);
    await eigen.waitFor();
    expect(await wp.getByRole('row').filter({ has: eigen }).innerText()).toContain('Geaccepteerd');
    await expectAccessible(wp, 'wijkteam list of cases');
    await eigen.click();
    await wp
      .getByRole('heading', { level: 2, name: 'Triage door het Zorg- en Veiligheidshuis' })
      .waitFor();
    const uitkomstTekst = await wp.getByRole('main').innerText();
    expect(uitkomstTekst).toContain('Geaccepteerd');
    // From acceptance on the wijkteam is a participant: the procesregisseur is the ZVH's to see.
    expect(uitkomstTekst).not.toContain(ZVH.naam);
    await expectAccessible(wp, 'wijkteam casus accepted');

    // ---- Wijkteam as participant since acceptance: its own need-to-know, not others' data --
    await wp
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Deelname aan casussen' })
      .click();
    const deelname = wp.locator(`a[href="/partner/casussen/${casusId}"]`);
    await deelname.waitFor();
    await deelname.click();
    await wp.getByText('Uw need-to-know:').waitFor();
    const deelnameTekst = await wp.getByRole('main').innerText();
    expect(deelnameTekst).toMatch(/Uw need-to-know: Identificatie, Woonsituatie/);
    expect(deelnameTekst).toContain(STRAAT);
    expect(deelnameTekst).not.toContain(GGZ_INHOUD);
    expect(deelnameTekst).not.toContain(POLITIE_INHOUD);
    await expectAccessible(wp, 'wijkteam casus as participant');

    // ---- FG of the ZVH: the exchange register and the flows --------------------------------
    const fg = await newPage();
    const fp = fg.page;
    await logIn(fp, FG_ZVH);
    await fp
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Uitwisselingsregister' })
      .click();
    await fp.getByRole('heading', { level: 1, name: 'Uitwisselingsregister' }).waitFor();
    const grafiek = fp.getByRole('img', {
      name: 'Stromen van persoonsgegevens tussen organisaties',
    });
    await grafiek.waitFor();
    const fmain = fp.getByRole('main');
    const samenvatting = await fp.locator('#stromen-omschrijving').innerText();
    expect(samenvatting).toContain(
      `${ZVH_NAAM} verstrekte aan ${GGZ_NAAM}: gezondheid (bijzonder persoonsgegeven, art. 9 AVG) 1 keer.`,
    );
    expect(samenvatting).toContain(
      `${POLITIE_NAAM} verstrekte aan ${ZVH_NAAM}: justitiële gegevens`,
    );
    expect(await grafiek.locator('text').allTextContents()).toContain(
      'gezondheid (art. 9): 1 keer',
    );
    const register = fp.getByRole('table', { name: /Geregistreerde uitwisselingen/ });
    expect(await register.getByRole('row').count()).toBe(3);
    const registerTekst = await register.innerText();
    expect(registerTekst).toContain(nummer);
    expect(registerTekst).toContain('Personen met verward gedrag');
    expect(registerTekst).not.toContain(GGZ_INHOUD);
    expect(await fmain.innerText()).not.toContain(ACHTERNAAM);
    await expectAccessible(fp, 'FG exchange register');
    await fp.getByText(/Toon de stromen van/).click();
    await fp
      .getByRole('table', { name: 'Stromen van persoonsgegevens tussen organisaties' })
      .waitFor();
    await expectAccessible(fp, 'FG exchange register with the flow table');

    for (const { page, urls } of [wijkteam, zvh, politie, ggz, fg]) {
      await expectNothingPersonal(page, urls);
    }
    expect(axeRuns.length).toBeGreaterThanOrEqual(25);
  }, 300_000);
  it('the ZVH records informing, changes and ends a participation and closes with a re-review', async () => {
    // A case made through the API: registered, escalated, accepted, GGZ invited.
    const json = (activiteit: string) => ({
      'content-type': 'application/json',
      verwerkingsactiviteit: activiteit,
    });
    const wijkteam = await loginAs(url, WIJKTEAM.sub);
    const nieuw = await wijkteam.fetch('/api/v1/casussen', {
      method: 'POST',
      headers: json('casus-signalering-opschaling'),
      body: JSON.stringify({
        themaId: 'huiselijk-geweld',
        aanleiding: 'Zorgen over geweld in het gezin.',
        levensdomeinen: ['gezin-en-relaties'],
        betrokkenen: [{ rol: 'hoofdpersoon', voornamen: 'Noa', achternaam: ACHTERNAAM }],
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
        motivering: 'Acuut gevaar voor de kinderen.',
      }),
    });
    expect(opgeschaald.status).toBe(200);
    const zvhApi = await loginAs(url, ZVH.sub);
    const geaccepteerd = await zvhApi.fetch(`/api/v1/casussen/${id}/triage`, {
      method: 'POST',
      headers: json('casusregie-zvh'),
      body: JSON.stringify({ besluit: 'accepteren' }),
    });
    expect(geaccepteerd.status).toBe(200);
    const uitgenodigd = await zvhApi.fetch(`/api/v1/casussen/${id}/deelnemers`, {
      method: 'POST',
      headers: json('casusregie-zvh'),
      body: JSON.stringify({ organisatie: 'ggz-rijnmond', categorieen: ['identificatie'] }),
    });
    expect(uitgenodigd.status).toBe(201);

    const { page, urls } = await newPage();
    await logIn(page, ZVH);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Casussen in regie' })
      .click();
    const link = page.locator(`a[href="/zvh/casussen/${id}"]`);
    await link.waitFor();
    expect(await page.getByRole('row').filter({ has: link }).innerText()).toContain('Geaccepteerd');
    await expectAccessible(page, 'ZVH list of cases');
    await link.click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Betrokkenen' }).waitFor();
    await expectAccessible(page, 'ZVH casus, active');
    // The long page has its own navigation: each section one click away.
    const opDezePagina = page.getByRole('navigation', { name: 'Op deze pagina' });
    expect(await opDezePagina.getByRole('link').allInnerTexts()).toEqual([
      'Opschaling',
      'Triage',
      'Betrokkenen',
      'Deelnemers',
      'Uitwisselingen',
      'Afsluiten',
      'Tijdlijn',
    ]);
    await opDezePagina.getByRole('link', { name: 'Tijdlijn' }).click();
    expect(new URL(page.url()).hash).toBe('#casus-tijdlijn');
    expect(await main.getByRole('heading', { level: 2, name: 'Tijdlijn' }).isVisible()).toBe(true);

    // Informing: not informed, with a reason and an explanation.
    const persoon = `Noa ${ACHTERNAAM} (hoofdpersoon)`;
    await main.getByText(`Informeren van ${persoon} vastleggen`).click();
    const informeren = page.getByRole('region', { name: `Informeren van ${persoon}` });
    await informeren.getByRole('button', { name: 'Informeren vastleggen' }).click();
    await informeren
      .getByRole('link', { name: 'Kies of de betrokkene is geïnformeerd.' })
      .waitFor();
    await expectAccessible(page, 'ZVH informing without a choice');
    await informeren.getByLabel('De betrokkene wordt (nog) niet geïnformeerd').check();
    await informeren.getByLabel('Reden').selectOption('lopend-strafrechtelijk-onderzoek');
    await informeren
      .getByLabel('Toelichting')
      .fill('Informeren schaadt het lopende onderzoek naar de pleger.');
    await expectAccessible(page, 'ZVH informing form filled');
    await informeren.getByRole('button', { name: 'Informeren vastleggen' }).click();
    await gelukt(page, `Het informeren van ${persoon} is vastgelegd.`);
    expect(await main.innerText()).toContain('Niet geïnformeerd: Lopend strafrechtelijk onderzoek');

    // The GGZ's need-to-know grows, then its participation ends.
    await main.getByText(`Deelname van ${GGZ_NAAM} wijzigen of beëindigen`).click();
    const scope = page.getByRole('region', { name: `Need-to-know van ${GGZ_NAAM} wijzigen` });
    await scope.getByLabel(/^Woonsituatie/).check();
    await expectAccessible(page, 'ZVH participation to change');
    await scope.getByRole('button', { name: 'Need-to-know wijzigen' }).click();
    await gelukt(page, `De need-to-know van ${GGZ_NAAM} is nu: identificatie, woonsituatie.`);
    await main.getByText(`Deelname van ${GGZ_NAAM} wijzigen of beëindigen`).click();
    await main.getByRole('button', { name: `Deelname van ${GGZ_NAAM} beëindigen` }).click();
    await gelukt(page, `De deelname van ${GGZ_NAAM} is beëindigd.`);
    const ggzRij = page
      .getByRole('table', { name: 'Deelnemers en hun need-to-know' })
      .getByRole('row')
      .filter({ hasText: GGZ_NAAM });
    expect(await ggzRij.innerText()).toContain('Beëindigd op');

    // Closing asks to review the decision not to inform again.
    const afsluiten = page.getByRole('region', { name: 'Casus afsluiten' });
    await afsluiten
      .getByLabel('Reden van het afsluiten')
      .fill('Het gezin is veilig; hulp loopt via het wijkteam.');
    await afsluiten.getByRole('button', { name: 'Casus afsluiten' }).click();
    const herbeoordeling = afsluiten.getByRole('link', {
      name: `${persoon}: kies of de betrokkene is geïnformeerd.`,
    });
    await herbeoordeling.waitFor();
    await expectAccessible(page, 'ZVH closing without a re-review');
    await herbeoordeling.click();
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toMatch(
      /^afsluiten-.*-besluit$/,
    );
    const groep = afsluiten.getByRole('group', { name: `${persoon}: nu niet geïnformeerd` });
    await groep.getByLabel('De betrokkene is geïnformeerd').check();
    await afsluiten.getByLabel('Geïnformeerd op').fill('2026-11-20');
    await afsluiten.getByRole('button', { name: 'Casus afsluiten' }).click();
    await gelukt(page, 'De casus is afgesloten. Alle deelnames zijn beëindigd.');
    const tekst = await main.innerText();
    expect(tekst).toContain('Afgesloten');
    expect(tekst).toContain('Bewaard tot');
    expect(tekst).toMatch(/Geïnformeerd op 20 nov\.? 2026/);
    expect(await page.getByRole('region', { name: 'Casus afsluiten' }).count()).toBe(0);
    await expectAccessible(page, 'ZVH casus closed');
    await expectNothingPersonal(page, urls);

    // The wijkteam keeps its own casus after the closure: the hand-back reaches it.
    const { page: wp, urls: wUrls } = await newPage();
    await logIn(wp, WIJKTEAM);
    const terug = wp.getByRole('region', { name: /^Teruggelegd of afgesloten/ });
    const opHome = terug.locator(`a[href="/wijkteam/casussen/${id}"]`);
    await opHome.waitFor();
    await expectAccessible(wp, 'wijkteam home with the hand-back');
    await opHome.click();
    await wp.getByRole('heading', { level: 1 }).filter({ hasText: 'Casus' }).waitFor();
    await wp.getByRole('main').getByText('Afgesloten').first().waitFor();
    const gesloten = await wp.getByRole('main').innerText();
    expect(gesloten).not.toContain('bestaat niet of is niet van uw wijkteam');
    expect(gesloten).toContain(ACHTERNAAM);
    await expectAccessible(wp, 'wijkteam casus closed by the ZVH');
    await expectNothingPersonal(wp, wUrls);
    await wp.context().close();
  }, 180_000);

  it('tried as a new user would: the ZVH narrows a partner’s need-to-know in the browser and the partner’s screen loses the person’s BSN, name and address', async () => {
    // A case made through the API: a person with BSN, name and address, about mental health;
    // accepted by the ZVH, GGZ invited for identificatie and woonsituatie.
    const SCOPE_BSN = '333444553';
    const VOORNAAM = 'Lotte';
    const SCOPE_ACHTERNAAM = 'Scopeveld';
    const SCOPE_STRAAT = 'Reikwijdtelaan';
    const POSTCODE = '3012BC';
    const json = (activiteit: string) => ({
      'content-type': 'application/json',
      verwerkingsactiviteit: activiteit,
    });
    const wijkteam = await loginAs(url, WIJKTEAM.sub);
    const nieuw = await wijkteam.fetch('/api/v1/casussen', {
      method: 'POST',
      headers: json('casus-signalering-opschaling'),
      body: JSON.stringify({
        themaId: 'verward-gedrag',
        aanleiding: 'Zorgen over een bewoner met verward gedrag.',
        levensdomeinen: ['psychische-gezondheid', 'wonen'],
        betrokkenen: [
          {
            rol: 'hoofdpersoon',
            bsn: SCOPE_BSN,
            voornamen: VOORNAAM,
            achternaam: SCOPE_ACHTERNAAM,
            geboortedatum: '1990-03-14',
            straat: SCOPE_STRAAT,
            huisnummer: '12',
            postcode: POSTCODE,
            woonplaats: 'Rotterdam',
          },
        ],
      }),
    });
    expect(nieuw.status).toBe(201);
    const { id, nummer } = (await nieuw.json()) as { id: string; nummer: string };
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
        motivering: 'Dreiging voor de buren.',
      }),
    });
    expect(opgeschaald.status).toBe(200);
    const zvhApi = await loginAs(url, ZVH.sub);
    const geaccepteerd = await zvhApi.fetch(`/api/v1/casussen/${id}/triage`, {
      method: 'POST',
      headers: json('casusregie-zvh'),
      body: JSON.stringify({ besluit: 'accepteren' }),
    });
    expect(geaccepteerd.status).toBe(200);
    const uitgenodigd = await zvhApi.fetch(`/api/v1/casussen/${id}/deelnemers`, {
      method: 'POST',
      headers: json('casusregie-zvh'),
      body: JSON.stringify({
        organisatie: 'ggz-rijnmond',
        categorieen: ['identificatie', 'woonsituatie'],
      }),
    });
    expect(uitgenodigd.status).toBe(201);

    /** What only identificatie and woonsituatie show: the exact values as the page writes them. */
    const persoonlijk = [
      SCOPE_BSN,
      VOORNAAM,
      SCOPE_ACHTERNAAM,
      `${SCOPE_STRAAT} 12`,
      POSTCODE,
      '14 mrt 1990',
    ];
    /** Never on a partner's screen, whatever its need-to-know: life domains, the procesregisseur. */
    const nooit = ['Psychische gezondheid', 'Leefgebieden', 'Procesregisseur', ZVH.naam];

    // ---- GGZ: its screen with identificatie and woonsituatie --------------------------------
    const partner = await newPage();
    const gp = partner.page;
    await logIn(gp, GGZ);
    await gp
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Deelname aan casussen' })
      .click();
    const ggzLink = gp.locator(`a[href="/partner/casussen/${id}"]`);
    await ggzLink.waitFor();
    await ggzLink.click();
    const gmain = gp.getByRole('main');
    const partnerTekst = async () => {
      await gp.getByText('Uw need-to-know:').waitFor();
      return gmain.innerText();
    };
    const voor = await partnerTekst();
    expect(voor).toMatch(/Uw need-to-know: Identificatie, Woonsituatie/);
    for (const waarde of persoonlijk) expect(voor).toContain(waarde);
    for (const waarde of nooit) expect(voor).not.toContain(waarde);
    await expectAccessible(gp, 'GGZ casus page, identificatie and woonsituatie');

    // ---- ZVH: narrows GGZ's need-to-know to gezondheid alone, in the browser ----------------
    const { page, urls } = await newPage();
    await logIn(page, ZVH);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Casussen in regie' })
      .click();
    const link = page.locator(`a[href="/zvh/casussen/${id}"]`);
    await link.waitFor();
    await link.click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Deelnemers' }).waitFor();
    const samenvatting = main.getByText(`Deelname van ${GGZ_NAAM} wijzigen of beëindigen`);
    const scope = page.getByRole('region', { name: `Need-to-know van ${GGZ_NAAM} wijzigen` });
    await samenvatting.click();
    expect(await scope.getByLabel(/^Identificatie/).isChecked()).toBe(true);
    expect(await scope.getByLabel(/^Woonsituatie/).isChecked()).toBe(true);
    await scope.getByLabel(/^Identificatie/).uncheck();
    await scope.getByLabel(/^Woonsituatie/).uncheck();
    // Nothing left: refused in the browser, in Dutch.
    await scope.getByRole('button', { name: 'Need-to-know wijzigen' }).click();
    await scope
      .getByRole('link', { name: 'Kies ten minste één categorie, of beëindig de deelname.' })
      .waitFor();
    await expectAccessible(page, 'ZVH need-to-know without a category');
    await scope.getByLabel(/^Gezondheid/).check();
    await expectAccessible(page, 'ZVH need-to-know narrowed to gezondheid');
    await scope.getByRole('button', { name: 'Need-to-know wijzigen' }).click();
    await gelukt(
      page,
      `De need-to-know van ${GGZ_NAAM} is nu: gezondheid (bijzonder persoonsgegeven, art. 9 AVG).`,
    );
    const ggzRij = page
      .getByRole('table', { name: 'Deelnemers en hun need-to-know' })
      .getByRole('row')
      .filter({ hasText: GGZ_NAAM });
    expect(await ggzRij.innerText()).not.toMatch(/Identificatie|Woonsituatie/i);
    await expectAccessible(page, 'ZVH casus after narrowing');

    // ---- GGZ: the same screen, reloaded: no BSN, name or address; the rest remains ----------
    await gp.reload();
    const na = await partnerTekst();
    expect(na).toMatch(/Uw need-to-know: Gezondheid/);
    for (const waarde of persoonlijk) expect(na).not.toContain(waarde);
    for (const waarde of nooit) expect(na).not.toContain(waarde);
    expect(na).toContain(nummer);
    expect(na).toContain('Personen met verward gedrag');
    expect(na).toContain('Betrokkene 1 (hoofdpersoon)');
    expect(na).toContain('Naam en adres vallen buiten de need-to-know van uw organisatie.');
    await expectAccessible(gp, 'GGZ casus page, gezondheid only');

    // ---- ZVH: widens it again; GGZ sees the person again ------------------------------------
    await samenvatting.click();
    await scope.getByLabel(/^Identificatie/).check();
    await scope.getByLabel(/^Woonsituatie/).check();
    await scope.getByRole('button', { name: 'Need-to-know wijzigen' }).click();
    await gelukt(page, /De need-to-know van .* is nu: .*identificatie/);
    await expectAccessible(page, 'ZVH casus after widening');
    await gp.reload();
    const weer = await partnerTekst();
    expect(weer).toMatch(/Uw need-to-know: .*Identificatie/);
    for (const waarde of persoonlijk) expect(weer).toContain(waarde);
    for (const waarde of nooit) expect(weer).not.toContain(waarde);
    await expectAccessible(gp, 'GGZ casus page, widened again');
    expect(urls.join(' ')).not.toContain(SCOPE_BSN);
    expect(partner.urls.join(' ')).not.toContain(SCOPE_BSN);
  }, 180_000);

  it('the ZVH and a partner find the exchanges about a person by BSN, which is in no URL', async () => {
    // A case about a person with a BSN, made through the API: two exchanges about that person,
    // the first acknowledged by GGZ.
    const TIJDLIJN_BSN = '222333443';
    const ONBEKEND_BSN = '999888778';
    const json = (activiteit: string) => ({
      'content-type': 'application/json',
      verwerkingsactiviteit: activiteit,
    });
    const wijkteam = await loginAs(url, WIJKTEAM.sub);
    const nieuw = await wijkteam.fetch('/api/v1/casussen', {
      method: 'POST',
      headers: json('casus-signalering-opschaling'),
      body: JSON.stringify({
        themaId: 'jeugd',
        aanleiding: 'Zorgen over een jongere die vastloopt.',
        levensdomeinen: ['opvoeding'],
        betrokkenen: [
          { rol: 'hoofdpersoon', bsn: TIJDLIJN_BSN, voornamen: 'Daan', achternaam: ACHTERNAAM },
        ],
      }),
    });
    expect(nieuw.status).toBe(201);
    const { id, nummer } = (await nieuw.json()) as { id: string; nummer: string };
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
    const zvhApi = await loginAs(url, ZVH.sub);
    const geaccepteerd = await zvhApi.fetch(`/api/v1/casussen/${id}/triage`, {
      method: 'POST',
      headers: json('casusregie-zvh'),
      body: JSON.stringify({ besluit: 'accepteren' }),
    });
    expect(geaccepteerd.status).toBe(200);
    const { betrokkenen } = (await geaccepteerd.json()) as { betrokkenen: { persoonId: string }[] };
    const persoonId = betrokkenen[0]!.persoonId;
    for (const [organisatie, categorieen] of [
      ['ggz-rijnmond', ['identificatie', 'gezondheid']],
      ['politie-rotterdam', ['identificatie', 'justitiele-gegevens']],
    ] as const) {
      const uitgenodigd = await zvhApi.fetch(`/api/v1/casussen/${id}/deelnemers`, {
        method: 'POST',
        headers: json('casusregie-zvh'),
        body: JSON.stringify({ organisatie, categorieen }),
      });
      expect(uitgenodigd.status).toBe(201);
    }
    const uitwisseling = async (van: string, naar: string, categorieen: string[]) => {
      const res = await zvhApi.fetch(`/api/v1/casussen/${id}/uitwisselingen`, {
        method: 'POST',
        headers: json('casusregie-zvh'),
        body: JSON.stringify({
          van,
          naar: [naar],
          betrokkenen: [persoonId],
          categorieen,
          proportionaliteit: 'Alleen wat nodig is.',
          subsidiariteit: 'Het kan niet met minder.',
          inhoud: GGZ_INHOUD,
        }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const eerste = await uitwisseling('zvh-rotterdam-rijnmond', 'ggz-rijnmond', ['gezondheid']);
    await uitwisseling('politie-rotterdam', 'zvh-rotterdam-rijnmond', ['justitiele-gegevens']);
    const ggzApi = await loginAs(url, GGZ.sub);
    const bevestigd = await ggzApi.fetch(
      `/api/v1/casussen/${id}/uitwisselingen/${eerste}/ontvangst`,
      { method: 'POST', headers: json('ketenpartner-deelname') },
    );
    expect(bevestigd.status).toBe(200);

    /** Every timeline request: its body holds the BSN, its URL never. */
    const zoekvragen = (page: Page) => {
      const lijst: { body: string; activiteit: string | undefined; url: string }[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/v1/casussen/personen/tijdlijn')) {
          lijst.push({
            body: r.postData() ?? '',
            activiteit: r.headers().verwerkingsactiviteit,
            url: r.url(),
          });
        }
      });
      return lijst;
    };
    const nietInAdressen = async (page: Page, urls: string[]) => {
      await expectNothingPersonal(page, urls);
      const state = await page.evaluate<string>('JSON.stringify(window.history.state) ?? ""');
      for (const u of [...urls, page.url(), state]) {
        expect(u).not.toContain(TIJDLIJN_BSN);
        expect(u).not.toContain(ONBEKEND_BSN);
      }
    };
    const focused = (page: Page) => page.evaluate<string>('document.activeElement?.id ?? ""');
    const tabel = (page: Page) =>
      page.getByRole('table', {
        name: `Uitwisselingen over deze persoon in casus ${nummer}, oudste eerst`,
      });

    // ---- ZVH: the timeline, with the keyboard alone -----------------------------------------
    const { page, urls } = await newPage();
    const verzoeken = zoekvragen(page);
    await logIn(page, ZVH);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Tijdlijn van een persoon' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tijdlijn van een persoon' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/zvh/personen');
    await expectAccessible(page, 'ZVH person timeline, empty form');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('tijdlijn-bsn');
    await page.keyboard.press('Enter');
    const leegFout = page.getByRole('link', { name: 'Vul het BSN van de persoon in.' });
    await leegFout.waitFor();
    expect(await focused(page)).toBe('');
    await leegFout.click();
    expect(await focused(page)).toBe('tijdlijn-bsn');
    await page.keyboard.type(FOUT_BSN);
    await page.keyboard.press('Enter');
    const bsnFout = page.getByRole('link', { name: /voldoet niet aan de 11-proef/ });
    await bsnFout.waitFor();
    expect(verzoeken).toEqual([]);
    expect(await page.getByLabel('BSN van de persoon').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'ZVH person timeline with an invalid BSN');
    await bsnFout.click();
    expect(await focused(page)).toBe('tijdlijn-bsn');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(TIJDLIJN_BSN);
    await page.keyboard.press('Enter');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Resultaat' }).waitFor();
    expect(await focused(page)).toBe('tijdlijn-resultaat');
    expect(verzoeken).toHaveLength(1);
    expect(JSON.parse(verzoeken[0]!.body)).toEqual({ bsn: TIJDLIJN_BSN });
    expect(verzoeken[0]!.activiteit).toBe('casusregie-zvh');
    const casus = main.getByRole('region', { name: `Casus ${nummer}`, exact: true });
    const casusTekst = await casus.innerText();
    expect(casusTekst).toContain('Jeugd');
    expect(casusTekst).toContain('Actief');
    // Both exchanges about the person, oldest first, with flags, purpose and acknowledgement.
    const rijen = tabel(page).getByRole('row');
    expect(await rijen.count()).toBe(3);
    const eerst = await rijen.nth(1).innerText();
    expect(eerst).toContain(ZVH_NAAM);
    expect(eerst).toContain(GGZ_NAAM);
    expect(eerst).toContain('bijzonder persoonsgegeven (art. 9 AVG)');
    expect(eerst).toMatch(/bevestigd op/);
    const daarna = await rijen.nth(2).innerText();
    expect(daarna).toContain(POLITIE_NAAM);
    expect(daarna).toContain('strafrechtelijk gegeven (art. 10 AVG)');
    expect(daarna).toContain('nog niet bevestigd');
    expect(await main.innerText()).not.toContain(GGZ_INHOUD);
    await expectAccessible(page, 'ZVH person timeline with a result');

    // To the case and back: the invite list offers no participant, wijkteam or the ZVH, sorted;
    // the result is still there (kept in memory, not in the URL or the history).
    await casus.getByRole('link', { name: `Casus ${nummer} openen` }).click();
    await page.waitForURL(`${url}/zvh/casussen/${id}`);
    const organisatieKeuze = page
      .getByRole('region', { name: 'Deelnemer uitnodigen' })
      .getByLabel('Organisatie');
    await organisatieKeuze.waitFor();
    const keuzes = await organisatieKeuze.locator('option').allTextContents();
    // GGZ, the police and the ZVH take part; the sleutelpartner too (the only wijkteam allowed).
    expect(keuzes).toEqual([
      'Kies een organisatie',
      'Openbaar Ministerie, arrondissementsparket Rotterdam',
      'Reclassering Nederland, regio Rotterdam',
      'Veilig Thuis Rotterdam Rijnmond',
      'Veilig Thuis Zuid-Holland Zuid',
      'Woningcorporatie Rijnmond Wonen (fictief)',
    ]);
    await page.goBack();
    await tabel(page).waitFor();

    // A BSN nobody may see anything of: the same message as for an unknown person.
    await page.getByLabel('BSN van de persoon').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(ONBEKEND_BSN);
    await page.keyboard.press('Enter');
    await main.getByText('Er is niets gevonden over deze persoon dat u mag zien').waitFor();
    expect(await main.getByRole('region', { name: `Casus ${nummer}`, exact: true }).count()).toBe(
      0,
    );
    await expectAccessible(page, 'ZVH person timeline, nothing found');
    await nietInAdressen(page, urls);

    // ---- GGZ: only the exchange it received, under its own activity ------------------------
    const partner = await newPage();
    const gp = partner.page;
    const ggzVerzoeken = zoekvragen(gp);
    await logIn(gp, GGZ);
    await gp
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Tijdlijn van een persoon' })
      .click();
    await gp.getByRole('heading', { level: 1, name: 'Tijdlijn van een persoon' }).waitFor();
    expect(new URL(gp.url()).pathname).toBe('/partner/personen');
    await gp.keyboard.press('Tab');
    await gp.keyboard.type(TIJDLIJN_BSN);
    await gp.keyboard.press('Enter');
    await tabel(gp).waitFor();
    expect(ggzVerzoeken.map((v) => v.activiteit)).toEqual(['ketenpartner-deelname']);
    const ggzRijen = tabel(gp).getByRole('row');
    expect(await ggzRijen.count()).toBe(2);
    expect(await ggzRijen.nth(1).innerText()).toContain(GGZ_NAAM);
    expect(await gp.locator(`a[href="/partner/casussen/${id}"]`).count()).toBe(1);
    await expectAccessible(gp, 'GGZ person timeline with a result');
    await nietInAdressen(gp, partner.urls);
  }, 180_000);
});
