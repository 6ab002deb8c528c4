import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import {
  ApiError,
  getVerwerkingsactiviteiten,
  type Gebruiker,
  type Verwerkingsactiviteit,
} from '../api.js';
import { Keuzes } from '../casus-weergave.js';
import { beschrijving, Foutoverzicht, Mislukt, useFoutoverzicht, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import {
  EENHEDEN,
  geldendeVersie,
  getVersies,
  inhoudVan,
  REGISTER_ROLLEN,
  rolNaam,
  STATUS_TEKST,
  stelActiviteitVoor,
  termijnIso,
  termijnTekst,
  termijnUit,
  VANAF,
  verschillen,
  wijzigActiviteit,
  type Eenheid,
  type Gegevenscategorie,
  type Inhoud,
  type Rol,
  type Vanaf,
} from '../register.js';
import { ActiviteitGegevens, Verschillen, VersieHerkomst } from '../register-weergave.js';
import { useApi, alsFout } from '../use-api.js';
import { vandaag } from '../datum.js';
import { datumTekst } from '../texts.js';
import { GeenToegang } from './error-page.js';

/** The beheerder's overview: every activity in force, each with its page; a new one. */
export function RegisterBeheerPage() {
  const stand = useApi(getVerwerkingsactiviteiten, 'register-beheer');
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  return (
    <>
      <title>Verwerkingsregister beheren – Schakel</title>
      <Heading1>Verwerkingsregister beheren</Heading1>
      <Paragraph>
        Een wijziging die de toegang verruimt (een rol, betrokkenen, gegevens of ontvangers erbij,
        een andere grondslag of langer bewaren) geldt pas als een functionaris gegevensbescherming
        (FG) haar goedkeurt; niet u zelf. Een beperkende wijziging geldt direct.
      </Paragraph>
      <Paragraph>
        <AppLink to="/beheer/register/nieuw">Nieuwe verwerkingsactiviteit voorstellen</AppLink>
      </Paragraph>
      <Heading2>Geldende verwerkingsactiviteiten</Heading2>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>Het register wordt opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt tekst="Het register kan nu niet worden opgehaald. Probeer het later opnieuw." />
        )}
      </div>
      {stand.status === 'klaar' && (
        <UnorderedList className="schakel-registerlijst">
          {stand.data.map((a) => (
            <UnorderedListItem key={a.id}>
              <AppLink to={`/beheer/register/${a.id}`}>{a.naam}</AppLink>
              <span className="schakel-toelichting">
                {a.toegestaneRollen.map(rolNaam).join(', ')}; bewaren{' '}
                {termijnTekst(a.bewaartermijn)}
              </span>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

/** One activity: the version in force, a pending proposal, and every version with its history. */
export function RegisterActiviteitPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const melding = (location.state as { melding?: string } | null)?.melding;
  const stand = useApi(() => getVersies(id), `versies-${id}`);
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  const versies = stand.status === 'klaar' ? stand.data : [];
  const geldend = geldendeVersie(versies);
  const laatste = versies[versies.length - 1];
  const wacht = versies.find((v) => v.status === 'voorgesteld');
  const naam = geldend?.naam ?? laatste?.naam ?? 'Verwerkingsactiviteit';
  return (
    <>
      <title>{`${naam} – Verwerkingsregister – Schakel`}</title>
      <Heading1>{naam}</Heading1>
      {melding && (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>De versies worden opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt
            tekst="Deze verwerkingsactiviteit kan nu niet worden opgehaald."
            detail={stand.detail}
          />
        )}
      </div>
      {stand.status === 'klaar' && (
        <>
          <Paragraph>
            <AppLink to={`/beheer/register/${id}/wijzigen`}>Wijziging voorstellen</AppLink>
            {' · '}
            <AppLink to="/beheer/register">Terug naar het register</AppLink>
          </Paragraph>
          {wacht && (
            <Alert type="info">
              <Paragraph>
                Versie {wacht.versie} wacht op het besluit van een FG. Een nieuwe wijziging vervangt
                dit voorstel.
              </Paragraph>
            </Alert>
          )}
          <Heading2>Geldende versie</Heading2>
          {geldend ? (
            <ActiviteitGegevens a={geldend} />
          ) : (
            <Paragraph>Er is nog geen geldende versie: de activiteit wacht op een FG.</Paragraph>
          )}
          <Heading2>Alle versies</Heading2>
          {[...versies].reverse().map((v) => (
            <section
              key={v.versie}
              aria-labelledby={`versie-${String(v.versie)}`}
              className="schakel-kaart"
            >
              <h3 className="utrecht-heading-3" id={`versie-${String(v.versie)}`}>
                Versie {v.versie}: {STATUS_TEKST[v.status ?? 'geldig']?.toLowerCase()}
              </h3>
              <VersieHerkomst v={v} />
              {v.versie > 1 && (
                <details>
                  <summary>Wat veranderde in deze versie</summary>
                  <Verschillen
                    kop={`Wat veranderde in versie ${String(v.versie)}`}
                    verschillen={verschillen(
                      inhoudVan(versies.find((o) => o.versie === v.versie - 1) ?? v),
                      inhoudVan(v),
                    )}
                  />
                </details>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}

/** The form's own fields: texts as typed, the term as a number and a unit. */
interface Invoer {
  id: string;
  naam: string;
  verwerkingsverantwoordelijke: string;
  doel: string;
  grondslagKeuze: string;
  grondslagAnders: string;
  grondslagToelichting: string;
  betrokkenen: string[];
  gegevens: Gegevenscategorie[];
  ontvangers: string[];
  termijnAantal: string;
  termijnEenheid: Eenheid;
  vanaf: Vanaf;
  geldigVanaf: string;
  rollen: Rol[];
}

const ANDERS = '__anders';

function invoerUit(a: Verwerkingsactiviteit | null): Invoer {
  const termijn = a ? termijnUit(a.bewaartermijn) : { aantal: '', eenheid: 'Y' as Eenheid };
  return {
    id: '',
    naam: a?.naam ?? '',
    verwerkingsverantwoordelijke: a?.verwerkingsverantwoordelijke ?? '',
    doel: a?.doel ?? '',
    grondslagKeuze: a?.grondslag ?? '',
    grondslagAnders: '',
    grondslagToelichting: a?.grondslagToelichting ?? '',
    betrokkenen: a?.categorieenBetrokkenen ?? [],
    gegevens: a?.categorieenGegevens ?? [],
    ontvangers: a?.ontvangers ?? [],
    termijnAantal: termijn.aantal,
    termijnEenheid: termijn.eenheid,
    vanaf: a?.bewaartermijnVanaf ?? 'afsluiting',
    geldigVanaf: vandaag(),
    rollen: a?.toegestaneRollen ?? [],
  };
}

function inhoud(v: Invoer): Inhoud {
  const aantal = Number(v.termijnAantal);
  return {
    naam: v.naam.trim(),
    verwerkingsverantwoordelijke: v.verwerkingsverantwoordelijke.trim(),
    doel: v.doel.trim(),
    grondslag: (v.grondslagKeuze === ANDERS ? v.grondslagAnders : v.grondslagKeuze).trim(),
    grondslagToelichting: v.grondslagToelichting.trim(),
    categorieenBetrokkenen: v.betrokkenen,
    categorieenGegevens: v.gegevens,
    ontvangers: v.ontvangers,
    bewaartermijn:
      Number.isInteger(aantal) && aantal > 0 ? termijnIso(aantal, v.termijnEenheid) : '',
    bewaartermijnVanaf: v.vanaf,
    geldigVanaf: v.geldigVanaf,
    toegestaneRollen: v.rollen,
  };
}

type Veldnaam =
  | 'id'
  | 'naam'
  | 'verwerkingsverantwoordelijke'
  | 'doel'
  | 'grondslag'
  | 'grondslagToelichting'
  | 'betrokkenen'
  | 'gegevens'
  | 'ontvangers'
  | 'termijn'
  | 'geldigVanaf'
  | 'rollen';

const VELD_ID: Record<Veldnaam, string> = {
  id: 'reg-id',
  naam: 'reg-naam',
  verwerkingsverantwoordelijke: 'reg-verantwoordelijke',
  doel: 'reg-doel',
  grondslag: 'reg-grondslag',
  grondslagToelichting: 'reg-grondslag-toelichting',
  rollen: 'reg-rollen',
  betrokkenen: 'reg-betrokkenen',
  gegevens: 'reg-gegevens',
  ontvangers: 'reg-ontvangers',
  termijn: 'reg-termijn',
  geldigVanaf: 'reg-geldig-vanaf',
};

function controleer(v: Invoer, nieuw: boolean): Partial<Record<Veldnaam, string>> {
  const f: Partial<Record<Veldnaam, string>> = {};
  const i = inhoud(v);
  const lengte = (veld: Veldnaam, waarde: string, min: number, max: number, wat: string) => {
    if (waarde.length < min) f[veld] = `Vul ${wat} in (minstens ${String(min)} tekens).`;
    else if (waarde.length > max) f[veld] = `${wat} mag hoogstens ${String(max)} tekens zijn.`;
  };
  if (nieuw && !/^[a-z][a-z0-9-]{2,63}$/.test(v.id)) {
    f.id = 'Geef een vaste sleutel van 3 tot 64 tekens: kleine letters, cijfers en streepjes.';
  }
  lengte('naam', i.naam, 3, 200, 'de naam');
  lengte(
    'verwerkingsverantwoordelijke',
    i.verwerkingsverantwoordelijke,
    3,
    300,
    'de verantwoordelijke',
  );
  lengte('doel', i.doel, 10, 2000, 'het doel');
  if (!i.grondslag) f.grondslag = 'Kies de grondslag of vul een andere grondslag in.';
  else lengte('grondslag', i.grondslag, 3, 500, 'de grondslag');
  lengte(
    'grondslagToelichting',
    i.grondslagToelichting,
    10,
    4000,
    'de toelichting op de grondslag',
  );
  if (i.toegestaneRollen.length === 0) f.rollen = 'Kies minstens één rol die mag handelen.';
  if (i.categorieenBetrokkenen.length === 0) {
    f.betrokkenen = 'Kies minstens één categorie van betrokkenen.';
  }
  if (i.categorieenGegevens.length === 0) f.gegevens = 'Kies minstens één categorie van gegevens.';
  const aantal = Number(v.termijnAantal);
  if (!/^\d{1,4}$/.test(v.termijnAantal.trim()) || aantal < 1) {
    f.termijn = 'Vul de bewaartermijn in als een heel getal, minstens 1.';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.geldigVanaf)) f.geldigVanaf = 'Vul de datum in.';
  return f;
}

/** "Gezondheidszorg" → "gezondheidszorg": a suggested id from the name (the beheerder may change it). */
const sleutelUit = (naam: string) =>
  naam
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);

/**
 * Checkboxes for the values the register already uses, plus a field to add another one.
 * The options are indexed: their texts may hold spaces, which ids may not.
 */
function KiesOfVoegToe({
  id,
  legenda,
  uitleg,
  bekend,
  gekozen,
  zet,
  fout,
  toevoegLabel,
}: {
  id: string;
  legenda: string;
  uitleg?: string;
  bekend: string[];
  gekozen: string[];
  zet: (waarden: string[]) => void;
  fout?: string;
  toevoegLabel: string;
}) {
  const [extra, setExtra] = useState('');
  const opties = [...new Set([...bekend, ...gekozen])];
  return (
    <>
      <Keuzes
        id={id}
        legenda={legenda}
        uitleg={uitleg}
        opties={opties.map((o, i) => [String(i), o])}
        gekozen={gekozen.map((g) => String(opties.indexOf(g)))}
        zet={(codes) => {
          zet(codes.map((c) => opties[Number(c)] ?? '').filter(Boolean));
        }}
        fout={fout}
      />
      <div className="schakel-toevoegen">
        <Veld id={`${id}-extra`} label={toevoegLabel}>
          <Textbox
            id={`${id}-extra`}
            value={extra}
            maxLength={200}
            onChange={(e) => {
              setExtra(e.target.value);
            }}
          />
        </Veld>
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => {
            const waarde = extra.trim();
            if (waarde.length >= 2 && !gekozen.includes(waarde)) zet([...gekozen, waarde]);
            setExtra('');
          }}
        >
          Toevoegen<span className="schakel-sr-only"> aan {legenda.toLowerCase()}</span>
        </Button>
      </div>
    </>
  );
}

/** Data categories the register knows (with their art. 9/10 flags), plus a new one. */
function Gegevenskeuze({
  bekend,
  gekozen,
  zet,
  fout,
}: {
  bekend: Gegevenscategorie[];
  gekozen: Gegevenscategorie[];
  zet: (c: Gegevenscategorie[]) => void;
  fout?: string;
}) {
  const [naam, setNaam] = useState('');
  const [bijzonder, setBijzonder] = useState(false);
  const [strafrechtelijk, setStrafrechtelijk] = useState(false);
  const opties = [...bekend];
  for (const g of gekozen) if (!opties.some((o) => o.naam === g.naam)) opties.push(g);
  const id = VELD_ID.gegevens;
  return (
    <>
      <Keuzes
        id={id}
        legenda="Categorieën van gegevens"
        uitleg="Bijzondere (AVG art. 9) en strafrechtelijke (art. 10) gegevens staan erbij."
        opties={opties.map((o, i) => [String(i), categorieTekstKort(o)])}
        gekozen={gekozen.map((g) => String(opties.findIndex((o) => o.naam === g.naam)))}
        zet={(codes) => {
          zet(codes.map((c) => opties[Number(c)]).filter((o): o is Gegevenscategorie => !!o));
        }}
        fout={fout}
      />
      <Fieldset className="schakel-toevoegen">
        <FieldsetLegend>Een andere categorie van gegevens toevoegen</FieldsetLegend>
        <Veld id={`${id}-extra`} label="Naam van de categorie">
          <Textbox
            id={`${id}-extra`}
            value={naam}
            maxLength={100}
            onChange={(e) => {
              setNaam(e.target.value);
            }}
          />
        </Veld>
        {(
          [
            ['bijzonder', 'Bijzonder persoonsgegeven (AVG art. 9)', bijzonder, setBijzonder],
            [
              'strafrechtelijk',
              'Strafrechtelijk gegeven (AVG art. 10)',
              strafrechtelijk,
              setStrafrechtelijk,
            ],
          ] as const
        ).map(([code, label, aan, set]) => (
          <FormField key={code} type="checkbox">
            <Checkbox
              id={`${id}-extra-${code}`}
              checked={aan}
              onChange={() => {
                set(!aan);
              }}
            />
            <FormLabel htmlFor={`${id}-extra-${code}`} type="checkbox" checked={aan}>
              {label}
            </FormLabel>
          </FormField>
        ))}
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => {
            const n = naam.trim();
            if (n.length >= 2 && !gekozen.some((g) => g.naam === n)) {
              zet([...gekozen, { naam: n, bijzonder, strafrechtelijk }]);
            }
            setNaam('');
            setBijzonder(false);
            setStrafrechtelijk(false);
          }}
        >
          Categorie toevoegen
        </Button>
      </Fieldset>
    </>
  );
}

const categorieTekstKort = (c: Gegevenscategorie) =>
  [c.naam, c.bijzonder ? '(art. 9)' : '', c.strafrechtelijk ? '(art. 10)' : '']
    .filter(Boolean)
    .join(' ');

/** Values the register already uses for a field, for the pickers. */
function bekendeWaarden(register: Verwerkingsactiviteit[]) {
  const uniek = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'nl'));
  const gegevens = new Map<string, Gegevenscategorie>();
  for (const a of register) {
    for (const c of a.categorieenGegevens) if (!gegevens.has(c.naam)) gegevens.set(c.naam, c);
  }
  return {
    grondslagen: uniek(register.map((a) => a.grondslag)),
    betrokkenen: uniek(register.flatMap((a) => a.categorieenBetrokkenen)),
    ontvangers: uniek(register.flatMap((a) => a.ontvangers)),
    gegevens: [...gegevens.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
  };
}

/** Proposing a new activity (`/beheer/register/nieuw`). */
export function RegisterNieuwPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const register = useApi(getVerwerkingsactiviteiten, 'register-nieuw');
  if (register.status === 'geen-toegang') return <GeenToegang detail={register.detail} />;
  return (
    <>
      <title>Nieuwe verwerkingsactiviteit voorstellen – Schakel</title>
      <Heading1>Nieuwe verwerkingsactiviteit voorstellen</Heading1>
      <Paragraph>
        Een nieuwe activiteit geldt pas als een functionaris gegevensbescherming (FG) haar
        goedkeurt. Schakel neemt haar alleen aan als de code al regels heeft voor elke rol die u
        noemt, onder de vaste sleutel die u kiest: vraag die regels eerst aan het ontwikkelteam.
      </Paragraph>
      <div aria-live="polite" aria-busy={register.status === 'laden'}>
        {register.status === 'laden' && <Paragraph>Het register wordt opgehaald…</Paragraph>}
        {register.status === 'mislukt' && (
          <Mislukt tekst="Het register kan nu niet worden opgehaald. Probeer het later opnieuw." />
        )}
      </div>
      {register.status === 'klaar' && (
        <ActiviteitFormulier gebruiker={gebruiker} register={register.data} basis={null} />
      )}
    </>
  );
}

/** Proposing a change to an activity (`/beheer/register/:id/wijzigen`). */
export function RegisterWijzigenPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { id = '' } = useParams();
  const stand = useApi(
    () => Promise.all([getVerwerkingsactiviteiten(), getVersies(id)]),
    `register-wijzigen-${id}`,
  );
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  const basis = stand.status === 'klaar' ? geldendeVersie(stand.data[1]) : null;
  const titel = basis ? `${basis.naam} wijzigen` : 'Verwerkingsactiviteit wijzigen';
  return (
    <>
      <title>{`${titel} – Schakel`}</title>
      <Heading1>{titel}</Heading1>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>De activiteit wordt opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt tekst="De activiteit kan nu niet worden opgehaald." detail={stand.detail} />
        )}
      </div>
      {stand.status === 'klaar' && !basis && (
        <Paragraph>
          Deze activiteit heeft nog geen geldende versie om te wijzigen.{' '}
          <AppLink to={`/beheer/register/${id}`}>Bekijk de versies</AppLink>
        </Paragraph>
      )}
      {stand.status === 'klaar' && basis && (
        <>
          <Paragraph>
            U wijzigt versie {basis.versie}. Verruimt uw wijziging de toegang, dan wordt zij een
            voorstel voor een FG; anders geldt zij direct vanaf de datum die u kiest.
          </Paragraph>
          <ActiviteitFormulier
            key={basis.versie}
            gebruiker={gebruiker}
            register={stand.data[0]}
            basis={basis}
          />
        </>
      )}
    </>
  );
}

/** The form for a new activity (`basis` null) or a change to the version in force. */
function ActiviteitFormulier({
  gebruiker,
  register,
  basis,
}: {
  gebruiker: Gebruiker;
  register: Verwerkingsactiviteit[];
  basis: Verwerkingsactiviteit | null;
}) {
  const navigate = useNavigate();
  const nieuw = basis === null;
  const [v, setV] = useState<Invoer>(() => invoerUit(basis));
  const [sleutelGetypt, setSleutelGetypt] = useState(false);
  const [fouten, setFouten] = useState<Partial<Record<Veldnaam, string>>>({});
  const [bezig, setBezig] = useState(false);
  const [mislukt, setMislukt] = useState<{ detail?: string } | null>(null);
  const { ref, toon } = useFoutoverzicht();
  const bekend = bekendeWaarden(register);
  const zet = <K extends keyof Invoer>(k: K, waarde: Invoer[K]) => {
    setV((oud) => ({ ...oud, [k]: waarde }));
  };
  const grondslagen = [...new Set([...bekend.grondslagen, ...(basis ? [basis.grondslag] : [])])];
  const wijziging = verschillen(basis ? inhoudVan(basis) : null, inhoud(v));
  const verruimt = wijziging.some((w) => w.verruimt);

  const attrs = (veld: Veldnaam, uitleg = false) => ({
    id: VELD_ID[veld],
    invalid: !!fouten[veld],
    'aria-invalid': fouten[veld] ? true : undefined,
    'aria-describedby': beschrijving(VELD_ID[veld], uitleg, fouten[veld]),
  });

  const verstuur = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const gevonden = controleer(v, nieuw);
    setFouten(gevonden);
    setMislukt(null);
    if (Object.keys(gevonden).length > 0) {
      toon();
      return;
    }
    setBezig(true);
    try {
      const body = inhoud(v);
      const versie = !basis
        ? await stelActiviteitVoor({ ...body, id: v.id }, gebruiker.csrfToken)
        : await wijzigActiviteit(basis.id, body, gebruiker.csrfToken);
      const melding =
        versie.status === 'voorgesteld'
          ? `Versie ${String(versie.versie)} is voorgesteld. Zij geldt pas als een FG haar goedkeurt.`
          : `Versie ${String(versie.versie)} is vastgelegd en geldt vanaf ${datumTekst(versie.geldigVanaf)}.`;
      void navigate(`/beheer/register/${versie.id}`, { state: { melding } });
    } catch (err) {
      const fout = alsFout(err);
      if (fout) {
        const api = err instanceof ApiError ? err : undefined;
        if (api?.type?.endsWith(':rol-zonder-regels')) {
          // The roles the code gives no rules under this activity: by name, at the roles.
          const codes = /: ([a-z, -]+)\./.exec(api.detail ?? '')?.[1]?.split(', ') ?? [];
          setFouten({
            rollen: `Schakel kent onder deze activiteit geen regels voor ${codes.map(rolNaam).join(', ') || 'een van deze rollen'}. Kies alleen rollen waarvoor de code regels heeft.`,
          });
          setMislukt(null);
        } else {
          setMislukt({ detail: api?.detail });
        }
        toon();
      }
      setBezig(false);
    }
  };

  const foutlijst = (Object.keys(VELD_ID) as Veldnaam[])
    .filter((k) => fouten[k])
    .map((k) => [VELD_ID[k], fouten[k] ?? ''] as [string, string]);

  return (
    <>
      <Foutoverzicht ref={ref} fouten={foutlijst} />
      {mislukt && (
        <div ref={foutlijst.length === 0 ? ref : undefined} tabIndex={-1}>
          <Mislukt
            tekst={
              nieuw
                ? 'Het voorstel kon niet worden vastgelegd.'
                : 'De wijziging kon niet worden vastgelegd.'
            }
            detail={mislukt.detail}
          />
        </div>
      )}
      <form
        noValidate
        aria-label={nieuw ? 'Nieuwe verwerkingsactiviteit' : 'Wijziging'}
        onSubmit={(e) => void verstuur(e)}
      >
        <Veld id={VELD_ID.naam} label="Naam" fout={fouten.naam}>
          <Textbox
            {...attrs('naam')}
            value={v.naam}
            maxLength={200}
            onChange={(e) => {
              zet('naam', e.target.value);
              if (nieuw && !sleutelGetypt) zet('id', sleutelUit(e.target.value));
            }}
          />
        </Veld>
        {nieuw && (
          <Veld
            id={VELD_ID.id}
            label="Vaste sleutel"
            uitleg="Hiermee noemen handelingen en het auditspoor deze activiteit; later niet te wijzigen. Kleine letters, cijfers en streepjes."
            fout={fouten.id}
          >
            <Textbox
              {...attrs('id', true)}
              value={v.id}
              maxLength={64}
              autoComplete="off"
              onChange={(e) => {
                setSleutelGetypt(true);
                zet('id', e.target.value);
              }}
            />
          </Veld>
        )}
        <Veld
          id={VELD_ID.verwerkingsverantwoordelijke}
          label="Verwerkingsverantwoordelijke"
          fout={fouten.verwerkingsverantwoordelijke}
        >
          <Textbox
            {...attrs('verwerkingsverantwoordelijke')}
            value={v.verwerkingsverantwoordelijke}
            maxLength={300}
            onChange={(e) => {
              zet('verwerkingsverantwoordelijke', e.target.value);
            }}
          />
        </Veld>
        <Veld id={VELD_ID.doel} label="Doel" fout={fouten.doel}>
          <Textarea
            {...attrs('doel')}
            value={v.doel}
            maxLength={2000}
            onChange={(e) => {
              zet('doel', e.target.value);
            }}
          />
        </Veld>
        <Veld
          id={VELD_ID.grondslag}
          label="Grondslag"
          uitleg="Kies een grondslag die het register al gebruikt, of een andere."
          fout={fouten.grondslag}
        >
          <Select
            {...attrs('grondslag', true)}
            value={v.grondslagKeuze}
            onChange={(e) => {
              zet('grondslagKeuze', e.target.value);
            }}
          >
            <SelectOption value="">Kies een grondslag</SelectOption>
            {grondslagen.map((g) => (
              <SelectOption key={g} value={g}>
                {g}
              </SelectOption>
            ))}
            <SelectOption value={ANDERS}>Een andere grondslag…</SelectOption>
          </Select>
        </Veld>
        {v.grondslagKeuze === ANDERS && (
          <Veld id="reg-grondslag-anders" label="Andere grondslag">
            <Textbox
              id="reg-grondslag-anders"
              value={v.grondslagAnders}
              maxLength={500}
              onChange={(e) => {
                zet('grondslagAnders', e.target.value);
              }}
            />
          </Veld>
        )}
        <Veld
          id={VELD_ID.grondslagToelichting}
          label="Toelichting op de grondslag"
          fout={fouten.grondslagToelichting}
        >
          <Textarea
            {...attrs('grondslagToelichting')}
            value={v.grondslagToelichting}
            maxLength={4000}
            onChange={(e) => {
              zet('grondslagToelichting', e.target.value);
            }}
          />
        </Veld>
        <Keuzes
          id={VELD_ID.rollen}
          legenda="Rollen die onder deze activiteit mogen handelen"
          uitleg="Een rol erbij verruimt de toegang."
          opties={REGISTER_ROLLEN.map((r) => [r, rolNaam(r)])}
          gekozen={v.rollen}
          zet={(codes) => {
            zet('rollen', codes as Rol[]);
          }}
          fout={fouten.rollen}
        />
        <KiesOfVoegToe
          id={VELD_ID.betrokkenen}
          legenda="Categorieën van betrokkenen"
          bekend={bekend.betrokkenen}
          gekozen={v.betrokkenen}
          zet={(x) => {
            zet('betrokkenen', x);
          }}
          fout={fouten.betrokkenen}
          toevoegLabel="Een andere categorie van betrokkenen"
        />
        <Gegevenskeuze
          bekend={bekend.gegevens}
          gekozen={v.gegevens}
          zet={(x) => {
            zet('gegevens', x);
          }}
          fout={fouten.gegevens}
        />
        <KiesOfVoegToe
          id={VELD_ID.ontvangers}
          legenda="Ontvangers (niet verplicht)"
          bekend={bekend.ontvangers}
          gekozen={v.ontvangers}
          zet={(x) => {
            zet('ontvangers', x);
          }}
          toevoegLabel="Een andere ontvanger"
        />
        <Fieldset
          invalid={!!fouten.termijn}
          aria-describedby={fouten.termijn ? `${VELD_ID.termijn}-fout` : undefined}
        >
          <FieldsetLegend>Bewaartermijn</FieldsetLegend>
          {fouten.termijn && (
            <Paragraph id={`${VELD_ID.termijn}-fout`} className="schakel-veldfout">
              <span className="schakel-sr-only">Fout: </span>
              {fouten.termijn}
            </Paragraph>
          )}
          <div className="schakel-termijnkeuze">
            <Veld id={VELD_ID.termijn} label="Aantal">
              <Textbox
                id={VELD_ID.termijn}
                inputMode="numeric"
                value={v.termijnAantal}
                maxLength={4}
                invalid={!!fouten.termijn}
                aria-invalid={fouten.termijn ? true : undefined}
                onChange={(e) => {
                  zet('termijnAantal', e.target.value);
                }}
              />
            </Veld>
            <Veld id="reg-termijn-eenheid" label="Eenheid">
              <Select
                id="reg-termijn-eenheid"
                value={v.termijnEenheid}
                onChange={(e) => {
                  zet('termijnEenheid', e.target.value as Eenheid);
                }}
              >
                {EENHEDEN.map(([code, , meervoud]) => (
                  <SelectOption key={code} value={code}>
                    {meervoud}
                  </SelectOption>
                ))}
              </Select>
            </Veld>
          </div>
          <Veld id="reg-termijn-vanaf" label="Te tellen vanaf">
            <Select
              id="reg-termijn-vanaf"
              value={v.vanaf}
              onChange={(e) => {
                zet('vanaf', e.target.value as Vanaf);
              }}
            >
              {VANAF.map(([code, tekst]) => (
                <SelectOption key={code} value={code}>
                  {tekst}
                </SelectOption>
              ))}
            </Select>
          </Veld>
        </Fieldset>
        <Veld
          id={VELD_ID.geldigVanaf}
          label="Geldig vanaf"
          uitleg="Een voorstel geldt na goedkeuring vanaf deze datum."
          fout={fouten.geldigVanaf}
        >
          <Textbox
            {...attrs('geldigVanaf', true)}
            type="date"
            value={v.geldigVanaf}
            onChange={(e) => {
              zet('geldigVanaf', e.target.value);
            }}
          />
        </Veld>

        <section aria-labelledby="reg-wijziging-kop" className="schakel-kaart">
          <Heading2 id="reg-wijziging-kop">
            {nieuw ? 'Wat u voorstelt' : 'Wat verandert ten opzichte van de geldende versie'}
          </Heading2>
          <Paragraph>
            <strong>
              {nieuw
                ? 'Een nieuwe activiteit wacht altijd op goedkeuring door een FG, niet door u.'
                : verruimt
                  ? 'Deze wijziging verruimt de toegang: zij wacht op goedkeuring door een FG, niet door u.'
                  : 'Deze wijziging verruimt de toegang niet: zij geldt direct vanaf de gekozen datum.'}
            </strong>
          </Paragraph>
          <Verschillen kop="De wijziging per onderdeel" verschillen={wijziging} />
        </section>
        <Button appearance="primary-action-button" type="submit" busy={bezig}>
          {nieuw || verruimt ? 'Voorstellen aan een FG' : 'Wijziging vastleggen'}
        </Button>
      </form>
    </>
  );
}
