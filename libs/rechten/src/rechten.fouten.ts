import { refuse } from '@schakel/authz';
import { ProblemException } from '@schakel/platform';

/**
 * The refusals of the rights desk: a stable code, a Dutch title and detail, never personal
 * data (no BSN, no name).
 */
const onverwerkbaar = (code: string, titel: string, detail: string): never =>
  refuse(code, new ProblemException(422, code, titel, detail));

export function alAfgerond(): never {
  return refuse(
    'verzoek-afgerond',
    new ProblemException(
      409,
      'verzoek-afgerond',
      'Verzoek al afgerond',
      'Dit verzoek is al afgehandeld of afgewezen.',
    ),
  );
}

export function alVerlengd(): never {
  return refuse(
    'al-verlengd',
    new ProblemException(
      409,
      'al-verlengd',
      'Termijn al verlengd',
      'De termijn van dit verzoek is al eens verlengd; verlengen kan één keer (AVG art. 12 lid 3).',
    ),
  );
}

export function termijnVerstreken(): never {
  return onverwerkbaar(
    'termijn-verstreken',
    'Termijn verstreken',
    'Verlengen moet binnen de eerste maand na ontvangst worden besloten en aan de betrokkene gemeld.',
  );
}

export function verkeerdeSoort(verwacht: string): never {
  return onverwerkbaar(
    'verkeerde-soort-verzoek',
    'Verkeerde soort verzoek',
    `Deze stap hoort bij een verzoek om ${verwacht}.`,
  );
}

export function persoonOnbekend(): never {
  return onverwerkbaar(
    'persoon-onbekend',
    'Persoon niet bekend',
    'Over deze betrokkene zijn in Schakel geen gegevens vastgelegd; er valt niets te rectificeren of te beperken.',
  );
}

export function geenWijziging(): never {
  return onverwerkbaar(
    'geen-wijziging',
    'Geen wijziging',
    'Geef ten minste één gegeven op dat moet worden gerectificeerd.',
  );
}

export function onbekendeActiviteit(): never {
  return onverwerkbaar(
    'onbekende-verwerkingsactiviteit',
    'Onbekende verwerkingsactiviteit',
    'Een toegestane verwerkingsactiviteit staat niet in het verwerkingsregister.',
  );
}

export function datumInToekomst(): never {
  return onverwerkbaar(
    'ontvangst-in-toekomst',
    'Datum van ontvangst in de toekomst',
    'De datum van ontvangst van een verzoek ligt niet na vandaag.',
  );
}

export function alBevestigd(): never {
  return refuse(
    'al-bevestigd',
    new ProblemException(
      409,
      'al-bevestigd',
      'Al bevestigd',
      'Deze rectificatie is al bevestigd door uw organisatie.',
    ),
  );
}

export function wissingAlVoorbereid(): never {
  return refuse(
    'wissing-al-voorbereid',
    new ProblemException(
      409,
      'wissing-al-voorbereid',
      'Wissing al voorbereid',
      'Voor dit verzoek is de wissing al voorbereid; zie de vernietigingslijst.',
    ),
  );
}
