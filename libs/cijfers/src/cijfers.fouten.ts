import { ProblemException } from '@schakel/platform';

/** The periods asked for do not fit (order, length, half years that do not align). */
export const ongeldigTijdvak = (): ProblemException =>
  new ProblemException(
    400,
    'ongeldig-tijdvak',
    'Ongeldig tijdvak',
    'van en tot zijn kwartalen (JJJJ-K1 … JJJJ-K4), van niet na tot, hoogstens 12 kwartalen; per halfjaar begint van in het 1e of 3e kwartaal en eindigt tot in het 2e of 4e.',
  );

/** A municipality outside the unit. */
export const onbekendeGemeente = (): ProblemException =>
  new ProblemException(
    400,
    'onbekende-gemeente',
    'Onbekende gemeente',
    'Kies gemeenten van de eenheid (CBS-code, zoals GM0599).',
  );

/** A theme Schakel does not know. */
export const onbekendThema = (): ProblemException =>
  new ProblemException(400, 'onbekend-thema', 'Onbekend thema', 'Kies een thema van de casussen.');
