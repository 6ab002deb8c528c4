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
import { useNavigate } from 'react-router';
import type { Gebruiker } from '../api.js';
import { isGeldigBsn } from '@schakel/regels';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { alsFout, type Laadstand } from '../use-api.js';
import {
  bewaarConcept,
  dienIn,
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
import { MeldingInhoud, RihgTabel } from '../zorgmelding-weergave.js';
import { GeenToegang } from './error-page.js';

const STAPPEN = ['Incident', 'Betrokkenen', 'Risicotaxatie', 'Relaas en maatregelen', 'Controle'];

/** The input id of a field path, from the form (`a.0.b`) or from the API (`a[0].b`). */
export const veldId = (pad: string) => `zm-${pad.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The step that holds a field (by its input id). */
function stapVan(id: string): number {
  if (id.startsWith('zm-incident') || id.startsWith('zm-kinderenAanwezig')) return 0;
  if (id.startsWith('zm-betrokkenen')) return 1;
  if (id.startsWith('zm-risicotaxatie')) return 2;
  return 3;
}

const NAMEN: Record<string, string> = {
  datum: 'de datum',
  tijdstip: 'het tijdstip',
  soort: 'de soort',
  omschrijving: 'de plaats',
  gemeentecode: 'de gemeente',
  plaats: 'de plaats',
  kinderenAanwezig: 'of er kinderen aanwezig waren',
  rol: 'de rol',
  identiteit: 'de naam',
  bsn: 'het BSN',
  voornamen: 'de voornamen',
  voorvoegsel: 'het voorvoegsel',
  geslachtsnaam: 'de achternaam',
  geboortedatum: 'de geboortedatum',
  adres: 'het adres',
  straat: 'de straat',
  huisnummer: 'het huisnummer',
  postcode: 'de postcode',
  woonplaats: 'de woonplaats',
  relaas: 'het relaas',
  maatregelen: 'de maatregelen',
  naam: 'uw naam',
  team: 'uw team',
  telefoon: 'uw telefoonnummer',
  email: 'uw e-mailadres',
  betrokkenen: 'de betrokkenen',
  risicotaxatie: 'de risicotaxatie',
  opsteller: 'uw contactgegevens',
  incident: 'het incident',
};

const SIGNALEN = new Map(RIHG.flatMap((d) => d.signalen));

/** A Dutch sentence for a failing field of the API (`betrokkenen[0].identiteit.bsn`, `verplicht`). */
function foutzin(pad: string, eisen: string): string {
  const delen = pad.split(/[.[\]]+/).filter(Boolean);
  const laatste = delen[delen.length - 1] ?? '';
  const index = /betrokkenen\[(\d+)\]/.exec(pad)?.[1];
  const wie = index !== undefined ? `Betrokkene ${String(Number(index) + 1)}: ` : '';
  const signaal = SIGNALEN.get(laatste);
  const naam = signaal ? `het signaal ‘${signaal}’` : (NAMEN[laatste] ?? laatste);
  if (eisen === 'verplicht') {
    const zin = signaal ? `kies een score voor ${naam}` : `vul ${naam} in`;
    return `${wie}${wie ? zin : zin.charAt(0).toUpperCase() + zin.slice(1)}.`;
  }
  return `${wie}${wie ? 'c' : 'C'}ontroleer ${naam}: ${eisen}.`;
}

/** Drops empty strings, empty objects and unset values; turns a house number into a number. */
function opschonen(waarde: unknown, sleutel = ''): unknown {
  if (Array.isArray(waarde)) return waarde.map((w) => opschonen(w) ?? {});
  if (waarde !== null && typeof waarde === 'object') {
    const uit: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(waarde)) {
      const schoon = opschonen(v, k);
      if (schoon !== undefined) uit[k] = schoon;
    }
    return Object.keys(uit).length > 0 ? uit : undefined;
  }
  if (typeof waarde === 'string') {
    const t = waarde.trim();
    if (t === '') return undefined;
    if (sleutel === 'huisnummer' && /^\d+$/.test(t)) return Number(t);
    return sleutel === 'relaas' ? waarde : t;
  }
  return waarde;
}

function alsDocument(m: Melding, status: Melding['status']): Melding {
  return { ...(opschonen(m) as Melding), status };
}

/** Reads a path (`betrokkenen.0.identiteit.bsn`) of the report as text. */
function lees(m: Melding, pad: string): string {
  let x: unknown = m;
  for (const deel of pad.split('.')) {
    if (x === null || typeof x !== 'object') return '';
    x = (x as Record<string, unknown>)[deel];
  }
  return typeof x === 'string' || typeof x === 'number' ? String(x) : '';
}

function metWaarde(m: Melding, pad: string, waarde: unknown): Melding {
  const kopie = structuredClone(m) as unknown as Record<string, unknown>;
  const delen = pad.split('.');
  let x = kopie;
  delen.slice(0, -1).forEach((deel, i) => {
    const volgende = delen[i + 1] ?? '';
    x[deel] ??= /^\d+$/.test(volgende) ? [] : {};
    x = x[deel] as Record<string, unknown>;
  });
  x[delen[delen.length - 1] ?? ''] = waarde;
  return kopie as unknown as Melding;
}

/** The client's own checks, before the API's: the 11-proef for a BSN, a whole house number. */
function controleer(m: Melding, stap: number): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (stap === 1) {
    (m.betrokkenen ?? []).forEach((b, i) => {
      const wie = `Betrokkene ${String(i + 1)}: `;
      const bsn = b.identiteit?.bsn?.trim() ?? '';
      if (bsn && !/^\d{9}$/.test(bsn)) {
        fouten[veldId(`betrokkenen.${String(i)}.identiteit.bsn`)] =
          `${wie}een BSN bestaat uit 9 cijfers. Vul het BSN in zonder spaties of punten.`;
      } else if (bsn && !isGeldigBsn(bsn)) {
        fouten[veldId(`betrokkenen.${String(i)}.identiteit.bsn`)] =
          `${wie}dit is geen geldig BSN: het voldoet niet aan de 11-proef. Controleer de cijfers of laat het veld leeg.`;
      }
      const nr = String(b.adres?.huisnummer ?? '').trim();
      if (nr && !/^\d{1,5}$/.test(nr)) {
        fouten[veldId(`betrokkenen.${String(i)}.adres.huisnummer`)] =
          `${wie}vul het huisnummer in als getal, zonder letter of toevoeging.`;
      }
    });
  }
  return fouten;
}

/** The police officer files a zorgmelding in steps; each step is saved as a concept. */
export function ZorgmeldingNieuwPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const navigate = useNavigate();
  const [stap, setStap] = useState(0);
  const [melding, setMelding] = useState<Melding>({
    status: 'concept',
    betrokkenen: [{}],
    opsteller: { naam: gebruiker.naam ?? '' },
  });
  const [id, setId] = useState<string | undefined>();
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [stand, setStand] = useState<Laadstand<null> | undefined>();
  const [bewaard, setBewaard] = useState(false);
  /** One key per submit attempt, kept for a retry of that same content. */
  const sleutel = useRef<string | undefined>(undefined);
  const overzicht = useRef<HTMLDivElement>(null);
  const kop = useRef<HTMLHeadingElement>(null);
  const [focus, setFocus] = useState<string | undefined>();

  useEffect(() => {
    if (!focus) return;
    if (focus === 'overzicht') overzicht.current?.focus();
    else if (focus === 'kop') kop.current?.focus();
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

  const zet = (pad: string, waarde: unknown) => {
    sleutel.current = undefined;
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

  const naarStap = (nieuw: number) => {
    setFouten({});
    setStap(nieuw);
    setFocus('kop');
  };

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
      setId(antwoord.id);
      setStand(undefined);
      setBewaard(true);
      naarStap(volgende);
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
    setStand({ status: 'laden' });
    try {
      const antwoord = await dienIn(
        id,
        alsDocument(melding, 'ingediend'),
        sleutel.current,
        gebruiker.csrfToken,
      );
      void navigate(`/politie/zorgmeldingen/${antwoord.id}`, { state: { ingediend: true } });
    } catch (err) {
      const fout = alsFout(err);
      if (apiFouten(err)) setStand(undefined);
      else if (fout) setStand(fout);
    }
  };

  const verstuur = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (stap === STAPPEN.length - 1) void indienen();
    else void opslaan(stap + 1);
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
    extra: { uitleg?: string; type?: string } = {},
  ) => (
    <Veld id={veldId(pad)} label={label} uitleg={extra.uitleg} fout={fouten[veldId(pad)]}>
      <Textbox {...attrs(pad, !!extra.uitleg)} type={extra.type ?? 'text'} autoComplete="off" />
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
      <title>{`${foutLijst.length > 0 ? 'Fout: ' : ''}Nieuwe zorgmelding, stap ${String(stap + 1)} van ${String(STAPPEN.length)}: ${STAPPEN[stap] ?? ''} – Schakel`}</title>
      <Heading1>Nieuwe zorgmelding</Heading1>
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
          setStap(stapVan(vid));
          setFocus(vid);
        }}
      />
      <form onSubmit={verstuur} noValidate aria-label={`Zorgmelding: ${STAPPEN[stap] ?? ''}`}>
        {stap === 0 && (
          <>
            {keuzelijst('incident.soort', 'Soort zorg', SOORTEN, 'Kies de soort zorg')}
            {tekstveld('incident.datum', 'Datum van het incident', { type: 'date' })}
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
                  {tekstveld(`${p}.adres.huisnummer`, 'Huisnummer (niet verplicht)')}
                  {tekstveld(`${p}.adres.postcode`, 'Postcode (niet verplicht)', {
                    uitleg: 'Vier cijfers en twee hoofdletters, zonder spatie, zoals 3011AA.',
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
              <Textarea {...attrs('relaas', true)} rows={8} maxLength={10000} />
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
                    naarStap(s);
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

        <ButtonGroup>
          {stap > 0 && (
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                naarStap(stap - 1);
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
