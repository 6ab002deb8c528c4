import { readFileSync } from 'node:fs';
import { AuditService } from '@schakel/audit';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { api, maakCasus, persoon, REGIE } from '../casus-fixtures.js';
import { bsn } from '../fictief.js';
import { loginAs } from '../login.js';
import { startTestApp, type TestApp } from '../test-app.js';
import { dienZorgmeldingIn, meldingIn } from '../zorgmelding-fixtures.js';
import { expectAccessible, launchChromium, logInWithDevIdp, trackedPage } from './chromium.js';

/**
 * The FG's rights desk in Chromium against the real API, as a new user would try it: from the
 * home page's promise "Inzageverzoeken ... beantwoorden" to a registered access request for a
 * demo person, the report (whose count of processing records matches the log) and its PDF,
 * and the register export. axe (WCAG 2.1 AA) on every screen and state; the BSN never appears
 * in a URL the browser touched.
 */
const FG = { sub: 'demo-fg-vt-rr', naam: 'Ruben Hendriks' };
/** The demo person of the police's example report (volledigeMelding), and a wrong BSN. */
const BSN = '111222333';
const FOUT_BSN = '123456789';
/** The page's width: at 390 px nothing may scroll sideways. */
const smal = (page: Page): Promise<number> =>
  page.evaluate<number>('document.documentElement.scrollWidth');

describe("the FG's rights desk in a browser", () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  /** A person of its own for the objection, so no other test's reports meet the flag. */
  const BEZWAAR_BSN = bsn();

  beforeAll(async () => {
    browser = await launchChromium();
    t = await startTestApp();
    // A report about the demo person, routed to VT Rotterdam Rijnmond (the FG's organisation).
    const politie = await loginAs(t.url, 'demo-politie-1');
    await dienZorgmeldingIn(politie, 'GM0599');
    const concept = await politie.fetch('/api/v1/zorgmeldingen', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'zorgmelding-indienen',
      },
      body: JSON.stringify({ status: 'concept' }),
    });
    const { id } = (await concept.json()) as { id: string };
    const m = meldingIn('GM0599');
    const eerste = m.betrokkenen?.[0]?.identiteit;
    if (eerste) eerste.bsn = BEZWAAR_BSN;
    const ingediend = await politie.fetch(`/api/v1/zorgmeldingen/${id}/indienen`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        verwerkingsactiviteit: 'zorgmelding-indienen',
        'idempotency-key': `bezwaar-${BEZWAAR_BSN}`,
      },
      body: JSON.stringify(m),
    });
    expect(ingediend.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('registers an access request, produces the report and its PDF, exports the register', async () => {
    const app = t!;
    const { page, urls } = await trackedPage(browser!);
    try {
      await logInWithDevIdp(page, app.url, FG);
      const main = page.getByRole('main');
      await main
        .getByRole('link', {
          name: 'Inzageverzoeken en andere verzoeken van betrokkenen beantwoorden',
        })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Verzoeken van betrokkenen' }).waitFor();
      await page.getByText(/Er zijn nog geen verzoeken|Verzoeken, open verzoeken eerst/).waitFor();
      await expectAccessible(page, 'request list');

      await main.getByRole('link', { name: 'Nieuw verzoek registreren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuw verzoek registreren' }).waitFor();
      await expectAccessible(page, 'new request form');
      const bsnVeld = page.getByLabel('BSN van de betrokkene');
      await bsnVeld.fill(FOUT_BSN);
      await page.getByRole('button', { name: 'Verzoek registreren' }).click();
      await page.getByRole('heading', { level: 2, name: 'Controleer het formulier' }).waitFor();
      expect(await bsnVeld.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'new request form with an invalid BSN');

      await bsnVeld.fill(BSN);
      await page.getByLabel('Soort verzoek').selectOption('inzage');
      await page.getByRole('button', { name: 'Verzoek registreren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Inzage (AVG art. 15)' }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/fg\/verzoeken\/[0-9a-f-]{36}$/);
      const detail = await main.innerText();
      expect(detail).toContain('Nog ');
      expect(detail).toContain('Ja, er zijn gegevens vastgelegd');
      await expectAccessible(page, 'request with its clock');

      // The report: the demo person's report at this VT, and the count of the log.
      await page.getByRole('button', { name: 'Rapport opstellen' }).click();
      await page.getByRole('heading', { level: 3, name: /^Rapport van / }).waitFor();
      const rapport = await main.innerText();
      expect(rapport).toContain('Zorgmeldingen');
      expect(rapport).toContain('Veilig Thuis Rotterdam Rijnmond (bezorging)');
      expect(rapport).not.toContain(BSN);
      const genoemd = Number(/Het verwerkingslog noemt (\d+) verwerkingen/.exec(rapport)?.[1]);
      const [inLog] = await app.app.get(DataSource).query<{ n: string }[]>(
        `SELECT count(*) AS n FROM verwerkingslog v JOIN actor_audit a ON a.id = v.audit_id
          WHERE v.betrokkene = $1 AND a.actor_id IS NOT NULL
            AND (a.organisatie_code = 'vt-rotterdam-rijnmond' OR a.verstrekker_code = 'vt-rotterdam-rijnmond')`,
        [app.app.get(AuditService).pseudonym(BSN)],
      );
      // Everything in the FG's scope, less the report's own record written after it was made.
      expect(genoemd).toBeGreaterThan(0);
      expect(genoemd).toBe(Number(inLog?.n) - 1);
      await expectAccessible(page, 'request with its report');

      const antwoord = page.waitForResponse((r) => r.url().endsWith('/inzage/pdf'));
      await page.getByRole('button', { name: 'Rapport als pdf maken' }).click();
      const r = await antwoord;
      expect([r.status(), r.headers()['content-type']]).toEqual([200, 'application/pdf']);
      const pdfLink = page.getByRole('link', { name: 'Pdf openen (inzagerapport)' });
      await pdfLink.waitFor();
      expect((await pdfLink.getAttribute('href')) ?? '').toMatch(/^blob:/);
      // Opening it hands the FG the file the API made.
      const download = page.waitForEvent('download');
      await pdfLink.click();
      const bestand = await (await download).path();
      const pdf = readFileSync(bestand);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(2000);
      await expectAccessible(page, 'request with its PDF link');

      // The register export (art. 30), every version, with downloads.
      await page.goto(`${app.url}/verwerkingsregister/export`);
      await page
        .getByRole('heading', { level: 1, name: 'Verwerkingsregister exporteren' })
        .waitFor();
      await page.getByRole('cell', { name: 'Verzoeken van betrokkenen afhandelen' }).waitFor();
      expect(await page.getByRole('link', { name: 'Download als CSV (spreadsheet)' }).count()).toBe(
        1,
      );
      await expectAccessible(page, 'register export');

      // Back at the list: the request, with its deadline.
      await page.goto(`${app.url}/fg/verzoeken`);
      await page.getByRole('link', { name: 'Inzage (AVG art. 15)' }).first().waitFor();
      await expectAccessible(page, 'request list with a request');

      for (const u of [...urls, page.url()]) {
        expect(u).not.toContain(BSN);
        expect(u).not.toContain(FOUT_BSN);
      }
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('records an objection with a reason, extends the clock, lifts the flag and closes the request', async () => {
    const app = t!;
    const { page, urls } = await trackedPage(browser!);
    try {
      await logInWithDevIdp(page, app.url, FG);
      await page.goto(`${app.url}/fg/verzoeken/nieuw`);
      await page.getByLabel('Soort verzoek').selectOption('bezwaar');
      await page.getByLabel('BSN van de betrokkene').fill(BEZWAAR_BSN);
      await page
        .getByLabel('Hoe is de identiteit van de verzoeker vastgesteld?')
        .selectOption('digid');
      await page.getByRole('button', { name: 'Verzoek registreren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bezwaar (AVG art. 21)' }).waitFor();
      const main = page.getByRole('main');

      // The objection: a reason is required, then the flag is shown.
      const bezwaar = page.getByRole('region', { name: 'Bezwaar vastleggen' });
      await bezwaar.getByRole('button', { name: 'Bezwaar vastleggen' }).click();
      await bezwaar.getByText('Vul ten minste 10 tekens in.').waitFor();
      await expectAccessible(page, 'objection without a reason');
      await bezwaar.getByLabel('Reden').fill('Bezwaar tegen verdere verstrekking (AVG art. 21).');
      await bezwaar.getByRole('button', { name: 'Bezwaar vastleggen' }).click();
      await page.getByRole('heading', { level: 3, name: 'Actieve beperkingen' }).waitFor();
      await expectAccessible(page, 'request with an active objection');

      // The clock: extended once, with a reason; the form is gone afterwards.
      const verlengen = page.getByRole('region', { name: 'Termijn verlengen' });
      await verlengen.getByLabel('Met hoeveel maanden').selectOption('1');
      await verlengen
        .getByLabel('Reden van de verlenging')
        .fill('De gegevens liggen bij meerdere organisaties.');
      await verlengen.getByRole('button', { name: 'Termijn verlengen' }).click();
      await main
        .getByText(/^Van .* tot .*: De gegevens liggen bij meerdere organisaties\.$/)
        .waitFor();
      expect(await page.getByRole('region', { name: 'Termijn verlengen' }).count()).toBe(0);
      await expectAccessible(page, 'request with an extended clock');

      // Lift the flag, then close the request with the answer.
      await page.getByRole('button', { name: 'Beperking opheffen' }).click();
      await page.getByRole('heading', { level: 3, name: 'Actieve beperkingen' }).waitFor({
        state: 'detached',
      });
      const afronden = page.getByRole('region', { name: 'Verzoek afronden' });
      await afronden
        .getByLabel('Antwoord aan de betrokkene')
        .fill('Het bezwaar is gehonoreerd en per brief bevestigd.');
      await afronden.getByRole('button', { name: 'Verzoek afronden' }).click();
      await main.getByText('Het bezwaar is gehonoreerd en per brief bevestigd.').waitFor();
      expect(await main.innerText()).toContain('Afgehandeld');
      await expectAccessible(page, 'closed request');
      for (const u of [...urls, page.url()]) expect(u).not.toContain(BEZWAAR_BSN);
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it('rectifies a person: the recipient sees the notice in mijn werk without values, acknowledges; the FG sees it', async () => {
    const app = t!;
    // A casus of the ZVH about a person, with an exchange of identification to the OM.
    const wijkteam = await loginAs(app.url, 'demo-wijkteam-rotterdam');
    const zvh = await loginAs(app.url, 'demo-zvh-procesregisseur');
    const p = persoon('hoofdpersoon');
    const casus = await maakCasus(wijkteam, zvh, {
      tot: 'geaccepteerd',
      betrokkenen: [p],
      deelnemers: [{ organisatie: 'om-rotterdam', categorieen: ['identificatie'] }],
    });
    const x = await api(zvh, 'POST', `/casussen/${casus.id}/uitwisselingen`, REGIE, {
      naar: ['om-rotterdam'],
      betrokkenen: [casus.personen[0]?.persoonId],
      categorieen: ['identificatie'],
      proportionaliteit: 'Alleen de identificatie, nodig voor het casusoverleg.',
      subsidiariteit: 'Zonder deze gegevens is de persoon niet te bespreken.',
      inhoud: 'Persoon is bij ons bekend.',
    });
    expect(x.status).toBe(201);
    const NIEUW = 'Rechtgezet';

    // The ZVH's FG registers the request and rectifies the surname.
    const fg = await trackedPage(browser!);
    try {
      await logInWithDevIdp(fg.page, app.url, { sub: 'demo-fg-zvh', naam: 'Ingrid Kok' });
      await fg.page.goto(`${app.url}/fg/verzoeken/nieuw`);
      await fg.page.getByLabel('Soort verzoek').selectOption('rectificatie');
      await fg.page.getByLabel('BSN van de betrokkene').fill(p.bsn ?? '');
      await fg.page.getByRole('button', { name: 'Verzoek registreren' }).click();
      await fg.page
        .getByRole('heading', { level: 1, name: 'Rectificatie (AVG art. 16)' })
        .waitFor();
      const verzoekUrl = fg.page.url();
      const rect = fg.page.getByRole('region', { name: 'Gegevens rectificeren' });
      await rect.getByLabel('Welk gegeven').selectOption('achternaam');
      await rect.getByLabel('Juiste waarde').fill(NIEUW);
      await rect.getByLabel('Waarom was het gegeven onjuist?').fill('Achternaam verkeerd gespeld.');
      await rect.getByRole('button', { name: 'Rectificeren' }).click();
      const tabel = fg.page.getByRole('table', { name: /Gemeld aan de ontvangers/ });
      await tabel.waitFor();
      await tabel.getByRole('row', { name: /Openbaar Ministerie.*Nog niet/ }).waitFor();
      expect(await fg.page.getByRole('main').innerText()).toContain('0 van 1 bevestigd');
      await expectAccessible(fg.page, 'rectification with its notices');

      // The OM's partner: the pile on the home page, the list, the acknowledgement.
      const om = await trackedPage(browser!);
      try {
        await om.page.setViewportSize({ width: 390, height: 844 });
        await logInWithDevIdp(om.page, app.url, { sub: 'demo-om-partner', naam: 'Pieter de Boer' });
        const stapel = om.page.getByRole('region', { name: /Rectificaties om te verwerken/ });
        const item = stapel.getByRole('link', {
          name: new RegExp(`Rectificatie in casus ${casus.nummer} door Zorg- en Veiligheidshuis`),
        });
        await item.waitFor();
        expect(await om.page.getByRole('main').innerText()).not.toContain(NIEUW);
        await expectAccessible(om.page, 'home with the rectification pile, 390 px');
        expect(await smal(om.page)).toBeLessThanOrEqual(390);
        await item.click();
        await om.page
          .getByRole('heading', { level: 1, name: 'Rectificaties van ontvangen gegevens' })
          .waitFor();
        const rij = om.page.getByRole('row', { name: new RegExp(`casus ${casus.nummer}`) });
        await rij.getByRole('cell', { name: 'Achternaam' }).waitFor();
        const lijst = await om.page.getByRole('main').innerText();
        expect(lijst).not.toContain(NIEUW);
        expect(lijst).not.toContain(p.achternaam ?? '--');
        expect(lijst).not.toContain('verkeerd gespeld');
        await expectAccessible(om.page, 'rectification notices, 390 px');
        expect(await smal(om.page)).toBeLessThanOrEqual(390);
        await rij
          .getByRole('button', {
            name: `Bevestigen: de rectificatie in casus ${casus.nummer} is verwerkt`,
          })
          .click();
        await om.page.getByText(`De rectificatie in casus ${casus.nummer} is bevestigd.`).waitFor();
        await rij.getByText('Bevestigd door Pieter de Boer', { exact: false }).waitFor();
        await expectAccessible(om.page, 'rectification notice acknowledged');
      } finally {
        await om.page.context().close();
      }

      // Back at the request: the FG sees who acknowledged.
      await fg.page.goto(verzoekUrl);
      await fg.page
        .getByRole('table', { name: /Gemeld aan de ontvangers/ })
        .getByRole('row', { name: /Openbaar Ministerie.*Ja, door Pieter de Boer/ })
        .waitFor();
      expect(await fg.page.getByRole('main').innerText()).toContain('1 van 1 bevestigd');
      await expectAccessible(fg.page, 'rectification acknowledged');
      for (const u of fg.urls) expect(u).not.toContain(p.bsn ?? '--');
    } finally {
      await fg.page.context().close();
    }
  }, 120_000);

  it('grants an erasure: what may go goes on a destruction list, two people destroy it, the rest is kept with its ground', async () => {
    const app = t!;
    const wijkteam = await loginAs(app.url, 'demo-wijkteam-rotterdam');
    const zvh = await loginAs(app.url, 'demo-zvh-procesregisseur');
    const p = persoon('hoofdpersoon');
    const casus = await maakCasus(wijkteam, zvh, { tot: 'geaccepteerd', betrokkenen: [p] });
    const fg = await trackedPage(browser!);
    try {
      await logInWithDevIdp(fg.page, app.url, { sub: 'demo-fg-zvh', naam: 'Ingrid Kok' });
      await fg.page.goto(`${app.url}/fg/verzoeken/nieuw`);
      await fg.page.getByLabel('Soort verzoek').selectOption('wissing');
      await fg.page.getByLabel('BSN van de betrokkene').fill(p.bsn ?? '');
      await fg.page.getByRole('button', { name: 'Verzoek registreren' }).click();
      await fg.page.getByRole('heading', { level: 1, name: 'Wissing (AVG art. 17)' }).waitFor();
      await expectAccessible(fg.page, 'erasure request');
      await fg.page.getByRole('button', { name: 'Wissing voorbereiden' }).click();
      const uitkomst = fg.page.getByRole('region', { name: 'Wissing (AVG art. 17)' });
      await uitkomst
        .getByText(/Vernietigingslijst VL-\d{4}-\d{4}: wacht op goedkeuring door u/)
        .waitFor();
      await uitkomst
        .getByRole('row', { name: new RegExp(`Casus ${casus.nummer} Op de vernietigingslijst`) })
        .waitFor();
      await expectAccessible(fg.page, 'erasure prepared');
      const verzoekUrl = fg.page.url();

      // The list: the FG approves; a second FG confirms (the list page's flow, ADR 0027).
      await uitkomst.getByRole('link', { name: /^Naar lijst VL-/ }).click();
      await fg.page.getByRole('rowheader', { name: `Casus ${casus.nummer}` }).waitFor();
      await fg.page.getByRole('button', { name: 'Lijst goedkeuren' }).click();
      await fg.page.getByText(/is goedgekeurd\. Een tweede persoon bevestigt\./).waitFor();
      const lijstId = new URL(fg.page.url()).pathname.split('/').pop() ?? '';
      const fgVt = await loginAs(app.url, 'demo-fg-vt-rr');
      const bevestigd = await api(
        fgVt,
        'POST',
        `/bewaring/vernietigingslijsten/${lijstId}/bevestiging`,
        'bewaring-vernietiging',
        {},
      );
      expect(bevestigd.status).toBe(200);

      await fg.page.goto(verzoekUrl);
      await fg.page
        .getByRole('region', { name: 'Wissing (AVG art. 17)' })
        .getByText(/Vernietigingslijst VL-\d{4}-\d{4}: vernietigd/)
        .waitFor();
      await expectAccessible(fg.page, 'erasure done');
      expect((await api(zvh, 'GET', `/casussen/${casus.id}`, REGIE)).status).toBe(404);
      for (const u of fg.urls) expect(u).not.toContain(p.bsn ?? '--');
    } finally {
      await fg.page.context().close();
    }
  }, 120_000);

  it('the privacy officer and the informatiebeheerder beside the FG: their own screens only', async () => {
    const app = t!;
    const po = await trackedPage(browser!);
    try {
      await logInWithDevIdp(po.page, app.url, {
        sub: 'demo-privacy-vt-rr',
        naam: 'Sophie van Leeuwen',
      });
      const menu = po.page.getByRole('navigation').first();
      await menu.getByRole('link', { name: 'Verzoeken van betrokkenen' }).click();
      await po.page.getByRole('heading', { level: 1, name: 'Verzoeken van betrokkenen' }).waitFor();
      await po.page.getByRole('link', { name: 'Inzage (AVG art. 15)' }).first().waitFor();
      expect(await menu.getByRole('link', { name: 'Auditspoor' }).count()).toBe(0);
      await expectAccessible(po.page, 'privacy officer: the rights desk');
      // Retention is the FG's and the informatiebeheerder's.
      await po.page.goto(`${app.url}/fg/bewaring`);
      await po.page
        .getByText('Met uw rol mag u niet handelen onder deze verwerkingsactiviteit.')
        .waitFor();
      expect(await po.page.getByRole('table').count()).toBe(0);
    } finally {
      await po.page.context().close();
    }
    const ib = await trackedPage(browser!);
    try {
      await logInWithDevIdp(ib.page, app.url, {
        sub: 'demo-informatiebeheer-zvh',
        naam: 'Hans Koster',
      });
      await ib.page
        .getByRole('navigation')
        .first()
        .getByRole('link', { name: 'Bewaren en vernietigen' })
        .click();
      await ib.page.getByRole('heading', { level: 1, name: 'Bewaren en vernietigen' }).waitFor();
      await ib.page.getByRole('button', { name: 'Nu een lijst voorstellen' }).waitFor();
      await expectAccessible(ib.page, 'informatiebeheerder: retention');
      await ib.page.goto(`${app.url}/fg/verzoeken`);
      await ib.page
        .getByText('Met uw rol mag u niet handelen onder deze verwerkingsactiviteit.')
        .waitFor();
      expect(await ib.page.getByRole('table').count()).toBe(0);
    } finally {
      await ib.page.context().close();
    }
  }, 120_000);
});
