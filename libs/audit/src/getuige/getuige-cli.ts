import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { Getuige } from './getuige.js';
import { getuigeServer } from './getuige-server.js';
import { parseVerifierKey, verifierKey } from './notitie.js';

/**
 * Starts a witness server from settings: GETUIGE_LOGS (the verifier keys of the logs it
 * witnesses, comma-separated; Schakel shows its own at /api/v1/audit/sleutel), GETUIGE_DIR
 * (its key and cosigned checkpoints; ./getuige), GETUIGE_NAAM (its key name), GETUIGE_PORT
 * (7380; 0 picks a free one), GETUIGE_HOST (127.0.0.1). Prints its verifier key, which
 * Schakel lists in AUDIT_WITNESSES. Imports nothing beyond this folder and the Merkle tree.
 */
export function startGetuige(env: NodeJS.ProcessEnv): void {
  try {
    const logs = (env.GETUIGE_LOGS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(parseVerifierKey);
    if (logs.length === 0) {
      throw new Error('GETUIGE_LOGS: give the verifier key of at least one log');
    }
    const getuige = new Getuige(
      resolve(env.GETUIGE_DIR ?? './getuige'),
      env.GETUIGE_NAAM ?? `getuige.${hostname()}`,
      logs,
    );
    const server = getuigeServer(getuige);
    server.listen(Number(env.GETUIGE_PORT ?? 7380), env.GETUIGE_HOST ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      console.log(`Getuige ${verifierKey(getuige.sleutel)} luistert op poort ${String(port)}`);
    });
    const stop = () => {
      server.close();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
