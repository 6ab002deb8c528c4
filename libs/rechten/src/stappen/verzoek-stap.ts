import type { RecordStep, StepContext, StepOutcome } from '@schakel/authz';
import { loadOrganisaties } from '@schakel/identity';
import type { EntityManager } from 'typeorm';
import type { RectificatieView, VerzoekView } from '../dto/rechten.dto.js';
import type { RechtenRepository, RectificatieRij, Verzoek } from '../rechten.repository.js';
import { termijn } from '../termijn.js';

export type { StepContext };

/** A step on one request for GuardedStep: load through the repository, decide on its organisation. */
export function verzoekStap<T>(
  repo: RechtenRepository,
  step: {
    actie: string;
    action: 'read' | 'update';
    id: string;
    write: boolean;
    check?(v: Verzoek): void;
    run(m: EntityManager, v: Verzoek): Promise<StepOutcome<T>>;
  },
): RecordStep<Verzoek, T> {
  return {
    ...step,
    type: 'Rechtenverzoek',
    load: (m, id, lock) => repo.laad(m, id, lock),
    subject: (v) => ({ id: v.id, organisatieCode: v.organisatieCode, soort: v.soort }),
    run: (m, v) => step.run(m, v),
  };
}

/** Today's date in the Netherlands (the clock counts calendar days there). */
export function vandaag(nu = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(nu);
}

export const afgerond = (v: Verzoek): boolean =>
  v.status === 'afgehandeld' || v.status === 'afgewezen';

/** A request as the FG sees it: metadata and the clock; never a BSN or a name. */
export function verzoekView(v: Verzoek, nu = new Date()): VerzoekView {
  return {
    id: v.id,
    soort: v.soort,
    status: v.status,
    identiteitVastgesteld: v.identiteitVastgesteld,
    identiteitWijze: v.identiteitWijze,
    ontvangenOp: v.ontvangenOp,
    termijn: termijn(
      { ontvangenOp: v.ontvangenOp, verlengdTot: v.verlengdTot, afgerond: afgerond(v) },
      vandaag(nu),
    ),
    verlengdTot: v.verlengdTot,
    verlengingReden: v.verlengingReden,
    antwoord: v.antwoord,
    afgehandeldOp: v.afgehandeldOp?.toISOString() ?? null,
    persoonBekend: v.persoonId !== null,
    geregistreerdOp: v.geregistreerdOp.toISOString(),
  };
}

const ORGANISATIES = new Map(loadOrganisaties().map((o) => [o.code, o.naam]));

/** An organisation's name, for people (names, not codes). */
export const organisatieNaam = (code: string): string => ORGANISATIES.get(code) ?? code;

/** A rectification with its notices, for the rectifying FG: who was told, who acknowledged. */
export function rectificatieView(r: RectificatieRij): RectificatieView {
  return {
    id: r.id,
    velden: r.velden,
    reden: r.reden,
    uitgevoerdOp: r.uitgevoerd_op.toISOString(),
    ontvangers: [...new Set(r.meldingen.map((x) => organisatieNaam(x.ontvanger)))],
    meldingen: r.meldingen.map((x) => ({
      ontvanger: organisatieNaam(x.ontvanger),
      bron: x.bron,
      referentie: x.referentie,
      status: x.status,
      bevestigdOp: x.bevestigdOp ? new Date(x.bevestigdOp).toISOString() : null,
      bevestigdDoorNaam: x.bevestigdDoorNaam,
    })),
  };
}
