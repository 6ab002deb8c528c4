import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AuditService } from '@schakel/audit';
import { BewaringRepository, dagelijkseRun, Klok, Vernietiger } from '@schakel/bewaring';
import { PersonenService } from '@schakel/personen';
import { runCli } from './cli.js';

/**
 * `npm run retentie`: the daily retention run by hand (ADR 0027): resumes destructions a crash
 * interrupted and proposes a destruction list per organisation of what passed its term.
 * `npm run retentie -- --droog` changes nothing and prints what would go, with progress:
 * per register activity the records past their term, and per organisation the totals and the
 * persons no live record would still need. References and counts only, never content.
 */
Logger.overrideLogger(['warn', 'error']);
const droog = process.argv.includes('--droog');

runCli(async (ds, config) => {
  const audit = new AuditService(config);
  const repo = new BewaringRepository();
  const vernietiger = new Vernietiger(ds, repo, new PersonenService(config, audit), audit);
  const klok = new Klok();
  const peildatum = klok.vandaag();
  if (!droog) {
    const { hervat, lijsten } = await dagelijkseRun(vernietiger, klok);
    console.log(
      `Retentie ${peildatum}: ${String(hervat)} onderbroken vernietigingen hervat, ${String(lijsten)} vernietigingslijsten voorgesteld`,
    );
    return 0;
  }
  const kandidaten = await ds.transaction('REPEATABLE READ', async (m) => {
    const termijnen = await repo.termijnen(m, peildatum);
    return repo.voorbijTermijn(m, termijnen, peildatum, peildatum, undefined, (a, n, i, t) => {
      process.stderr.write(`[${String(i)}/${String(t)}] ${a}: ${String(n)} voorbij de termijn\n`);
    });
  });
  const perOrganisatie = new Map<string, typeof kandidaten>();
  for (const k of kandidaten) {
    perOrganisatie.set(k.organisatie, [...(perOrganisatie.get(k.organisatie) ?? []), k]);
  }
  console.log(`Droge run op ${peildatum}: er verandert niets.`);
  let gedaan = 0;
  for (const [org, items] of perOrganisatie) {
    const ids = items.map((i) => i.objectId);
    const personen = new Set<string>();
    await ds.transaction('REPEATABLE READ', async (m) => {
      for (const k of items) {
        const p = (await repo.personenVan(m, k.objectSoort, k.objectId, false)) ?? [];
        for (const id of await repo.personenZonderDossier(m, p, ids)) personen.add(id);
        gedaan++;
        if (gedaan % 100 === 0 || gedaan === kandidaten.length) {
          process.stderr.write(`\rPersonen nagaan: ${String(gedaan)}/${String(kandidaten.length)}`);
        }
      }
    });
    const z = items.filter((i) => i.objectSoort === 'zorgmelding').length;
    console.log(
      `${org}: ${String(z)} zorgmeldingen, ${String(items.length - z)} casussen, ${String(personen.size)} personen zouden gaan`,
    );
    for (const k of items) {
      console.log(
        `  ${k.objectSoort} ${k.referentie}  ${k.termijn.activiteitId} ${k.termijn.bewaartermijn} na ${k.termijn.vanaf} ${k.vanaf}, bewaren tot en met ${k.bewaarTot}`,
      );
    }
  }
  if (kandidaten.length > 0) process.stderr.write('\n');
  console.log(`Totaal: ${String(kandidaten.length)} dossiers voorbij hun bewaartermijn.`);
  return 0;
});
