import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/*
 * What every browser test shares: a Chromium from npm and its flags, the WCAG tags, the built
 * web app, axe, a page that records its URLs, and logging in through the development IdP.
 */

/**
 * The flags of every browser test: headless, no sandbox (tests run as root here), and none of
 * the background traffic a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The axe rule tags of WCAG 2.1 level AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The repository root (the built web app is under apps/web/dist). */
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The built web app is what the API serves; build it once when it is missing. */
export function ensureWebBuild(): void {
  if (existsSync(`${ROOT}apps/web/dist/index.html`)) return;
  execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', 'apps/web'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

/**
 * The Chromium the tests drive: the one shipped in the npm package `@sparticuz/chromium` (a
 * devDependency, unpacked on first use), so `npm ci && npm test` needs nothing but Node and
 * npm. `SCHAKEL_CHROMIUM` names another build to use instead (e.g. `/usr/bin/chromium`).
 */
async function chromiumPad(): Promise<string> {
  const eigen = process.env.SCHAKEL_CHROMIUM;
  if (eigen) {
    if (!existsSync(eigen)) throw new Error(`SCHAKEL_CHROMIUM: ${eigen} does not exist`);
    return eigen;
  }
  const { default: npmChromium } = await import('@sparticuz/chromium');
  return npmChromium.executablePath();
}

/** Builds the web app if needed, and starts Chromium. */
export async function launchChromium(): Promise<Browser> {
  ensureWebBuild();
  return chromium.launch({ executablePath: await chromiumPad(), args: CHROMIUM_ARGS });
}

/** axe (WCAG 2.1 AA) on the page as it is now; no violations allowed. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map(
    (v) => `${what}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

/** A fresh Dutch browser context whose page records every URL it requested or navigated to. */
export async function trackedPage(browser: Browser): Promise<{ page: Page; urls: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('framenavigated', (f) => urls.push(f.url()));
  return { page, urls };
}

/** Logs in through the development IdP's page as a demo account, as a person would. */
export async function logInWithDevIdp(
  page: Page,
  url: string,
  account: { sub: string; naam: string },
): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByRole('link', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/dev-idp\/interaction\//);
  await page.locator(`button[type="submit"][name="account"][value="${account.sub}"]`).click();
  await page.getByRole('heading', { level: 1, name: `Welkom, ${account.naam}` }).waitFor();
}
