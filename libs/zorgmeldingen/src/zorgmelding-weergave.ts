import { Injectable } from '@nestjs/common';
import { cutView, type AppAbility, type Cut, type SubjectType } from '@schakel/authz';
import type { PersonenBundel } from '@schakel/personen';
import type {
  InboxItem,
  RouteringsuitzonderingView,
  ZorgmeldingPolitieView,
  ZorgmeldingSamenvatting,
  ZorgmeldingVtView,
} from './dto/zorgmelding.dto.js';
import { vatRisicotaxatieSamen } from './risicotaxatie.js';
import { termijnStatus } from './termijnen.js';
import { ZorgmeldingBetrokkenen } from './zorgmelding-betrokkenen.js';
import { ZorgmeldingInhoud } from './zorgmelding-inhoud.js';
import type { ZorgmeldingEntity } from './zorgmelding.entity.js';
import { OPEN_BEOORDELING, type Melding } from './zorgmelding.repository.js';

/** The report as the rules know it: the attributes their conditions name. */
export function onderwerp(rij: ZorgmeldingEntity): Record<string, unknown> {
  return {
    id: rij.id,
    opstellerId: rij.opstellerId,
    vtOrganisatie: rij.vtOrganisatie,
    status: rij.status,
  };
}

/** A nested part of a report as the rules know it: the report's attributes, by `zorgmeldingId`. */
function deel(s: Record<string, unknown>): Record<string, unknown> {
  const { id, ...rest } = s;
  return { zorgmeldingId: id, ...rest };
}

/**
 * How to cut a report's view: by the rules of `type` (the police's `Zorgmelding`, VT's
 * `ZorgmeldingVt`), with the timeline, the feedback and the routing each cut by their own.
 */
function snede(type: SubjectType, s: Record<string, unknown>): Cut {
  return {
    type,
    subject: s,
    nested: {
      tijdlijn: (g: { stap: string }) => ({
        type: 'ZorgmeldingGebeurtenis',
        subject: { ...deel(s), stap: g.stap },
      }),
      terugkoppeling: () => ({ type: 'ZorgmeldingTerugkoppeling', subject: deel(s) }),
      routering: () => ({ type: 'ZorgmeldingRoutering', subject: deel(s) }),
    },
  };
}

/**
 * The cut view typed as its DTO: the rules list every field a DTO requires; the fields a rule
 * may withhold are optional in the DTO.
 */
function snij<V extends object>(ability: AppAbility, cut: Cut, view: V): V {
  return cutView(ability, cut, view) as V;
}

/**
 * Every answer carrying a report: built whole (every field any view has), then cut to what the
 * actor's rules permit (ADR 0016, `cutView`); nothing is assembled field by field per reader.
 */
@Injectable()
export class ZorgmeldingWeergave {
  constructor(
    private readonly inhoud: ZorgmeldingInhoud,
    private readonly betrokkenen: ZorgmeldingBetrokkenen,
  ) {}

  /** The police's view of their own report. `s`: the report as the step decided on it. */
  politie(
    ability: AppAbility,
    melding: Melding,
    bundel: PersonenBundel,
    sleutel: Buffer,
    s = onderwerp(melding.rij),
  ): ZorgmeldingPolitieView {
    return snij(ability, snede('Zorgmelding', s), this.geheel(melding, bundel, sleutel));
  }

  /** VT's view of a report. `s`: the report as the step decided on it. */
  vt(
    ability: AppAbility,
    melding: Melding,
    bundel: PersonenBundel,
    sleutel: Buffer,
    s = onderwerp(melding.rij),
  ): ZorgmeldingVtView {
    return snij(ability, snede('ZorgmeldingVt', s), this.geheel(melding, bundel, sleutel));
  }

  /** A line of the police's own list (no content). */
  samenvatting(ability: AppAbility, rij: ZorgmeldingEntity): ZorgmeldingSamenvatting {
    const { inbox: _inbox, ...regel } = lijnen(rij, new Date());
    return snij(ability, { type: 'Zorgmelding', subject: onderwerp(rij) }, regel);
  }

  /** A line of VT's inbox (no content). */
  inboxItem(ability: AppAbility, rij: ZorgmeldingEntity, nu: Date): InboxItem {
    return snij(ability, { type: 'ZorgmeldingVt', subject: onderwerp(rij) }, lijnen(rij, nu).inbox);
  }

  /** A line of the coordinators' exception queue (no content). */
  uitzondering(ability: AppAbility, rij: ZorgmeldingEntity): RouteringsuitzonderingView {
    return snij(
      ability,
      { type: 'ZorgmeldingVt', subject: onderwerp(rij) },
      {
        id: rij.id,
        kenmerk: rij.kenmerk,
        ingediendOp: rij.ingediendOp?.toISOString() ?? null,
        reden: rij.uitzonderingReden ?? 'onbekend',
        gemeentecode: rij.gemeentecode,
        soort: rij.soort,
        routeringTabelVersie: rij.routeringTabelVersie,
      },
    );
  }

  /** The report whole: every field of every view, content decrypted. */
  private geheel(
    melding: Melding,
    bundel: PersonenBundel,
    sleutel: Buffer,
  ): ZorgmeldingPolitieView & ZorgmeldingVtView {
    const rij = melding.rij;
    const inhoud = this.inhoud.leesInhoud(sleutel, rij);
    const { inbox, ...samenvatting } = lijnen(rij, new Date());
    return {
      ...samenvatting,
      ...inbox,
      opstellerOrganisatie: rij.opstellerOrganisatie,
      ontvangstBevestigdOp: rij.ontvangstBevestigdOp?.toISOString() ?? null,
      uitkomstDatum: rij.uitkomstDatum,
      notitie: this.inhoud.ontsleutel(sleutel, rij.id, 'vt-notitie', rij.vtNotitie),
      routering: {
        tabelVersie: rij.routeringTabelVersie,
        regel: rij.routeringRegel,
        uitzonderingReden: rij.uitzonderingReden,
        herrouteringReden: this.inhoud.ontsleutel(
          sleutel,
          rij.id,
          'herroutering-reden',
          rij.herrouteringReden,
        ),
      },
      melding: {
        status: rij.status === 'concept' ? 'concept' : 'ingediend',
        ...inhoud,
        betrokkenen: this.betrokkenen.weergave(bundel, melding),
      },
      risicoSamenvatting: vatRisicotaxatieSamen(inhoud.risicotaxatie) as unknown as Record<
        string,
        unknown
      >,
      tijdlijn: melding.gebeurtenissen.map((g) => ({
        status: g.status,
        stap: g.stap,
        tijd: g.tijd.toISOString(),
        organisatie: g.organisatieCode,
      })),
      terugkoppeling: {
        status: rij.terugkoppelingStatus,
        uitkomstcategorie: rij.terugkoppelingCategorie,
        bericht: this.inhoud.ontsleutel(
          sleutel,
          rij.id,
          'terugkoppeling-bericht',
          rij.terugkoppelingBericht,
        ),
        gegevenOp: rij.terugkoppelingOp?.toISOString() ?? null,
      },
    };
  }
}

/** A DTO class's fields as a plain object type (views are built as literals). */
type Plat<T> = { [K in keyof T]: T[K] };

/** The plain columns of a report as list lines show them (the police's and VT's). */
function lijnen(
  rij: ZorgmeldingEntity,
  nu: Date,
): Plat<ZorgmeldingSamenvatting> & { inbox: Plat<InboxItem> } {
  const open = OPEN_BEOORDELING.includes(rij.status);
  return {
    id: rij.id,
    kenmerk: rij.kenmerk,
    status: rij.status,
    soort: rij.soort,
    aangemaaktOp: rij.aangemaaktOp.toISOString(),
    ingediendOp: rij.ingediendOp?.toISOString() ?? null,
    vtOrganisatie: rij.vtOrganisatie,
    terugkoppelingStatus: rij.terugkoppelingStatus,
    inbox: {
      id: rij.id,
      kenmerk: rij.kenmerk,
      status: rij.status,
      soort: rij.soort,
      gemeentecode: rij.gemeentecode,
      ontvangenOp: rij.ontvangenOp?.toISOString() ?? null,
      termijnUiterlijk: rij.termijnUiterlijk,
      termijnStatus: open && rij.termijnUiterlijk ? termijnStatus(rij.termijnUiterlijk, nu) : null,
      toegewezenAan: rij.toegewezenAan,
      uitkomst: rij.uitkomst,
      onderzoekUiterlijk: rij.onderzoekUiterlijk,
      onderzoekTermijnStatus:
        rij.status === 'onderzoek' && rij.onderzoekUiterlijk
          ? termijnStatus(rij.onderzoekUiterlijk, nu)
          : null,
      terugkoppelingStatus: rij.terugkoppelingStatus,
    },
  };
}
