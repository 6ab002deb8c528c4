import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { genereerCijferdata } from '../../src/cijfers-data.js';
import { isolatedDatabase, startTestApp, type TestApp } from '../test-app.js';
import { expectAccessible, launchChromium, logInWithDevIdp, trackedPage } from './chromium.js';

/**
 * Figures in a browser, tried as a new user would (issue 17): the regional analyst opens the
 * figures for Rotterdam and Dordrecht over the last quarters, reads a chart's summary and
 * table, and downloads a CSV; the coordinator of VT Zuid-Holland Zuid sees its share on time.
 * axe (WCAG 2.1 AA) on every screen; no figure names a person.
 */

const ANALIST = { sub: 'demo-analist', naam: 'Mirjam de Wit' };
const COORDINATOR = { sub: 'demo-vt-zhz-coordinator', naam: 'Fatma Yilmaz' };

describe('figures in a browser (real API, development identity provider)', () => {
  let t: TestApp | undefined;
  let isolated: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    isolated = await isolatedDatabase();
    t = await startTestApp(isolated.env);
    await genereerCijferdata(t.app.get(DataSource), {
      meldingen: 3000,
      casussen: 600,
      uitwisselingen: 1000,
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await isolated?.drop();
  });

  it('lets the analyst open Rotterdam and Dordrecht over the last quarters and export a CSV', async () => {
    const { page } = await trackedPage(browser!);
    try {
      await logInWithDevIdp(page, t!.url, ANALIST);
      await expectAccessible(page, 'analyst home page');
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Cijfers veiligheidsbeeld' })
        .click();
      await page
        .getByRole('heading', { level: 1, name: 'Cijfers voor het gezamenlijk veiligheidsbeeld' })
        .waitFor();
      // Rotterdam and Dordrecht are chosen by name; the last four quarters by default.
      await page.getByRole('checkbox', { name: 'Rotterdam', exact: true }).waitFor();
      expect(await page.getByRole('checkbox', { name: 'Rotterdam', exact: true }).isChecked()).toBe(
        true,
      );
      expect(await page.getByRole('checkbox', { name: 'Dordrecht' }).isChecked()).toBe(true);
      // Over the last quarters of the generated data (2025 and 2026).
      await page.getByLabel('Vanaf kwartaal').selectOption({ label: '1e kwartaal 2026' });
      await page.getByLabel('Tot en met kwartaal').selectOption({ label: '4e kwartaal 2026' });
      await page.getByRole('button', { name: 'Toon cijfers' }).click();
      await page.getByRole('heading', { level: 2, name: 'Rotterdam', exact: true }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Dordrecht', exact: true }).waitFor();
      const grafiek = page.getByRole('region', {
        name: 'Rotterdam: Zorgmeldingen ingediend, naar soort',
      });
      await grafiek
        .getByRole('img', { name: 'Rotterdam: Zorgmeldingen ingediend, naar soort' })
        .waitFor();
      // The text summary names the periods and the lines.
      const samenvatting = await grafiek.locator('p[id$="-omschrijving"]').innerText();
      expect(samenvatting).toContain('Van 1e kwartaal 2026 tot en met 4e kwartaal 2026.');
      expect(samenvatting).toContain('Huiselijk geweld:');
      // The same numbers as a table.
      await grafiek.getByText('Toon de cijfers van').click();
      const tabel = grafiek.getByRole('table');
      await tabel.getByRole('rowheader', { name: '1e kwartaal 2026' }).waitFor();
      expect(await tabel.getByRole('columnheader', { name: 'Totaal' }).count()).toBe(1);
      // Dordrecht's smaller numbers: some are suppressed, and say so.
      expect(await page.getByText('afgeschermd', { exact: true }).count()).toBeGreaterThan(0);
      await expectAccessible(page, 'regional figures');

      // The analyst's CSV download.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download deze cijfers als CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('cijfers-veiligheidsbeeld-2026-K1-2026-K4.csv');
      const pad = await download.path();
      const csv = readFileSync(pad, 'utf8');
      expect(csv.split('\r\n')[0]).toBe(
        'Gemeente;CBS-code;Periode;Onderwerp;Categorie;Aantal;Afgeschermd',
      );
      expect(csv).toContain('Rotterdam;GM0599;1e kwartaal 2026;');
      expect(csv).toContain('Dordrecht;GM0505;4e kwartaal 2026;');
      expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      await page.getByText('Het CSV-bestand is gedownload.').waitFor();

      // A half-year question that does not align is explained, not sent.
      await page.getByLabel('Vanaf kwartaal').selectOption({ label: '2e kwartaal 2026' });
      await page.getByLabel('Tellen per').selectOption({ label: 'Halfjaar' });
      await page.getByRole('button', { name: 'Toon cijfers' }).click();
      await page
        .getByText('Per halfjaar begint de periode in het 1e of 3e kwartaal.')
        .first()
        .waitFor();
      await expectAccessible(page, 'regional figures with an error');
    } finally {
      await page.context().close();
    }
  }, 120_000);

  it("shows the VT coordinator its own VT's share of assessments on time", async () => {
    const { page } = await trackedPage(browser!);
    try {
      await logInWithDevIdp(page, t!.url, COORDINATOR);
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Termijnen en uitkomsten' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Termijnen en uitkomsten' }).waitFor();
      await page.getByLabel('Vanaf kwartaal').selectOption({ label: '1e kwartaal 2026' });
      await page.getByLabel('Tot en met kwartaal').selectOption({ label: '4e kwartaal 2026' });
      await page.getByRole('button', { name: 'Toon cijfers' }).click();
      await page
        .getByRole('heading', { level: 2, name: 'Veilig Thuis Zuid-Holland Zuid' })
        .waitFor();
      const aandeel = page.getByRole('table', {
        name: 'Aandeel veiligheidsbeoordelingen binnen 5 werkdagen',
      });
      const rij = aandeel.getByRole('row', { name: /1e kwartaal 2026/ });
      expect(await rij.innerText()).toMatch(/\d+(,\d)?%/);
      await page
        .getByRole('region', { name: 'Veiligheidsbeoordelingen binnen 5 werkdagen' })
        .getByRole('img')
        .waitFor();
      await expectAccessible(page, 'VT figures');
      // The region is not the coordinator's: the API refuses, the screen says so.
      await page.goto(`${t!.url}/analist/cijfers`);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    } finally {
      await page.context().close();
    }
  }, 120_000);
});
