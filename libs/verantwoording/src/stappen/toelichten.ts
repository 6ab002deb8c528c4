import { Injectable } from '@nestjs/common';
import { AuditQueryService, type ActorAudit } from '@schakel/audit';
import { DoorbraakService, GuardedStep, regelTekst, type StepContext } from '@schakel/authz';
import { ROL_NAMEN, type Rol } from '@schakel/identity';
import { PurposeService } from '@schakel/purpose';
import type { Toelichting } from '../dto/zoeken.dto.js';
import { Namenlijst } from '../namen.js';
import { bereik, recordOnderwerp, recordWeergave, type Namen } from './auditspoor.js';

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
    private readonly namenlijst: Namenlijst,
  ) {}

  async toelichting(id: string, ctx: StepContext): Promise<Toelichting> {
    // The read and its audit record commit together; the register lookups follow.
    const { rec, doorbraakVerantwoording, namen } = await this.stap.onRecord(ctx, {
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
        const namen: Namen = await this.namenlijst.voor(m, [r]);
        return { result: { rec: r, doorbraakVerantwoording: verantwoording, namen }, log: {} };
      },
    });
    const versie = rec.activiteitId
      ? (await this.purpose.versions(rec.activiteitId)).find(
          (v) => v.versie === rec.activiteitVersie,
        )
      : undefined;
    const rollen = rec.rollen
      .map((r) => (Object.hasOwn(ROL_NAMEN, r) ? ROL_NAMEN[r as Rol] : 'onbekende rol'))
      .join(', ');
    const wie = `${namen.actor.get(rec.actorId) ?? 'Een gebruiker zonder bekende naam'} (${rollen}, ${namen.organisatie(rec.organisatieCode)})`;
    const waarom = regelTekst(rec.regel);
    const uitleg =
      rec.resultaat === 'geweigerd'
        ? `${wie} kreeg géén toegang: ${weigeringTekst(rec.reden)}.`
        : `${wie} had toegang` +
          (waarom ? `, omdat ${waarom}` : ', maar de regel die dat toestond is niet meer bekend') +
          (versie
            ? `. Dat gebeurde voor de verwerkingsactiviteit "${versie.naam}" (versie ${String(versie.versie)}), met als grondslag: ${versie.grondslag}`
            : '') +
          (doorbraakVerantwoording !== null
            ? `. Het was een doorbraak, met als verantwoording: "${doorbraakVerantwoording}"`
            : '') +
          '.';
    return {
      record: recordWeergave(rec, namen),
      regel: rec.regel,
      regelTekst: waarom,
      activiteit: versie?.naam ?? rec.activiteitId,
      activiteitVersie: rec.activiteitVersie,
      grondslag: versie?.grondslag ?? null,
      doorbraakVerantwoording,
      categorieen: await this.query.categorieen(rec.id),
      uitleg,
    };
  }
}

/** Why a request was refused, in words (the codes the guard and the steps log). */
function weigeringTekst(reden: string | null): string {
  switch (reden) {
    case 'geen-regel':
      return 'geen regel gaf toegang voor deze handeling en dit doel';
    case 'niet-zichtbaar':
      return 'het dossier bestaat niet of valt buiten het bereik van deze gebruiker';
    case 'doel-ontbreekt':
      return 'er was geen verwerkingsactiviteit genoemd';
    case 'doel-niet-toegestaan':
      return 'met deze rol mag niet onder deze verwerkingsactiviteit worden gehandeld';
    case 'onbekende-verwerkingsactiviteit':
      return 'de genoemde verwerkingsactiviteit staat niet in het verwerkingsregister';
    case 'csrf-token-ongeldig':
      return 'het verzoek kwam niet aantoonbaar uit Schakel zelf (beveiligingscontrole)';
    default:
      return reden ? `de handeling werd geweigerd (${reden})` : 'onbekende reden';
  }
}
