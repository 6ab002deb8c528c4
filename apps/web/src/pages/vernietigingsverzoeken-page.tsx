import {
  Alert,
  Button,
  Heading1,
  Heading2,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  getVerklaring,
  getVernietigingsverzoeken,
  legVernietigingsverzoekVast,
  type Gebruiker,
  type NieuwVernietigingsverzoek,
  type Vernietigingsverzoek,
} from '../api.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import { datumTekst, tijdstipTekst } from '../texts.js';
import { alsFout, useApi } from '../use-api.js';
import { getVtZorgmelding } from '../zorgmelding.js';
import { GeenToegang } from './error-page.js';
import { vandaag } from '../datum.js';

const VERZOEKERS: Record<NieuwVernietigingsverzoek['verzoeker'], string> = {
  betrokkene: 'De betrokkene zelf',
  'wettelijk-vertegenwoordiger': 'Een wettelijk vertegenwoordiger',
  gemachtigde: 'Een gemachtigde',
};
const BESLUITEN: Record<string, string> = {
  toegewezen: 'Toegewezen: vernietigd',
  afgewezen: 'Afgewezen',
};

/**
 * Destruction on request at Veilig Thuis (ADR 0027, 0035): the coordinator records a request
 * to destroy a report of the own VT and the decision. Granted, the report is destroyed at once
 * and the certificate of destruction can be made here; refused, the request and the reasons
 * stay on record. A legal hold refuses a grant (the API says so).
 */
export function VernietigingsverzoekenPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const [params] = useSearchParams();
  const zorgmeldingId = params.get('zorgmelding') ?? '';
  const [versie, setVersie] = useState(0);
  const [melding, setMelding] = useState<Vernietigingsverzoek | undefined>();
  const lijst = useApi(() => getVernietigingsverzoeken(), String(versie));
  if (lijst.status === 'geen-toegang') return <GeenToegang detail={lijst.detail} />;
  const verzoeken = lijst.status === 'klaar' ? lijst.data : [];
  return (
    <>
      <title>Verzoeken tot vernietiging – Schakel</title>
      <Heading1>Verzoeken tot vernietiging</Heading1>
      <Paragraph>
        Een betrokkene kan vragen een dossier te vernietigen. Leg het verzoek en uw besluit vast.
        Bij toewijzing wordt de zorgmelding direct vernietigd en kunt u een verklaring van
        vernietiging maken.
      </Paragraph>
      <div aria-live="polite">
        {melding && (
          <Alert type="ok">
            <Paragraph>
              {melding.besluit === 'toegewezen'
                ? `Het verzoek is toegewezen: zorgmelding ${melding.kenmerk} is vernietigd (lijst ${melding.lijstNummer ?? ''}).`
                : `Het verzoek over zorgmelding ${melding.kenmerk} is afgewezen en vastgelegd.`}
            </Paragraph>
          </Alert>
        )}
      </div>
      {zorgmeldingId && !melding ? (
        <VerzoekFormulier
          zorgmeldingId={zorgmeldingId}
          csrfToken={gebruiker.csrfToken}
          klaar={(v) => {
            setMelding(v);
            setVersie((n) => n + 1);
          }}
        />
      ) : (
        !melding && (
          <Paragraph>
            Een nieuw verzoek legt u vast vanuit de zorgmelding:{' '}
            <AppLink to="/vt/inbox">open de zorgmelding in de inbox</AppLink> en kies &ldquo;Verzoek
            tot vernietiging vastleggen&rdquo;.
          </Paragraph>
        )
      )}
      <Heading2 id="verzoeken-kop">Vastgelegde verzoeken</Heading2>
      {lijst.status === 'laden' && <Paragraph>De verzoeken worden opgehaald…</Paragraph>}
      {lijst.status === 'mislukt' && (
        <Mislukt tekst="De verzoeken kunnen nu niet worden opgehaald." detail={lijst.detail} />
      )}
      {lijst.status === 'klaar' && verzoeken.length === 0 && (
        <Paragraph>Er zijn nog geen verzoeken tot vernietiging vastgelegd.</Paragraph>
      )}
      {verzoeken.length > 0 && (
        <div
          className="schakel-tabel"
          role="region"
          aria-labelledby="verzoeken-bijschrift"
          tabIndex={0}
        >
          <Table>
            <TableCaption id="verzoeken-bijschrift">
              Verzoeken tot vernietiging van uw Veilig Thuis, nieuwste eerst
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Zorgmelding</TableHeaderCell>
                <TableHeaderCell scope="col">Verzoek</TableHeaderCell>
                <TableHeaderCell scope="col">Besluit</TableHeaderCell>
                <TableHeaderCell scope="col">Verklaring</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {verzoeken.map((v) => (
                <TableRow key={v.id}>
                  <TableHeaderCell scope="row">{v.kenmerk}</TableHeaderCell>
                  <TableCell>
                    {`${(VERZOEKERS as Record<string, string | undefined>)[v.verzoeker] ?? v.verzoeker}, ontvangen op ${datumTekst(v.ontvangenOp)}`}
                  </TableCell>
                  <TableCell>
                    {`${BESLUITEN[v.besluit] ?? v.besluit} door ${v.beslotenDoorNaam} op ${tijdstipTekst(v.beslotenOp)}. ${v.motivering}`}
                  </TableCell>
                  <TableCell>
                    {v.lijstId ? (
                      <Verklaring lijstId={v.lijstId} nummer={v.lijstNummer ?? ''} />
                    ) : (
                      'Niet van toepassing'
                    )}
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

/** Makes the certificate and offers it as a download (a blob: link, nothing in a URL). */
function Verklaring({ lijstId, nummer }: { lijstId: string; nummer: string }) {
  const [pdf, setPdf] = useState<string | undefined>();
  const [fout, setFout] = useState(false);
  if (pdf) {
    return (
      <Link href={pdf} download={`verklaring-${nummer}.pdf`}>
        {`Verklaring van vernietiging ${nummer} (PDF) downloaden`}
      </Link>
    );
  }
  return (
    <>
      <Button
        appearance="secondary-action-button"
        aria-label={`Verklaring van vernietiging maken, lijst ${nummer}`}
        onClick={() => {
          setFout(false);
          getVerklaring(lijstId).then(
            (blob) => {
              setPdf(URL.createObjectURL(blob));
            },
            () => {
              setFout(true);
            },
          );
        }}
      >
        Verklaring van vernietiging maken
      </Button>
      {fout && <Mislukt tekst="De verklaring kon niet worden gemaakt." />}
    </>
  );
}

function VerzoekFormulier({
  zorgmeldingId,
  csrfToken,
  klaar,
}: {
  zorgmeldingId: string;
  csrfToken?: string;
  klaar: (v: Vernietigingsverzoek) => void;
}) {
  const zorgmelding = useApi(() => getVtZorgmelding(zorgmeldingId), zorgmeldingId);
  const [verzoeker, setVerzoeker] = useState<NieuwVernietigingsverzoek['verzoeker']>('betrokkene');
  const [ontvangenOp, setOntvangenOp] = useState(vandaag());
  const [besluit, setBesluit] = useState<NieuwVernietigingsverzoek['besluit'] | ''>('');
  const [motivering, setMotivering] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [mislukt, setMislukt] = useState<string | undefined>();
  const [bezig, setBezig] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);
  const kenmerk = zorgmelding.status === 'klaar' ? zorgmelding.data.kenmerk : undefined;

  if (zorgmelding.status === 'geen-toegang' || zorgmelding.status === 'mislukt') {
    return <Mislukt tekst="Deze zorgmelding bestaat niet (meer) of is niet van uw Veilig Thuis." />;
  }

  const verstuur = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(ontvangenOp) || ontvangenOp > vandaag())
      f['vv-ontvangen'] = 'Geef de datum waarop het verzoek binnenkwam (niet in de toekomst).';
    if (!besluit) f['vv-besluit'] = 'Kies uw besluit: toewijzen of afwijzen.';
    if (motivering.trim().length < 5)
      f['vv-motivering'] = 'Schrijf een motivering van minstens 5 tekens.';
    setFouten(f);
    if (Object.keys(f).length > 0) {
      setTimeout(() => overzicht.current?.focus(), 0);
      return;
    }
    if (!besluit) return;
    setMislukt(undefined);
    setBezig(true);
    try {
      klaar(
        await legVernietigingsverzoekVast(
          { zorgmeldingId, verzoeker, ontvangenOp, besluit, motivering: motivering.trim() },
          csrfToken,
        ),
      );
    } catch (err) {
      const fout = alsFout(err);
      setMislukt(fout && 'detail' in fout ? (fout.detail ?? 'Dat lukte niet.') : 'Dat lukte niet.');
    } finally {
      setBezig(false);
    }
  };

  return (
    <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="vv-kop">
      <Heading2 id="vv-kop">
        {`Verzoek tot vernietiging vastleggen${kenmerk ? ` voor zorgmelding ${kenmerk}` : ''}`}
      </Heading2>
      <Foutoverzicht ref={overzicht} fouten={Object.entries(fouten)} />
      {mislukt && <Mislukt tekst="Vastleggen is niet gelukt." detail={mislukt} />}
      <Veld id="vv-verzoeker" label="Wie vraagt om vernietiging?">
        <select
          id="vv-verzoeker"
          className="utrecht-select utrecht-select--html-select"
          value={verzoeker}
          onChange={(e) => {
            setVerzoeker(e.target.value as NieuwVernietigingsverzoek['verzoeker']);
          }}
        >
          {Object.entries(VERZOEKERS).map(([k, naam]) => (
            <option key={k} value={k}>
              {naam}
            </option>
          ))}
        </select>
      </Veld>
      <Veld id="vv-ontvangen" label="Ontvangen op" fout={fouten['vv-ontvangen']}>
        <Textbox
          id="vv-ontvangen"
          type="date"
          value={ontvangenOp}
          invalid={!!fouten['vv-ontvangen']}
          aria-invalid={fouten['vv-ontvangen'] ? true : undefined}
          aria-describedby={beschrijving('vv-ontvangen', false, fouten['vv-ontvangen'])}
          onChange={(e) => {
            setOntvangenOp(e.target.value);
          }}
        />
      </Veld>
      <Veld
        id="vv-besluit"
        label="Besluit"
        uitleg="Toewijzen vernietigt de zorgmelding direct; dat kan niet ongedaan worden gemaakt. Staat er een bewaarplicht op, dan kan het niet."
        fout={fouten['vv-besluit']}
      >
        <select
          id="vv-besluit"
          className="utrecht-select utrecht-select--html-select"
          value={besluit}
          aria-invalid={fouten['vv-besluit'] ? true : undefined}
          aria-describedby={beschrijving('vv-besluit', true, fouten['vv-besluit'])}
          onChange={(e) => {
            setBesluit(e.target.value as NieuwVernietigingsverzoek['besluit'] | '');
          }}
        >
          <option value="">Kies een besluit</option>
          <option value="toegewezen">Toewijzen: de zorgmelding nu vernietigen</option>
          <option value="afgewezen">Afwijzen: de zorgmelding blijft bewaard</option>
        </select>
      </Veld>
      <Veld
        id="vv-motivering"
        label="Motivering"
        uitleg="Waarom u zo besluit. Geen persoonsgegevens: noem het dossier bij zijn kenmerk."
        fout={fouten['vv-motivering']}
      >
        <Textarea
          id="vv-motivering"
          value={motivering}
          invalid={!!fouten['vv-motivering']}
          aria-invalid={fouten['vv-motivering'] ? true : undefined}
          aria-describedby={beschrijving('vv-motivering', true, fouten['vv-motivering'])}
          onChange={(e) => {
            setMotivering(e.target.value);
          }}
        />
      </Veld>
      <Button type="submit" appearance="primary-action-button" busy={bezig}>
        Besluit vastleggen
      </Button>
    </form>
  );
}
