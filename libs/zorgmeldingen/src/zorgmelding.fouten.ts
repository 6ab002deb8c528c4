import { InvalidInputException, ProblemException } from '@schakel/platform';

/**
 * The refusals of the zorgmelding steps: each a stable code and a Dutch text that names no
 * person and echoes no input. Steps refuse with these (`refuse(reden, fout)`), so the audit
 * trail and the client see the same code.
 */

/** 409: the step does not fit the report's status (lifecycle, `levenscyclus.ts`). */
export function ongeldigeOvergang(): ProblemException {
  return new ProblemException(
    409,
    'ongeldige-statusovergang',
    'Stap niet mogelijk',
    'Deze stap past niet bij de huidige status van de zorgmelding.',
  );
}

/** 422: the Idempotency-Key was used for another body or another report. */
export function sleutelHergebruikt(): ProblemException {
  return new ProblemException(
    422,
    'idempotentie-sleutel-hergebruikt',
    'Idempotency-Key hergebruikt',
    'Deze Idempotency-Key is al gebruikt voor een andere inhoud of een andere zorgmelding.',
  );
}

/** 409: the report was submitted before, under another Idempotency-Key. */
export function alIngediend(): ProblemException {
  return new ProblemException(
    409,
    'al-ingediend',
    'Al ingediend',
    'Deze zorgmelding is al ingediend (met een andere Idempotency-Key).',
  );
}

/** 409: feedback was given before. */
export function alTeruggekoppeld(): ProblemException {
  return new ProblemException(
    409,
    'al-teruggekoppeld',
    'Al teruggekoppeld',
    'Over deze zorgmelding is de melder al geïnformeerd.',
  );
}

/** 422: the assignee is not a VT colleague (vt-medewerker or vt-coordinator) of the same VT. */
export function geenCollega(): ProblemException {
  return new ProblemException(
    422,
    'geen-vt-collega',
    'Geen collega van dit Veilig Thuis',
    'Wijs de melding toe aan een medewerker of coördinator van uw eigen Veilig Thuis ' +
      '(zie GET /vt/collegas).',
  );
}

/** 400: the body's status does not fit the route (a concept route, or the submit). */
export function statusMoetZijn(status: 'concept' | 'ingediend'): InvalidInputException {
  return new InvalidInputException([{ field: 'status', constraints: [`moet ${status} zijn`] }]);
}

/** 400: the submit lacks a usable Idempotency-Key. */
export function idempotentieSleutelOngeldig(): InvalidInputException {
  return new InvalidInputException([
    {
      field: 'Idempotency-Key',
      constraints: ['verplicht: 8 tot 128 tekens (letters, cijfers, . _ : -)'],
    },
  ]);
}

/** 400: the assessment's date is in the future or before the report was received. */
export function beoordelingsdatumOngeldig(
  reden: 'toekomst' | 'voor-ontvangst',
): InvalidInputException {
  return new InvalidInputException([
    {
      field: 'datum',
      constraints: [
        reden === 'toekomst' ? 'ligt in de toekomst' : 'ligt voor de ontvangst van de melding',
      ],
    },
  ]);
}

/** 409: the report is assigned to another VT worker; a coordinator may reassign it. */
export function alToegewezen(): ProblemException {
  return new ProblemException(
    409,
    'al-toegewezen',
    'Al toegewezen',
    'Deze melding is al aan een collega toegewezen. Een coördinator kan haar opnieuw toewijzen.',
  );
}
