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
    const personen = await ds.transaction('REPEATABLE READ', (m) =>
      repo.personenPerDossier(
        m,
        items.map((i) => i.objectId),
      ),
    );
    gedaan += items.length;
    process.stderr.write(
      `Personen nagegaan: ${String(gedaan)}/${String(kandidaten.length)} dossiers\n`,
    );
    const aantalPersonen = [...personen.values()].reduce((n, p) => n + p.length, 0);
    const z = items.filter((i) => i.objectSoort === 'zorgmelding').length;
    console.log(
      `${org}: ${String(z)} zorgmeldingen, ${String(items.length - z)} casussen, ${String(aantalPersonen)} personen zouden gaan`,
    );
    for (const k of items) {
      console.log(
        `  ${k.objectSoort} ${k.referentie}  ${k.termijn.activiteitId} ${k.termijn.bewaartermijn} na ${k.termijn.vanaf} ${k.vanaf}, bewaren tot en met ${k.bewaarTot}`,
      );
    }
  }
  console.log(`Totaal: ${String(kandidaten.length)} dossiers voorbij hun bewaartermijn.`);
  return 0;
});
