import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Gebruiker } from '../api.js';
import { PARTNER_ROLLEN } from '../casus.js';
import { AppLink } from '../layout.js';
import { organisatieTypeTekst, rolTekst } from '../texts.js';

/** The FG's screens, linked from the home page and the main menu. */
export const FG_SCHERMEN: [to: string, tekst: string][] = [
  ['/fg/auditspoor', 'Auditspoor doorzoeken'],
  ['/fg/doorbraken', 'Doorbraken beoordelen'],
  ['/fg/integriteit', 'Integriteit van het auditspoor'],
  ['/fg/grafieken', 'Grafieken: toegang en weigeringen'],
  ['/fg/uitwisselingen', 'Uitwisselingsregister: stromen tussen organisaties'],
  ['/fg/verzoeken', 'Inzageverzoeken en andere verzoeken van betrokkenen beantwoorden'],
  ['/verwerkingsregister/export', 'Verwerkingsregister exporteren (AVG art. 30)'],
  ['/fg/bewaring', 'Bewaren en vernietigen: vernietigingslijsten, bewaarplichten, verklaringen'],
];

function tijd(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return undefined;
  return moment.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
}

function Taken({ rol, metKop }: { rol: string; metKop: boolean }) {
  const { naam, taken, opmerking } = rolTekst(rol);
  if (taken.length === 0 && !opmerking) return null;
  return (
    <div>
      {metKop && <Heading3>{naam}</Heading3>}
      {taken.length > 0 && (
        <UnorderedList>
          {taken.map((taak) => (
            <UnorderedListItem key={taak}>{taak}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {opmerking && <Paragraph>{opmerking}</Paragraph>}
    </div>
  );
}

/** For a logged-in user: who they are here and what they can do. */
export function HomePage({ gebruiker }: { gebruiker: Gebruiker }) {
  const naam = gebruiker.naam ?? gebruiker.id;
  const rollen = gebruiker.rollen.map((rol) => rolTekst(rol).naam);
  const verloopt = tijd(gebruiker.sessieVerlooptOm);

  return (
    <>
      <title>Startpagina – Schakel</title>
      <Heading1>Welkom, {naam}</Heading1>
      <DataList appearance="rows">
        <DataListItem>
          <DataListKey>Organisatie</DataListKey>
          <DataListValue>{gebruiker.organisatie.naam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Soort organisatie</DataListKey>
          <DataListValue>{organisatieTypeTekst(gebruiker.organisatie.type)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{rollen.length === 1 ? 'Rol' : 'Rollen'}</DataListKey>
          <DataListValue>{rollen.join(', ')}</DataListValue>
        </DataListItem>
      </DataList>
      {verloopt && <Paragraph>Uw sessie verloopt om {verloopt} uur.</Paragraph>}

      <Heading2>Wat u hier kunt doen</Heading2>
      {gebruiker.rollen.map((rol) => (
        <Taken key={rol} rol={rol} metKop={gebruiker.rollen.length > 1} />
      ))}

      {gebruiker.rollen.includes('politie-medewerker') && (
        <>
          <Heading2>Zorgmeldingen</Heading2>
          <UnorderedList>
            <UnorderedListItem>
              <AppLink to="/politie/zorgmeldingen/nieuw">Nieuwe zorgmelding opstellen</AppLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <AppLink to="/politie/zorgmeldingen">Mijn zorgmeldingen</AppLink>
            </UnorderedListItem>
          </UnorderedList>
        </>
      )}
      {gebruiker.rollen.some((r) => r === 'vt-medewerker' || r === 'vt-coordinator') && (
        <>
          <Heading2>Zorgmeldingen van de politie</Heading2>
          <UnorderedList>
            <UnorderedListItem>
              <AppLink to="/vt/inbox">Inbox zorgmeldingen</AppLink>
            </UnorderedListItem>
            {gebruiker.rollen.includes('vt-coordinator') && (
              <UnorderedListItem>
                <AppLink to="/vt/coordinatie">
                  Coördinatie: routeringsuitzonderingen en onbestelbare bezorgingen
                </AppLink>
              </UnorderedListItem>
            )}
            {gebruiker.rollen.includes('vt-coordinator') && (
              <UnorderedListItem>
                <AppLink to="/vt/cijfers">Termijnen en uitkomsten van uw Veilig Thuis</AppLink>
              </UnorderedListItem>
            )}
          </UnorderedList>
        </>
      )}

      {gebruiker.rollen.includes('wijkteam-medewerker') && (
        <>
          <Heading2>Casussen</Heading2>
          <UnorderedList>
            <UnorderedListItem>
              <AppLink to="/wijkteam/casussen/nieuw">Nieuwe casus registreren</AppLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <AppLink to="/wijkteam/casussen">Mijn casussen</AppLink>
            </UnorderedListItem>
          </UnorderedList>
        </>
      )}
      {gebruiker.rollen.includes('zvh-procesregisseur') && (
        <>
          <Heading2>Casusregie</Heading2>
          <UnorderedList>
            <UnorderedListItem>
              <AppLink to="/zvh/triage">Triage van opgeschaalde casussen</AppLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <AppLink to="/zvh/casussen">Casussen in regie</AppLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <AppLink to="/zvh/personen">Tijdlijn van een persoon (zoeken op BSN)</AppLink>
            </UnorderedListItem>
          </UnorderedList>
        </>
      )}
      {gebruiker.rollen.some((r) => PARTNER_ROLLEN.includes(r)) && (
        <>
          <Heading2>Deelname aan casussen</Heading2>
          <UnorderedList>
            <UnorderedListItem>
              <AppLink to="/partner/casussen">Casussen waaraan u deelneemt</AppLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <AppLink to="/partner/personen">Tijdlijn van een persoon (zoeken op BSN)</AppLink>
            </UnorderedListItem>
          </UnorderedList>
        </>
      )}

      {gebruiker.rollen.includes('regionaal-analist') && (
        <>
          <Heading2>Cijfers</Heading2>
          <Paragraph>
            Aantallen voor het gezamenlijk veiligheidsbeeld, per gemeente en over de tijd. U ziet
            nooit personen; kleine aantallen zijn afgeschermd.
          </Paragraph>
          <UnorderedList>
            <UnorderedListItem>
              <AppLink to="/analist/cijfers">Cijfers voor het gezamenlijk veiligheidsbeeld</AppLink>
            </UnorderedListItem>
          </UnorderedList>
        </>
      )}

      {gebruiker.rollen.includes('fg') && (
        <>
          <Heading2>Verantwoording</Heading2>
          <Paragraph>
            Uw werkplek als functionaris gegevensbescherming. U ziet alleen metagegevens, nooit de
            inhoud van dossiers.
          </Paragraph>
          <UnorderedList>
            {FG_SCHERMEN.map(([to, tekst]) => (
              <UnorderedListItem key={to}>
                <AppLink to={to}>{tekst}</AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      <Heading2>Verwerkingsregister</Heading2>
      <Paragraph>
        Elke handeling in Schakel dient een verwerkingsactiviteit uit het verwerkingsregister: een
        vastgelegd doel met een wettelijke grondslag.
      </Paragraph>
      <Paragraph>
        <AppLink to="/verwerkingsactiviteiten">Bekijk de verwerkingsactiviteiten</AppLink>
      </Paragraph>
    </>
  );
}
