import { inflateSync } from 'node:zlib';
import { volledigeMelding } from './zorgmelding.corpus.js';
import { zorgmeldingPdf } from './zorgmelding-pdf.js';

/** The text a PDF shows: every content stream inflated, its hex strings decoded (WinAnsi). */
function tekstVan(pdf: Buffer): string {
  const ruw = pdf.toString('latin1');
  const regels: string[] = [];
  for (const m of ruw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let inhoud: string;
    try {
      inhoud = inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of inhoud.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      regels.push(
        [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((h) => Buffer.from(h[1] ?? '', 'hex').toString('latin1'))
          .join(''),
      );
    }
  }
  return regels.join('\n');
}

describe('the PDF of a zorgmelding', () => {
  it('is a PDF in Dutch with names, not codes, and the RiHG signal by signal', async () => {
    const melding = volledigeMelding();
    const pdf = await zorgmeldingPdf({
      voor: 'vt',
      kenmerk: 'ZM-2026-000123',
      status: 'toegewezen',
      vtOrganisatie: 'vt-rotterdam-rijnmond',
      opstellerOrganisatie: 'politie-rotterdam',
      ingediendOp: '2026-11-09T08:30:00.000Z',
      termijnUiterlijk: '2026-11-16',
      toegewezenAan: 'Ahmed Bakker',
      melding,
      tijdlijn: [
        {
          status: 'ingediend',
          stap: 'indienen',
          tijd: '2026-11-09T08:30:00.000Z',
          organisatie: 'politie-rotterdam',
        },
      ],
      terugkoppeling: { status: 'geen', uitkomstcategorie: null, bericht: null, gegevenOp: null },
      afgedruktDoor: 'Ahmed Bakker',
      afgedruktOp: new Date('2026-11-10T10:00:00Z'),
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = tekstVan(pdf);
    for (const verwacht of [
      'Zorgmelding ZM-2026-000123',
      'Veilig Thuis Rotterdam Rijnmond',
      'Politie eenheid Rotterdam',
      'Huiselijk geweld',
      'Toegewezen aan een medewerker',
      'Eerder huiselijk geweld',
      'Rood (hoog risico)',
      'Angst van het slachtoffer',
      'Rotterdam',
      '9 november 2026',
    ]) {
      expect([verwacht, tekst.includes(verwacht)]).toEqual([verwacht, true]);
    }
    for (const code of [
      'vt-rotterdam-rijnmond',
      'politie-rotterdam',
      'huiselijk-geweld',
      'GM0599',
    ]) {
      expect([code, tekst.includes(code)]).toEqual([code, false]);
    }
  });
});
