import PDFDocument from 'pdfkit';
import type { LijstItemView, LijstView } from './dto/bewaring.dto.js';

const VANAF: Record<string, string> = {
  afsluiting: 'na afsluiting',
  'laatste-activiteit': 'na de laatste activiteit',
  aanmaak: 'na aanmaak',
};

const SOORT: Record<string, string> = { zorgmelding: 'Zorgmelding', casus: 'Casus' };

const REDEN: Record<string, string> = {
  bewaarplicht: 'bewaarplicht',
  verlenging: 'verlengd',
  'termijn-niet-verstreken': 'termijn niet verstreken',
  'al-vernietigd': 'al eerder vernietigd',
};

const datum = (iso: string | null): string =>
  iso ? new Date(iso).toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' }) : '-';

/** `P20Y` as Dutch words (years, months, weeks, days), for readers of the certificate. */
export function termijnInWoorden(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/.exec(iso);
  if (!m) return iso;
  const delen: string[] = [];
  const [, j, mnd, w, d] = m;
  if (j) delen.push(`${j} jaar`);
  if (mnd) delen.push(`${mnd} ${mnd === '1' ? 'maand' : 'maanden'}`);
  if (w) delen.push(`${w} ${w === '1' ? 'week' : 'weken'}`);
  if (d) delen.push(`${d} ${d === '1' ? 'dag' : 'dagen'}`);
  return delen.length ? delen.join(' en ') : iso;
}

/** One line of the certificate per item: reference, term and outcome, never content. */
export function regelVan(i: LijstItemView): string {
  const uitkomst =
    i.status === 'vernietigd'
      ? `vernietigd${i.personen ? `, met ${String(i.personen)} ${i.personen === 1 ? 'persoon' : 'personen'}` : ''}`
      : `niet vernietigd (${REDEN[i.reden ?? ''] ?? i.reden ?? '-'})`;
  return (
    `${SOORT[i.objectSoort] ?? i.objectSoort} ${i.referentie}: ${i.activiteitNaam} (versie ` +
    `${String(i.activiteitVersie)}), bewaartermijn ${termijnInWoorden(i.bewaartermijn)} ` +
    `${VANAF[i.bewaartermijnVanaf] ?? ''}, vanaf ${datum(i.vanaf)} tot en met ${datum(i.bewaarTot)}; ${uitkomst}.`
  );
}

/**
 * The certificate of destruction (verklaring van vernietiging) as a PDF: the list, who
 * approved and who confirmed (names of staff, the decision), and per record its reference,
 * the register activity and term it went under, and the outcome. Persons appear only as a
 * count per record. Deterministic apart from the PDF's creation date.
 */
export function verklaringPdf(lijst: LijstView): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'nl-NL',
    // Uncompressed: small, and its text can be checked against the list.
    compress: false,
    info: {
      Title: `Verklaring van vernietiging ${lijst.nummer}`,
      Author: 'Schakel',
      Subject: `Vernietigingslijst ${lijst.nummer} van ${lijst.organisatieNaam}`,
    },
  });
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(delen));
    });
    doc.on('error', reject);
  });
  const items = lijst.items ?? [];
  const SOORTEN: Record<string, string> = {
    termijn: 'verstreken bewaartermijnen',
    verzoek: 'vernietiging op verzoek',
    wissing: 'wissing op verzoek van de betrokkene (AVG art. 17)',
  };
  doc.fontSize(18).text('Verklaring van vernietiging');
  doc.moveDown(0.5).fontSize(11);
  doc.text(`Vernietigingslijst: ${lijst.nummer}`);
  doc.text(`Organisatie: ${lijst.organisatieNaam}`);
  doc.text(`Soort: ${SOORTEN[lijst.soort] ?? lijst.soort}`);
  doc.text(`Peildatum: ${datum(lijst.peildatum)}`);
  doc.moveDown(0.5);
  doc.text('Besluit', { underline: true });
  doc.text(
    `${lijst.soort === 'verzoek' ? 'Besloten' : 'Goedgekeurd'} door ${lijst.goedgekeurdDoorNaam ?? '-'} op ${datum(lijst.goedgekeurdOp)}` +
      (lijst.goedkeuringToelichting ? `: ${lijst.goedkeuringToelichting}` : '.'),
  );
  if (lijst.soort !== 'verzoek') {
    doc.text(
      `Bevestigd door ${lijst.bevestigdDoorNaam ?? '-'} op ${datum(lijst.bevestigdOp)}` +
        (lijst.bevestigingToelichting ? `: ${lijst.bevestigingToelichting}` : '.'),
    );
  }
  doc.text(`Vernietigd op ${datum(lijst.vernietigdOp)}.`);
  doc.moveDown(0.5);
  const a = lijst.aantallen;
  doc.text(
    `Vernietigd: ${String(a.vernietigd)} dossiers (${String(items.filter((i) => i.status === 'vernietigd' && i.objectSoort === 'zorgmelding').length)} zorgmeldingen, ` +
      `${String(items.filter((i) => i.status === 'vernietigd' && i.objectSoort === 'casus').length)} casussen) en ${String(a.personen)} personen; ` +
      `niet vernietigd: ${String(a.uitgezonderd)}.`,
  );
  doc.moveDown(0.5);
  doc.text('Dossiers', { underline: true });
  for (const i of items) doc.text(regelVan(i), { paragraphGap: 4 });
  doc.moveDown();
  doc
    .fontSize(9)
    .text(
      'De inhoud is verwijderd en de sleutels van dossiers en van personen die geen levend dossier meer nodig hadden zijn vernietigd ' +
        '(crypto-shredding). De verwerkingen blijven in het verwerkingslog staan, onder pseudoniemen. ' +
        'Deze verklaring bevat alleen kenmerken van dossiers, geen persoonsgegevens.',
    );
  doc.end();
  return klaar;
}
