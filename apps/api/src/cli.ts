import 'reflect-metadata';
import { type AppConfig, dataSourceOptions, loadConfig, openDatabase } from '@schakel/platform';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';

/**
 * Runs one command-line task against the configured database (DATABASE_URL, or the embedded
 * one: stop the app first, its data directory admits one process), then closes everything
 * and exits with the task's code: 0 all held, 1 the task found a problem, 2 it failed.
 * `fout` is what is printed for an unexpected error; never personal data.
 */
export function runCli(
  task: (ds: DataSource, config: AppConfig) => Promise<number>,
  fout: (err: unknown) => string = (err) => (err instanceof Error ? err.message : String(err)),
): void {
  const main = async (): Promise<number> => {
    const config = loadConfig();
    const database = await openDatabase(config);
    const ds = new DataSource(dataSourceOptions(database.url, 2, ENTITIES));
    try {
      await ds.initialize();
      return await task(ds, config);
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await database.stop();
    }
  };
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(fout(err));
      process.exit(2);
    },
  );
}
