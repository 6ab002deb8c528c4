import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import { useRef, useState, type SubmitEvent } from 'react';
import type { Gebruiker } from '../api.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { tijdstipTekst } from '../texts.js';
import { alsFout, useApi } from '../use-api.js';
import {
  bezorgOpnieuw,
  gemeenteTekst,
  getOnbestelbaar,
  getRouteringsuitzonderingen,
  herrouteer,
  organisatieTekst,
  SOORTEN,
  tekst,
  UITZONDERINGSREDENEN,
  VT_ORGANISATIES,
  type Routeringsuitzondering,
} from '../zorgmelding.js';
import { GeenToegang } from './error-page.js';
import '../zorgmelding.css';

/** What was delivered, in words (the outbox names it by a code). */
const BEZORGSOORTEN: Record<string, string> = { zorgmelding: 'Zorgmelding' };

/** Why the last attempt failed, in words (the deliverer records a short code). */
function foutTekst(fout: string | null | undefined): string {
  if (!fout) return 'Onbekend';
  if (fout === 'time-out') return 'Het systeem antwoordde niet op tijd';
  if (fout === 'verbinding-mislukt') return 'Geen verbinding met het systeem';
  if (fout === 'bron-fout') return 'De melding kon niet worden klaargezet';
  const http = /^http-(\d{3})$/.exec(fout);
  if (http) return `Het systeem weigerde de melding (HTTP-status ${http[1] ?? ''})`;
  return fout;
}

/** One routing exception with the form that sends it to a Veilig Thuis, with a reason. */
function Uitzondering({
  u,
  nummer,
  csrfToken,
  klaar,
}: {
  u: Routeringsuitzondering;
  nummer: number;
  csrfToken?: string;
  klaar: (tekst: string) => void;
}) {
  const [vt, setVt] = useState('');
  const [reden, setReden] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [mislukt, setMislukt] = useState<string | undefined>();
  const [bezig, setBezig] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);
  const p = `herroute-${String(nummer)}`;

  const verstuur = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f: Record<string, string> = {};
    if (!vt) f[`${p}-vt`] = 'Kies het Veilig Thuis dat de melding krijgt.';
    if (reden.trim().length < 5 || reden.trim().length > 500) {
      f[`${p}-reden`] = 'Geef een reden van 5 tot en met 500 tekens.';
    }
    setFouten(f);
    setMislukt(undefined);
    if (Object.keys(f).length > 0) {
      setTimeout(() => overzicht.current?.focus(), 0);
      return;
    }
    setBezig(true);
    try {
      await herrouteer(u.id, vt, reden.trim(), csrfToken);
      klaar(`De melding is doorgestuurd naar ${organisatieTekst(vt)}.`);
    } catch (err) {
      const fout = alsFout(err);
      if (fout?.status === 'mislukt' || fout?.status === 'geen-toegang') {
        setMislukt(fout.detail ?? 'Doorsturen is niet gelukt.');
      }
    }
    setBezig(false);
  };

  return (
    <section aria-labelledby={`${p}-kop`}>
      <Heading3 id={`${p}-kop`}>
        Uitzondering {nummer}: {tekst(UITZONDERINGSREDENEN, u.reden)}
      </Heading3>
      <DataList appearance="rows">
        <DataListItem>
          <DataListKey>Kenmerk</DataListKey>
          <DataListValue>{u.kenmerk ?? 'Onbekend'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Ingediend</DataListKey>
          <DataListValue>{u.ingediendOp ? tijdstipTekst(u.ingediendOp) : 'Onbekend'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Soort zorg</DataListKey>
          <DataListValue>{tekst(SOORTEN, u.soort)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Gemeente</DataListKey>
          <DataListValue>{gemeenteTekst(u.gemeentecode)}</DataListValue>
        </DataListItem>
      </DataList>
      <Foutoverzicht ref={overzicht} fouten={Object.entries(fouten)} />
      {mislukt && <Mislukt tekst="Doorsturen is niet gelukt." detail={mislukt} />}
      <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby={`${p}-kop`}>
        <Veld id={`${p}-vt`} label="Naar Veilig Thuis" fout={fouten[`${p}-vt`]}>
          <Select
            id={`${p}-vt`}
            value={vt}
            invalid={!!fouten[`${p}-vt`]}
            aria-invalid={fouten[`${p}-vt`] ? true : undefined}
            aria-describedby={beschrijving(`${p}-vt`, false, fouten[`${p}-vt`])}
            onChange={(e) => {
              setVt(e.target.value);
            }}
          >
            <SelectOption value="">Kies een Veilig Thuis</SelectOption>
            {VT_ORGANISATIES.map(([code, naam]) => (
              <SelectOption key={code} value={code}>
                {naam}
              </SelectOption>
            ))}
          </Select>
        </Veld>
        <Veld
          id={`${p}-reden`}
          label="Reden"
          uitleg="Waarom dit Veilig Thuis? 5 tot en met 500 tekens."
          fout={fouten[`${p}-reden`]}
        >
          <Textarea
            id={`${p}-reden`}
            value={reden}
            maxLength={500}
            invalid={!!fouten[`${p}-reden`]}
            aria-invalid={fouten[`${p}-reden`] ? true : undefined}
            aria-describedby={beschrijving(`${p}-reden`, true, fouten[`${p}-reden`])}
            onChange={(e) => {
              setReden(e.target.value);
            }}
          />
        </Veld>
        <Button appearance="primary-action-button" type="submit" busy={bezig}>
          Doorsturen
          <span className="schakel-sr-only"> (uitzondering {nummer})</span>
        </Button>
      </form>
    </section>
  );
}

/** The VT coordinator's queues: routing exceptions to re-route, undeliverable pushes to retry. */
export function VtCoordinatiePage({ gebruiker }: { gebruiker: Gebruiker }) {
  const [ververs, setVervers] = useState(0);
  const uitzonderingen = useApi(getRouteringsuitzonderingen, `u${String(ververs)}`);
  const onbestelbaar = useApi(getOnbestelbaar, `o${String(ververs)}`);
  const [melding, setMelding] = useState<string | undefined>();
  const [fout, setFout] = useState<string | undefined>();
  const status = useRef<HTMLDivElement>(null);

  const klaar = (tekst: string) => {
    setMelding(tekst);
    setFout(undefined);
    setVervers((n) => n + 1);
    setTimeout(() => status.current?.focus(), 0);
  };

  if (uitzonderingen.status === 'geen-toegang' && onbestelbaar.status === 'geen-toegang') {
    return <GeenToegang detail={uitzonderingen.detail} />;
  }

  return (
    <>
      <title>Coördinatie zorgmeldingen – Schakel</title>
      <Heading1>Coördinatie zorgmeldingen</Heading1>
      <div aria-live="polite" ref={status} tabIndex={-1}>
        {melding && (
          <Alert type="ok">
            <Paragraph>{melding}</Paragraph>
          </Alert>
        )}
        {fout && <Mislukt tekst={fout} />}
      </div>

      <Heading2>Routeringsuitzonderingen</Heading2>
      <Paragraph>
        Zorgmeldingen die Schakel aan geen Veilig Thuis kon toewijzen, oudste eerst. Stuur elke
        melding met een reden door; de termijn van de veiligheidsbeoordeling begint dan.
      </Paragraph>
      {uitzonderingen.status === 'laden' && <Paragraph>Bezig met laden…</Paragraph>}
      {uitzonderingen.status === 'geen-toegang' && (
        <Paragraph>U heeft geen toegang tot de routeringsuitzonderingen.</Paragraph>
      )}
      {uitzonderingen.status === 'mislukt' && (
        <Mislukt tekst="De uitzonderingen konden niet worden geladen." />
      )}
      {uitzonderingen.status === 'klaar' &&
        (uitzonderingen.data.length === 0 ? (
          <Paragraph>Er zijn geen routeringsuitzonderingen.</Paragraph>
        ) : (
          uitzonderingen.data.map((u, i) => (
            <Uitzondering
              key={u.id}
              u={u}
              nummer={i + 1}
              csrfToken={gebruiker.csrfToken}
              klaar={klaar}
            />
          ))
        ))}

      <Heading2>Onbestelbare bezorgingen</Heading2>
      <Paragraph>
        Meldingen die Schakel na alle pogingen niet bij het systeem van uw Veilig Thuis kon
        afleveren. Laat ze opnieuw bezorgen als dat systeem weer werkt.
      </Paragraph>
      {onbestelbaar.status === 'laden' && <Paragraph>Bezig met laden…</Paragraph>}
      {onbestelbaar.status === 'geen-toegang' && (
        <Paragraph>U heeft geen toegang tot de onbestelbare bezorgingen.</Paragraph>
      )}
      {onbestelbaar.status === 'mislukt' && (
        <Mislukt tekst="De onbestelbare bezorgingen konden niet worden geladen." />
      )}
      {onbestelbaar.status === 'klaar' &&
        (onbestelbaar.data.length === 0 ? (
          <Paragraph>Er zijn geen onbestelbare bezorgingen.</Paragraph>
        ) : (
          <div className="schakel-tabel schakel-zm-lijst">
            <Table>
              <TableCaption>Onbestelbare bezorgingen</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col">Pogingen</TableHeaderCell>
                  <TableHeaderCell scope="col">Laatste fout</TableHeaderCell>
                  <TableHeaderCell scope="col">Actie</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {onbestelbaar.data.map((b) => (
                  <TableRow key={b.id}>
                    <TableHeaderCell scope="row" data-label="Aangemaakt">
                      {tijdstipTekst(b.aangemaaktOp)}
                    </TableHeaderCell>
                    <TableCell data-label="Soort">{BEZORGSOORTEN[b.soort] ?? b.soort}</TableCell>
                    <TableCell data-label="Pogingen">{b.pogingen}</TableCell>
                    <TableCell data-label="Laatste fout">{foutTekst(b.laatsteFout)}</TableCell>
                    <TableCell>
                      <Button
                        appearance="secondary-action-button"
                        type="button"
                        onClick={() => {
                          bezorgOpnieuw(b.id, gebruiker.csrfToken).then(
                            () => {
                              klaar('De bezorging staat weer in de wachtrij.');
                            },
                            (err: unknown) => {
                              const f = alsFout(err);
                              if (f?.status === 'mislukt' || f?.status === 'geen-toegang') {
                                setMelding(undefined);
                                setFout(f.detail ?? 'Opnieuw bezorgen is niet gelukt.');
                              }
                            },
                          );
                        }}
                      >
                        Opnieuw bezorgen
                        <span className="schakel-sr-only">
                          {' '}
                          (aangemaakt {tijdstipTekst(b.aangemaaktOp)})
                        </span>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ))}
    </>
  );
}
