import { refuse } from '@schakel/authz';
import { notFound, ProblemException } from '@schakel/platform';

/**
 * The refusals of retention: each a stable code (problem type and audit reason), a Dutch
 * title and detail, and no personal data.
 */

/** 404: the list, hold or record does not exist for this actor. */
export function nietGevonden(reden = 'niet-zichtbaar'): never {
  return refuse(reden, notFound());
}

/** 409: the approver cannot confirm their own approval. */
export function zelfdePersoon(): never {
  return refuse(
    'zelfde-persoon',
    new ProblemException(
      409,
      'zelfde-persoon',
      'Tweede persoon nodig',
      'Een vernietigingslijst wordt bevestigd door een tweede, andere persoon dan degene die hem goedkeurde.',
    ),
  );
}

/** 409: the step does not fit the list's status. */
export function verkeerdeStatus(): never {
  return refuse(
    'ongeldige-statusovergang',
    new ProblemException(
      409,
      'ongeldige-statusovergang',
      'Stap niet mogelijk',
      'Deze stap past niet bij de huidige status van de vernietigingslijst.',
    ),
  );
}

/** 409: the list has nothing on it to destroy. */
export function legeLijst(): never {
  return refuse(
    'lege-lijst',
    new ProblemException(409, 'lege-lijst', 'Lege lijst', 'Op deze lijst staat niets meer.'),
  );
}

/** 409: a legal hold stands on the record. */
export function bewaarplicht(): never {
  return refuse(
    'bewaarplicht',
    new ProblemException(
      409,
      'bewaarplicht',
      'Bewaarplicht',
      'Op dit dossier rust een bewaarplicht: het wordt niet vernietigd zolang die niet is opgeheven.',
    ),
  );
}

/** 422: an extension needs its last day, a hold must not have one. */
export function ongeldigeBlokkade(): never {
  return refuse(
    'ongeldige-blokkade',
    new ProblemException(
      422,
      'ongeldige-blokkade',
      'Ongeldige blokkade',
      'Een verlenging heeft een einddatum in de toekomst; een bewaarplicht geldt tot ze wordt opgeheven en heeft er geen.',
    ),
  );
}

/** 409: no certificate before the list was destroyed. */
export function nogNietVernietigd(): never {
  return refuse(
    'nog-niet-vernietigd',
    new ProblemException(
      409,
      'nog-niet-vernietigd',
      'Nog niet vernietigd',
      'Een verklaring van vernietiging is er pas als de lijst is vernietigd.',
    ),
  );
}
