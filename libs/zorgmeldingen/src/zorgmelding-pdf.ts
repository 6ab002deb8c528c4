import PDFDocument from 'pdfkit';
import { vatRisicotaxatieSamen } from './risicotaxatie.js';
import type { Betrokkene, Zorgmelding } from './zorgmelding.js';
import {
  datumNaam,
  gemeenteNaam,
  MAATREGEL_NAMEN,
  naamVan,
  organisatieNaam,
  RIHG_DELEN,
  ROL_NAMEN,
  SCORE_NAMEN,
  SOORT_NAMEN,
  STATUS_NAMEN,
  tijdstipNaam,
  UITKOMST_NAMEN,
} from './zorgmelding-teksten.js';

/** What a print shows: the view as the reader's rules cut it (fields it may not see are absent). */
export interface AfdrukInhoud {
  voor: 'politie' | 'vt';
  kenmerk?: string | null;
  status?: string;
  vtOrganisatie?: string | null;
  opstellerOrganisatie?: string;
  ingediendOp?: string | null;
  termijnUiterlijk?: string | null;
  toegewezenAan?: string | null;
  uitkomst?: string | null;
  uitkomstDatum?: string | null;
  notitie?: string | null;
  melding?: Omit<Partial<Zorgmelding>, 'betrokkenen'> & {
    betrokkenen?: (Betrokkene & { vernietigd?: boolean })[];
  };
  tijdlijn?: { status: string; stap: string; tijd: string; organisatie: string }[];
  terugkoppeling?: {
    status: string;
    uitkomstcategorie: string | null;
    bericht: string | null;
    gegevenOp: string | null;
  };
  /** Who printed it, by name, and when. */
  afgedruktDoor: string;
  afgedruktOp: Date;
}

const STAPPEN: Record<string, string> = {
  opstellen: 'Concept opgesteld',
  wijzigen: 'Concept gewijzigd',
  indienen: 'Ingediend',
  routeren: 'Doorgestuurd',
  herrouteren: 'Handmatig doorgestuurd',
  ontvangst: 'Ontvangst bevestigd',
  toewijzing: 'Toegewezen',
  beoordeling: 'Veiligheidsbeoordeling vastgelegd',
  terugkoppeling: 'Terugkoppeling gegeven',
};

/**
 * A zorgmelding as a PDF for the file of Veilig Thuis or of the police: in Dutch, names rather
 * than codes, the full RiHG signal by signal with its summary once. Built with pdfkit from the
 * view the reader's rules already cut, so a print holds nothing the screen would not.
 */
export function zorgmeldingPdf(a: AfdrukInhoud): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `Zorgmelding ${a.kenmerk ?? '(concept)'}`,
      Author: 'Schakel',
      Subject:
        a.voor === 'vt'
          ? 'Afdruk voor het dossier van Veilig Thuis'
          : 'Afdruk voor het politiedossier',
    },
    lang: 'nl-NL',
    pdfVersion: '1.7',
  });
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(delen));
    });
    doc.on('error', reject);
  });

  const kop = (tekst: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(tekst).moveDown(0.3);
    doc.font('Helvetica').fontSize(10);
  };
  const rij = (sleutel: string, waarde: string) => {
    doc.font('Helvetica-Bold').text(`${sleutel}: `, { continued: true });
    doc.font('Helvetica').text(waarde || 'Niet ingevuld');
  };

  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(`Zorgmelding ${a.kenmerk ?? '(concept)'}`);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(
      a.voor === 'vt'
        ? 'Afdruk voor het dossier van Veilig Thuis.'
        : 'Afdruk voor het politiedossier.',
    )
    .text('Vertrouwelijk: bevat persoonsgegevens. Bewaar en vernietig volgens het dossierbeleid.');

  kop('Overzicht');
  rij('Kenmerk', a.kenmerk ?? 'Nog niet toegekend (concept)');
  rij('Status', naamVan(STATUS_NAMEN, a.status));
  if (a.opstellerOrganisatie) rij('Van', organisatieNaam(a.opstellerOrganisatie));
  rij('Veilig Thuis', organisatieNaam(a.vtOrganisatie));
  rij('Ingediend op', a.ingediendOp ? tijdstipNaam(a.ingediendOp) : 'Nog niet ingediend');
  if (a.voor === 'vt') {
    rij(
      'Termijn veiligheidsbeoordeling',
      a.termijnUiterlijk ? `uiterlijk ${datumNaam(a.termijnUiterlijk)}` : 'Geen termijn',
    );
    rij('Toegewezen aan', a.toegewezenAan ?? 'Niemand');
    if (a.uitkomst)
      rij('Uitkomst', `${naamVan(UITKOMST_NAMEN, a.uitkomst)} (${datumNaam(a.uitkomstDatum)})`);
  }

  const m = a.melding ?? {};
  const inc = m.incident ?? {};
  kop('Incident');
  rij('Soort zorg', naamVan(SOORT_NAMEN, inc.soort));
  rij('Datum', datumNaam(inc.datum));
  rij('Tijdstip', inc.tijdstip ?? 'Niet ingevuld');
  rij('Plaats', inc.plaats?.omschrijving ?? 'Niet ingevuld');
  rij('Gemeente van het incident', gemeenteNaam(inc.plaats?.gemeentecode));
  rij(
    'Kinderen aanwezig',
    m.kinderenAanwezig === undefined ? 'Niet ingevuld' : m.kinderenAanwezig ? 'Ja' : 'Nee',
  );

  kop('Betrokkenen');
  const betrokkenen = m.betrokkenen ?? [];
  if (betrokkenen.length === 0) doc.text('Geen betrokkenen ingevuld.');
  betrokkenen.forEach((b, i) => {
    const id = b.identiteit ?? {};
    const naam =
      [id.voornamen, id.voorvoegsel, id.geslachtsnaam].filter(Boolean).join(' ') ||
      (b.vernietigd ? 'Gegevens vernietigd' : 'Naam onbekend');
    doc.font('Helvetica-Bold').text(`Betrokkene ${String(i + 1)}: ${naam}`);
    doc.font('Helvetica');
    rij('Rol', naamVan(ROL_NAMEN, b.rol));
    rij('BSN', id.bsn ?? 'Niet ingevuld');
    rij('Geboortedatum', datumNaam(id.geboortedatum));
    const ad = b.adres;
    const adres = ad
      ? [
          [ad.straat, ad.huisnummer].filter((x) => x !== undefined && x !== '').join(' '),
          [ad.postcode ? postcodeNaam(ad.postcode) : '', ad.woonplaats].filter(Boolean).join(' '),
          ad.gemeentecode ? `gemeente ${gemeenteNaam(ad.gemeentecode)}` : '',
        ]
          .filter(Boolean)
          .join(', ')
      : '';
    rij('Adres', adres);
    doc.moveDown(0.3);
  });

  kop('Risicotaxatie (RiHG)');
  const taxatie = m.risicotaxatie;
  const samenvatting = vatRisicotaxatieSamen(taxatie);
  doc.text(
    samenvatting.huisverbodIndicatie
      ? 'Let op: twee of meer keer rood in één deel. Dit wijst op een tijdelijk huisverbod.'
      : 'Geen deel heeft twee of meer keer rood.',
  );
  for (const { deel, titel, signalen } of RIHG_DELEN) {
    const d = samenvatting.delen[deel];
    doc.moveDown(0.3).font('Helvetica-Bold').text(titel);
    doc
      .font('Helvetica')
      .text(
        `Rood ${String(d.rood)}, blauw ${String(d.blauw)}, geel ${String(d.geel)}, onbekend ${String(
          d.onbekend,
        )}, niet ingevuld ${String(d.nietIngevuld)}${d.huisverbodIndicatie ? ' (wijst op huisverbod)' : ''}.`,
      );
    for (const [signaal, naam] of signalen) {
      rij(`  ${naam}`, naamVan(SCORE_NAMEN, taxatie?.[deel]?.[signaal]));
    }
  }

  kop('Relaas');
  doc.text(m.relaas ?? 'Niet ingevuld');
  kop('Genomen maatregelen');
  const maatregelen = m.maatregelen ?? [];
  doc.text(
    maatregelen.length === 0
      ? 'Geen'
      : maatregelen
          .map(
            (x) =>
              `${naamVan(MAATREGEL_NAMEN, x.soort)}${x.toelichting ? `: ${x.toelichting}` : ''}`,
          )
          .join('\n'),
  );
  kop('Opsteller');
  rij('Naam', m.opsteller?.naam ?? '');
  rij('Team', m.opsteller?.team ?? '');
  rij('Telefoon', m.opsteller?.telefoon ?? '');
  rij('E-mail', m.opsteller?.email ?? '');

  if (a.voor === 'vt' && a.notitie) {
    kop('Interne notitie van Veilig Thuis');
    doc.text(a.notitie);
  }
  kop('Terugkoppeling aan de politie');
  const t = a.terugkoppeling;
  if (!t || t.status === 'geen') doc.text('Nog geen terugkoppeling gegeven.');
  else {
    rij('Uitkomst', naamVan(UITKOMST_NAMEN, t.uitkomstcategorie));
    rij('Bericht', t.bericht ?? 'Geen bericht');
    rij('Gegeven op', tijdstipNaam(t.gegevenOp));
  }
  kop('Tijdlijn');
  for (const g of a.tijdlijn ?? []) {
    doc.text(
      `${tijdstipNaam(g.tijd)}: ${STAPPEN[g.stap] ?? g.stap} (${naamVan(STATUS_NAMEN, g.status)}), ${organisatieNaam(g.organisatie)}`,
    );
  }
  doc
    .moveDown(1)
    .fontSize(8)
    .text(
      `Afgedrukt door ${a.afgedruktDoor} op ${tijdstipNaam(a.afgedruktOp.toISOString())}. Deze afdruk is vastgelegd als verstrekking.`,
    );
  doc.end();
  return klaar;
}

/** 3011AB → 3011 AB. */
export function postcodeNaam(postcode: string): string {
  return /^\d{4}[A-Z]{2}$/.test(postcode)
    ? `${postcode.slice(0, 4)} ${postcode.slice(4)}`
    : postcode;
}
