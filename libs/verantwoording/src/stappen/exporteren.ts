import { Injectable } from '@nestjs/common';
import { AuditQueryService, type Verwerkingslog } from '@schakel/audit';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { ProblemException } from '@schakel/platform';
import type { ExportOpdracht } from '../dto/zoeken.dto.js';
import { bereik } from './auditspoor.js';

/** Rows per page of the export. */
const PAGINA = 5000;

/** Where the export goes: started once its record is written, then one line per record. */
export interface ExportUitvoer {
  begin(): void;
  schrijf(regel: string): void;
}

/**
 * The processing log of a period within the FG's scope, as JSON lines in the shape of the
 * Logboek Dataverwerkingen (dpl.core.*), streamed page by page. The export is logged before
 * the first line leaves.
 */
@Injectable()
export class Exporteren {
  constructor(
    private readonly stap: GuardedStep,
    private readonly query: AuditQueryService,
  ) {}

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
    await this.stap.overMany(ctx, {
      actie: 'exporteren',
      type: 'AuditRecord',
      objectType: 'Verwerkingslog',
      logFirst: {},
      run: async (m) => {
        uit.begin();
        let na: { tijd: Date; id: string } | undefined;
        for (;;) {
          const page = await this.query.exportPage(van, tot, na, PAGINA, bereik(ctx), m);
          for (const v of page) uit.schrijf(`${JSON.stringify(logboekRecord(v))}\n`);
          const last = page[page.length - 1];
          if (!last || page.length < PAGINA) break;
          na = { tijd: last.startTijd, id: last.id };
        }
        return { result: undefined, log: {} };
      },
    });
  }
}

/** One processing record in the shape of the Logboek Dataverwerkingen (OpenTelemetry-like span). */
function logboekRecord(v: Verwerkingslog & { actie: string }): Record<string, unknown> {
  return {
    trace_id: v.traceId,
    span_id: v.spanId,
    name: v.actie,
    start_time: v.startTijd.toISOString(),
    end_time: v.eindTijd.toISOString(),
    status_code: v.status === 'geslaagd' ? 'OK' : 'ERROR',
    attributes: {
      'dpl.core.processing_activity_id': v.activiteitId,
      'dpl.core.processing_activity_version': v.activiteitVersie,
      'dpl.core.data_subject_id': v.betrokkene,
      'dpl.core.data_subject_id_type': 'pseudoniem',
      'dpl.core.data_categories': v.gegevenscategorieen,
      'dpl.core.audit_record_id': v.auditId,
    },
  };
}
