import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { PersonenRotatie } from '@schakel/personen';
import { runCli } from './cli.js';

/**
 * `npm run personen:roteer`: re-wraps every person's data key, and the content key of every zorgmelding, casus and break-the-glass grant,
 * under the active master key
 * (PERSONEN_MASTER_KEY_ID), so an old key can leave PERSONEN_MASTER_KEYS. Safe beside a
 * running app on a PostgreSQL server; stop the app first for the embedded database.
 * Exits 0 when every key was re-wrapped, 1 when some did not open (their ids are printed).
 */
/** Tables whose records carry their own content key (`PersonenService.kluis`, context = table). */
const INHOUD_TABELLEN = ['zorgmelding', 'casus', 'doorbraak'] as const;

Logger.overrideLogger(['warn', 'error']);
runCli(
  async (ds, config) => {
    const personen = new PersonenRotatie(config, ds);
    const { herverpakt, mislukt, sleutelId } = await personen.roteerSleutels();
    console.log(
      `Herverpakt onder hoofdsleutel ${sleutelId}: ${String(herverpakt)} persoonssleutels`,
    );
    let fouten = mislukt.length;
    if (mislukt.length > 0) {
      console.error(`Niet te openen (${String(mislukt.length)}): ${mislukt.join(', ')}`);
    }
    // The content keys of zorgmeldingen and casussen are wrapped by the same master keys.
    for (const tabel of INHOUD_TABELLEN) {
      const r = await personen.roteerInhoudsleutels({ tabel, context: tabel });
      console.log(
        `Herverpakt onder hoofdsleutel ${sleutelId}: ${String(r.herverpakt)} sleutels van ${tabel}`,
      );
      if (r.mislukt.length > 0) {
        console.error(
          `Niet te openen in ${tabel} (${String(r.mislukt.length)}): ${r.mislukt.join(', ')}`,
        );
        fouten += r.mislukt.length;
      }
    }
    return fouten > 0 ? 1 : 0;
  },
  (err) => (err instanceof Error ? err.message : 'Rotatie mislukt'),
);
