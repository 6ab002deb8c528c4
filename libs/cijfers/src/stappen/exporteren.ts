import { Injectable } from '@nestjs/common';
import { GuardedStep, type StepContext } from '@schakel/authz';
import type { RegioCijfersView, RegioVraag } from '../dto/cijfers.dto.js';
import { regioOpdracht, RegioTellen } from './regio-tellen.js';

/** The CSV's columns, in Dutch; one line per municipality, period, table and row. */
export const CSV_KOPPEN = [
  'Gemeente',
  'CBS-code',
  'Periode',
  'Onderwerp',
  'Categorie',
  'Aantal',
  'Afgeschermd',
];

const veld = (v: string | number): string => {
  const s = String(v);
  // Quote what needs it; a leading =, +, - or @ could run as a formula in a spreadsheet.
  const veilig = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
};

/** The regional picture as CSV (semicolons, as Dutch spreadsheets expect): counts only. */
export function alsCsv(view: RegioCijfersView): string {
  const regels = [CSV_KOPPEN.join(';')];
  for (const g of view.gemeenten) {
    for (const t of g.tabellen) {
      const rijen = [...t.rijen, { sleutel: 'totaal', naam: 'Totaal', waarden: t.totalen }];
      for (const r of rijen) {
        view.perioden.forEach((p, j) => {
          const w = r.waarden[j];
          regels.push(
            [g.naam, g.gemeentecode, p.naam, t.titel, r.naam, w ?? '', w == null ? 'ja' : 'nee']
              .map(veld)
              .join(';'),
          );
        });
      }
    }
  }
  return `${regels.join('\r\n')}\r\n`;
}

/** The regional picture as a CSV download; logged like a question, as an export. */
@Injectable()
export class Exporteren {
  constructor(
    private readonly stap: GuardedStep,
    private readonly tellen: RegioTellen,
  ) {}

  async exporteer(vraag: RegioVraag, ctx: StepContext): Promise<string> {
    const opdracht = regioOpdracht(vraag);
    return this.stap.overMany(ctx, {
      actie: 'exporteren',
      type: 'Cijfers',
      run: async (m) => ({
        result: alsCsv(await this.tellen.bereken(m, opdracht)),
        log: { velden: ['gemeente', 'periode', 'categorie', 'aantal'] },
      }),
    });
  }
}
