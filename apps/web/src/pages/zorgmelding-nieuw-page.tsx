import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { Navigate, useBlocker, useLocation, useNavigate, useParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { alsFout, type Laadstand } from '../use-api.js';
import {
  bewaarConcept,
  dienIn,
  getEigenZorgmelding,
  GEMEENTEN,
  MAATREGELEN,
  RIHG,
  ROLLEN,
  SCORES,
  SOORTEN,
  vatRihgSamen,
  veldfouten,
  type Melding,
} from '../zorgmelding.js';
import { MeldingInhoud, postcodeTekst, RihgTabel } from '../zorgmelding-weergave.js';
import '../zorgmelding.css';
import {
  RELAAS_MAX,
  STAPPEN,
  Teller,
  alsDocument,
  controleer,
  foutzin,
  lees,
  metWaarde,
  stapVan,
  vandaagDatum,
  veldId,
} from '../zorgmelding-formulier.js';
import { GeenToegang } from './error-page.js';

/**
 * The police officer files a zorgmelding in steps. Each step has its own URL with the concept's
 * id (`/politie/zorgmeldingen/:id/stap/:n`) and is saved on the server before the next, so a
 * reload, Back or a new login returns to it; leaving with unsaved input asks first.
 */
export function ZorgmeldingNieuwPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const navigate = useNavigate();
  const location = useLocation();
  const params = useParams();
  const id = params.id;
  const stap = id ? Math.min(Math.max(Number(params.stap ?? '1') || 1, 1), STAPPEN.length) - 1 : 0;
  const [melding, setMelding] = useState<Melding>({
    status: 'concept',
    betrokkenen: [{}],
    opsteller: { naam: gebruiker.naam ?? '' },
  });
  /** The concept as loaded from the server (for a URL with an id). */
  const [geladen, setGeladen] = useState<Laadstand<string> | undefined>(
    id ? { status: 'laden' } : undefined,
  );
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [stand, setStand] = useState<Laadstand<null> | undefined>();
  const [bewaard, setBewaard] = useState(false);
  const [bevestigen, setBevestigen] = useState(false);
  /** Input not yet saved: leaving asks first (beforeunload, and in-app navigation). */
  const gewijzigd = useRef(false);
  /** One key per submit attempt, kept for a retry of that same content. */
  const sleutel = useRef<string | undefined>(undefined);
  const overzicht = useRef<HTMLDivElement>(null);
  const kop = useRef<HTMLHeadingElement>(null);
  const bevestiging = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<string | undefined>();

  // A concept's URL: load it (after a reload, Back or a new login), once per id.
  useEffect(() => {
    if (!id) return;
    let actief = true;
    setGeladen({ status: 'laden' });
    getEigenZorgmelding(id).then(
      (view) => {
        if (!actief) return;
        if (view.status === 'concept') {
          const { status: _s, ...inhoud } = view.melding;
          // What the schema takes back: known roles only, no markers of the view.
          const rollen = new Set(ROLLEN.map(([code]) => code));
          const betrokkenen = (inhoud.betrokkenen ?? []).map((b) => {
            const { rol, identiteit, adres } = b;
            return {
              ...(rol && rollen.has(rol) ? { rol } : {}),
              ...(identiteit ? { identiteit } : {}),
              ...(adres ? { adres } : {}),
            };
          });
          setMelding({
            status: 'concept',
            ...inhoud,
            betrokkenen: betrokkenen.length > 0 ? betrokkenen : [{}],
          });
        }
        gewijzigd.current = false;
        setGeladen({ status: 'klaar', data: view.status });
      },
      (err: unknown) => {
        const fout = alsFout(err);
        if (actief && fout) setGeladen(fout);
      },
    );
    return () => {
      actief = false;
    };
  }, [id]);

  // Leaving the page (closing, reloading, another site) with unsaved input: the browser asks.
  useEffect(() => {
    const waarschuw = (event: BeforeUnloadEvent) => {
      if (!gewijzigd.current) return;
      // preventDefault is the standard way; every current browser then asks.
      event.preventDefault();
    };
    window.addEventListener('beforeunload', waarschuw);
    return () => {
      window.removeEventListener('beforeunload', waarschuw);
    };
  }, []);
  // Leaving within the app (navigation, Back) with unsaved input: this page asks.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      gewijzigd.current && currentLocation.pathname !== nextLocation.pathname,
  );
  const verlaten = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (blocker.state === 'blocked') verlaten.current?.focus();
  }, [blocker.state]);

  // Arriving from the previous step (a new concept's first save mounts this page afresh): the
  // step's heading takes the focus once the concept is loaded.
  const behandeld = useRef<string | undefined>(undefined);
  useEffect(() => {
    const vanStap = (location.state as { vanStap?: boolean } | null)?.vanStap === true;
    if (geladen?.status === 'klaar' && vanStap && behandeld.current !== location.key) {
      behandeld.current = location.key;
      setFocus('kop');
    }
  }, [geladen?.status, location.key, location.state]);

  /** Where the focus goes once another step's URL is shown (a field from the error summary). */
  const naFocus = useRef<string | undefined>(undefined);
  const eersteStap = useRef(true);
  useEffect(() => {
    setBevestigen(false);
    // On arrival the page's own heading takes the focus; after a step change, the step's.
    if (eersteStap.current) {
      eersteStap.current = false;
      return;
    }
    setFocus(naFocus.current ?? 'kop');
    naFocus.current = undefined;
  }, [stap]);

  useEffect(() => {
    if (!focus) return;
    if (focus === 'overzicht') overzicht.current?.focus();
    else if (focus === 'kop') kop.current?.focus();
    else if (focus === 'bevestiging') bevestiging.current?.focus();
    else {
      // A field of a missing object (`incident.plaats`) or a list (`betrokkenen`): its first
      // field on screen, else the step's heading.
      const veld =
        window.document.getElementById(focus) ??
        window.document.querySelector<HTMLElement>(`[id^="${focus}-"]`);
      (veld ?? kop.current)?.focus();
    }
    setFocus(undefined);
  }, [focus]);

  if (stand?.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  if (geladen?.status === 'geen-toegang') return <GeenToegang detail={geladen.detail} />;
  if (geladen?.status === 'laden') {
    return (
      <>
        <title>Concept laden – Schakel</title>
        <Heading1>Zorgmelding opstellen</Heading1>
        <Paragraph role="status">Bezig met laden van uw concept…</Paragraph>
      </>
    );
  }
  if (geladen?.status === 'mislukt') {
    return (
      <>
        <title>Concept niet gevonden – Schakel</title>
        <Heading1>Zorgmelding opstellen</Heading1>
        <Mislukt
          tekst={
            geladen.code === 404
              ? 'Dit concept bestaat niet (meer) of is niet van u.'
              : 'Het concept kon niet worden geladen.'
          }
        />
        <Paragraph>
          <AppLink to="/politie/zorgmeldingen">Naar mijn zorgmeldingen</AppLink>
        </Paragraph>
      </>
    );
  }
  // A report that was submitted meanwhile: its own page.
  if (id && geladen?.status === 'klaar' && geladen.data !== 'concept') {
    return <Navigate to={`/politie/zorgmeldingen/${id}`} replace />;
  }

  /** The URL of a step of this concept. */
  const stapUrl = (conceptId: string, n: number) =>
    `/politie/zorgmeldingen/${conceptId}/stap/${String(n + 1)}`;

  const zet = (pad: string, waarde: unknown) => {
    sleutel.current = undefined;
    gewijzigd.current = true;
    setBewaard(false);
    setMelding((m) => metWaarde(m, pad, waarde));
  };

  const apiFouten = (err: unknown): boolean => {
    const velden = veldfouten(err);
    if (velden.length === 0) return false;
    const uit: Record<string, string> = {};
    for (const [pad, eisen] of velden) {
      let doel = veldId(pad);
      // A missing object (`incident.plaats`) points at its first field on screen.
      if (!window.document.getElementById(doel) && stapVan(doel) === stap) {
        const eerste = window.document.querySelector(`[id^="${doel}-"]`);
        if (eerste) doel = eerste.id;
      }
      uit[doel] = uit[doel] ? `${uit[doel]} ${foutzin(pad, eisen)}` : foutzin(pad, eisen);
    }
    setFouten(uit);
    setFocus('overzicht');
    return true;
  };

  /** Saves the concept on the server, then goes to step `volgende` (its own URL). */
  const opslaan = async (volgende: number) => {
    const eigen = controleer(melding, stap);
    setFouten(eigen);
    if (Object.keys(eigen).length > 0) {
      setFocus('overzicht');
      return;
    }
    setStand({ status: 'laden' });
    try {
      const antwoord = await bewaarConcept(
        id,
        alsDocument(melding, 'concept'),
        gebruiker.csrfToken,
      );
      gewijzigd.current = false;
      setStand(undefined);
      setBewaard(true);
      setFouten({});
      if (!id) {
        // Back from step 2 returns to this concept's step 1, not to an empty new one.
        await navigate(stapUrl(antwoord.id, 0), { replace: true });
      }
      await navigate(stapUrl(antwoord.id, volgende), { state: { vanStap: true } });
    } catch (err) {
      const fout = alsFout(err);
      if (apiFouten(err)) setStand(undefined);
      else if (fout) setStand(fout);
    }
  };

  const indienen = async () => {
    if (!id) return;
    sleutel.current ??= crypto.randomUUID();
    setFouten({});
    setBevestigen(false);
    setStand({ status: 'laden' });
    try {
      const antwoord = await dienIn(
        id,
        alsDocument(melding, 'ingediend'),
        sleutel.current,
        gebruiker.csrfToken,
      );
      gewijzigd.current = false;
      void navigate(`/politie/zorgmeldingen/${antwoord.id}`, {
        state: { ingediend: true },
        replace: true,
      });
    } catch (err) {
      const fout = alsFout(err);
      if (apiFouten(err)) setStand(undefined);
      else if (fout) setStand(fout);
    }
  };

  const verstuur = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (stap === STAPPEN.length - 1) {
      // Submitting cannot be undone: ask first.
      setBevestigen(true);
      setFocus('bevestiging');
    } else void opslaan(stap + 1);
  };

  const attrs = (pad: string, uitleg = false) => {
    const vid = veldId(pad);
    return {
      id: vid,
      name: pad,
      invalid: !!fouten[vid],
      'aria-invalid': fouten[vid] ? true : undefined,
      'aria-describedby': beschrijving(vid, uitleg, fouten[vid]),
      value: lees(melding, pad),
      onChange: (e: { target: { value: string } }) => {
        zet(pad, e.target.value);
      },
    };
  };

  const tekstveld = (
    pad: string,
    label: string,
    extra: {
      uitleg?: string;
      type?: string;
      max?: string;
      inputMode?: 'numeric' | 'text';
      opBlur?: (waarde: string) => string;
    } = {},
  ) => (
    <Veld id={veldId(pad)} label={label} uitleg={extra.uitleg} fout={fouten[veldId(pad)]}>
      <Textbox
        {...attrs(pad, !!extra.uitleg)}
        type={extra.type ?? 'text'}
        autoComplete="off"
        max={extra.max}
        inputMode={extra.inputMode}
        onBlur={
          extra.opBlur
            ? (e: { target: { value: string } }) => {
                const nieuw = extra.opBlur?.(e.target.value) ?? e.target.value;
                if (nieuw !== e.target.value) zet(pad, nieuw);
              }
            : undefined
        }
      />
    </Veld>
  );

  const keuzelijst = (pad: string, label: string, opties: [string, string][], leeg: string) => (
    <Veld id={veldId(pad)} label={label} fout={fouten[veldId(pad)]}>
      <Select {...attrs(pad)}>
        <SelectOption value="">{leeg}</SelectOption>
        {opties.map(([code, naam]) => (
          <SelectOption key={code} value={code}>
            {naam}
          </SelectOption>
        ))}
      </Select>
    </Veld>
  );

  /** A group of radio buttons; the first carries the field's id, for the error summary. */
  const radiogroep = (
    pad: string,
    legenda: string,
    opties: [string, string][],
    waarde: string,
    kies: (code: string) => void,
    uitleg?: string,
  ) => {
    const vid = veldId(pad);
    const fout = fouten[vid];
    return (
      <Fieldset
        invalid={!!fout}
        aria-describedby={beschrijving(vid, !!uitleg, fout)}
        className="schakel-keuzes"
      >
        <FieldsetLegend>{legenda}</FieldsetLegend>
        {uitleg && <Paragraph id={`${vid}-uitleg`}>{uitleg}</Paragraph>}
        {fout && (
          <Paragraph id={`${vid}-fout`} className="schakel-veldfout">
            <span className="schakel-sr-only">Fout: </span>
            {fout}
          </Paragraph>
        )}
        {opties.map(([code, naam], i) => {
          const rid = i === 0 ? vid : `${vid}--${code}`;
          return (
            <FormField key={code} type="radio">
              <RadioButton
                id={rid}
                name={vid}
                value={code}
                checked={waarde === code}
                invalid={!!fout}
                onChange={() => {
                  kies(code);
                }}
              />
              <FormLabel htmlFor={rid} type="radio" checked={waarde === code}>
                {naam}
              </FormLabel>
            </FormField>
          );
        })}
      </Fieldset>
    );
  };

  const betrokkenen = melding.betrokkenen ?? [];
  const foutLijst = Object.entries(fouten);
  const laatste = stap === STAPPEN.length - 1;

  return (
    <>
      <title>{`${foutLijst.length > 0 ? 'Fout: ' : ''}Zorgmelding opstellen, stap ${String(stap + 1)} van ${String(STAPPEN.length)}: ${STAPPEN[stap] ?? ''} – Schakel`}</title>
      <Heading1>Zorgmelding opstellen</Heading1>
      {blocker.state === 'blocked' && (
        <div
          ref={verlaten}
          tabIndex={-1}
          role="alertdialog"
          aria-labelledby="zm-verlaten-kop"
          aria-describedby="zm-verlaten-tekst"
          className="schakel-bevestiging"
        >
          <Heading2 id="zm-verlaten-kop">Wijzigingen niet opgeslagen</Heading2>
          <Paragraph id="zm-verlaten-tekst">
            U heeft in deze stap iets ingevuld dat nog niet is opgeslagen. Als u de pagina nu
            verlaat, gaat dat verloren. Wat u eerder opsloeg blijft bewaard als concept.
          </Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              type="button"
              onClick={() => {
                blocker.reset();
                setFocus('kop');
              }}
            >
              Op deze pagina blijven
            </Button>
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                gewijzigd.current = false;
                blocker.proceed();
              }}
            >
              Verlaten zonder opslaan
            </Button>
          </ButtonGroup>
        </div>
      )}
      <Paragraph>
        {id
          ? 'Elke stap wordt als concept opgeslagen. U kunt later verder via Mijn zorgmeldingen.'
          : 'Na de eerste stap wordt de melding als concept opgeslagen. U kunt later verder via Mijn zorgmeldingen.'}
      </Paragraph>
      <nav aria-label="Stappen van de zorgmelding">
        <ol className="schakel-stappen">
          {STAPPEN.map((naam, i) => (
            <li key={naam} aria-current={i === stap ? 'step' : undefined}>
              {naam}
              {i < stap && <span className="schakel-sr-only"> (klaar)</span>}
            </li>
          ))}
        </ol>
      </nav>
      <Heading2 ref={kop} tabIndex={-1}>
        Stap {stap + 1} van {STAPPEN.length}: {STAPPEN[stap]}
      </Heading2>
      <div aria-live="polite">
        {bewaard && id && !laatste && stap > 0 && (
          <Paragraph>Uw concept is opgeslagen. U kunt verder met deze stap.</Paragraph>
        )}
      </div>
      <Foutoverzicht
        ref={overzicht}
        fouten={foutLijst}
        naar={(vid) => {
          const doel = stapVan(vid);
          if (id && doel !== stap) {
            naFocus.current = vid;
            void navigate(stapUrl(id, doel));
          } else setFocus(vid);
        }}
      />
      <form onSubmit={verstuur} noValidate aria-label={`Zorgmelding: ${STAPPEN[stap] ?? ''}`}>
        {stap === 0 && (
          <>
            {keuzelijst('incident.soort', 'Soort zorg', SOORTEN, 'Kies de soort zorg')}
            {tekstveld('incident.datum', 'Datum van het incident', {
              type: 'date',
              max: vandaagDatum(),
              uitleg: 'Vandaag of eerder.',
            })}
            {tekstveld('incident.tijdstip', 'Tijdstip (niet verplicht)', {
              type: 'time',
              uitleg: 'Uren en minuten, bijvoorbeeld 21:40.',
            })}
            {tekstveld('incident.plaats.omschrijving', 'Plaats van het incident', {
              uitleg: 'Adres of omschrijving van de plek, bijvoorbeeld: woning van het gezin.',
            })}
            {keuzelijst(
              'incident.plaats.gemeentecode',
              'Gemeente van het incident',
              GEMEENTEN,
              'Kies een gemeente',
            )}
            {radiogroep(
              'kinderenAanwezig',
              'Waren er kinderen aanwezig bij het incident?',
              [
                ['ja', 'Ja'],
                ['nee', 'Nee'],
              ],
              melding.kinderenAanwezig === undefined ? '' : melding.kinderenAanwezig ? 'ja' : 'nee',
              (code) => {
                zet('kinderenAanwezig', code === 'ja');
              },
            )}
          </>
        )}

        {stap === 1 && (
          <>
            <Paragraph>
              Vul per persoon de rol en wat u weet in. De woonplaats (gemeente) van het kind of
              slachtoffer bepaalt naar welk Veilig Thuis de melding gaat.
            </Paragraph>
            {betrokkenen.map((_, i) => {
              const p = `betrokkenen.${String(i)}`;
              return (
                <Fieldset key={i} className="schakel-betrokkene">
                  <FieldsetLegend>Betrokkene {i + 1}</FieldsetLegend>
                  {keuzelijst(`${p}.rol`, 'Rol', ROLLEN, 'Kies een rol')}
                  {tekstveld(`${p}.identiteit.voornamen`, 'Voornamen (niet verplicht)')}
                  {tekstveld(`${p}.identiteit.voorvoegsel`, 'Voorvoegsel (niet verplicht)', {
                    uitleg: "Bijvoorbeeld 'van der'.",
                  })}
                  {tekstveld(`${p}.identiteit.geslachtsnaam`, 'Achternaam')}
                  {tekstveld(`${p}.identiteit.bsn`, 'BSN (niet verplicht)', {
                    uitleg:
                      'Alleen als het bekend is: 9 cijfers. Schakel controleert het met de 11-proef.',
                  })}
                  {tekstveld(`${p}.identiteit.geboortedatum`, 'Geboortedatum (niet verplicht)', {
                    type: 'date',
                  })}
                  {tekstveld(`${p}.adres.straat`, 'Straat (niet verplicht)')}
                  <div className="schakel-huisnummer">
                    {tekstveld(`${p}.adres.huisnummer`, 'Huisnummer (niet verplicht)', {
                      inputMode: 'numeric',
                      uitleg: 'Alleen het getal, zoals 12.',
                    })}
                    {tekstveld(`${p}.adres.huisletter`, 'Huisletter (niet verplicht)', {
                      uitleg: 'Eén letter, zoals A in 12A.',
                    })}
                    {tekstveld(`${p}.adres.huisnummertoevoeging`, 'Toevoeging (niet verplicht)', {
                      uitleg: 'Zoals 3 in 12-3, of bis.',
                    })}
                  </div>
                  {tekstveld(`${p}.adres.postcode`, 'Postcode (niet verplicht)', {
                    uitleg: 'Vier cijfers en twee letters, zoals 3011 AB.',
                    opBlur: (w) => postcodeTekst(w.trim()) || w,
                  })}
                  {tekstveld(`${p}.adres.woonplaats`, 'Woonplaats')}
                  {keuzelijst(
                    `${p}.adres.gemeentecode`,
                    'Gemeente van de woonplaats',
                    GEMEENTEN,
                    'Onbekend of buiten de eenheid',
                  )}
                  <Button
                    appearance="secondary-action-button"
                    type="button"
                    onClick={() => {
                      sleutel.current = undefined;
                      setFouten({});
                      setMelding((m) => ({
                        ...m,
                        betrokkenen: (m.betrokkenen ?? []).filter((_b, j) => j !== i),
                      }));
                      setFocus('kop');
                    }}
                  >
                    Betrokkene {i + 1} verwijderen
                  </Button>
                </Fieldset>
              );
            })}
            <ButtonGroup>
              <Button
                appearance="secondary-action-button"
                type="button"
                onClick={() => {
                  const nieuw = betrokkenen.length;
                  setMelding((m) => ({ ...m, betrokkenen: [...(m.betrokkenen ?? []), {}] }));
                  setFocus(veldId(`betrokkenen.${String(nieuw)}.rol`));
                }}
              >
                Betrokkene toevoegen
              </Button>
            </ButtonGroup>
          </>
        )}

        {stap === 2 && (
          <>
            <Paragraph>
              Risicotaxatie-instrument Huiselijk Geweld (RiHG): geef elk signaal een score.
              Verplicht bij huiselijk geweld, kindermishandeling en ouderenmishandeling; kies
              ‘Onbekend’ als u het niet weet. Twee of meer keer rood in één deel wijst op een
              tijdelijk huisverbod.
            </Paragraph>
            {RIHG.map(({ deel, titel, signalen }) => (
              <Fieldset key={deel} className="schakel-rihg-deel">
                <FieldsetLegend>{titel}</FieldsetLegend>
                {signalen.map(([signaal, naam]) =>
                  radiogroep(
                    `risicotaxatie.${deel}.${signaal}`,
                    naam,
                    SCORES,
                    melding.risicotaxatie?.[deel]?.[signaal] ?? '',
                    (code) => {
                      zet(`risicotaxatie.${deel}.${signaal}`, code);
                    },
                  ),
                )}
              </Fieldset>
            ))}
            <RihgTabel samenvatting={vatRihgSamen(melding.risicotaxatie)} />
          </>
        )}

        {stap === 3 && (
          <>
            <Veld
              id={veldId('relaas')}
              label="Relaas"
              uitleg="Wat heeft u gezien en gehoord? Ten hoogste 10.000 tekens."
              fout={fouten[veldId('relaas')]}
            >
              <Textarea
                {...attrs('relaas', true)}
                aria-describedby={[
                  beschrijving(veldId('relaas'), true, fouten[veldId('relaas')]),
                  `${veldId('relaas')}-teller`,
                ].join(' ')}
                rows={8}
              />
              <Teller
                id={`${veldId('relaas')}-teller`}
                lengte={(melding.relaas ?? '').length}
                max={RELAAS_MAX}
              />
            </Veld>
            <Fieldset
              invalid={!!fouten[veldId('maatregelen')]}
              aria-describedby={beschrijving(
                veldId('maatregelen'),
                false,
                fouten[veldId('maatregelen')],
              )}
            >
              <FieldsetLegend>Genomen maatregelen (kies wat van toepassing is)</FieldsetLegend>
              {fouten[veldId('maatregelen')] && (
                <Paragraph id={`${veldId('maatregelen')}-fout`} className="schakel-veldfout">
                  {fouten[veldId('maatregelen')]}
                </Paragraph>
              )}
              {MAATREGELEN.map(([code, naam], i) => {
                const cid = i === 0 ? veldId('maatregelen') : `${veldId('maatregelen')}--${code}`;
                const aan = (melding.maatregelen ?? []).some((m) => m.soort === code);
                return (
                  <FormField key={code} type="checkbox">
                    <Checkbox
                      id={cid}
                      name="maatregelen"
                      value={code}
                      checked={aan}
                      onChange={() => {
                        zet(
                          'maatregelen',
                          aan
                            ? (melding.maatregelen ?? []).filter((m) => m.soort !== code)
                            : [...(melding.maatregelen ?? []), { soort: code }],
                        );
                      }}
                    />
                    <FormLabel htmlFor={cid} type="checkbox" checked={aan}>
                      {naam}
                    </FormLabel>
                  </FormField>
                );
              })}
            </Fieldset>
            <Fieldset>
              <FieldsetLegend>Uw contactgegevens, voor vragen van Veilig Thuis</FieldsetLegend>
              {tekstveld('opsteller.naam', 'Naam')}
              {tekstveld('opsteller.team', 'Team', { uitleg: 'Bijvoorbeeld het basisteam.' })}
              {tekstveld('opsteller.telefoon', 'Telefoonnummer', { type: 'tel' })}
              {tekstveld('opsteller.email', 'E-mailadres (niet verplicht)', { type: 'email' })}
            </Fieldset>
          </>
        )}

        {laatste && (
          <>
            <Paragraph>
              Controleer de melding. Na het indienen gaat de melding naar het Veilig Thuis van de
              woonplaats van het kind of slachtoffer en kunt u haar niet meer wijzigen.
            </Paragraph>
            <MeldingInhoud
              melding={alsDocument(melding, 'concept')}
              acties={[0, 1, 2, 3].map((s) => (
                <Button
                  key={s}
                  appearance="secondary-action-button"
                  type="button"
                  onClick={() => {
                    setFouten({});
                    if (id) void navigate(stapUrl(id, s));
                  }}
                >
                  {STAPPEN[s]} wijzigen
                </Button>
              ))}
            />
          </>
        )}

        <div aria-live="polite" aria-busy={stand?.status === 'laden'}>
          {stand?.status === 'laden' && (
            <Paragraph>{laatste ? 'Bezig met indienen…' : 'Bezig met opslaan…'}</Paragraph>
          )}
          {stand?.status === 'mislukt' && (
            <Mislukt
              tekst={
                laatste
                  ? 'Het indienen is niet gelukt. Probeer het opnieuw: de melding wordt niet twee keer ingediend.'
                  : 'Het opslaan is niet gelukt. Probeer het opnieuw.'
              }
              detail={stand.code === 400 ? undefined : stand.detail}
            />
          )}
        </div>

        {bevestigen && (
          <div
            ref={bevestiging}
            tabIndex={-1}
            role="alertdialog"
            aria-labelledby="zm-bevestig-kop"
            aria-describedby="zm-bevestig-tekst"
            className="schakel-bevestiging"
          >
            <Heading2 id="zm-bevestig-kop">Zorgmelding definitief indienen?</Heading2>
            <Paragraph id="zm-bevestig-tekst">
              De melding gaat naar het Veilig Thuis van de woonplaats van het kind of slachtoffer.
              Daarna kunt u haar niet meer wijzigen of verwijderen.
            </Paragraph>
            <ButtonGroup>
              <Button
                appearance="primary-action-button"
                type="button"
                busy={stand?.status === 'laden'}
                onClick={() => {
                  void indienen();
                }}
              >
                Ja, definitief indienen
              </Button>
              <Button
                appearance="secondary-action-button"
                type="button"
                onClick={() => {
                  setBevestigen(false);
                  setFocus('kop');
                }}
              >
                Nee, nog niet indienen
              </Button>
            </ButtonGroup>
          </div>
        )}

        <ButtonGroup>
          {stap > 0 && (
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                // Back is saved too: nothing typed is lost.
                if (gewijzigd.current || !id) void opslaan(stap - 1);
                else {
                  setFouten({});
                  void navigate(stapUrl(id, stap - 1));
                }
              }}
            >
              Vorige stap
            </Button>
          )}
          <Button appearance="primary-action-button" type="submit" busy={stand?.status === 'laden'}>
            {laatste ? 'Zorgmelding indienen' : 'Opslaan en verder'}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

/** A concept's step (`/politie/zorgmeldingen/:id/stap/:stap`): the wizard, fresh per concept. */
export function ZorgmeldingConceptPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { id } = useParams();
  return <ZorgmeldingNieuwPage key={id} gebruiker={gebruiker} />;
}
