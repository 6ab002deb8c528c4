import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DoorbraakService } from '@schakel/authz';
import { CasusEntity } from './casus.entity.js';

/**
 * Tells break the glass which casus an id names: the ZVH that directs it (the rules let the
 * ZVH open only its own) and the sleutelpartner as provider of the signal.
 */
@Injectable()
export class CasusDoorbraak implements OnModuleInit {
  constructor(private readonly doorbraken: DoorbraakService) {}

  onModuleInit(): void {
    this.doorbraken.registreerOnderwerp('Casus', async (m, id) => {
      const rij = await m.findOne(CasusEntity, {
        select: { id: true, nummer: true, regieOrganisatie: true, sleutelpartner: true },
        where: { id },
      });
      if (!rij) return null;
      return {
        attributen: { regieOrganisatie: rij.regieOrganisatie },
        verstrekker: rij.sleutelpartner,
        omschrijving: `Casus ${rij.nummer}`,
      };
    });
  }
}
