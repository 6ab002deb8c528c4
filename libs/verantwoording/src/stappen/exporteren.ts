import { Injectable } from '@nestjs/common';
import { adlRecord, AuditQueryService, AuditService, ldvRecord } from '@schakel/audit';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { AppConfig, ProblemException } from '@schakel/platform';
import type { ExportOpdracht } from '../dto/zoeken.dto.js';
import { bereik } from './auditspoor.js';

/** Rows per page of the export. */
const PAGINA = 5000;

/** Where the export goes: started once its record is written, then one line per record. */
export interface ExportUitvoer {
  begin(): void;
  schrijf(regel: string): void;
}

/** The register's API, for the versioned activity URIs of the records. */
export const apiBasis = (config: AppConfig): string =>
  `${config.PUBLIC_URL.replace(/\/$/, '')}/api/v1`;

/**
 * A period of the audit trail within the FG's scope, as JSON lines, streamed page by page:
 * the processing log as Logboek Dataverwerkingen 1.0 records (`verwerkingen`, the default), or
 * every authorization decision, refusals included, as Authorization Decision Log records
 * (`beslissingen`). The export is logged before the first line leaves (ADR 0021).
 */
@Injectable()
export class Exporteren {
  private readonly basis: string;

  constructor(
    private readonly stap: GuardedStep,
    private readonly query: AuditQueryService,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.basis = apiBasis(config);
  }

  async exporteer(body: ExportOpdracht, ctx: StepContext, uit: ExportUitvoer): Promise<void> {
    const van = new Date(body.van);
    const tot = new Date(body.tot);
    if (!(van < tot)) {
      throw new ProblemException(
        400,
        'ongeldig-tijdvak',
        'Ongeldig tijdvak',
        'van moet voor tot liggen.',
      );
    }
    const beslissingen = body.logboek === 'beslissingen';
    await this.stap.overMany(ctx, {
      actie: 'exporteren',
      type: 'AuditRecord',
      objectType: beslissingen ? 'Beslissingslog' : 'Verwerkingslog',
      logFirst: {},
      run: async (m) => {
        uit.begin();
        let na: { tijd: Date; id: string } | undefined;
        for (;;) {
          let last: { tijd: Date; id: string } | undefined;
          let aantal: number;
          if (beslissingen) {
            const page = await this.query.beslissingenPage(van, tot, na, PAGINA, bereik(ctx), m);
            for (const a of page) uit.schrijf(`${JSON.stringify(adlRecord(a))}\n`);
            const l = page[page.length - 1];
            last = l && { tijd: l.tijd, id: l.id };
            aantal = page.length;
          } else {
            const page = await this.query.exportPage(van, tot, na, PAGINA, bereik(ctx), m);
            const versleuteling = this.audit.betrokkeneVersleuteling;
            for (const v of page) {
              uit.schrijf(`${JSON.stringify(ldvRecord(v, this.basis, versleuteling))}\n`);
            }
            const l = page[page.length - 1];
            last = l && { tijd: l.startTijd, id: l.id };
            aantal = page.length;
          }
          if (!last || aantal < PAGINA) break;
          na = last;
        }
        return { result: undefined, log: {} };
      },
    });
  }
}
