import { refuse } from '@schakel/authz';
import { verwerkingBeperkt } from '@schakel/personen';
import { notFound, ProblemException } from '@schakel/platform';

/**
 * The refusals of the casussen steps: each a named function with a stable code (the problem
 * type and the audit record's reason), a Dutch title and detail, and no personal data.
 * Organisation codes and category names may appear; persons never do.
 */

const onverwerkbaar = (code: string, titel: string, detail: string): never =>
  refuse(code, new ProblemException(422, code, titel, detail));

/** 404: the casus, person or exchange does not exist for this actor. */
export function nietGevonden(reden = 'niet-zichtbaar'): never {
  return refuse(reden, notFound());
}

/** 409: the step does not fit the casus's status. */
export function ongeldigeOvergang(): never {
  return refuse(
    'ongeldige-statusovergang',
    new ProblemException(
      409,
      'ongeldige-statusovergang',
      'Stap niet mogelijk',
      'Deze stap past niet bij de huidige status van de casus.',
    ),
  );
}

export function criteriaNietVoldaan(): never {
  return onverwerkbaar(
    'criteria-niet-voldaan',
    'Criteria niet voldaan',
    'Opschalen naar het Zorg- en Veiligheidshuis kan als er problemen op meerdere ' +
      'leefdomeinen zijn die leiden tot criminaliteit of overlast, en samenwerking ' +
      'tussen ketens nodig is, en er impact is op het gezin of de omgeving; of als er ' +
      'ernstige lokale veiligheidsproblemen zijn.',
  );
}

export function onbekendeProcesregisseur(): never {
  return onverwerkbaar(
    'onbekende-procesregisseur',
    'Onbekende procesregisseur',
    'De genoemde procesregisseur is geen (aangemelde) procesregisseur van uw ' +
      'Zorg- en Veiligheidshuis.',
  );
}

export function onbekendeOrganisatie(): never {
  return onverwerkbaar(
    'onbekende-organisatie',
    'Onbekende organisatie',
    'Deze organisatie neemt niet deel aan Schakel.',
  );
}

export function alDeelnemer(): never {
  return refuse(
    'al-deelnemer',
    new ProblemException(
      409,
      'al-deelnemer',
      'Al deelnemer',
      'Deze organisatie neemt al deel; wijzig haar scope.',
    ),
  );
}

/** 404: the named organisation takes no (active) part in the casus. */
export function geenDeelnemer(): never {
  return refuse(
    'geen-deelnemer',
    new ProblemException(
      404,
      'geen-deelnemer',
      'Geen deelnemer',
      'Deze organisatie neemt niet deel aan deze casus.',
    ),
  );
}

export function regieBlijft(): never {
  return refuse(
    'regie-blijft',
    new ProblemException(
      409,
      'regie-blijft',
      'Regie blijft',
      'Het Zorg- en Veiligheidshuis voert de regie en blijft deelnemer tot de casus is afgesloten.',
    ),
  );
}

export function verstrekkerNietToegestaan(): never {
  return onverwerkbaar(
    'verstrekker',
    'Verstrekker niet toegestaan',
    'U kunt alleen uitwisselingen van uw eigen organisatie vastleggen.',
  );
}

/** 422: the provider of an exchange does not take part (names the organisation). */
export function verstrekkerGeenDeelnemer(van: string): never {
  return onverwerkbaar(
    'geen-deelnemer',
    'Geen deelnemer',
    `De verstrekker ${van} neemt niet deel aan deze casus.`,
  );
}

/** 422: recipients outside their scope; each line names an organisation and categories. */
export function buitenScope(regels: string[]): never {
  return onverwerkbaar('buiten-scope', 'Uitwisseling buiten de scope', regels.join(' '));
}

export function onbekendeBetrokkene(): never {
  return onverwerkbaar(
    'onbekende-betrokkene',
    'Onbekende betrokkene',
    'Een of meer personen horen niet bij deze casus.',
  );
}

export function doelOnverenigbaar(): never {
  return onverwerkbaar(
    'doel-onverenigbaar',
    'Doel past niet',
    'De verwerkingsactiviteit bestaat niet of is niet verenigbaar met het doel van deze casus (zie het verwerkingsregister).',
  );
}

export function alOntvangen(): never {
  return refuse(
    'al-ontvangen',
    new ProblemException(
      409,
      'al-ontvangen',
      'Al bevestigd',
      'Uw organisatie heeft de ontvangst van deze uitwisseling al bevestigd.',
    ),
  );
}

export function informerenNietHerbeoordeeld(open: number, onbekend: number): never {
  return onverwerkbaar(
    'informeren-niet-herbeoordeeld',
    'Informeren niet herbeoordeeld',
    `Bij afsluiten moet voor elke persoon die niet (of nog niet) is geïnformeerd opnieuw worden besloten (${String(open)} open${onbekend > 0 ? `; ${String(onbekend)} persoon/personen horen niet bij deze casus` : ''}).`,
  );
}

/** 422: a person of the exchange has a restriction or objection flag (ADR 0028). */
export function verwerkingBeperktFout(): never {
  return refuse('verwerking-beperkt', verwerkingBeperkt());
}
