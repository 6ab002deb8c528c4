import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { Gebruiker } from '../api.js';
import { isGeldigBsn } from '@schakel/regels';
import {
  DEELNAME,
  getReferentie,
  Namen,
  REGIE,
  zoekPersoonTijdlijn,
  type PersoonCasus,
  type UitwisselingMetadata,
} from '../casus.js';
import { CategorieLabel } from '../casus-weergave.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { tijdstipTekst } from '../texts.js';
import { alsFout, useApi, type Laadstand } from '../use-api.js';
import { GeenToegang } from './error-page.js';

type Rol = 'zvh' | 'partner';

const ROLLEN: Record<
  Rol,
  { activiteit: typeof REGIE | typeof DEELNAME; casussen: string; uitleg: string }
> = {
  zvh: {
    activiteit: REGIE,
    casussen: '/zvh/casussen',
    uitleg:
      'U ziet de casussen in regie van uw Zorg- en Veiligheidshuis waarin deze persoon betrokkene is, met alle uitwisselingen over deze persoon.',
  },
  partner: {
    activiteit: DEELNAME,
    casussen: '/partner/casussen',
    uitleg:
      'U ziet alleen casussen waaraan uw organisatie nu deelneemt met identificatie in haar need-to-know, en alleen uitwisselingen waarbij uw organisatie verstrekker of ontvanger is.',
  },
};

interface Resultaat {
  bsn: string;
  casussen: PersoonCasus[];
}

/**
 * The last search per user and role, kept in memory only while the app is open, so that
 * "terug" from a case shows it again. Never in the URL or the history state: it holds a BSN.
 * Logging out loads another page, which empties it.
 */
const geheugen = new Map<string, { bsn: string; resultaat?: Resultaat }>();

function controleer(bsn: string): string | undefined {
  if (!bsn) return 'Vul het BSN van de persoon in.';
  if (!/^\d{9}$/.test(bsn)) {
    return 'Een BSN bestaat uit 9 cijfers. Vul het BSN in zonder spaties of punten.';
  }
  if (!isGeldigBsn(bsn)) {
    return 'Dit is geen geldig BSN: het voldoet niet aan de 11-proef. Controleer de cijfers.';
  }
  return undefined;
}

const LEGE_REFERENTIE = {
  themas: [],
  levensdomeinen: [],
  categorieen: [],
  statussen: [],
  redenenNietInformeren: [],
  organisaties: [],
};

/** The exchanges about the person in one case, oldest first: metadata only, no content. */
function Uitwisselingstabel({ c, namen }: { c: PersoonCasus; namen: Namen }) {
  if (c.uitwisselingen.length === 0) {
    return (
      <Paragraph>
        In deze casus zijn (voor u zichtbaar) geen uitwisselingen over deze persoon geregistreerd.
      </Paragraph>
    );
  }
  const opTijd = [...c.uitwisselingen].sort((a, b) =>
    a.geregistreerdOp.localeCompare(b.geregistreerdOp),
  );
  const ontvangst = (u: UitwisselingMetadata) =>
    u.naar.map(
      (x) =>
        `${namen.organisatie(x.organisatie)}: ${x.ontvangenOp ? `bevestigd op ${tijdstipTekst(x.ontvangenOp)}` : 'nog niet bevestigd'}`,
    );
  const bijschrift = `tijdlijn-bijschrift-${c.id}`;
  return (
    // A wide table may scroll sideways: the region takes the keyboard focus for that.
    <div className="schakel-tabel" role="region" aria-labelledby={bijschrift} tabIndex={0}>
      <Table>
        <TableCaption id={bijschrift}>
          Uitwisselingen over deze persoon in casus {c.nummer}, oudste eerst
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Datum</TableHeaderCell>
            <TableHeaderCell scope="col">Van</TableHeaderCell>
            <TableHeaderCell scope="col">Aan</TableHeaderCell>
            <TableHeaderCell scope="col">Gegevenscategorieën</TableHeaderCell>
            <TableHeaderCell scope="col">Doel (verwerkingsactiviteit)</TableHeaderCell>
            <TableHeaderCell scope="col">Grondslag</TableHeaderCell>
            <TableHeaderCell scope="col">Ontvangst</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {opTijd.map((u) => (
            <TableRow key={u.id}>
              <TableHeaderCell scope="row">{tijdstipTekst(u.geregistreerdOp)}</TableHeaderCell>
              <TableCell>{namen.organisatie(u.van)}</TableCell>
              <TableCell>
                {u.naar.map((x) => namen.organisatie(x.organisatie)).join(', ')}
              </TableCell>
              <TableCell>
                {u.categorieen.map((code, i) => (
                  <span key={code}>
                    {i > 0 && ', '}
                    <CategorieLabel namen={namen} code={code} />
                  </span>
                ))}
              </TableCell>
              <TableCell>{u.activiteit.naam}</TableCell>
              <TableCell>{u.grondslag}</TableCell>
              <TableCell>
                {ontvangst(u).map((regel, i) => (
                  <span key={i}>
                    {i > 0 && <br />}
                    {regel}
                  </span>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * "Tijdlijn van een persoon": the cases and exchanges about one person (by BSN) that the
 * actor may see. The BSN is checked with the 11-proef here and sent in the body only.
 */
export function PersoonTijdlijnPage({ gebruiker, rol }: { gebruiker: Gebruiker; rol: Rol }) {
  const { activiteit, casussen, uitleg } = ROLLEN[rol];
  const sleutel = `${activiteit}:${gebruiker.id}`;
  const [bsn, setBsn] = useState(geheugen.get(sleutel)?.bsn ?? '');
  const [fout, setFout] = useState<string | undefined>();
  const [resultaat, setResultaat] = useState<Resultaat | undefined>(
    geheugen.get(sleutel)?.resultaat,
  );
  const [zoekstand, setZoekstand] = useState<Laadstand<null> | undefined>();
  const overzicht = useRef<HTMLDivElement>(null);
  const resultaatKop = useRef<HTMLHeadingElement>(null);
  const [focusNaar, setFocusNaar] = useState<'overzicht' | 'resultaat' | undefined>();
  const referentie = useApi(() => getReferentie(), 'referentie');
  const namen = new Namen(referentie.status === 'klaar' ? referentie.data : LEGE_REFERENTIE);

  useEffect(() => {
    geheugen.set(sleutel, { bsn, resultaat });
  }, [sleutel, bsn, resultaat]);

  useEffect(() => {
    if (focusNaar === 'overzicht') overzicht.current?.focus();
    if (focusNaar === 'resultaat') resultaatKop.current?.focus();
    setFocusNaar(undefined);
  }, [focusNaar]);

  const verstuur = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const waarde = bsn.trim();
    const gevonden = controleer(waarde);
    setFout(gevonden);
    if (gevonden) {
      setFocusNaar('overzicht');
      return;
    }
    setZoekstand({ status: 'laden' });
    try {
      const lijst = await zoekPersoonTijdlijn(waarde, activiteit, gebruiker.csrfToken);
      setResultaat({ bsn: waarde, casussen: lijst });
      setZoekstand({ status: 'klaar', data: null });
      setFocusNaar('resultaat');
    } catch (err) {
      const f = alsFout(err);
      if (f?.status === 'mislukt' && f.code === 400) {
        // The API's shape check (9 digits); the browser's check should have caught it first.
        setFout(`Schakel kon dit BSN niet gebruiken${f.detail ? `: ${f.detail}` : '.'}`);
        setZoekstand(undefined);
        setFocusNaar('overzicht');
        return;
      }
      if (f) setZoekstand(f);
    }
  };

  if (zoekstand?.status === 'geen-toegang') return <GeenToegang detail={zoekstand.detail} />;

  const aantal = resultaat?.casussen.length ?? 0;
  return (
    <>
      <title>{`${fout ? 'Fout: ' : ''}Tijdlijn van een persoon – Schakel`}</title>
      <Heading1>Tijdlijn van een persoon</Heading1>
      <Paragraph>
        Zoek op BSN in welke casussen een persoon voorkomt en welke gegevens over deze persoon zijn
        uitgewisseld, van wie aan wie en wanneer. {uitleg} De inhoud van een uitwisseling staat op
        de pagina van de casus. Elke zoekvraag wordt vastgelegd, ook als er niets wordt gevonden.
      </Paragraph>
      <Foutoverzicht ref={overzicht} fouten={fout ? [['tijdlijn-bsn', fout]] : []} />
      <form
        onSubmit={(e) => void verstuur(e)}
        noValidate
        aria-label="Tijdlijn van een persoon zoeken"
      >
        <Veld
          id="tijdlijn-bsn"
          label="BSN van de persoon"
          uitleg="9 cijfers. Het BSN gaat alleen mee in de zoekvraag zelf en komt nooit in een webadres."
          fout={fout}
        >
          <Textbox
            id="tijdlijn-bsn"
            name="bsn"
            value={bsn}
            inputMode="numeric"
            autoComplete="off"
            maxLength={9}
            invalid={!!fout}
            aria-invalid={fout ? true : undefined}
            aria-describedby={beschrijving('tijdlijn-bsn', true, fout)}
            onChange={(e) => {
              setBsn(e.target.value);
            }}
          />
        </Veld>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            type="submit"
            busy={zoekstand?.status === 'laden'}
          >
            Zoeken
          </Button>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => {
              setBsn('');
              setFout(undefined);
              setResultaat(undefined);
              setZoekstand(undefined);
            }}
          >
            Wissen
          </Button>
        </ButtonGroup>
      </form>

      <div aria-live="polite" aria-busy={zoekstand?.status === 'laden'}>
        {zoekstand?.status === 'laden' && <Paragraph>Bezig met zoeken…</Paragraph>}
        {zoekstand?.status === 'mislukt' && (
          <Mislukt
            tekst="Het zoeken is niet gelukt. Probeer het later opnieuw."
            detail={zoekstand.detail}
          />
        )}
      </div>

      {resultaat && (
        <section aria-labelledby="tijdlijn-resultaat">
          <Heading2 id="tijdlijn-resultaat" ref={resultaatKop} tabIndex={-1}>
            Resultaat
          </Heading2>
          {aantal === 0 ? (
            <>
              <Paragraph>
                Er is niets gevonden over deze persoon dat u mag zien (BSN {resultaat.bsn}).
              </Paragraph>
              <Paragraph>
                Dat kan betekenen dat de persoon in geen enkele casus voorkomt, of dat die casussen
                buiten uw taak of need-to-know vallen. Schakel maakt daartussen bewust geen
                onderscheid.
              </Paragraph>
            </>
          ) : (
            <>
              <Paragraph>
                {aantal === 1 ? '1 casus' : `${String(aantal)} casussen`} gevonden waarin de persoon
                met BSN {resultaat.bsn} betrokkene is, nieuwste casus eerst.
              </Paragraph>
              {resultaat.casussen.map((c) => (
                <section
                  key={c.id}
                  aria-labelledby={`tijdlijn-casus-${c.id}`}
                  className="schakel-uitwisseling"
                >
                  <Heading3 id={`tijdlijn-casus-${c.id}`}>Casus {c.nummer}</Heading3>
                  <DataList appearance="rows">
                    <DataListItem>
                      <DataListKey>Thema</DataListKey>
                      <DataListValue>{namen.thema(c.thema)}</DataListValue>
                    </DataListItem>
                    <DataListItem>
                      <DataListKey>Status</DataListKey>
                      <DataListValue>{namen.status(c.status)}</DataListValue>
                    </DataListItem>
                  </DataList>
                  <Paragraph>
                    <AppLink to={`${casussen}/${c.id}`}>Casus {c.nummer} openen</AppLink>
                  </Paragraph>
                  <Uitwisselingstabel c={c} namen={namen} />
                </section>
              ))}
            </>
          )}
        </section>
      )}
    </>
  );
}
