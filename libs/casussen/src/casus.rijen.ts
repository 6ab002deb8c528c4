import {
  CasusBetrokkeneEntity,
  CasusDeelnemerEntity,
  type CasusEntity,
  CasusGebeurtenisEntity,
  UitwisselingEntity,
  UitwisselingOntvangstEntity,
} from './casus.entity.js';

export type Json = Record<string, unknown>;

/** An exchange with its recipients' acknowledgements. */
export interface Uitwisselingsdossier {
  uitwisseling: UitwisselingEntity;
  ontvangsten: UitwisselingOntvangstEntity[];
}

/** A casus with everything a step or a view needs of it, loaded in one statement. */
export interface Casusdossier {
  id: string;
  casus: CasusEntity;
  betrokkenen: CasusBetrokkeneEntity[];
  /** Every participation, ended ones included, in order of invitation. */
  deelnemers: CasusDeelnemerEntity[];
  tijdlijn: CasusGebeurtenisEntity[];
  uitwisselingen: Uitwisselingsdossier[];
}

/** A casus row with its children as loaded by one statement (`json_agg` per child table). */
export function dossierUit(
  casus: CasusEntity,
  r: Record<'betrokkenen' | 'deelnemers' | 'tijdlijn' | 'uitwisselingen', Json[]>,
): Casusdossier {
  return {
    id: casus.id,
    casus,
    betrokkenen: r.betrokkenen.map(betrokkeneUit),
    deelnemers: r.deelnemers.map(deelnemerUit),
    tijdlijn: r.tijdlijn.map(gebeurtenisUit),
    uitwisselingen: r.uitwisselingen.map((x) => ({
      uitwisseling: uitwisselingUit(x.u as Json),
      ontvangsten: (x.o as Json[]).map(ontvangstUit),
    })),
  };
}

// JSON rows of json_agg: snake_case columns, bytea as "\x…" hex, times as ISO strings.
const tekst = (v: unknown): string => v as string;
const tijd = (v: unknown): Date => new Date(v as string);
const tijdOfNull = (v: unknown): Date | null => (v === null ? null : new Date(v as string));
const bytes = (v: unknown): Buffer => Buffer.from((v as string).slice(2), 'hex');
const bytesOfNull = (v: unknown): Buffer | null => (v === null ? null : bytes(v));

function betrokkeneUit(j: Json): CasusBetrokkeneEntity {
  return Object.assign(new CasusBetrokkeneEntity(), {
    casusId: tekst(j.casus_id),
    persoonId: tekst(j.persoon_id),
    volgnummer: j.volgnummer as number,
    rol: tekst(j.rol),
    vastgelegd: bytes(j.vastgelegd),
    informerenBesluit: j.informeren_besluit as CasusBetrokkeneEntity['informerenBesluit'],
    geinformeerdOp: j.geinformeerd_op as string | null,
    informerenReden: j.informeren_reden as string | null,
    informerenToelichting: bytesOfNull(j.informeren_toelichting),
    informerenBeslotenOp: tijdOfNull(j.informeren_besloten_op),
    herbeoordeeldOp: tijdOfNull(j.herbeoordeeld_op),
  });
}

function deelnemerUit(j: Json): CasusDeelnemerEntity {
  return Object.assign(new CasusDeelnemerEntity(), {
    id: tekst(j.id),
    casusId: tekst(j.casus_id),
    organisatie: tekst(j.organisatie),
    categorieen: j.categorieen as string[],
    uitgenodigdOp: tijd(j.uitgenodigd_op),
    uitgenodigdDoor: tekst(j.uitgenodigd_door),
    beeindigdOp: tijdOfNull(j.beeindigd_op),
  });
}

function gebeurtenisUit(j: Json): CasusGebeurtenisEntity {
  return Object.assign(new CasusGebeurtenisEntity(), {
    id: String(j.id),
    casusId: tekst(j.casus_id),
    tijd: tijd(j.tijd),
    stap: tekst(j.stap),
    actorId: tekst(j.actor_id),
    organisatieCode: tekst(j.organisatie_code),
  });
}

function uitwisselingUit(j: Json): UitwisselingEntity {
  return Object.assign(new UitwisselingEntity(), {
    id: tekst(j.id),
    casusId: tekst(j.casus_id),
    vanOrganisatie: tekst(j.van_organisatie),
    geregistreerdDoor: tekst(j.geregistreerd_door),
    geregistreerdDoorOrganisatie: tekst(j.geregistreerd_door_organisatie),
    ontvangers: j.ontvangers as string[],
    betrokkenen: j.betrokkenen as string[],
    categorieen: j.categorieen as string[],
    bijzonder: j.bijzonder as boolean,
    strafrechtelijk: j.strafrechtelijk as boolean,
    activiteitId: tekst(j.activiteit_id),
    activiteitVersie: j.activiteit_versie as number,
    grondslag: tekst(j.grondslag),
    proportionaliteit: bytes(j.proportionaliteit),
    subsidiariteit: bytes(j.subsidiariteit),
    inhoud: bytes(j.inhoud),
    geregistreerdOp: tijd(j.geregistreerd_op),
  });
}

export function ontvangstUit(j: Json): UitwisselingOntvangstEntity {
  return Object.assign(new UitwisselingOntvangstEntity(), {
    uitwisselingId: tekst(j.uitwisseling_id),
    organisatie: tekst(j.organisatie),
    ontvangenOp: tijdOfNull(j.ontvangen_op),
    ontvangenDoor: j.ontvangen_door as string | null,
  });
}
