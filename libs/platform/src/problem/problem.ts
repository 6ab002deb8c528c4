import { HttpException } from '@nestjs/common';

/** RFC 9457 problem details, the only error body Schakel sends. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem type URI for a stable code (`urn:schakel:probleem:<code>`). */
export const problemType = (code: string): string => `urn:schakel:probleem:${code}`;

/**
 * A domain error with a stable code; its title and detail are shown to the client, so they
 * must never contain personal data.
 */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
  ) {
    super({ code, title, detail }, status);
    this.name = 'ProblemException';
  }
}

/** Invalid input (400), naming the failing fields and constraints, never their values. */
export class InvalidInputException extends ProblemException {
  constructor(readonly fields: { field: string; constraints: string[] }[]) {
    const list = fields.map((f) => `${f.field} (${f.constraints.join(', ')})`).join('; ');
    super(400, 'ongeldige-invoer', 'Ongeldige invoer', `De invoer is ongeldig voor: ${list}.`);
  }
}

/** Default Dutch titles and details per status, for errors without their own. */
export const STATUS_PROBLEMS: Record<number, { code: string; title: string; detail: string }> = {
  400: { code: 'ongeldig-verzoek', title: 'Ongeldig verzoek', detail: 'Het verzoek is ongeldig.' },
  401: {
    code: 'niet-aangemeld',
    title: 'Niet aangemeld',
    detail: 'Meld u aan om deze bron te gebruiken.',
  },
  403: {
    code: 'geen-toegang',
    title: 'Geen toegang',
    detail: 'U heeft geen toegang tot deze bron voor dit doel.',
  },
  404: {
    code: 'niet-gevonden',
    title: 'Niet gevonden',
    detail: 'De opgevraagde bron bestaat niet of is niet voor u zichtbaar.',
  },
  405: {
    code: 'methode-niet-toegestaan',
    title: 'Methode niet toegestaan',
    detail: 'Deze HTTP-methode is niet toegestaan op deze bron.',
  },
  406: {
    code: 'niet-aanvaardbaar',
    title: 'Niet aanvaardbaar',
    detail: 'Deze bron kan alleen JSON leveren.',
  },
  409: {
    code: 'conflict',
    title: 'Conflict',
    detail: 'Het verzoek botst met de huidige toestand.',
  },
  413: {
    code: 'verzoek-te-groot',
    title: 'Verzoek te groot',
    detail: 'De body van het verzoek is groter dan toegestaan.',
  },
  415: {
    code: 'mediatype-niet-ondersteund',
    title: 'Mediatype niet ondersteund',
    detail: 'Stuur de body als application/json (UTF-8).',
  },
  422: {
    code: 'niet-verwerkbaar',
    title: 'Niet verwerkbaar',
    detail: 'Het verzoek is begrepen maar kan niet worden verwerkt.',
  },
  429: {
    code: 'te-veel-verzoeken',
    title: 'Te veel verzoeken',
    detail: 'Er zijn te veel verzoeken gedaan; probeer het later opnieuw.',
  },
  500: {
    code: 'interne-fout',
    title: 'Interne fout',
    detail: 'Er ging iets mis aan onze kant. Vermeld de instance-waarde als u contact opneemt.',
  },
  503: {
    code: 'niet-beschikbaar',
    title: 'Niet beschikbaar',
    detail: 'De dienst is tijdelijk niet beschikbaar; probeer het later opnieuw.',
  },
};

export function defaultProblem(status: number): { code: string; title: string; detail: string } {
  return (
    STATUS_PROBLEMS[status] ??
    (status >= 500
      ? (STATUS_PROBLEMS[500] as { code: string; title: string; detail: string })
      : {
          code: `http-${String(status)}`,
          title: 'Fout in het verzoek',
          detail: 'Het verzoek kon niet worden verwerkt.',
        })
  );
}

/** 404 for a record that does not exist or that the actor may not see (never 403: no leak). */
export function notFound(
  detail = 'De opgevraagde bron bestaat niet of is niet voor u zichtbaar.',
): ProblemException {
  return new ProblemException(404, 'niet-gevonden', 'Niet gevonden', detail);
}
