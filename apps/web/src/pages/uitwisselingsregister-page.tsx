import {
  Button,
  Heading1,
  Heading2,
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
import { getUitwisselingsregister, type Namen, type Uitwisselingsregister } from '../casus.js';
import { CategorieLabel, useCasusApi } from '../casus-weergave.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { Stroomgrafiek } from '../grafiek.js';
import { tijdstipTekst } from '../texts.js';
import { GeenToegang } from './error-page.js';

interface Periode {
  vanaf: string;
  tot: string;
}

/** The FG's view of the exchange register: metadata only, and the flows between organisations. */
export function UitwisselingsregisterPage() {
  const [velden, setVelden] = useState<Periode>({ vanaf: '', tot: '' });
  const [periode, setPeriode] = useState<Periode>(velden);
  const [fout, setFout] = useState<string | undefined>();
  const overzicht = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  const stand = useCasusApi(
    () =>
      getUitwisselingsregister(
        periode.vanaf,
        // "tot en met" a date: the API's `tot` is exclusive, so the day after.
        periode.tot ? volgendeDag(periode.tot) : '',
      ),
    JSON.stringify(periode),
  );

  useEffect(() => {
    if (focus > 0) overzicht.current?.focus();
  }, [focus]);

  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;

  const verstuur = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (velden.vanaf && velden.tot && velden.tot < velden.vanaf) {
      setFout('De einddatum ligt voor de begindatum.');
      setFocus((f) => f + 1);
      return;
    }
    setFout(undefined);
    setPeriode(velden);
  };

  return (
    <>
      <title>{`${fout ? 'Fout: ' : ''}Uitwisselingsregister – Schakel`}</title>
      <Heading1>Uitwisselingsregister</Heading1>
      <Paragraph>
        Welke organisatie welke categorieën persoonsgegevens aan welke organisatie verstrekte, in
        casussen waaraan uw organisatie deelneemt of deelnam. U ziet alleen metagegevens: geen
        inhoud, geen namen en geen motiveringen.
      </Paragraph>
      <Foutoverzicht ref={overzicht} fouten={fout ? [['register-tot', fout]] : []} />
      <form onSubmit={verstuur} noValidate aria-label="Periode van het uitwisselingsregister">
        <Veld id="register-vanaf" label="Vanaf datum (niet verplicht)">
          <Textbox
            id="register-vanaf"
            type="date"
            value={velden.vanaf}
            onChange={(e) => {
              setVelden({ ...velden, vanaf: e.target.value });
            }}
          />
        </Veld>
        <Veld id="register-tot" label="Tot en met datum (niet verplicht)" fout={fout}>
          <Textbox
            id="register-tot"
            type="date"
            value={velden.tot}
            invalid={!!fout}
            aria-invalid={fout ? true : undefined}
            aria-describedby={beschrijving('register-tot', false, fout)}
            onChange={(e) => {
              setVelden({ ...velden, tot: e.target.value });
            }}
          />
        </Veld>
        <Button appearance="primary-action-button" type="submit" busy={stand.status === 'laden'}>
          Tonen
        </Button>
      </form>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>Het register wordt opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt
            tekst="Het uitwisselingsregister kon niet worden geladen."
            detail={stand.detail}
          />
        )}
        {stand.status === 'klaar' && (
          <Paragraph>
            {stand.data[1].uitwisselingen.length === 1
              ? '1 uitwisseling gevonden.'
              : `${String(stand.data[1].uitwisselingen.length)} uitwisselingen gevonden.`}
          </Paragraph>
        )}
      </div>
      {stand.status === 'klaar' && <Register namen={stand.data[0]} r={stand.data[1]} />}
    </>
  );
}

function volgendeDag(datum: string): string {
  const d = new Date(`${datum}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function Register({ namen, r }: { namen: Namen; r: Uitwisselingsregister }) {
  return (
    <>
      <Stroomgrafiek
        id="stromen"
        titel="Stromen van persoonsgegevens tussen organisaties"
        stromen={r.stromen.map((s) => {
          const c = namen.categorieInfo(s.categorie);
          return {
            van: namen.organisatie(s.van),
            naar: namen.organisatie(s.naar),
            categorie: c.naam,
            artikel: c.avgArtikel ?? null,
            aantal: s.aantal,
          };
        })}
      />
      <Heading2>Uitwisselingen</Heading2>
      {r.uitwisselingen.length === 0 ? (
        <Paragraph>Geen uitwisselingen in deze periode.</Paragraph>
      ) : (
        // A wide table may scroll sideways: the region takes the keyboard focus for that.
        <div
          className="schakel-tabel"
          role="region"
          aria-labelledby="register-bijschrift"
          tabIndex={0}
        >
          <Table>
            <TableCaption id="register-bijschrift">
              Geregistreerde uitwisselingen (metagegevens), nieuwste eerst
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Geregistreerd</TableHeaderCell>
                <TableHeaderCell scope="col">Casus</TableHeaderCell>
                <TableHeaderCell scope="col">Thema</TableHeaderCell>
                <TableHeaderCell scope="col">Verstrekt door</TableHeaderCell>
                <TableHeaderCell scope="col">Ontvangen door</TableHeaderCell>
                <TableHeaderCell scope="col">Gegevenscategorieën</TableHeaderCell>
                <TableHeaderCell scope="col">Verwerkingsactiviteit en grondslag</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...r.uitwisselingen]
                .sort((a, b) => b.geregistreerdOp.localeCompare(a.geregistreerdOp))
                .map((u) => (
                  <TableRow key={u.id}>
                    <TableHeaderCell scope="row">
                      {tijdstipTekst(u.geregistreerdOp)}
                    </TableHeaderCell>
                    <TableCell>{u.casusNummer}</TableCell>
                    <TableCell>{u.thema ? namen.thema(u.thema) : 'Onbekend'}</TableCell>
                    <TableCell>{namen.organisatie(u.van)}</TableCell>
                    <TableCell>
                      {u.naar
                        .map(
                          (n) =>
                            `${namen.organisatie(n.organisatie)} (${n.ontvangenOp ? `ontvangst bevestigd ${tijdstipTekst(n.ontvangenOp)}` : 'ontvangst niet bevestigd'})`,
                        )
                        .join('; ')}
                    </TableCell>
                    <TableCell>
                      {u.categorieen.map((code, i) => (
                        <span key={code}>
                          {i > 0 && ', '}
                          <CategorieLabel namen={namen} code={code} />
                        </span>
                      ))}
                    </TableCell>
                    <TableCell>
                      {typeof u.activiteit === 'string' ? u.activiteit : u.activiteit.naam};{' '}
                      {u.grondslag}
                    </TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
