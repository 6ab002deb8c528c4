import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import { criteriaVoldaan, isGeldigBsn } from '@schakel/regels';
import {
  CRITERIA,
  registreerCasus,
  ROLLEN_BETROKKENE,
  schaalOp,
  SIGNALERING,
  getCasus,
  type CasusView,
  type Criteria,
  type NieuweBetrokkene,
  type NieuweCasus,
} from '../casus.js';
import {
  Actieformulier,
  Betrokkenen,
  CasusGegevens,
  CasusTijdlijn,
  Deelnemers,
  Gelukt,
  invoerId,
  Keuzes,
  Opschaling,
  TriageUitkomst,
  Uitwisselingen,
  useCasusApi,
  type Fouten,
} from '../casus-weergave.js';
import { beschrijving, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { GEMEENTEN } from '../zorgmelding.js';
import { GeenToegang } from './error-page.js';

const VORM = 'casus';
const id = (pad: string) => invoerId(VORM, pad);

/** Drops empty fields; only what was filled in goes to the API. */
function schoon(b: NieuweBetrokkene): NieuweCasus['betrokkenen'][number] {
  const uit: Record<string, string> = {};
  for (const [k, v] of Object.entries(b)) {
    const t = typeof v === 'string' ? v.trim() : '';
    if (t) uit[k] = k === 'postcode' ? t.replace(/\s+/g, '').toUpperCase() : t;
  }
  return uit as unknown as NieuweCasus['betrokkenen'][number];
}

/** The wijkteam worker registers a casus: theme, reason, life domains and the persons. */
export function WijkteamCasusNieuwPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const navigate = useNavigate();
  const ref = useCasusApi(() => Promise.resolve(null), 'nieuw');
  const [themaId, setThemaId] = useState('');
  const [aanleiding, setAanleiding] = useState('');
  const [levensdomeinen, setLevensdomeinen] = useState<string[]>([]);
  const [betrokkenen, setBetrokkenen] = useState<NieuweBetrokkene[]>([{ rol: 'hoofdpersoon' }]);
  const [focus, setFocus] = useState<string | undefined>();

  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(undefined);
  }, [focus]);

  if (ref.status === 'geen-toegang') return <GeenToegang detail={ref.detail} />;

  const zet = (i: number, veld: keyof NieuweBetrokkene, waarde: string) => {
    setBetrokkenen((lijst) => lijst.map((b, j) => (j === i ? { ...b, [veld]: waarde } : b)));
  };

  const controleer = (): Fouten => {
    const f: Fouten = {};
    if (!themaId) f[id('themaId')] = 'Kies het thema van de casus.';
    const t = aanleiding.trim();
    if (!t) f[id('aanleiding')] = 'Beschrijf de aanleiding.';
    else if (t.length > 4000)
      f[id('aanleiding')] = 'Gebruik ten hoogste 4000 tekens voor de aanleiding.';
    if (levensdomeinen.length === 0) f[id('levensdomeinen')] = 'Kies ten minste één leefgebied.';
    betrokkenen.forEach((b, i) => {
      const wie = `Betrokkene ${String(i + 1)}: `;
      const p = `betrokkenen[${String(i)}]`;
      if (!b.rol) f[id(`${p}.rol`)] = `${wie}kies de rol.`;
      const bsn = b.bsn?.trim() ?? '';
      if (!bsn && !b.achternaam?.trim()) {
        f[id(`${p}.achternaam`)] = `${wie}vul ten minste de achternaam of het BSN in.`;
      }
      if (bsn && !/^\d{9}$/.test(bsn)) {
        f[id(`${p}.bsn`)] =
          `${wie}een BSN bestaat uit 9 cijfers. Vul het in zonder spaties of punten.`;
      } else if (bsn && !isGeldigBsn(bsn)) {
        f[id(`${p}.bsn`)] =
          `${wie}dit is geen geldig BSN: het voldoet niet aan de 11-proef. Controleer de cijfers of laat het veld leeg.`;
      }
      const pc = b.postcode?.replace(/\s+/g, '') ?? '';
      if (pc && !/^\d{4}[A-Za-z]{2}$/.test(pc)) {
        f[id(`${p}.postcode`)] =
          `${wie}een postcode bestaat uit 4 cijfers en 2 letters, zoals 3011AA.`;
      }
    });
    return f;
  };

  const tekstveld = (
    i: number,
    veld: keyof NieuweBetrokkene,
    label: string,
    fouten: Fouten,
    extra: { uitleg?: string; type?: string; autoComplete?: string } = {},
  ) => {
    const vid = id(`betrokkenen[${String(i)}].${veld}`);
    return (
      <Veld id={vid} label={label} uitleg={extra.uitleg} fout={fouten[vid]}>
        <Textbox
          id={vid}
          type={extra.type ?? 'text'}
          autoComplete="off"
          value={betrokkenen[i]?.[veld] ?? ''}
          invalid={!!fouten[vid]}
          aria-invalid={fouten[vid] ? true : undefined}
          aria-describedby={beschrijving(vid, !!extra.uitleg, fouten[vid])}
          onChange={(e) => {
            zet(i, veld, e.target.value);
          }}
        />
      </Veld>
    );
  };

  return (
    <>
      <title>Nieuwe casus – Schakel</title>
      <Heading1>Nieuwe casus registreren</Heading1>
      {ref.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {ref.status === 'mislukt' && (
        <Mislukt tekst="Het formulier kon niet worden geladen." detail={ref.detail} />
      )}
      {ref.status === 'klaar' && (
        <Actieformulier
          vorm={VORM}
          titel="Nieuwe casus"
          kop={false}
          knop="Casus registreren"
          controleer={controleer}
          uitvoeren={async () => {
            const casus = await registreerCasus(
              {
                themaId: themaId as NieuweCasus['themaId'],
                aanleiding: aanleiding.trim(),
                levensdomeinen: levensdomeinen as NieuweCasus['levensdomeinen'],
                betrokkenen: betrokkenen.map(schoon),
              },
              gebruiker.csrfToken,
            );
            // Only the id and a flag travel in the URL and history: never a name or BSN.
            void navigate(`/wijkteam/casussen/${casus.id}`, { state: { geregistreerd: true } });
            return 'De casus is geregistreerd.';
          }}
        >
          {(fouten) => {
            const namen = ref.data[0];
            return (
              <>
                <Veld id={id('themaId')} label="Thema" fout={fouten[id('themaId')]}>
                  <Select
                    id={id('themaId')}
                    value={themaId}
                    invalid={!!fouten[id('themaId')]}
                    aria-invalid={fouten[id('themaId')] ? true : undefined}
                    aria-describedby={beschrijving(id('themaId'), false, fouten[id('themaId')])}
                    onChange={(e) => {
                      setThemaId(e.target.value);
                    }}
                  >
                    <SelectOption value="">Kies een thema</SelectOption>
                    {namen.referentie.themas.map((t) => (
                      <SelectOption key={t.id} value={t.id}>
                        {t.naam}
                      </SelectOption>
                    ))}
                  </Select>
                </Veld>
                <Veld
                  id={id('aanleiding')}
                  label="Aanleiding"
                  uitleg="Wat is er aan de hand en waarom zoekt u samenwerking? Ten hoogste 4000 tekens."
                  fout={fouten[id('aanleiding')]}
                >
                  <Textarea
                    id={id('aanleiding')}
                    value={aanleiding}
                    maxLength={4000}
                    invalid={!!fouten[id('aanleiding')]}
                    aria-invalid={fouten[id('aanleiding')] ? true : undefined}
                    aria-describedby={beschrijving(
                      id('aanleiding'),
                      true,
                      fouten[id('aanleiding')],
                    )}
                    onChange={(e) => {
                      setAanleiding(e.target.value);
                    }}
                  />
                </Veld>
                <Keuzes
                  id={id('levensdomeinen')}
                  legenda="Leefgebieden waarop problemen spelen"
                  opties={namen.referentie.levensdomeinen.map((l) => [l.code, l.naam])}
                  gekozen={levensdomeinen}
                  zet={setLevensdomeinen}
                  fout={fouten[id('levensdomeinen')]}
                />
                <Heading2>Betrokkenen</Heading2>
                <Paragraph>
                  Vul per persoon de rol in en wat u weet. Het BSN is niet verplicht; Schakel
                  controleert het met de 11-proef. Persoonsgegevens worden versleuteld bewaard.
                </Paragraph>
                {betrokkenen.map((b, i) => {
                  const p = `betrokkenen[${String(i)}]`;
                  const rolId = id(`${p}.rol`);
                  return (
                    <Fieldset key={i} className="schakel-betrokkene">
                      <FieldsetLegend>Betrokkene {i + 1}</FieldsetLegend>
                      <Veld id={rolId} label="Rol" fout={fouten[rolId]}>
                        <Select
                          id={rolId}
                          value={b.rol}
                          invalid={!!fouten[rolId]}
                          aria-invalid={fouten[rolId] ? true : undefined}
                          aria-describedby={beschrijving(rolId, false, fouten[rolId])}
                          onChange={(e) => {
                            zet(i, 'rol', e.target.value);
                          }}
                        >
                          <SelectOption value="">Kies een rol</SelectOption>
                          {ROLLEN_BETROKKENE.map(([code, naam]) => (
                            <SelectOption key={code} value={code}>
                              {naam}
                            </SelectOption>
                          ))}
                        </Select>
                      </Veld>
                      {tekstveld(i, 'voornamen', 'Voornamen (niet verplicht)', fouten)}
                      {tekstveld(i, 'voorvoegsel', 'Voorvoegsel (niet verplicht)', fouten, {
                        uitleg: "Bijvoorbeeld 'van der'.",
                      })}
                      {tekstveld(i, 'achternaam', 'Achternaam', fouten)}
                      {tekstveld(i, 'bsn', 'BSN (niet verplicht)', fouten, {
                        uitleg: 'Alleen als het bekend is: 9 cijfers.',
                      })}
                      {tekstveld(i, 'geboortedatum', 'Geboortedatum (niet verplicht)', fouten, {
                        type: 'date',
                      })}
                      {tekstveld(i, 'straat', 'Straat (niet verplicht)', fouten)}
                      {tekstveld(i, 'huisnummer', 'Huisnummer (niet verplicht)', fouten)}
                      {tekstveld(i, 'postcode', 'Postcode (niet verplicht)', fouten, {
                        uitleg: 'Vier cijfers en twee letters, zoals 3011AA.',
                      })}
                      {tekstveld(i, 'woonplaats', 'Woonplaats (niet verplicht)', fouten)}
                      <Veld id={id(`${p}.gemeenteCode`)} label="Gemeente (niet verplicht)">
                        <Select
                          id={id(`${p}.gemeenteCode`)}
                          value={b.gemeenteCode ?? ''}
                          onChange={(e) => {
                            zet(i, 'gemeenteCode', e.target.value);
                          }}
                        >
                          <SelectOption value="">Onbekend</SelectOption>
                          {GEMEENTEN.map(([code, naam]) => (
                            <SelectOption key={code} value={code}>
                              {naam}
                            </SelectOption>
                          ))}
                        </Select>
                      </Veld>
                      {betrokkenen.length > 1 && (
                        <Button
                          appearance="secondary-action-button"
                          type="button"
                          onClick={() => {
                            setBetrokkenen((lijst) => lijst.filter((_b, j) => j !== i));
                            setFocus(id('betrokkenen[0].rol'));
                          }}
                        >
                          Betrokkene {i + 1} verwijderen
                        </Button>
                      )}
                    </Fieldset>
                  );
                })}
                {betrokkenen.length < 10 && (
                  <ButtonGroup>
                    <Button
                      appearance="secondary-action-button"
                      type="button"
                      onClick={() => {
                        const nieuw = betrokkenen.length;
                        setBetrokkenen((lijst) => [...lijst, { rol: '' }]);
                        setFocus(id(`betrokkenen[${String(nieuw)}].rol`));
                      }}
                    >
                      Betrokkene toevoegen
                    </Button>
                  </ButtonGroup>
                )}
              </>
            );
          }}
        </Actieformulier>
      )}
    </>
  );
}

/** The case as its wijkteam sees it: data, escalation (with the criteria), triage outcome. */
export function WijkteamCasusPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { id: casusId = '' } = useParams();
  const location = useLocation();
  const geregistreerd =
    (location.state as { geregistreerd?: boolean } | null)?.geregistreerd === true;
  const geladen = useCasusApi(() => getCasus(casusId, SIGNALERING), casusId);
  const [view, setView] = useState<CasusView | undefined>();
  const [melding, setMelding] = useState<string | undefined>(
    geregistreerd
      ? 'De casus is geregistreerd. U kunt hem nu opschalen naar het Zorg- en Veiligheidshuis.'
      : undefined,
  );
  const [criteria, setCriteria] = useState<string[]>([]);
  const [motivering, setMotivering] = useState('');
  const kop = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (geladen.status === 'klaar') setView(geladen.data[1]);
  }, [geladen]);

  if (geladen.status === 'geen-toegang') return <GeenToegang detail={geladen.detail} />;

  const gekozen: Criteria = {
    meerdereLeefdomeinen: criteria.includes('meerdereLeefdomeinen'),
    meerdereKetens: criteria.includes('meerdereKetens'),
    impactOmgeving: criteria.includes('impactOmgeving'),
    ernstigeVeiligheidsproblemen: criteria.includes('ernstigeVeiligheidsproblemen'),
  };
  const voldaan = criteriaVoldaan(gekozen);
  const c = view;
  const namen = geladen.status === 'klaar' ? geladen.data[0] : undefined;

  return (
    <>
      <title>{`Casus${c ? ` ${c.nummer}` : ''} – Schakel`}</title>
      <Heading1 ref={kop}>Casus{c ? ` ${c.nummer}` : ''}</Heading1>
      <Paragraph>
        <AppLink to="/wijkteam/casussen">Terug naar mijn casussen</AppLink>
      </Paragraph>
      {geladen.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {geladen.status === 'mislukt' && (
        <Mislukt
          tekst={
            geladen.code === 404
              ? 'Deze casus bestaat niet of is niet van uw wijkteam.'
              : 'De casus kon niet worden geladen.'
          }
        />
      )}
      {c && namen && (
        <>
          <Gelukt melding={melding} />
          <CasusGegevens c={c} namen={namen} />

          {c.status === 'aangemeld' ? (
            <Actieformulier
              vorm="opschaling"
              titel="Opschalen naar het Zorg- en Veiligheidshuis"
              knop="Casus opschalen"
              controleer={() => {
                const f: Fouten = {};
                if (!voldaan) {
                  f['opschaling-criteria'] =
                    'De casus voldoet niet aan de criteria: kies a, b én c, of kies d.';
                }
                const t = motivering.trim();
                if (!t) f['opschaling-motivering'] = 'Motiveer waarom u de casus opschaalt.';
                else if (t.length > 4000)
                  f['opschaling-motivering'] = 'Gebruik ten hoogste 4000 tekens.';
                return f;
              }}
              apiVeld={(pad) =>
                pad.startsWith('criteria') ? 'opschaling-criteria' : `opschaling-${pad}`
              }
              probleemVeld={() => 'opschaling-criteria'}
              uitvoeren={async () => {
                setView(await schaalOp(c.id, gekozen, motivering.trim(), gebruiker.csrfToken));
                return 'De casus is opgeschaald. Het Zorg- en Veiligheidshuis beoordeelt hem in de triage.';
              }}
              klaar={setMelding}
            >
              {(fouten) => (
                <>
                  <Paragraph>
                    Het Zorg- en Veiligheidshuis neemt een casus op als hij voldoet aan de
                    landelijke criteria. De regel is: <strong>(a en b en c) of d</strong>. Dus: a, b
                    én c gelden allemaal, of d geldt (dan is a, b of c niet nodig).
                  </Paragraph>
                  <Keuzes
                    id="opschaling-criteria"
                    legenda="Welke criteria gelden voor deze casus?"
                    opties={CRITERIA.map(([code, letter, omschrijving]) => [
                      code,
                      `${letter}. ${omschrijving}`,
                    ])}
                    gekozen={criteria}
                    zet={setCriteria}
                    fout={fouten['opschaling-criteria']}
                  />
                  <Paragraph aria-live="polite" className="schakel-criteria-uitkomst">
                    {voldaan
                      ? 'Met deze keuzes voldoet de casus aan de criteria.'
                      : 'Met deze keuzes voldoet de casus (nog) niet aan de criteria.'}
                  </Paragraph>
                  <Veld
                    id="opschaling-motivering"
                    label="Motivering"
                    uitleg="Waarom is opschaling nodig? Licht de gekozen criteria toe. Ten hoogste 4000 tekens."
                    fout={fouten['opschaling-motivering']}
                  >
                    <Textarea
                      id="opschaling-motivering"
                      value={motivering}
                      maxLength={4000}
                      invalid={!!fouten['opschaling-motivering']}
                      aria-invalid={fouten['opschaling-motivering'] ? true : undefined}
                      aria-describedby={beschrijving(
                        'opschaling-motivering',
                        true,
                        fouten['opschaling-motivering'],
                      )}
                      onChange={(e) => {
                        setMotivering(e.target.value);
                      }}
                    />
                  </Veld>
                </>
              )}
            </Actieformulier>
          ) : (
            c.opschaling && (
              <>
                <Heading2>Opschaling</Heading2>
                <Opschaling c={c} />
              </>
            )
          )}

          {c.status !== 'aangemeld' && (
            <>
              <Heading2>Triage door het Zorg- en Veiligheidshuis</Heading2>
              {c.status === 'afgewezen' && (
                <Alert type="warning">
                  <Paragraph>
                    Het Zorg- en Veiligheidshuis heeft de casus afgewezen. De casus blijft bij uw
                    wijkteam.
                  </Paragraph>
                </Alert>
              )}
              <TriageUitkomst c={c} />
            </>
          )}

          <Heading2>Betrokkenen</Heading2>
          <Betrokkenen c={c} />
          {c.deelnemers.length > 0 && (
            <>
              <Heading2>Deelnemers</Heading2>
              <Deelnemers c={c} namen={namen} />
              <Heading2>Uitwisselingen</Heading2>
              <Uitwisselingen c={c} namen={namen} />
            </>
          )}
          <Heading2>Tijdlijn</Heading2>
          <CasusTijdlijn c={c} namen={namen} />
        </>
      )}
    </>
  );
}
