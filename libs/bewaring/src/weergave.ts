import { Injectable } from '@nestjs/common';
import { subject as asSubject } from '@casl/ability';
import type { AppAbility } from '@schakel/authz';
import type { Actor } from '@schakel/identity';
import { loadOrganisaties } from '@schakel/identity';
import type { EntityManager } from 'typeorm';
import type {
  BewaarBlokkadeEntity,
  VernietigingslijstEntity,
  VernietigingslijstItemEntity,
} from './bewaring.entity.js';
import type { BlokkadeView, LijstItemView, LijstView } from './dto/bewaring.dto.js';

/** Organisation names by code (reference data): screens show names, never codes. */
const NAMEN = new Map(loadOrganisaties().map((o) => [o.code, o.naam]));
export const organisatieNaam = (code: string): string => NAMEN.get(code) ?? code;

/** The rules' view of a list: what their conditions name. */
export const lijstSubject = (l: VernietigingslijstEntity) => ({
  organisatie: l.organisatie,
  status: l.status,
  soort: l.soort,
  bevestigdDoor: l.bevestigdDoor,
});

/** Builds the views of retention; every field is a reference, a date, a term or a name. */
@Injectable()
export class BewaringWeergave {
  /** Names of the activities (current version) by id. */
  async activiteitNamen(m: EntityManager): Promise<Map<string, string>> {
    const rijen = await m.query<{ id: string; naam: string }[]>(
      `SELECT DISTINCT ON (id) id, naam FROM verwerkingsactiviteit
        WHERE status = 'geldig' ORDER BY id, versie DESC`,
    );
    return new Map(rijen.map((r) => [r.id, r.naam]));
  }

  lijst(
    l: VernietigingslijstEntity,
    items: VernietigingslijstItemEntity[],
    ability: AppAbility,
    actor: Actor,
    namen?: Map<string, string>,
  ): LijstView {
    const s = asSubject('Vernietigingslijst', lijstSubject(l)) as never;
    return {
      id: l.id,
      nummer: l.nummer,
      organisatie: l.organisatie,
      organisatieNaam: organisatieNaam(l.organisatie),
      soort: l.soort,
      status: l.status,
      peildatum: l.peildatum,
      voorgesteldOp: l.voorgesteldOp.toISOString(),
      goedgekeurdDoorNaam: l.goedgekeurdDoorNaam,
      goedgekeurdOp: l.goedgekeurdOp?.toISOString() ?? null,
      goedkeuringToelichting: l.goedkeuringToelichting,
      bevestigdDoorNaam: l.bevestigdDoorNaam,
      bevestigdOp: l.bevestigdOp?.toISOString() ?? null,
      bevestigingToelichting: l.bevestigingToelichting,
      vernietigdOp: l.vernietigdOp?.toISOString() ?? null,
      magGoedkeuren: ability.can('goedkeuren', s),
      magBevestigen: ability.can('bevestigen', s) && l.goedgekeurdDoor !== actor.id,
      aantallen: {
        zorgmeldingen: items.filter((i) => i.objectSoort === 'zorgmelding').length,
        casussen: items.filter((i) => i.objectSoort === 'casus').length,
        personen: items
          .filter((i) => i.status !== 'uitgezonderd')
          .reduce((n, i) => n + i.personen, 0),
        vernietigd: items.filter((i) => i.status === 'vernietigd').length,
        uitgezonderd: items.filter((i) => i.status === 'uitgezonderd').length,
      },
      ...(namen ? { items: items.map((i) => this.item(i, namen)) } : {}),
    };
  }

  item(i: VernietigingslijstItemEntity, namen: Map<string, string>): LijstItemView {
    return {
      objectSoort: i.objectSoort,
      objectId: i.objectId,
      referentie: i.referentie,
      activiteitId: i.activiteitId,
      activiteitNaam: namen.get(i.activiteitId) ?? i.activiteitId,
      activiteitVersie: i.activiteitVersie,
      bewaartermijn: i.bewaartermijn,
      bewaartermijnVanaf: i.bewaartermijnVanaf,
      vanaf: i.vanaf,
      bewaarTot: i.bewaarTot,
      status: i.status,
      reden: i.reden,
      personen: i.personen,
    };
  }

  blokkade(b: BewaarBlokkadeEntity, referentie: string, vandaag: string): BlokkadeView {
    return {
      id: b.id,
      soort: b.soort,
      objectSoort: b.objectSoort,
      objectId: b.objectId,
      referentie,
      organisatieNaam: organisatieNaam(b.organisatie),
      reden: b.reden,
      tot: b.tot,
      gezetDoorNaam: b.gezetDoorNaam,
      gezetOp: b.gezetOp.toISOString(),
      opgehevenOp: b.opgehevenOp?.toISOString() ?? null,
      actief: b.opgehevenOp === null && (b.soort === 'bewaarplicht' || (b.tot ?? '') >= vandaag),
    };
  }
}
