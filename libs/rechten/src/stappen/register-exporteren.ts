import { Injectable } from '@nestjs/common';
import { GuardedStep, permittedFields, type StepContext } from '@schakel/authz';
import { PurposeService, type Verwerkingsactiviteit } from '@schakel/purpose';

/** The columns of the CSV, in order (the art. 30(1) items first). */
const KOLOMMEN = [
  'id',
  'versie',
  'status',
  'naam',
  'verwerkingsverantwoordelijke',
  'doel',
  'grondslag',
  'grondslagToelichting',
  'categorieenBetrokkenen',
  'categorieenGegevens',
  'ontvangers',
  'bewaartermijn',
  'geldigVanaf',
  'toegestaneRollen',
  'vastgelegdDoor',
  'vastgelegdOp',
] as const;

/** One value as a CSV field (RFC 4180): quoted, quotes doubled; lists joined with "; ". */
function csvVeld(w: unknown): string {
  const tekst = Array.isArray(w)
    ? w
        .map((x: unknown) =>
          typeof x === 'object' && x !== null && 'naam' in x
            ? String(x.naam) +
              ((x as { bijzonder?: boolean }).bijzonder ? ' (art. 9)' : '') +
              ((x as { strafrechtelijk?: boolean }).strafrechtelijk ? ' (art. 10)' : '')
            : String(x),
        )
        .join('; ')
    : w instanceof Date
      ? w.toISOString()
      : w === null || w === undefined
        ? ''
        : typeof w === 'string' || typeof w === 'number' || typeof w === 'boolean'
          ? String(w)
          : JSON.stringify(w);
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const veilig = /^[=+\-@]/.test(tekst) ? `'${tekst}` : tekst;
  return `"${veilig.replace(/"/g, '""')}"`;
}

/**
 * The register of processing activities (AVG art. 30) with every version, as JSON or CSV; the
 * fields cut by the rules (who recorded a version only for the beheerder and the FG). The
 * export is itself logged.
 */
@Injectable()
export class RegisterExporteren {
  constructor(
    private readonly stap: GuardedStep,
    private readonly purpose: PurposeService,
  ) {}

  exporteer(
    formaat: 'json' | 'csv',
    ctx: StepContext,
  ): Promise<{ type: string; inhoud: string; bestand: string }> {
    return this.stap.overMany(ctx, {
      actie: 'exporteren',
      type: 'Verwerkingsactiviteit',
      run: async () => {
        const versies = await this.purpose.alleVersies();
        const rijen = versies.map((a) => this.cut(a, ctx));
        const kolommen = KOLOMMEN.filter((k) => rijen.some((r) => k in r));
        const datum = new Date().toISOString().slice(0, 10);
        const result =
          formaat === 'csv'
            ? {
                type: 'text/csv; charset=utf-8',
                bestand: `verwerkingsregister-${datum}.csv`,
                inhoud:
                  '\uFEFF' +
                  [
                    kolommen.join(','),
                    ...rijen.map((r) => kolommen.map((k) => csvVeld(r[k])).join(',')),
                  ].join('\r\n') +
                  '\r\n',
              }
            : {
                type: 'application/json; charset=utf-8',
                bestand: `verwerkingsregister-${datum}.json`,
                inhoud: JSON.stringify({
                  geexporteerdOp: new Date().toISOString(),
                  versies: rijen,
                }),
              };
        return { result, log: { reden: `export:${formaat}` } };
      },
    });
  }

  private cut(a: Verwerkingsactiviteit, ctx: StepContext): Record<string, unknown> {
    const rij = a as unknown as Record<string, unknown>;
    const mag = permittedFields(ctx.ability, 'read', 'Verwerkingsactiviteit', rij, KOLOMMEN);
    return Object.fromEntries(KOLOMMEN.filter((k) => mag.has(k)).map((k) => [k, rij[k]]));
  }
}
