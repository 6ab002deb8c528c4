import PDFDocument from 'pdfkit';
import type { Inzagerapport } from './dto/rechten.dto.js';

const datum = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(iso),
  );
const tijdstip = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));

/**
 * The access report as a readable Dutch PDF (pdfkit, standard fonts, tagged title and
 * language): the same content as the JSON, in the order a person reads it.
 */
export function inzagePdf(r: Inzagerapport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: 'Overzicht van uw persoonsgegevens (AVG art. 15)', Author: r.organisatie },
  });
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(delen));
    });
    doc.on('error', reject);
  });

  const kop = (t: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(t);
  const tekst = (t: string) => doc.font('Helvetica').fontSize(10).text(t);

  doc.font('Helvetica-Bold').fontSize(18).text('Overzicht van uw persoonsgegevens');
  tekst(`Inzage op grond van artikel 15 van de Algemene verordening gegevensbescherming`);
  doc.moveDown(0.5);
  tekst(`Verwerkingsverantwoordelijke: ${r.organisatie}`);
  tekst(`Opgesteld op: ${datum(r.opgesteldOp)}`);
  tekst(`Kenmerk van uw verzoek: ${r.verzoekId}`);

  if (!r.persoonBekend) {
    kop('Gegevens');
    tekst(`${r.organisatie} heeft in Schakel geen gegevens over u vastgelegd.`);
  }
  for (const c of r.contexten) {
    if (c.vastleggingen.length === 0) continue;
    kop(c.naam);
    for (const v of c.vastleggingen) {
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).text(`${v.soort}: ${v.kenmerk}`);
      tekst(`Datum: ${datum(v.datum)} · Uw rol: ${v.rol} · Status: ${v.status}`);
      tekst(`Herkomst: ${v.bron}`);
      tekst(`Doel: ${v.activiteit.naam} (${v.activiteit.doel})`);
      tekst(`Grondslag: ${v.activiteit.grondslag}`);
      tekst(`Bewaartermijn: ${v.activiteit.bewaartermijn}`);
      if (v.gegevens.length > 0) {
        tekst('Vastgelegde gegevens:');
        for (const g of v.gegevens) tekst(`  • ${g.veld}: ${g.waarde}`);
      }
      if (v.ontvangers.length > 0) {
        tekst('Verstrekt aan:');
        for (const o of v.ontvangers) {
          tekst(`  • ${o.organisatie} (${o.via}, ${datum(o.op)}): ${o.categorieen.join(', ')}`);
        }
      }
    }
  }

  kop('Ontvangers');
  if (r.ontvangers.length === 0) tekst('Uw gegevens zijn aan niemand verstrekt.');
  for (const o of r.ontvangers) tekst(`• ${o.organisatie} via ${o.via} op ${datum(o.op)}`);

  if (r.achtergehouden.length > 0) {
    kop('Niet opgenomen gegevens');
    for (const a of r.achtergehouden) {
      tekst(`• ${String(a.aantal)} vastlegging(en) in ${a.context}. Grond: ${a.grond}.`);
      tekst(`  ${a.toelichting}`);
    }
  }

  kop('Wie heeft uw gegevens verwerkt');
  tekst(
    `Het verwerkingslog noemt ${String(r.verwerkingen.aantal)} verwerking(en) van uw gegevens door of met gegevens van ${r.organisatie}.`,
  );
  for (const p of r.verwerkingen.perActiviteit) tekst(`  • ${p.activiteit}: ${String(p.aantal)}`);
  if (r.verwerkingen.records.length > 0) {
    doc.moveDown(0.4);
    tekst('Meest recente verwerkingen:');
    for (const v of r.verwerkingen.records.slice(0, 100)) {
      tekst(`  • ${tijdstip(v.tijd)} · ${v.organisatie} · ${v.activiteit} · ${v.actie}`);
    }
  }

  kop('Uw rechten');
  for (const t of r.rechten) tekst(`• ${t}`);
  doc.end();
  return klaar;
}
