import { Injectable } from '@nestjs/common';
import { AuditQueryService, type ActorAudit } from '@schakel/audit';
import { DoorbraakService, GuardedStep, type StepContext } from '@schakel/authz';
import { PurposeService } from '@schakel/purpose';
import type { Toelichting } from '../dto/zoeken.dto.js';
import { bereik, recordOnderwerp, recordWeergave } from './auditspoor.js';

/**
 * "Waarom had deze persoon toegang?": one audit record within the FG's scope (404 otherwise,
 * logged), explained by role, organisation, the activity's version and legal basis, the rule
 * that let it through, and a break-the-glass justification if there was one.
 */
@Injectable()
export class Toelichten {
  constructor(
    private readonly stap: GuardedStep,
    private readonly query: AuditQueryService,
    private readonly purpose: PurposeService,
    private readonly doorbraken: DoorbraakService,
  ) {}

  async toelichting(id: string, ctx: StepContext): Promise<Toelichting> {
    // The read and its audit record commit together; the register lookups follow.
    const { rec, doorbraakVerantwoording } = await this.stap.onRecord(ctx, {
      actie: 'read',
      action: 'read',
      type: 'AuditRecord',
      id,
      write: false,
      load: (m, recordId) => this.query.findOne(recordId, bereik(ctx), m),
      subject: recordOnderwerp,
      run: async (m, r: ActorAudit) => {
        // A break-the-glass justification lives encrypted with its grant: the grant the
        // record created, or the one whose rule let the access through.
        const grant = r.regel?.startsWith('doorbraak:')
          ? r.regel.slice('doorbraak:'.length)
          : r.doorbraak && r.objectType === 'Doorbraak'
            ? r.objectId
            : null;
        const verantwoording =
          r.doorbraakVerantwoording ??
          (grant ? await this.doorbraken.verantwoordingVan(m, grant) : null);
        return { result: { rec: r, doorbraakVerantwoording: verantwoording }, log: {} };
      },
    });
    const versie = rec.activiteitId
      ? (await this.purpose.versions(rec.activiteitId)).find(
          (v) => v.versie === rec.activiteitVersie,
        )
      : undefined;
    const wie = `${rec.actorId} (${rec.rollen.join(', ')}, ${rec.organisatieCode})`;
    const uitleg =
      rec.resultaat === 'geweigerd'
        ? `${wie} kreeg géén toegang: ${rec.reden ?? 'onbekende reden'}.`
        : `${wie} had toegang via regel "${rec.regel ?? '?'}"` +
          (versie
            ? ` voor "${versie.naam}" (versie ${String(versie.versie)}), grondslag: ${versie.grondslag}`
            : '') +
          (doorbraakVerantwoording !== null
            ? `; doorbraak met verantwoording: "${doorbraakVerantwoording}"`
            : '') +
          '.';
    return {
      record: recordWeergave(rec),
      regel: rec.regel,
      activiteit: versie?.naam ?? rec.activiteitId,
      activiteitVersie: rec.activiteitVersie,
      grondslag: versie?.grondslag ?? null,
      doorbraakVerantwoording,
      categorieen: await this.query.categorieen(rec.id),
      uitleg,
    };
  }
}
