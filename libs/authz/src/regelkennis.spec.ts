import { readFileSync } from 'node:fs';
import { regelkennis } from './regelkennis.js';

describe('regelkennis: which roles the code gives rules under which activity', () => {
  const heeftRegels = regelkennis();

  it.each([
    ['zorgmelding-indienen', 'politie-medewerker', true],
    ['zorgmelding-indienen', 'beheerder', false],
    ['zorgmelding-indienen', 'ketenpartner', false],
    ['zorgmelding-ontvangen-beoordelen', 'systeem', true],
    ['casusregie-zvh', 'zvh-procesregisseur', true],
    ['casusregie-zvh', 'ketenpartner', false],
    ['casus-signalering-opschaling', 'wijkteam-medewerker', true],
    ['verantwoording-toezicht', 'fg', true],
    ['verantwoording-toezicht', 'beheerder', false],
    ['platformbeheer', 'beheerder', false],
    // The participant rules name no role: every role gets them under this activity. Only the
    // register (and its four-eyes step) keeps the FG out of it.
    ['ketenpartner-deelname', 'fg', true],
    // Break the glass is defined under every bound activity for the roles that may use it.
    ['een-nieuwe-activiteit', 'vt-medewerker', true],
    ['een-nieuwe-activiteit', 'ketenpartner', false],
    ['een-nieuwe-activiteit', 'onbekende-rol', false],
  ])('%s, %s: %s', (activiteit, rol, verwacht) => {
    expect(heeftRegels(activiteit, rol)).toBe(verwacht);
  });

  it('names the roles of the seed register the code gives no rules (the API refuses such edits)', () => {
    const seed = JSON.parse(
      readFileSync(
        new URL('../../purpose/src/data/verwerkingsregister.json', import.meta.url),
        'utf8',
      ),
    ) as { verwerkingsactiviteiten: { id: string; toegestaneRollen: string[] }[] };
    const zonder = seed.verwerkingsactiviteiten.flatMap((a) =>
      a.toegestaneRollen.filter((r) => !heeftRegels(a.id, r)).map((r) => `${a.id} ${r}`),
    );
    // The theme activities name every casus role, but only break the glass is bound to them.
    const themas = [
      'casus-huiselijk-geweld',
      'casus-jeugd',
      'casus-radicalisering',
      'casus-verward-gedrag',
      'casus-overlast-criminaliteit',
    ];
    expect(zonder).toEqual([
      ...themas.flatMap((t) => [
        `${t} ketenpartner`,
        `${t} wijkteam-medewerker`,
        `${t} politie-medewerker`,
      ]),
      // The beheerder's rules hold without a purpose.
      'platformbeheer beheerder',
    ]);
  });
});
