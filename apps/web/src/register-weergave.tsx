import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Verwerkingsactiviteit } from './api.js';
import { Persoon } from './namen.js';
import {
  categorieTekst,
  rolNaam,
  STATUS_TEKST,
  termijnTekst,
  vanafTekst,
  type Verschil,
} from './register.js';
import { datumTekst, tijdstipTekst } from './texts.js';

/**
 * The difference between the version in force and a proposal, part by part: what is added
 * and removed from lists, or the text now and proposed; a part that widens access says so.
 */
export function Verschillen({ verschillen, kop }: { verschillen: Verschil[]; kop: string }) {
  if (verschillen.length === 0) {
    return <Paragraph>Er verandert niets ten opzichte van de geldende versie.</Paragraph>;
  }
  return (
    <DataList appearance="rows" aria-label={kop} className="schakel-verschillen">
      {verschillen.map((v) => (
        <DataListItem key={v.onderdeel}>
          <DataListKey>
            {v.onderdeel}
            {v.verruimt && <strong className="schakel-verruimt"> verruimt de toegang</strong>}
          </DataListKey>
          <DataListValue>
            {v.erbij.length > 0 || v.eraf.length > 0 ? (
              <UnorderedList>
                {v.erbij.map((x) => (
                  <UnorderedListItem key={`+${x}`}>
                    <ins>Erbij: {x}</ins>
                  </UnorderedListItem>
                ))}
                {v.eraf.map((x) => (
                  <UnorderedListItem key={`-${x}`}>
                    <del>Eraf: {x}</del>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            ) : (
              <>
                <Paragraph>
                  <span className="schakel-verschil-label">Nu: </span>
                  {v.nu || 'niets'}
                </Paragraph>
                <Paragraph>
                  <span className="schakel-verschil-label">Voorgesteld: </span>
                  {v.voorgesteld || 'niets'}
                </Paragraph>
              </>
            )}
          </DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** One version of an activity in words: roles by name, the retention term as "5 jaar". */
export function ActiviteitGegevens({ a }: { a: Verwerkingsactiviteit }) {
  const rijen: [string, ReactNode][] = [
    ['Doel', a.doel],
    ['Verwerkingsverantwoordelijke', a.verwerkingsverantwoordelijke],
    ['Grondslag', a.grondslag],
    ['Toelichting op de grondslag', a.grondslagToelichting],
    ['Rollen die mogen handelen', a.toegestaneRollen.map(rolNaam).join(', ')],
    ['Categorieën van betrokkenen', a.categorieenBetrokkenen.join(', ')],
    ['Categorieën van gegevens', a.categorieenGegevens.map(categorieTekst).join(', ')],
    ['Ontvangers', a.ontvangers.join(', ') || 'geen'],
    ['Bewaartermijn', `${termijnTekst(a.bewaartermijn)} ${vanafTekst(a.bewaartermijnVanaf)}`],
    ['Geldig vanaf', datumTekst(a.geldigVanaf)],
  ];
  return (
    <DataList appearance="rows">
      {rijen.map(([k, v]) => (
        <DataListItem key={k}>
          <DataListKey>{k}</DataListKey>
          <DataListValue>{v}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** Who recorded a version and when, and (when decided) which FG decided what and why. */
export function VersieHerkomst({ v }: { v: Verwerkingsactiviteit }) {
  return (
    <DataList appearance="rows">
      <DataListItem>
        <DataListKey>Stand</DataListKey>
        <DataListValue>{STATUS_TEKST[v.status ?? 'geldig'] ?? v.status}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Vastgelegd door</DataListKey>
        <DataListValue>
          {v.vastgelegdDoor === 'seed' ? (
            'De eerste inrichting van Schakel'
          ) : (
            <Persoon naam={v.vastgelegdDoorNaam} id={v.vastgelegdDoor ?? ''} />
          )}
          {tijdstipTekst(v.vastgelegdOp)}
        </DataListValue>
      </DataListItem>
      {v.beoordeeldDoor && (
        <DataListItem>
          <DataListKey>
            {v.status === 'afgewezen' ? 'Afgewezen door' : 'Goedgekeurd door'}
          </DataListKey>
          <DataListValue>
            <Persoon naam={v.beoordeeldDoorNaam} id={v.beoordeeldDoor} />
            {v.beoordeeldOp ? tijdstipTekst(v.beoordeeldOp) : ''}
            {v.beoordelingToelichting && <Paragraph>{v.beoordelingToelichting}</Paragraph>}
          </DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}
