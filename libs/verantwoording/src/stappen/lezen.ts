import { Injectable } from '@nestjs/common';
import {
  activiteitUitUri,
  AuditQueryService,
  AuditService,
  BETROKKENE_TYPE,
  ldvRecord,
  leesVerwerking,
  LOGBOEK_ID,
  type Betrokkene,
  type LeesFilter,
} from '@schakel/audit';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { AppConfig, isValidBsn, ProblemException } from '@schakel/platform';
import type { LdvLeesVraag, LdvVerwerkingen } from '../dto/ldv.dto.js';
import { bereik } from './auditspoor.js';
import { apiBasis } from './exporteren.js';

/** The most processing records one question returns (the read extension asks for a cap). */
export const MAX_VERWERKINGEN = 1000;

const VELDEN = ['traceId', 'spanId', 'parentSpanId', 'status', 'name', 'startTime', 'endTime'];

const metCategorie = (b: { identificatie: string } | { pseudoniem: string }): Betrokkene =>
  'identificatie' in b
    ? { identificatie: b.identificatie, categorieen: ['logging en metagegevens'] }
    : { pseudoniem: b.pseudoniem, categorieen: ['logging en metagegevens'] };

const ongeldig = (detail: string) =>
  new ProblemException(400, 'ongeldige-vraag', 'Ongeldige vraag', detail);

/**
 * The read extension of Logboek Dataverwerkingen for the FG: the processing records of one
 * trace, one activity (or one version of it) or one data subject, within the FG's scope (the
 * processing of its own organisation and of data it provided, ADR 0011). A BSN is matched
 * through its keyed hash and never returned; the question is logged, with the person asked
 * about as data subject.
 */
@Injectable()
export class Lezen {
  private readonly basis: string;

  constructor(
    private readonly stap: GuardedStep,
    private readonly query: AuditQueryService,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.basis = apiBasis(config);
  }

  lees(vraag: LdvLeesVraag, ctx: StepContext): Promise<LdvVerwerkingen> {
    const { filter, betrokkene } = this.filter(vraag);
    return this.stap.overMany(ctx, {
      actie: 'lezen',
      type: 'AuditRecord',
      objectType: 'Verwerkingslog',
      run: async (m) => {
        const rows = await this.query.lees(filter, MAX_VERWERKINGEN + 1, bereik(ctx), m);
        if (rows.length > MAX_VERWERKINGEN) {
          throw new ProblemException(
            400,
            'te-veel-verwerkingen',
            'Te veel verwerkingen',
            `Meer dan ${String(MAX_VERWERKINGEN)} verwerkingen; beperk de vraag met startTime en endTime.`,
          );
        }
        return {
          result: {
            metadata: { logbookId: LOGBOEK_ID, organizationName: ctx.actor.organisatie.naam },
            processingActivities: rows.map((v) =>
              leesVerwerking(ldvRecord(v, this.basis, this.audit.betrokkeneVersleuteling)),
            ),
          },
          log: {
            velden: VELDEN,
            betrokkenen: betrokkene ? [metCategorie(betrokkene)] : [],
          },
        };
      },
    });
  }

  private filter(vraag: LdvLeesVraag): {
    filter: LeesFilter;
    betrokkene?: { identificatie: string } | { pseudoniem: string };
  } {
    const filter: LeesFilter = {};
    let betrokkene: { identificatie: string } | { pseudoniem: string } | undefined;
    if (vraag.traceId) filter.traceId = vraag.traceId.replace(/-/g, '').toLowerCase();
    const uri = vraag['dpl.core.processing_activity_id'];
    if (uri !== undefined) {
      const activiteit = activiteitUitUri(uri);
      if (!activiteit) {
        throw ongeldig(
          'dpl.core.processing_activity_id moet een verwerkingsactiviteit in het register noemen (…/verwerkingsactiviteiten/{id} of …/versies/{versie}).',
        );
      }
      filter.activiteitId = activiteit.id;
      if (activiteit.versie !== undefined) filter.activiteitVersie = activiteit.versie;
    }
    const id = vraag['dpl.core.data_subject_id'];
    const type = vraag['dpl.core.data_subject_id_type'] ?? 'BSN';
    if (id !== undefined) {
      if (type === 'BSN') {
        if (!isValidBsn(id)) throw ongeldig('dpl.core.data_subject_id is geen geldig BSN.');
        betrokkene = { identificatie: id };
        filter.betrokkene = this.audit.pseudonym(id);
      } else if (type === BETROKKENE_TYPE) {
        // The encrypted code from an earlier answer (ADR 0033): it opens only under its type.
        const pseudoniem = this.audit.betrokkeneVersleuteling.ontsleutel(id, type);
        if (!pseudoniem) {
          throw ongeldig('dpl.core.data_subject_id is geen versleutelde betrokkene van Schakel.');
        }
        betrokkene = { pseudoniem };
        filter.betrokkene = pseudoniem;
      } else {
        throw ongeldig(`dpl.core.data_subject_id_type moet BSN of ${BETROKKENE_TYPE} zijn.`);
      }
    } else if (vraag['dpl.core.data_subject_id_type'] !== undefined) {
      throw ongeldig('dpl.core.data_subject_id_type zonder dpl.core.data_subject_id.');
    }
    if (!filter.traceId && !filter.activiteitId && !filter.betrokkene) {
      throw ongeldig(
        'Noem ten minste een van traceId, dpl.core.processing_activity_id en dpl.core.data_subject_id.',
      );
    }
    if (vraag.startTime) filter.van = new Date(vraag.startTime);
    if (vraag.endTime) filter.tot = new Date(vraag.endTime);
    return betrokkene ? { filter, betrokkene } : { filter };
  }
}
