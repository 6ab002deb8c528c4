import { Klok } from '@schakel/bewaring';
import type { Browser, Page } from 'playwright-core';
import { api, maakCasus, persoon, REGIE } from '../casus-fixtures.js';
import { loginAs, type Session } from '../login.js';
import { dienZorgmeldingIn } from '../zorgmelding-fixtures.js';
import { isolatedDatabase, startTestApp, type TestApp } from '../test-app.js';
import { expectAccessible, launchChromium, logInWithDevIdp, trackedPage } from './chromium.js';

/**
 * Retention in a browser against the real API (ADR 0027): a closed casus passes its term (the
 * injected clock moves six years on); the ZVH's FG proposes and approves the destruction list,
 * cannot confirm it herself, and the VT's FG, a second person, confirms it; the casus is gone
 * from the procesregisseur's screen, and the certificate can be made. axe on every state.
 */

const FG_ZVH = { sub: 'demo-fg-zvh', naam: 'Ingrid Kok' };
const FG_VT = { sub: 'demo-fg-vt-rr', naam: 'Ruben Hendriks' };
const REGISSEUR = { sub: 'demo-zvh-procesregisseur', naam: 'Noor El Idrissi' };
const WIJKTEAM = { sub: 'demo-wijkteam-rotterdam', naam: 'Joyce Smit' };
const COORDINATOR = { sub: 'demo-vt-rr-coordinator', naam: 'Linda Jansen' };
const POLITIE = { sub: 'demo-politie-1', naam: 'Sanne de Vries' };
const JAAR = 365.25 * 24 * 3600 * 1000;

describe('retention and destruction in a browser (two FGs, real API)', () => {
  let t: TestApp | undefined;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let browser: Browser | undefined;
  let url = '';
  let casus = { id: '', nummer: '' };
  let zvh: Session;

  beforeAll(async () => {
    browser = await launchChromium();
    // A database of its own: six years on, every closed casus of the run would be due.
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    url = t.url;
    const wijkteam = await loginAs(url, 'demo-wijkteam-rotterdam');
    zvh = await loginAs(url, REGISSEUR.sub);
    const c = await maakCasus(wijkteam, zvh, {
      tot: 'geaccepteerd',
      themaId: 'verward-gedrag',
      betrokkenen: [persoon('hoofdpersoon')],
    });
    const dicht = await api(zvh, 'POST', `/casussen/${c.id}/afsluiting`, REGIE, {
      reden: 'Afgerond.',
      herbeoordelingen: c.personen.map((p) => ({
        persoonId: p.persoonId,
        besluit: 'geinformeerd',
        op: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()),
      })),
    });
    expect(dicht.status).toBe(200);
    casus = { id: c.id, nummer: c.nummer };
    const later = Date.now() + 6 * JAAR;
    t.app.get(Klok).nu = () => new Date(later);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await isolated?.drop();
  });

  async function open(account: { sub: string; naam: string }): Promise<Page> {
    const { page } = await trackedPage(browser!);
    await logInWithDevIdp(page, url, account);
    return page;
  }

  it('proposes, approves, refuses the same person, confirms by a second FG; the casus is gone; certificate', async () => {
    // The ZVH's FG: propose and approve.
    const fgZvh = await open(FG_ZVH);
    await fgZvh
      .getByRole('navigation')
      .getByRole('link', { name: 'Bewaren en vernietigen' })
      .click();
    await fgZvh.getByRole('heading', { level: 1, name: 'Bewaren en vernietigen' }).waitFor();
    await fgZvh.getByText('Er zijn geen vernietigingslijsten.').waitFor();
    await expectAccessible(fgZvh, 'bewaring, leeg');
    await fgZvh.getByRole('button', { name: 'Nu een lijst voorstellen' }).click();
    await fgZvh
      .getByText(
        /Vernietigingslijst VL-\d{4}-\d{4} is voorgesteld: 0 zorgmeldingen, 1 casussen, 1 personen/,
      )
      .waitFor();
    await expectAccessible(fgZvh, 'bewaring, met lijst');
    const lijstLink = fgZvh.getByRole('table').first().getByRole('link');
    const nummer = (await lijstLink.innerText()).trim();
    await lijstLink.click();
    await fgZvh.getByRole('heading', { level: 1, name: `Vernietigingslijst ${nummer}` }).waitFor();
    await fgZvh.getByRole('rowheader', { name: `Casus ${casus.nummer}` }).waitFor();
    await expectAccessible(fgZvh, 'lijst, voorgesteld');
    await fgZvh.getByLabel('Toelichting (niet verplicht)').fill('Termijnen nagelopen.');
    await fgZvh.getByRole('button', { name: 'Lijst goedkeuren' }).click();
    await fgZvh
      .getByText(`Lijst ${nummer} is goedgekeurd. Een tweede persoon bevestigt.`)
      .waitFor();
    // She cannot confirm her own approval: no button, and the reason is shown.
    await fgZvh.getByText('een tweede, andere persoon moet bevestigen').waitFor();
    expect(await fgZvh.getByRole('button', { name: 'Bevestigen en vernietigen' }).count()).toBe(0);
    await expectAccessible(fgZvh, 'lijst, goedgekeurd');

    // The VT's FG: a second person confirms; the list is destroyed.
    const fgVt = await open(FG_VT);
    await fgVt.goto(`${url}/fg/bewaring`);
    await fgVt.getByRole('link', { name: nummer }).click();
    await fgVt.getByRole('button', { name: 'Bevestigen en vernietigen' }).click();
    await fgVt
      .getByText(`Lijst ${nummer} is bevestigd en vernietigd: 1 dossiers vernietigd, 0 niet.`)
      .waitFor();
    await fgVt.getByText('Ingrid Kok', { exact: false }).first().waitFor();
    await expectAccessible(fgVt, 'lijst, vernietigd');
    await fgVt.getByRole('button', { name: 'Verklaring van vernietiging maken' }).click();
    const pdfLink = fgVt.getByRole('link', {
      name: `Verklaring van vernietiging ${nummer} (PDF) downloaden`,
    });
    await pdfLink.waitFor();
    expect(await pdfLink.getAttribute('href')).toMatch(/^blob:/);
    await expectAccessible(fgVt, 'lijst, verklaring');

    // Gone from the procesregisseur's screens.
    const regisseur = await open(REGISSEUR);
    await regisseur.goto(`${url}/zvh/casussen`);
    await regisseur.getByRole('heading', { level: 1 }).first().waitFor();
    await regisseur.waitForLoadState('networkidle');
    expect(await regisseur.getByText(casus.nummer).count()).toBe(0);
    await regisseur.goto(`${url}/zvh/casussen/${casus.id}`);
    await regisseur.waitForLoadState('networkidle');
    expect(await regisseur.getByText(casus.nummer).count()).toBe(0);
    expect((await api(zvh, 'GET', `/casussen/${casus.id}`, REGIE)).status).toBe(404);
    // ... from the registering wijkteam's, the home page's piles, and the FG's exchange register.
    const wijkteam = await open(WIJKTEAM);
    await wijkteam.goto(`${url}/wijkteam/casussen`);
    await wijkteam.getByRole('heading', { level: 1 }).first().waitFor();
    await wijkteam.waitForLoadState('networkidle');
    expect(await wijkteam.getByText(casus.nummer).count()).toBe(0);
    await wijkteam.goto(`${url}/`);
    await wijkteam.waitForLoadState('networkidle');
    expect(await wijkteam.getByText(casus.nummer).count()).toBe(0);
    await fgZvh.goto(`${url}/fg/uitwisselingen`);
    await fgZvh.getByRole('heading', { level: 1 }).first().waitFor();
    await fgZvh.waitForLoadState('networkidle');
    expect(await fgZvh.getByText(casus.nummer).count()).toBe(0);
  });

  it('VT records a request to destroy a report, grants it: destroyed now, certificate, gone', async () => {
    const politie = await loginAs(url, POLITIE.sub);
    const zorgmeldingId = await dienZorgmeldingIn(politie, 'GM0599');
    const vt = await open(COORDINATOR);
    await vt.setViewportSize({ width: 390, height: 844 });
    const breedte = () => vt.evaluate<number>('document.documentElement.scrollWidth');
    // The coordinator's menu leads to the (empty) list of requests.
    await vt
      .getByRole('navigation')
      .getByRole('link', { name: 'Verzoeken tot vernietiging' })
      .click();
    await vt.getByRole('heading', { level: 1, name: 'Verzoeken tot vernietiging' }).waitFor();
    await vt.getByText('Er zijn nog geen verzoeken tot vernietiging vastgelegd.').waitFor();
    await expectAccessible(vt, 'vernietigingsverzoeken, leeg');

    // From the report: the link to record a request about it.
    await vt.goto(`${url}/vt/zorgmeldingen/${zorgmeldingId}`);
    const kop = await vt
      .getByRole('heading', { level: 1, name: /^Zorgmelding \S+ beoordelen$/ })
      .innerText();
    const kenmerk = /Zorgmelding (\S+) beoordelen/.exec(kop)?.[1] ?? '';
    expect(kenmerk).toMatch(/\d/);
    await vt.getByRole('link', { name: 'Verzoek tot vernietiging vastleggen' }).click();
    await vt
      .getByRole('heading', {
        level: 2,
        name: `Verzoek tot vernietiging vastleggen voor zorgmelding ${kenmerk}`,
      })
      .waitFor();
    await expectAccessible(vt, 'vernietigingsverzoek, formulier, 390 px');
    expect(await breedte()).toBeLessThanOrEqual(390);
    // Without a decision and a reason: the form says what is missing.
    await vt.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await vt.getByRole('heading', { level: 2, name: 'Controleer het formulier' }).waitFor();
    expect(await vt.getByLabel('Besluit').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(vt, 'vernietigingsverzoek, fouten');
    await vt.getByLabel('Wie vraagt om vernietiging?').selectOption('wettelijk-vertegenwoordiger');
    await vt.getByLabel('Besluit').selectOption('toegewezen');
    await vt
      .getByLabel('Motivering')
      .fill('Onderzoek wees uit dat de melding op een vergissing berustte.');
    await vt.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await vt
      .getByText(new RegExp(`zorgmelding ${kenmerk} is vernietigd \\(lijst VL-\\d{4}-\\d{4}\\)`))
      .waitFor();
    const rij = vt.getByRole('row', { name: new RegExp(kenmerk) });
    await rij.getByText('Toegewezen: vernietigd door Linda Jansen', { exact: false }).waitFor();
    await expectAccessible(vt, 'vernietigingsverzoek, toegewezen');
    await rij
      .getByRole('button', { name: /^Verklaring van vernietiging maken, lijst VL-/ })
      .click();
    const pdfLink = rij.getByRole('link', {
      name: /^Verklaring van vernietiging VL-.* \(PDF\) downloaden$/,
    });
    await pdfLink.waitFor();
    expect(await pdfLink.getAttribute('href')).toMatch(/^blob:/);
    await expectAccessible(vt, 'vernietigingsverzoek, verklaring, 390 px');
    expect(await breedte()).toBeLessThanOrEqual(390);

    // Gone: VT's inbox and the report's page, and the police officer's own list.
    await vt.goto(`${url}/vt/inbox`);
    await vt.waitForLoadState('networkidle');
    expect(await vt.getByText(kenmerk).count()).toBe(0);
    await vt.goto(`${url}/vt/zorgmeldingen/${zorgmeldingId}`);
    await vt.getByText('Deze zorgmelding bestaat niet of is niet voor uw Veilig Thuis.').waitFor();
    const agent = await open(POLITIE);
    await agent.goto(`${url}/politie/zorgmeldingen`);
    await agent.getByRole('heading', { level: 1 }).first().waitFor();
    await agent.waitForLoadState('networkidle');
    expect(await agent.getByText(kenmerk).count()).toBe(0);
    expect(
      (await api(politie, 'GET', `/zorgmeldingen/${zorgmeldingId}`, 'zorgmelding-indienen')).status,
    ).toBe(404);
  }, 120_000);
});
