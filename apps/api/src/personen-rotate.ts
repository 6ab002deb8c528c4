import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AuditService } from '@schakel/audit';
import { PersonenService } from '@schakel/personen';
import { runCli } from './cli.js';

/**
 * `npm run personen:roteer`: re-wraps every person's data key under the active master key
 * (PERSONEN_MASTER_KEY_ID), so an old key can leave PERSONEN_MASTER_KEYS. Safe beside a
 * running app on a PostgreSQL server; stop the app first for the embedded database.
 * Exits 0 when every key was re-wrapped, 1 when some did not open (their ids are printed).
 */
Logger.overrideLogger(['warn', 'error']);
runCli(
  async (ds, config) => {
    const personen = new PersonenService(config, new AuditService(config), ds);
    const { herverpakt, mislukt, sleutelId } = await personen.roteerSleutels();
    console.log(
      `Herverpakt onder hoofdsleutel ${sleutelId}: ${String(herverpakt)} persoonssleutels`,
    );
    if (mislukt.length > 0) {
      console.error(`Niet te openen (${String(mislukt.length)}): ${mislukt.join(', ')}`);
      return 1;
    }
    return 0;
  },
  (err) => (err instanceof Error ? err.message : 'Rotatie mislukt'),
);
