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
    // The user directory is read under platformbeheer only.
    ['platformbeheer', 'beheerder', true],
    // The participant rules hold for the participant roles only: never the FG or the ZVH.
    ['ketenpartner-deelname', 'fg', false],
    ['ketenpartner-deelname', 'zvh-procesregisseur', false],
    ['ketenpartner-deelname', 'ketenpartner', true],
    // Break the glass exists only under the activity of its own domain.
    ['een-nieuwe-activiteit', 'vt-medewerker', false],
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
    // The theme activities name every casus role, but no request is bound to them: exchanges
    // are registered under them (in the body), so the code gives no role rules there.
    const themas = [
      'casus-huiselijk-geweld',
      'casus-jeugd',
      'casus-radicalisering',
      'casus-verward-gedrag',
      'casus-overlast-criminaliteit',
    ];
    expect(zonder).toEqual([
      ...themas.flatMap((t) => [
        `${t} zvh-procesregisseur`,
        `${t} ketenpartner`,
        `${t} wijkteam-medewerker`,
        `${t} vt-medewerker`,
        `${t} vt-coordinator`,
        `${t} politie-medewerker`,
      ]),
    ]);
  });
});
