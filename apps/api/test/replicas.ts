import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './test-app.js';

/** The built app that `npm run start:prod`, `start:api` and `start:worker` run. */
export const MAIN = resolve('dist/apps/api/src/main.js');

/**
 * Builds the API once per test run (shared with the other files that run the built API), so
 * the processes run the code under test and not whatever an earlier build left in dist/.
 */
export { bouwApiEenmaal as bouwApi } from './gebouwde-api.js';

/** One running Schakel process (a real child process of the built app). */
export interface Proces {
  naam: string;
  rol: 'api' | 'worker' | 'alles';
  url: string;
  kind: ChildProcess;
  /** The last lines it wrote (warnings and errors), for a failing test's message. */
  uitvoer(): string;
  /** SIGTERM and wait for the exit (SIGKILL after `ms`); resolves to the exit code. */
  stop(ms?: number): Promise<number | null>;
}

/**
 * Starts `node dist/apps/api/src/main.js` in a role, on a free loopback port, and waits until it
 * answers `/api/v1/health/ready` with 200.
 */
export async function startProces(
  naam: string,
  rol: Proces['rol'],
  env: Record<string, string>,
  wachtMs = 60_000,
): Promise<Proces> {
  const port = await freePort();
  const url = `http://127.0.0.1:${String(port)}`;
  const kind = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...env,
      SCHAKEL_ROL: rol,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const regels: string[] = [];
  const bewaar = (b: Buffer) => {
    regels.push(...b.toString('utf8').split('\n').filter(Boolean));
    regels.splice(0, Math.max(0, regels.length - 40));
  };
  kind.stdout.on('data', bewaar);
  kind.stderr.on('data', bewaar);
  let exit: number | null | undefined;
  const gestopt = new Promise<number | null>((res) => {
    kind.once('exit', (code) => {
      exit = code;
      res(code);
    });
  });
  const proces: Proces = {
    naam,
    rol,
    url,
    kind,
    uitvoer: () => regels.join('\n'),
    async stop(ms = 20_000) {
      if (exit !== undefined) return exit;
      kind.kill('SIGTERM');
      const t = setTimeout(() => kind.kill('SIGKILL'), ms);
      const code = await gestopt;
      clearTimeout(t);
      return code;
    },
  };
  const einde = Date.now() + wachtMs;
  for (;;) {
    if (exit !== undefined) {
      throw new Error(`${naam} stopped at start (${String(exit)}):\n${proces.uitvoer()}`);
    }
    const res = await fetch(`${url}/api/v1/health/ready`).catch(() => undefined);
    if (res?.status === 200) return proces;
    if (Date.now() > einde) {
      await proces.stop(1000);
      throw new Error(`${naam} not ready within ${String(wachtMs)} ms:\n${proces.uitvoer()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The value of one gauge in a Prometheus text exposition (undefined when absent). */
export async function meetwaarde(url: string, naam: string): Promise<number | undefined> {
  const res = await fetch(`${url}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics: ${String(res.status)}`);
  const tekst = await res.text();
  const m = new RegExp(`^${naam}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(tekst);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}
