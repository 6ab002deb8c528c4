import { Injectable, type OnModuleInit } from '@nestjs/common';
import { GuardedStep } from '@schakel/authz';
import { Uitgaand, type Weergave } from '@schakel/bezorging';
import type { EntityManager } from 'typeorm';
import type {
  Herroutering,
  RouteringsuitzonderingView,
  ZorgmeldingVtView,
} from '../dto/zorgmelding.dto.js';
import type { Meldingstatus } from '../levenscyclus.js';
import { termijnVeiligheidsbeoordeling } from '../termijnen.js';
import {
  CATEGORIEEN_INHOUD,
  CATEGORIEEN_STAP,
  persoonIds,
  ZorgmeldingBetrokkenen,
} from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { onderwerp, ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import type { ZorgmeldingEntity } from '../zorgmelding.entity.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import { meldingStap, type StapContext } from './melding-stap.js';

/** A step of the timeline, written by the step that caused it. */
export interface Tijdlijnstap {
  status: Meldingstatus;
  stap: string;
  tijd: Date;
}

/**
 * Routing into a Veilig Thuis inbox (on submit, or by a coordinator for an exception) and the
 * delivery that follows it in the same transaction (transactional outbox, ADR 0015).
 */
@Injectable()
export class RouterenStap implements OnModuleInit {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly weergave: ZorgmeldingWeergave,
    private readonly uitgaand: Uitgaand,
  ) {}

  /** Delivery renders a routed report for the receiving VT (push to its system, pull feed). */
  onModuleInit(): void {
    this.uitgaand.registreerBron('zorgmelding', {
      // The police disclose the report to VT: the police's activity (Wpg), as in ADR 0016.
      activiteit: 'zorgmelding-indienen',
      render: (m, objectId) => this.bezorgWeergave(m, objectId),
      personen: (m, objectId) => this.repository.persoonIds(m, objectId),
    });
  }

  /**
   * The one way into a Veilig Thuis inbox: sets the VT, the receipt time and the
   * 5-working-day deadline on the report (the caller writes the row) and plans the delivery.
   * Answers the timeline step.
   */
  async naarInbox(
    m: EntityManager,
    rij: ZorgmeldingEntity,
    vtOrganisatie: string,
    now: Date,
    stap: string,
    personen?: readonly string[],
  ): Promise<Tijdlijnstap> {
    const termijn = termijnVeiligheidsbeoordeling(now);
    rij.vtOrganisatie = vtOrganisatie;
    rij.status = 'gerouteerd';
    rij.ontvangenOp = now;
    rij.termijnVanaf = termijn.vanaf;
    rij.termijnUiterlijk = termijn.uiterlijk;
    // The delivery job commits with the routing (transactional outbox, ADR 0015).
    await this.uitgaand.plan(m, {
      ontvanger: vtOrganisatie,
      soort: 'zorgmelding',
      objectId: rij.id,
      idempotentieSleutel: `zorgmelding:${rij.id}:${vtOrganisatie}`,
      personen,
    });
    return { status: 'gerouteerd', stap, tijd: now };
  }

  /** The coordinators' queue: reports routing could not place, oldest first; no content. */
  uitzonderingen(ctx: StapContext): Promise<RouteringsuitzonderingView[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Zorgmelding',
      run: async (m) => ({
        result: (await this.repository.uitzonderingen(m, ctx.ability)).map((r) =>
          this.weergave.uitzondering(ctx.ability, r),
        ),
        log: {},
      }),
    });
  }

  /** A coordinator routes an exception to a Veilig Thuis by hand, with a reason. */
  herrouteer(id: string, invoer: Herroutering, ctx: StapContext): Promise<ZorgmeldingVtView> {
    return this.stap.onRecord(
      ctx,
      meldingStap(this.repository, {
        actie: 'herrouteren',
        action: 'herrouteren',
        id,
        write: true,
        overgang: 'herrouteren',
        run: async (m, melding) => {
          const rij = melding.rij;
          // The view is cut as the coordinator was allowed to see it: an exception.
          const zoAlsBesloten = onderwerp(rij);
          const now = new Date();
          const sleutel = this.inhoud.sleutel(rij);
          rij.herrouteringReden = this.inhoud.versleutel(
            sleutel,
            rij.id,
            'herroutering-reden',
            invoer.reden,
          );
          rij.routeringRegel = 'handmatig';
          const stap = await this.naarInbox(
            m,
            rij,
            invoer.vtOrganisatie,
            now,
            'herrouteren',
            persoonIds(melding.links),
          );
          rij.gewijzigdOp = now;
          await this.repository.werkBij(m, rij.id, routeringsvelden(rij));
          await this.repository.gebeurtenissen(m, melding, ctx.actor, [stap]);
          const bundel = await this.betrokkenen.laad(m, melding);
          return {
            result: this.weergave.vt(ctx.ability, melding, bundel, sleutel, zoAlsBesloten),
            log: {
              betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_STAP),
              verstrekker: rij.opstellerOrganisatie,
            },
          };
        },
      }),
    );
  }

  /**
   * What delivery sends the receiving VT's own system: the report as the schema describes it
   * and its routing, never VT's internal notes. Its persons are the data subjects of the
   * delivery's processing records; the police are the provider.
   */
  private async bezorgWeergave(m: EntityManager, id: string): Promise<Weergave> {
    const melding = await this.repository.laad(m, id, false);
    const rij = melding?.rij;
    if (!melding || !rij?.vtOrganisatie) throw new Error('Delivery of a report that is not routed');
    const sleutel = this.inhoud.sleutel(rij);
    const bundel = await this.betrokkenen.laad(m, melding);
    return {
      payload: {
        id: rij.id,
        // The number police and VT share (ZM-2026-000123): the VT system files the report by it.
        kenmerk: rij.kenmerk,
        schema: 'urn:schakel:schema:zorgmelding:v1',
        vtOrganisatie: rij.vtOrganisatie,
        opstellerOrganisatie: rij.opstellerOrganisatie,
        ingediendOp: rij.ingediendOp?.toISOString() ?? null,
        termijnUiterlijk: rij.termijnUiterlijk,
        melding: {
          status: 'ingediend',
          ...this.inhoud.leesInhoud(sleutel, rij),
          betrokkenen: this.betrokkenen.weergave(bundel, melding),
        },
      },
      betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_INHOUD),
      verstrekker: rij.opstellerOrganisatie,
    };
  }
}

/** The columns routing sets (on submit and on re-routing). */
export function routeringsvelden(rij: ZorgmeldingEntity): Partial<ZorgmeldingEntity> {
  return {
    status: rij.status,
    vtOrganisatie: rij.vtOrganisatie,
    ontvangenOp: rij.ontvangenOp,
    termijnVanaf: rij.termijnVanaf,
    termijnUiterlijk: rij.termijnUiterlijk,
    gemeentecode: rij.gemeentecode,
    routeringTabelVersie: rij.routeringTabelVersie,
    routeringRegel: rij.routeringRegel,
    uitzonderingReden: rij.uitzonderingReden,
    herrouteringReden: rij.herrouteringReden,
    gewijzigdOp: rij.gewijzigdOp,
  };
}
