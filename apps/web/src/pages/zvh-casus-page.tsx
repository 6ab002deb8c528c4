import {
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import {
  beeindigDeelname,
  getCasus,
  getProcesregisseurs,
  legInformerenVast,
  nodigUit,
  REGIE,
  registreerUitwisseling,
  sluitAf,
  triageer,
  wijzigDeelname,
  type CasusView,
  type Namen,
  type Procesregisseur,
} from '../casus.js';
import {
  Actieformulier,
  actieveDeelnemers,
  alsInformeren,
  Betrokkenen,
  betrokkeneNaam,
  CasusGegevens,
  CasusTijdlijn,
  CategorieKeuze,
  controleerInformeren,
  Deelnemers,
  Gelukt,
  GEEN_INFORMEREN,
  InformerenVelden,
  Opschaling,
  Radiogroep,
  TriageUitkomst,
  Uitwisselingen,
  UitwisselingFormulier,
  useCasusApi,
  type Fouten,
  type InformerenInvoer,
} from '../casus-weergave.js';
import { beschrijving, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { useApi } from '../use-api.js';
import { GeenToegang } from './error-page.js';

type Bijwerken = (view: CasusView, melding: string) => void;

/**
 * The procesregisseurs to choose from: the API's list, with the logged-in user (who may always
 * name themself) first, whatever the list holds; by name, never by id.
 */
function procesregisseurKeuzes(gebruiker: Gebruiker, lijst: Procesregisseur[]): Procesregisseur[] {
  const zelf = lijst.find((r) => r.id === gebruiker.id) ?? {
    id: gebruiker.id,
    naam: gebruiker.naam ?? 'Uzelf',
  };
  const anderen = lijst
    .filter((r) => r.id !== gebruiker.id)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return [zelf, ...anderen];
}

const naamVan = (keuzes: Procesregisseur[], id: string) =>
  keuzes.find((r) => r.id === id)?.naam ?? 'de gekozen collega';

/** Accept (naming the procesregisseur) or decline (with a reason). */
function Triage({ c, gebruiker, klaar }: { c: CasusView; gebruiker: Gebruiker; klaar: Bijwerken }) {
  const [besluit, setBesluit] = useState('');
  const [reden, setReden] = useState('');
  const [regisseur, setRegisseur] = useState(gebruiker.id);
  const regisseurs = useApi(getProcesregisseurs, 'procesregisseurs');
  const keuzes = procesregisseurKeuzes(
    gebruiker,
    regisseurs.status === 'klaar' ? regisseurs.data : [],
  );
  return (
    <Actieformulier
      vorm="triage"
      titel="Triage: accepteren of afwijzen"
      knop="Besluit vastleggen"
      controleer={() => {
        const f: Fouten = {};
        if (!besluit) f['triage-besluit'] = 'Kies of u de casus accepteert of afwijst.';
        if (besluit === 'afwijzen' && !reden.trim()) {
          f['triage-reden'] = 'Geef de reden van de afwijzing; het wijkteam ziet die.';
        }
        if (besluit === 'accepteren' && !keuzes.some((r) => r.id === regisseur)) {
          f['triage-procesregisseurId'] = 'Kies wie de procesregisseur wordt.';
        }
        return f;
      }}
      uitvoeren={async () => {
        const view = await triageer(
          c.id,
          besluit === 'accepteren'
            ? {
                besluit: 'accepteren',
                procesregisseurId: regisseur,
                ...(reden.trim() ? { reden: reden.trim() } : {}),
              }
            : { besluit: 'afwijzen', reden: reden.trim() },
          gebruiker.csrfToken,
        );
        const melding =
          besluit === 'accepteren'
            ? `De casus is geaccepteerd. Procesregisseur: ${view.procesregisseur?.naam ?? naamVan(keuzes, regisseur)}. Nodig nu de deelnemers uit.`
            : 'De casus is afgewezen. Het wijkteam ziet de reden.';
        klaar(view, melding);
        return melding;
      }}
    >
      {(fouten) => (
        <>
          <Radiogroep
            id="triage-besluit"
            legenda="Besluit"
            opties={[
              ['accepteren', 'Accepteren: het Zorg- en Veiligheidshuis neemt de regie'],
              ['afwijzen', 'Afwijzen: de casus blijft bij de aanmelder'],
            ]}
            waarde={besluit}
            kies={setBesluit}
            fout={fouten['triage-besluit']}
          />
          {besluit === 'accepteren' && (
            <Veld
              id="triage-procesregisseurId"
              label="Procesregisseur"
              uitleg="Wie de regie over deze casus voert. Standaard uzelf; u kunt een collega-procesregisseur van uw Zorg- en Veiligheidshuis kiezen."
              fout={fouten['triage-procesregisseurId']}
            >
              <Select
                id="triage-procesregisseurId"
                value={regisseur}
                invalid={!!fouten['triage-procesregisseurId']}
                aria-invalid={fouten['triage-procesregisseurId'] ? true : undefined}
                aria-describedby={[
                  beschrijving(
                    'triage-procesregisseurId',
                    true,
                    fouten['triage-procesregisseurId'],
                  ),
                  'triage-procesregisseurs-stand',
                ].join(' ')}
                onChange={(e) => {
                  setRegisseur(e.target.value);
                }}
              >
                {keuzes.map((r) => (
                  <SelectOption key={r.id} value={r.id}>
                    {r.id === gebruiker.id ? `${r.naam} (uzelf)` : r.naam}
                  </SelectOption>
                ))}
              </Select>
              <div id="triage-procesregisseurs-stand" aria-live="polite">
                {regisseurs.status === 'laden' && (
                  <Paragraph>Bezig met laden van de procesregisseurs…</Paragraph>
                )}
                {(regisseurs.status === 'mislukt' || regisseurs.status === 'geen-toegang') && (
                  <Mislukt tekst="De lijst met procesregisseurs kon niet worden geladen. U kunt uzelf kiezen, of de pagina opnieuw laden." />
                )}
              </div>
            </Veld>
          )}
          <Veld
            id="triage-reden"
            label={
              besluit === 'afwijzen'
                ? 'Reden van de afwijzing'
                : 'Reden (niet verplicht bij accepteren)'
            }
            fout={fouten['triage-reden']}
          >
            <Textarea
              id="triage-reden"
              value={reden}
              maxLength={2000}
              invalid={!!fouten['triage-reden']}
              aria-invalid={fouten['triage-reden'] ? true : undefined}
              aria-describedby={beschrijving('triage-reden', false, fouten['triage-reden'])}
              onChange={(e) => {
                setReden(e.target.value);
              }}
            />
          </Veld>
        </>
      )}
    </Actieformulier>
  );
}

/** Invites an organisation with its need-to-know (the categories it may receive and see). */
function Uitnodigen({
  c,
  namen,
  gebruiker,
  klaar,
}: {
  c: CasusView;
  namen: Namen;
  gebruiker: Gebruiker;
  klaar: Bijwerken;
}) {
  const [organisatie, setOrganisatie] = useState('');
  const [categorieen, setCategorieen] = useState<string[]>([]);
  // Not who takes part already, not the platform, and of the wijkteams only the case's own.
  const actief = new Set(actieveDeelnemers(c).map((d) => d.organisatie));
  const kandidaten = namen.referentie.organisaties
    .filter(
      (o) =>
        !actief.has(o.code) &&
        o.type !== 'platform' &&
        (o.type !== 'sociaal-wijkteam' || o.code === c.sleutelpartner),
    )
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return (
    <Actieformulier
      vorm="uitnodigen"
      titel="Deelnemer uitnodigen"
      knop="Uitnodigen"
      controleer={() => {
        const f: Fouten = {};
        if (!organisatie) f['uitnodigen-organisatie'] = 'Kies de organisatie die u uitnodigt.';
        if (categorieen.length === 0) {
          f['uitnodigen-categorieen'] = 'Kies ten minste één gegevenscategorie (need-to-know).';
        }
        return f;
      }}
      probleemVeld={() => 'uitnodigen-organisatie'}
      uitvoeren={async () => {
        const view = await nodigUit(c.id, organisatie, categorieen, gebruiker.csrfToken);
        const melding = `${namen.organisatie(organisatie)} is uitgenodigd, met need-to-know: ${namen.categorieen(categorieen)}.`;
        setOrganisatie('');
        setCategorieen([]);
        klaar(view, melding);
        return melding;
      }}
    >
      {(fouten) => (
        <>
          <Paragraph>
            Een deelnemer ziet alleen de gegevenscategorieën die u hier kiest (need-to-know), en
            alleen zolang de deelname loopt.
          </Paragraph>
          <Veld
            id="uitnodigen-organisatie"
            label="Organisatie"
            fout={fouten['uitnodigen-organisatie']}
          >
            <Select
              id="uitnodigen-organisatie"
              value={organisatie}
              invalid={!!fouten['uitnodigen-organisatie']}
              aria-invalid={fouten['uitnodigen-organisatie'] ? true : undefined}
              aria-describedby={beschrijving(
                'uitnodigen-organisatie',
                false,
                fouten['uitnodigen-organisatie'],
              )}
              onChange={(e) => {
                setOrganisatie(e.target.value);
              }}
            >
              <SelectOption value="">Kies een organisatie</SelectOption>
              {kandidaten.map((o) => (
                <SelectOption key={o.code} value={o.code}>
                  {o.naam}
                </SelectOption>
              ))}
            </Select>
          </Veld>
          <CategorieKeuze
            id="uitnodigen-categorieen"
            legenda="Need-to-know: welke gegevenscategorieën heeft deze organisatie nodig?"
            namen={namen}
            gekozen={categorieen}
            zet={setCategorieen}
            fout={fouten['uitnodigen-categorieen']}
          />
        </>
      )}
    </Actieformulier>
  );
}

/** Changes or ends one organisation's participation. */
function Deelname({
  c,
  organisatie,
  namen,
  gebruiker,
  klaar,
}: {
  c: CasusView;
  organisatie: string;
  namen: Namen;
  gebruiker: Gebruiker;
  klaar: Bijwerken;
}) {
  const huidig = c.deelnemers.find((d) => d.organisatie === organisatie)?.categorieen ?? [];
  const [categorieen, setCategorieen] = useState<string[]>(huidig);
  const [fout, setFout] = useState<string | undefined>();
  const [bezig, setBezig] = useState(false);
  const naam = namen.organisatie(organisatie);
  const vorm = `deelname-${organisatie}`;
  return (
    <details className="schakel-deelname">
      <summary>Deelname van {naam} wijzigen of beëindigen</summary>
      <Actieformulier
        vorm={vorm}
        titel={`Need-to-know van ${naam} wijzigen`}
        kop={false}
        knop="Need-to-know wijzigen"
        controleer={() =>
          categorieen.length === 0
            ? { [`${vorm}-categorieen`]: 'Kies ten minste één categorie, of beëindig de deelname.' }
            : {}
        }
        uitvoeren={async () => {
          const view = await wijzigDeelname(c.id, organisatie, categorieen, gebruiker.csrfToken);
          const melding = `De need-to-know van ${naam} is nu: ${namen.categorieen(categorieen)}.`;
          klaar(view, melding);
          return melding;
        }}
      >
        {(fouten) => (
          <CategorieKeuze
            id={`${vorm}-categorieen`}
            legenda={`Need-to-know van ${naam}`}
            namen={namen}
            gekozen={categorieen}
            zet={setCategorieen}
            fout={fouten[`${vorm}-categorieen`]}
          />
        )}
      </Actieformulier>
      <div aria-live="polite">{fout && <Mislukt tekst={fout} />}</div>
      <Button
        appearance="secondary-action-button"
        type="button"
        busy={bezig}
        onClick={() => {
          setBezig(true);
          setFout(undefined);
          beeindigDeelname(c.id, organisatie, gebruiker.csrfToken).then(
            (view) => {
              setBezig(false);
              klaar(view, `De deelname van ${naam} is beëindigd.`);
            },
            () => {
              setBezig(false);
              setFout('Het beëindigen is niet gelukt. Probeer het opnieuw.');
            },
          );
        }}
      >
        Deelname van {naam} beëindigen
      </Button>
    </details>
  );
}

/** Closes the case; each decision not to inform a person is reviewed again. */
function Afsluiten({
  c,
  gebruiker,
  klaar,
}: {
  c: CasusView;
  gebruiker: Gebruiker;
  klaar: Bijwerken;
}) {
  const [reden, setReden] = useState('');
  const teBeoordelen = c.betrokkenen.filter(
    (b) => !b.informeren || b.informeren.besluit === 'niet-informeren',
  );
  const [besluiten, setBesluiten] = useState<Record<string, InformerenInvoer>>({});
  const prefix = (persoonId: string) => `afsluiten-${persoonId}`;
  return (
    <Actieformulier
      vorm="afsluiten"
      titel="Casus afsluiten"
      knop="Casus afsluiten"
      controleer={() => {
        const f: Fouten = {};
        if (!reden.trim()) f['afsluiten-reden'] = 'Geef de reden van het afsluiten.';
        teBeoordelen.forEach((b) => {
          const i = c.betrokkenen.indexOf(b);
          Object.assign(
            f,
            controleerInformeren(
              prefix(b.persoonId),
              besluiten[b.persoonId] ?? GEEN_INFORMEREN,
              `${betrokkeneNaam(b, i)}: `,
            ),
          );
        });
        return f;
      }}
      probleemVeld={() =>
        teBeoordelen[0] ? `${prefix(teBeoordelen[0].persoonId)}-besluit` : 'afsluiten-reden'
      }
      uitvoeren={async () => {
        const view = await sluitAf(
          c.id,
          reden.trim(),
          teBeoordelen.map((b) => ({
            persoonId: b.persoonId,
            ...alsInformeren(besluiten[b.persoonId] ?? GEEN_INFORMEREN),
          })),
          gebruiker.csrfToken,
        );
        const melding = 'De casus is afgesloten. Alle deelnames zijn beëindigd.';
        klaar(view, melding);
        return melding;
      }}
    >
      {(fouten) => (
        <>
          <Paragraph>
            Na het afsluiten eindigen alle deelnames. De gegevens worden bewaard tot het einde van
            de bewaartermijn van het thema.
          </Paragraph>
          <Veld
            id="afsluiten-reden"
            label="Reden van het afsluiten"
            fout={fouten['afsluiten-reden']}
          >
            <Textarea
              id="afsluiten-reden"
              value={reden}
              maxLength={2000}
              invalid={!!fouten['afsluiten-reden']}
              aria-invalid={fouten['afsluiten-reden'] ? true : undefined}
              aria-describedby={beschrijving('afsluiten-reden', false, fouten['afsluiten-reden'])}
              onChange={(e) => {
                setReden(e.target.value);
              }}
            />
          </Veld>
          {teBeoordelen.length > 0 && (
            <>
              <Heading3>Informeren opnieuw beoordelen</Heading3>
              <Paragraph>
                Deze betrokkenen zijn niet of nog niet geïnformeerd. Beoordeel voor elk opnieuw of
                de reden om niet te informeren nog geldt.
              </Paragraph>
              {teBeoordelen.map((b) => {
                const i = c.betrokkenen.indexOf(b);
                return (
                  <InformerenVelden
                    key={b.persoonId}
                    prefix={prefix(b.persoonId)}
                    legenda={`${betrokkeneNaam(b, i)}: ${b.informeren ? 'nu niet geïnformeerd' : 'nog geen besluit'}`}
                    w={besluiten[b.persoonId] ?? GEEN_INFORMEREN}
                    zet={(w) => {
                      setBesluiten((x) => ({ ...x, [b.persoonId]: w }));
                    }}
                    fouten={fouten}
                  />
                );
              })}
            </>
          )}
        </>
      )}
    </Actieformulier>
  );
}

/** Records whether one person was informed. */
function InformerenFormulier({
  c,
  persoonId,
  naam,
  gebruiker,
  klaar,
}: {
  c: CasusView;
  persoonId: string;
  naam: string;
  gebruiker: Gebruiker;
  klaar: Bijwerken;
}) {
  const [w, setW] = useState<InformerenInvoer>(GEEN_INFORMEREN);
  const prefix = `informeren-${persoonId}`;
  return (
    <details className="schakel-deelname">
      <summary>Informeren van {naam} vastleggen</summary>
      <Actieformulier
        vorm={prefix}
        titel={`Informeren van ${naam}`}
        kop={false}
        knop="Informeren vastleggen"
        controleer={() => controleerInformeren(prefix, w)}
        uitvoeren={async () => {
          const view = await legInformerenVast(
            c.id,
            persoonId,
            alsInformeren(w),
            gebruiker.csrfToken,
          );
          const melding = `Het informeren van ${naam} is vastgelegd.`;
          setW(GEEN_INFORMEREN);
          klaar(view, melding);
          return melding;
        }}
      >
        {(fouten) => (
          <InformerenVelden
            prefix={prefix}
            legenda={`Is ${naam} geïnformeerd over het delen van gegevens?`}
            w={w}
            zet={setW}
            fouten={fouten}
          />
        )}
      </Actieformulier>
    </details>
  );
}

/** The case in regie of the Zorg- en Veiligheidshuis: triage, participants, exchanges, closure. */
export function ZvhCasusPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { id = '' } = useParams();
  const geladen = useCasusApi(() => getCasus(id, REGIE), id);
  const [view, setView] = useState<CasusView | undefined>();
  const [melding, setMelding] = useState<string | undefined>();
  /** A new key after each step, so the forms start empty again. */
  const [versie, setVersie] = useState(0);

  useEffect(() => {
    if (geladen.status === 'klaar') setView(geladen.data[1]);
  }, [geladen]);

  if (geladen.status === 'geen-toegang') return <GeenToegang detail={geladen.detail} />;

  const klaar: Bijwerken = (nieuw, tekst) => {
    setView(nieuw);
    setVersie((v) => v + 1);
    setMelding(tekst);
  };
  const c = view;
  const namen = geladen.status === 'klaar' ? geladen.data[0] : undefined;
  const lopend = c ? ['geaccepteerd', 'actief'].includes(c.status) : false;

  return (
    <>
      <title>{`Casus${c ? ` ${c.nummer}` : ''} (regie) – Schakel`}</title>
      <Heading1>Casus{c ? ` ${c.nummer}` : ''}</Heading1>
      <Paragraph>
        <AppLink to="/zvh/casussen">Terug naar de casussen in regie</AppLink>
        {' · '}
        <AppLink to="/zvh/triage">Naar de triage</AppLink>
      </Paragraph>
      {geladen.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {geladen.status === 'mislukt' && (
        <Mislukt
          tekst={
            geladen.code === 404
              ? 'Deze casus bestaat niet of is niet opgeschaald naar uw Zorg- en Veiligheidshuis.'
              : 'De casus kon niet worden geladen.'
          }
        />
      )}
      {c && namen && (
        <>
          <Gelukt key={`gelukt-${String(versie)}`} melding={melding} />
          <nav aria-label="Op deze pagina" className="schakel-paginanav">
            <UnorderedList>
              {[
                ...(c.opschaling ? [['casus-opschaling', 'Opschaling']] : []),
                ['casus-triage', 'Triage'],
                ['casus-betrokkenen', 'Betrokkenen'],
                ['casus-deelnemers', 'Deelnemers'],
                ['casus-uitwisselingen', 'Uitwisselingen'],
                ...(lopend ? [['casus-afsluiten', 'Afsluiten']] : []),
                ['casus-tijdlijn', 'Tijdlijn'],
              ].map(([anker = '', tekst]) => (
                <UnorderedListItem key={anker}>
                  <a href={`#${anker}`}>{tekst}</a>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </nav>
          <CasusGegevens c={c} namen={namen} />
          {c.opschaling && (
            <>
              <Heading2 id="casus-opschaling">
                Opschaling door {namen.organisatie(c.sleutelpartner)}
              </Heading2>
              <Opschaling c={c} />
            </>
          )}
          <span id="casus-triage" />
          {c.status === 'in-triage' ? (
            <Triage key={`triage-${String(versie)}`} c={c} gebruiker={gebruiker} klaar={klaar} />
          ) : (
            <>
              <Heading2>Triage</Heading2>
              <TriageUitkomst c={c} />
            </>
          )}

          <Heading2 id="casus-betrokkenen">Betrokkenen</Heading2>
          <Betrokkenen
            c={c}
            acties={(b, i) =>
              lopend && (
                <InformerenFormulier
                  key={`${b.persoonId}-${String(versie)}`}
                  c={c}
                  persoonId={b.persoonId}
                  naam={betrokkeneNaam(b, i)}
                  gebruiker={gebruiker}
                  klaar={klaar}
                />
              )
            }
          />

          <Heading2 id="casus-deelnemers">Deelnemers</Heading2>
          <Deelnemers c={c} namen={namen} />
          {lopend &&
            actieveDeelnemers(c)
              .filter((d) => d.organisatie !== c.regieOrganisatie)
              .map((d) => (
                <Deelname
                  key={`${d.organisatie}-${String(versie)}`}
                  c={c}
                  organisatie={d.organisatie}
                  namen={namen}
                  gebruiker={gebruiker}
                  klaar={klaar}
                />
              ))}
          {lopend && (
            <Uitnodigen
              key={`uitnodigen-${String(versie)}`}
              c={c}
              namen={namen}
              gebruiker={gebruiker}
              klaar={klaar}
            />
          )}

          <Heading2 id="casus-uitwisselingen">Uitwisselingen</Heading2>
          <Uitwisselingen c={c} namen={namen} />
          {c.status === 'actief' && (
            <UitwisselingFormulier
              key={`uitwisseling-${String(versie)}`}
              c={c}
              namen={namen}
              eigenOrganisatie={c.regieOrganisatie ?? gebruiker.organisatie.code}
              vanKiezen
              registreer={(u) => registreerUitwisseling(c.id, u, REGIE, gebruiker.csrfToken)}
              klaar={(tekst) => {
                void getCasus(c.id, REGIE).then((nieuw) => {
                  klaar(nieuw, tekst);
                });
              }}
            />
          )}

          {lopend && <span id="casus-afsluiten" />}
          {lopend && (
            <Afsluiten
              key={`afsluiten-${String(versie)}`}
              c={c}
              gebruiker={gebruiker}
              klaar={klaar}
            />
          )}

          <Heading2 id="casus-tijdlijn">Tijdlijn</Heading2>
          <CasusTijdlijn c={c} namen={namen} />
        </>
      )}
    </>
  );
}
