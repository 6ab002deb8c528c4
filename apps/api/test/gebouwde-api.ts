import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The built API's entry point, for tests that run it as a real process. */
export const GEBOUWDE_MAIN = join(ROOT, 'dist/apps/api/src/main.js');

/**
 * Builds the API (`nest build api`, which empties `dist/` first) once per test run, whichever
 * test files ask and in whichever worker: the first takes a lock and builds, the others wait
 * for its marker. Without this, one file's build deletes the `dist/` another file's processes
 * are running from. `SCHAKEL_TEST_RUN` comes from the global set-up; a file run on its own
 * builds for itself. `VEERKRACHT_GEBOUWD=1` skips the build (the caller built already).
 */
export function bouwApiEenmaal(): void {
  if (process.env.VEERKRACHT_GEBOUWD === '1') return;
  const run = process.env.SCHAKEL_TEST_RUN ?? `los-${String(process.pid)}`;
  const marker = join(ROOT, 'dist', `.gebouwd-${run}`);
  const slot = join(tmpdir(), `schakel-bouw-${run}`);
  const wacht = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    if (existsSync(marker)) return;
    try {
      mkdirSync(slot);
      break;
    } catch {
      // A lock older than five minutes belongs to a worker that died while building.
      if (Date.now() - statSync(slot, { throwIfNoEntry: false })!.mtimeMs > 300_000) {
        rmSync(slot, { recursive: true, force: true });
      }
      Atomics.wait(wacht, 0, 0, 500);
    }
  }
  try {
    if (existsSync(marker)) return;
    execFileSync(join(ROOT, 'node_modules/.bin/nest'), ['build', 'api'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    writeFileSync(marker, '');
  } finally {
    rmSync(slot, { recursive: true, force: true });
  }
}
