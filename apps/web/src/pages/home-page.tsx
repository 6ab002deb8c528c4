import {
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { getMijnWerk, type Gebruiker, type MijnWerk, type Werkonderdeel } from '../api.js';
import { PARTNER_ROLLEN } from '../casus.js';
import { Mislukt } from '../forms.js';
import { AppLink } from '../layout.js';
import { rolTekst } from '../texts.js';
import { useApi } from '../use-api.js';

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
  ['/fg/register', 'Voorstellen voor het verwerkingsregister goedkeuren of afwijzen'],
];

function tijd(iso: string | undefined | null, metDatum = false): string | undefined {
  if (!iso) return undefined;
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return undefined;
  return metDatum
    ? moment.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' })
    : moment.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
}

const stapelId = (o: Werkonderdeel) => `stapel-${o.soort}`;

/** One pile: its title with the count, the first items as links, the way to the whole list. */
function Stapel({ onderdeel: o }: { onderdeel: Werkonderdeel }) {
  const id = stapelId(o);
  return (
    <section aria-labelledby={`${id}-kop`} className="schakel-stapel" id={id}>
      <Heading3 id={`${id}-kop`}>
        {o.titel} <span className="schakel-aantal">{o.aantal}</span>
      </Heading3>
      {o.aantal === 0 ? (
        <Paragraph>Niets dat op u wacht.</Paragraph>
      ) : (
        <UnorderedList>
          {o.items.map((item) => (
            <UnorderedListItem key={item.id}>
              <AppLink to={item.link}>{item.titel}</AppLink>
              {item.toelichting && <span className="schakel-toelichting">{item.toelichting}</span>}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {o.lijst && o.aantal > o.items.length && (
        <Paragraph>
          <AppLink to={o.lijst}>Alle {o.aantal} bekijken</AppLink>
        </Paragraph>
      )}
    </section>
  );
}

/** The counts at a glance, each a link to its pile below; then the piles. */
function Werk({ werk }: { werk: MijnWerk }) {
  const { onderdelen, integriteit } = werk;
  return (
    <>
      {integriteit && (
        <section aria-labelledby="integriteit-kop" className="schakel-stapel">
          <Heading3 id="integriteit-kop">Integriteit van het auditspoor</Heading3>
          <Paragraph>
            <strong>{integriteit.inOrde ? 'In orde' : 'Niet in orde'}</strong>
            {'. '}
            {integriteit.toelichting.replace(/^(Niet in orde|In orde): /, '')}
          </Paragraph>
          <Paragraph>
            {integriteit.laatsteControle
              ? `Laatste controle: ${tijd(integriteit.laatsteControle, true) ?? ''}.`
              : 'Nog geen controle uitgevoerd.'}{' '}
            <AppLink to="/fg/integriteit">Meer over de integriteit</AppLink>
          </Paragraph>
        </section>
      )}
      {onderdelen.length > 0 && (
        <>
          <nav aria-label="Mijn werk in aantallen">
            <UnorderedList className="schakel-tellers">
              {onderdelen.map((o) => (
                <UnorderedListItem key={o.soort}>
                  <a href={`#${stapelId(o)}`}>
                    <span className="schakel-aantal">{o.aantal}</span> {o.titel}
                  </a>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </nav>
          {onderdelen.map((o) => (
            <Stapel key={o.soort} onderdeel={o} />
          ))}
        </>
      )}
      {onderdelen.length === 0 && !integriteit && (
        <Paragraph>Voor uw rol wacht hier geen werk; gebruik het menu hierboven.</Paragraph>
      )}
    </>
  );
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

/** Links to the role's screens (the same as the main menu, with a word of explanation). */
function Schermen({ gebruiker }: { gebruiker: Gebruiker }) {
  const rollen = gebruiker.rollen;
  const links: [string, string][] = [];
  if (rollen.includes('politie-medewerker')) {
    links.push(['/politie/zorgmeldingen/nieuw', 'Nieuwe zorgmelding opstellen']);
    links.push(['/politie/zorgmeldingen', 'Mijn zorgmeldingen']);
  }
  if (rollen.some((r) => r === 'vt-medewerker' || r === 'vt-coordinator')) {
    links.push(['/vt/inbox', 'Inbox zorgmeldingen']);
  }
  if (rollen.includes('vt-coordinator')) {
    links.push([
      '/vt/coordinatie',
      'Coördinatie: routeringsuitzonderingen en onbestelbare bezorgingen',
    ]);
    links.push(['/vt/cijfers', 'Termijnen en uitkomsten van uw Veilig Thuis']);
    links.push([
      '/vt/vernietigingsverzoeken',
      'Verzoeken tot vernietiging: vastleggen, besluiten, verklaringen',
    ]);
  }
  if (rollen.includes('regionaal-analist')) {
    links.push(['/analist/cijfers', 'Cijfers voor het gezamenlijk veiligheidsbeeld']);
  }
  if (rollen.includes('wijkteam-medewerker')) {
    links.push(['/wijkteam/casussen/nieuw', 'Nieuwe casus registreren']);
    links.push(['/wijkteam/casussen', 'Mijn casussen']);
  }
  if (rollen.includes('zvh-procesregisseur')) {
    links.push(['/zvh/triage', 'Triage van opgeschaalde casussen']);
    links.push(['/zvh/casussen', 'Casussen in regie']);
    links.push(['/zvh/personen', 'Tijdlijn van een persoon (zoeken op BSN)']);
  }
  if (rollen.some((r) => PARTNER_ROLLEN.includes(r))) {
    links.push(['/partner/casussen', 'Casussen waaraan u deelneemt']);
    links.push(['/partner/personen', 'Tijdlijn van een persoon (zoeken op BSN)']);
  }
  if (rollen.includes('fg')) links.push(...FG_SCHERMEN);
  else {
    // Beside the FG (ADR 0035): the rights desk, the record manager's lists.
    const eigen = (pad: string) => FG_SCHERMEN.filter(([to]) => to === pad);
    if (rollen.includes('privacy-officer')) {
      links.push(...eigen('/fg/verzoeken'), ...eigen('/verwerkingsregister/export'));
    }
    if (rollen.includes('informatiebeheerder')) links.push(...eigen('/fg/bewaring'));
  }
  if (rollen.includes('beheerder')) {
    links.push(['/beheer', 'Organisaties, gebruikers en de gezondheid van Schakel']);
    links.push([
      '/beheer/register',
      'Het verwerkingsregister bijhouden: activiteiten voorstellen en wijzigen',
    ]);
  }
  links.push(['/verwerkingsactiviteiten', 'Verwerkingsactiviteiten (het verwerkingsregister)']);
  return (
    <UnorderedList>
      {links.map(([to, tekst]) => (
        <UnorderedListItem key={to}>
          <AppLink to={to}>{tekst}</AppLink>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** For a logged-in user: what waits for them ("mijn werk"), then what they can do here. */
export function HomePage({ gebruiker }: { gebruiker: Gebruiker }) {
  const naam = gebruiker.naam ?? gebruiker.id;
  const rollen = gebruiker.rollen.map((rol) => rolTekst(rol).naam);
  const verloopt = tijd(gebruiker.sessieVerlooptOm);
  const werk = useApi(getMijnWerk, 'mijn-werk');

  return (
    <>
      <title>Mijn werk – Schakel</title>
      <Heading1>Welkom, {naam}</Heading1>
      <Paragraph>
        {rollen.join(', ')}, {gebruiker.organisatie.naam}.
        {verloopt && ` Uw sessie verloopt om ${verloopt} uur.`}
      </Paragraph>

      <Heading2>Mijn werk</Heading2>
      <div aria-live="polite" aria-busy={werk.status === 'laden'}>
        {werk.status === 'laden' && <Paragraph>Uw werk wordt opgehaald…</Paragraph>}
        {(werk.status === 'mislukt' || werk.status === 'geen-toegang') && (
          <Mislukt
            tekst="Uw werk kan nu niet worden opgehaald. Probeer het later opnieuw."
            detail={werk.detail}
          />
        )}
      </div>
      {werk.status === 'klaar' && <Werk werk={werk.data} />}

      <Heading2>Wat u hier kunt doen</Heading2>
      {gebruiker.rollen.map((rol) => (
        <Taken key={rol} rol={rol} metKop={gebruiker.rollen.length > 1} />
      ))}
      <Schermen gebruiker={gebruiker} />
      <Paragraph>
        Elke handeling in Schakel dient een verwerkingsactiviteit uit het verwerkingsregister: een
        vastgelegd doel met een wettelijke grondslag.
      </Paragraph>
    </>
  );
}
