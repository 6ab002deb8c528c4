import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from './app-config.js';

/**
 * A secret that outside production may be made once and kept in DATA_DIR (mode 0600), so a
 * development start needs no setup; production must configure it (the caller checks).
 */
export function localSecret(config: AppConfig, file: string, make: () => string): string {
  const dir = resolve(config.DATA_DIR);
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (config.NODE_ENV === 'production') {
      throw new Error(`${file} is missing and is never generated in production`);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, make(), { mode: 0o600 });
  }
  return readFileSync(path, 'utf8').trim();
}
