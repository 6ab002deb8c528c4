import { fileURLToPath } from 'node:url';

/** Debian's chromium, as `.ci/run` installs it; the browser tests drive it headless. */
export const CHROMIUM = '/usr/bin/chromium';
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
