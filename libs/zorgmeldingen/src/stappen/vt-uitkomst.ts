import { Injectable } from '@nestjs/common';
import type { AppAbility, StepOutcome } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import type { EntityManager } from 'typeorm';
import type { ZorgmeldingVtView } from '../dto/zorgmelding.dto.js';
import type { Meldingstatus } from '../levenscyclus.js';
import { ZorgmeldingBetrokkenen } from '../zorgmelding-betrokkenen.js';
import type { ZorgmeldingEntity } from '../zorgmelding.entity.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import { ZorgmeldingRepository, type Melding } from '../zorgmelding.repository.js';

/** What every VT step on a report ends with: its change and event, VT's view, its log. */
@Injectable()
export class VtUitkomst {
  constructor(
    private readonly repository: ZorgmeldingRepository,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly weergave: ZorgmeldingWeergave,
  ) {}

  /** Writes a step's change on the loaded report, and its event on the report's timeline. */
  async schrijf(
    m: EntityManager,
    melding: Melding,
    actor: Actor,
    wijziging: Partial<Omit<ZorgmeldingEntity, 'id'>>,
    gebeurtenis: { status: Meldingstatus; stap: string; tijd: Date },
  ): Promise<void> {
    Object.assign(melding.rij, wijziging);
    await this.repository.werkBij(m, melding.id, wijziging);
    await this.repository.gebeurtenissen(m, melding, actor, [gebeurtenis]);
  }

  /**
   * VT's view of the report as the rules cut it, and what the step's audit record says: the
   * persons (with the categories the step touched) and the police as provider.
   */
  async van(
    m: EntityManager,
    ability: AppAbility,
    melding: Melding,
    categorieen: string[],
    reden: string | null = null,
  ): Promise<StepOutcome<ZorgmeldingVtView>> {
    const bundel = await this.betrokkenen.laad(m, melding);
    return {
      result: this.weergave.vt(ability, melding, bundel, this.inhoud.sleutel(melding.rij)),
      log: {
        reden,
        betrokkenen: this.betrokkenen.audit(bundel, melding, categorieen),
        verstrekker: melding.rij.opstellerOrganisatie,
      },
    };
  }
}
