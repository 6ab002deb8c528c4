import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DoorbraakService } from '@schakel/authz';
import { IdentityService } from '@schakel/identity';
import { ZorgmeldingEntity } from './zorgmelding.entity.js';

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/**
 * Tells break the glass which report an id names: the kind of organisation it was routed to
 * (the rules let VT open only reports routed to a Veilig Thuis) and the police as provider.
 */
@Injectable()
export class ZorgmeldingDoorbraak implements OnModuleInit {
  constructor(
    private readonly doorbraken: DoorbraakService,
    private readonly identity: IdentityService,
  ) {}

  onModuleInit(): void {
    this.doorbraken.registreerOnderwerp('Zorgmelding', async (m, id) => {
      const rij = await m.findOne(ZorgmeldingEntity, {
        select: {
          id: true,
          vtOrganisatie: true,
          opstellerOrganisatie: true,
          ingediendOp: true,
          aangemaaktOp: true,
        },
        where: { id },
      });
      if (!rij) return null;
      const vt = this.identity.listOrganisaties().find((o) => o.code === rij.vtOrganisatie);
      return {
        attributen: { vtOrganisatie: rij.vtOrganisatie, vtOrganisatieType: vt?.type ?? null },
        verstrekker: rij.opstellerOrganisatie,
        omschrijving:
          `Zorgmelding van ${DATUM.format(rij.ingediendOp ?? rij.aangemaaktOp)}` +
          (vt ? `, gerouteerd naar ${vt.naam}` : ''),
      };
    });
  }
}
