import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { GuardedStep } from '@schakel/authz';
import { PersonenService } from '@schakel/personen';
import type { ZorgmeldingPolitieView } from '../dto/zorgmelding.dto.js';
import { statusMoetZijn } from '../zorgmelding.fouten.js';
import { CATEGORIEEN_INHOUD, ZorgmeldingBetrokkenen } from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import { ZorgmeldingEntity } from '../zorgmelding.entity.js';
import { ZorgmeldingRepository, type Melding } from '../zorgmelding.repository.js';
import type { Zorgmelding } from '../zorgmelding.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** Police: draft a report (may be incomplete) and edit the own concept. */
@Injectable()
export class ConceptStap {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly personen: PersonenService,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly weergave: ZorgmeldingWeergave,
  ) {}

  /** Stores a new concept: persons through PersonenService, the rest encrypted. */
  maak(invoer: Zorgmelding, ctx: StapContext): Promise<ZorgmeldingPolitieView> {
    if (invoer.status !== 'concept') throw statusMoetZijn('concept');
    return this.stap.create(ctx, {
      actie: 'create',
      type: 'Zorgmelding',
      candidate: { opstellerId: ctx.actor.id },
      run: async (m) => {
        const id = randomUUID();
        const sleutel = this.inhoud.nieuweSleutel(id);
        const now = new Date();
        const rij = m.create(ZorgmeldingEntity, {
          id,
          status: 'concept',
          opstellerId: ctx.actor.id,
          opstellerOrganisatie: ctx.actor.organisatie.code,
          soort: invoer.incident?.soort ?? null,
          inhoud: this.inhoud.versleutelInhoud(sleutel.sleutel, id, invoer),
          sleutelId: sleutel.sleutelId,
          verpakteSleutel: sleutel.verpakt,
          terugkoppelingStatus: 'geen',
          aangemaaktOp: now,
          gewijzigdOp: now,
        });
        await this.repository.voegIn(m, rij);
        const melding: Melding = { id, rij, links: [], gebeurtenissen: [], sleutelVan: null };
        const leeg = await this.personen.laad(m, []);
        const bundel = await this.betrokkenen.bewaar(m, melding, leeg, invoer.betrokkenen ?? []);
        await this.repository.gebeurtenissen(m, melding, ctx.actor, [
          { status: 'concept', stap: 'opstellen', tijd: now },
        ]);
        return {
          result: this.weergave.politie(ctx.ability, melding, bundel, sleutel.sleutel),
          log: {
            objectId: id,
            betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_INHOUD),
          },
        };
      },
    });
  }

  /**
   * Replaces the own concept's content. Its persons change in place (ZorgmeldingBetrokkenen):
   * saving a concept again never leaves persons behind.
   */
  wijzig(id: string, invoer: Zorgmelding, ctx: StapContext): Promise<ZorgmeldingPolitieView> {
    if (invoer.status !== 'concept') throw statusMoetZijn('concept');
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'update',
        action: 'update',
        id,
        write: true,
        overgang: 'wijzigen',
        run: async (m, melding) => {
          const sleutel = this.inhoud.sleutel(melding.rij);
          const wijziging = {
            inhoud: this.inhoud.versleutelInhoud(sleutel, id, invoer),
            soort: invoer.incident?.soort ?? null,
            gewijzigdOp: new Date(),
          };
          Object.assign(melding.rij, wijziging);
          await this.repository.werkBij(m, id, wijziging);
          const bundel = await this.betrokkenen.bewaar(
            m,
            melding,
            await this.betrokkenen.laad(m, melding),
            invoer.betrokkenen ?? [],
          );
          return {
            result: this.weergave.politie(ctx.ability, melding, bundel, sleutel),
            log: { betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_INHOUD) },
          };
        },
      }),
    );
  }

  /**
   * Deletes the own concept for good: its persons (those nobody else links), links, timeline
   * and row. Decided by the rule that lets the officer change the own concept (`update`) and by
   * the lifecycle (a submitted report: 409); audited with the persons it named.
   */
  verwijder(id: string, ctx: StapContext): Promise<void> {
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'verwijderen',
        action: 'update',
        id,
        write: true,
        overgang: 'wijzigen',
        run: async (m, melding) => {
          const bundel = await this.betrokkenen.laad(m, melding);
          const betrokkenen = this.betrokkenen.audit(bundel, melding, CATEGORIEEN_INHOUD);
          await this.betrokkenen.bewaar(m, melding, bundel, []);
          await this.repository.verwijder(m, id);
          return { result: undefined, log: { betrokkenen, reden: 'concept verwijderd' } };
        },
      }),
    );
  }
}
