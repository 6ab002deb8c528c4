import { Injectable, Logger } from '@nestjs/common';
import { GuardedStep, refuse } from '@schakel/authz';
import { QueryFailedError } from 'typeorm';
import type { ZorgmeldingPolitieView } from '../dto/zorgmelding.dto.js';
import { routeer } from '../routing/routering.js';
import {
  alIngediend,
  idempotentieSleutelOngeldig,
  sleutelHergebruikt,
  statusMoetZijn,
} from '../zorgmelding.fouten.js';
import {
  CATEGORIEEN_INHOUD,
  CATEGORIEEN_STAP,
  persoonIds,
  ZorgmeldingBetrokkenen,
} from '../zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from '../zorgmelding-inhoud.js';
import { ZorgmeldingWeergave } from '../zorgmelding-weergave.js';
import { ZorgmeldingRepository } from '../zorgmelding.repository.js';
import type { Zorgmelding } from '../zorgmelding.js';
import { meldingStap, type StapContext } from './melding-stap.js';
import { routeringsvelden, RouterenStap, type Tijdlijnstap } from './routeren.js';

const IDEMPOTENTIE_SLEUTEL = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Police: submit the own concept with its final content, and route it. Idempotent per officer
 * and `Idempotency-Key`: a retry (also a concurrent one: the row lock serialises them) with
 * the same body answers the same report and routes nothing again; the same key with another
 * body, or for another report, is 422; another key for a report already submitted is 409.
 */
@Injectable()
export class IndienenStap {
  private readonly logger = new Logger('IndienenStap');

  constructor(
    private readonly stap: GuardedStep,
    private readonly repository: ZorgmeldingRepository,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly weergave: ZorgmeldingWeergave,
    private readonly routeren: RouterenStap,
  ) {}

  async dienIn(
    id: string,
    invoer: Zorgmelding,
    idempotentieSleutel: string | undefined,
    ctx: StapContext,
    /** The moment of submission (the deadline counts from it); for demo data and tests. */
    nu: Date = new Date(),
  ): Promise<ZorgmeldingPolitieView> {
    if (!idempotentieSleutel || !IDEMPOTENTIE_SLEUTEL.test(idempotentieSleutel)) {
      throw idempotentieSleutelOngeldig();
    }
    if (invoer.status !== 'ingediend') throw statusMoetZijn('ingediend');
    const sleutelTekst = idempotentieSleutel;
    const stap = meldingStap<ZorgmeldingPolitieView>(this.repository, {
      actie: 'indienen',
      action: 'indienen',
      id,
      write: true,
      sleutel: { opstellerId: ctx.actor.id, sleutel: sleutelTekst },
      run: async (m, melding) => {
        const rij = melding.rij;
        if (melding.sleutelVan && melding.sleutelVan !== rij.id) {
          refuse('idempotentie-sleutel', sleutelHergebruikt());
        }
        const sleutel = this.inhoud.sleutel(rij);
        const hash = this.inhoud.indienHash(sleutel, rij.id, invoer);
        if (rij.status !== 'concept') {
          if (rij.idempotentieSleutel !== sleutelTekst) refuse('al-ingediend', alIngediend());
          if (!rij.indienHash?.equals(hash)) refuse('idempotentie-sleutel', sleutelHergebruikt());
          // A retry: the same answer, nothing routed again; the retry itself is logged.
          const bundel = await this.betrokkenen.laad(m, melding);
          return {
            result: this.weergave.politie(ctx.ability, melding, bundel, sleutel),
            log: {
              reden: 'herhaald',
              betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_STAP),
            },
          };
        }
        const bundel = await this.betrokkenen.bewaar(
          m,
          melding,
          await this.betrokkenen.laad(m, melding),
          invoer.betrokkenen ?? [],
        );
        rij.inhoud = this.inhoud.versleutelInhoud(sleutel, rij.id, invoer);
        rij.soort = invoer.incident?.soort ?? null;
        rij.idempotentieSleutel = sleutelTekst;
        rij.indienHash = hash;
        rij.ingediendOp = nu;
        rij.gewijzigdOp = nu;
        const stappen: Tijdlijnstap[] = [{ status: 'ingediend', stap: 'indienen', tijd: nu }];
        const routering = routeer(invoer, nu);
        rij.routeringTabelVersie = routering.tabelVersie;
        if (routering.uitkomst === 'veilig-thuis') {
          rij.gemeentecode = routering.gemeentecode;
          rij.routeringRegel = routering.regel;
          stappen.push(
            await this.routeren.naarInbox(
              m,
              rij,
              routering.veiligThuis,
              nu,
              'routeren',
              persoonIds(melding.links),
            ),
          );
        } else {
          rij.status = 'routeringsuitzondering';
          rij.uitzonderingReden = routering.reden;
          rij.gemeentecode = 'gemeentecode' in routering ? routering.gemeentecode : null;
          rij.routeringRegel = 'regel' in routering ? routering.regel : null;
          stappen.push({ status: 'routeringsuitzondering', stap: 'routeren', tijd: nu });
          this.logger.log(
            { zorgmeldingId: rij.id, reden: routering.reden },
            'routeringsuitzondering',
          );
        }
        await this.repository.gebeurtenissen(m, melding, ctx.actor, stappen);
        // The kenmerk last: its counter row stays locked until commit (gapless numbers), so
        // every submission waits for the one before to commit. Taken here, the lock is held
        // over this update, the audit record and the commit, not over the routing as well.
        rij.kenmerk = await this.repository.volgendKenmerk(m, nu);
        await this.repository.werkBij(m, rij.id, {
          ...routeringsvelden(rij),
          inhoud: rij.inhoud,
          soort: rij.soort,
          idempotentieSleutel: rij.idempotentieSleutel,
          indienHash: rij.indienHash,
          ingediendOp: rij.ingediendOp,
          kenmerk: rij.kenmerk,
        });
        return {
          result: this.weergave.politie(ctx.ability, melding, bundel, sleutel),
          log: { betrokkenen: this.betrokkenen.audit(bundel, melding, CATEGORIEEN_INHOUD) },
        };
      },
    });
    try {
      return await this.stap.onRecord(ctx, stap);
    } catch (err) {
      // Two submits of different reports under one key meet in the unique index.
      if (err instanceof QueryFailedError && (err as { code?: string }).code === '23505') {
        throw sleutelHergebruikt();
      }
      throw err;
    }
  }
}
