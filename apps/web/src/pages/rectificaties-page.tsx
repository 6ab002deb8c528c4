import {
  Button,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { Gebruiker } from '../api.js';
import { Mislukt } from '../forms.js';
import { AppLink } from '../layout.js';
import {
  bevestigRectificatiemelding,
  getRectificatiemeldingen,
  ONTVANGST_ACTIVITEITEN,
  type Rectificatiemelding,
} from '../rechten.js';
import { tijdstipTekst } from '../texts.js';
import { alsFout, useApi, type Laadstand } from '../use-api.js';
import { GeenToegang } from './error-page.js';

/**
 * Notices to the own organisation that data it received were corrected (AVG art. 19, ADR
 * 0035), under the activity it received them for. A notice says which kinds of data and in
 * which disclosure, never the values; the recipient checks its own records and acknowledges.
 */
export function RectificatiesPage({ gebruiker }: { gebruiker: Gebruiker }) {
  const { activiteit = '' } = useParams();
  const [versie, setVersie] = useState(0);
  const stand = useApi(
    () => getRectificatiemeldingen(activiteit),
    `${activiteit}:${String(versie)}`,
  );
  const [bezig, setBezig] = useState<string | undefined>();
  const [uitkomst, setUitkomst] = useState<Laadstand<Rectificatiemelding> | undefined>();
  const onderwerp = ONTVANGST_ACTIVITEITEN[activiteit];
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;

  async function bevestig(m: Rectificatiemelding) {
    setBezig(m.id);
    try {
      const na = await bevestigRectificatiemelding(m.id, activiteit, gebruiker.csrfToken);
      setUitkomst({ status: 'klaar', data: na });
      setVersie((n) => n + 1);
    } catch (err) {
      const fout = alsFout(err);
      if (fout) setUitkomst(fout);
    } finally {
      setBezig(undefined);
    }
  }

  const meldingen = stand.status === 'klaar' ? stand.data : [];
  const open = meldingen.filter((m) => m.status === 'gemeld').length;
  return (
    <>
      <title>Rectificaties – Schakel</title>
      <Heading1>Rectificaties van ontvangen gegevens</Heading1>
      <AppLink to="/">Terug naar mijn werk</AppLink>
      <Paragraph>
        {`Een andere organisatie heeft gegevens verbeterd die uw organisatie van haar ontving${onderwerp ? ` (${onderwerp})` : ''}. De melding noemt welke soort gegevens en in welke verstrekking, niet de waarden. Loop uw eigen vastlegging na en bevestig daarna dat de melding is verwerkt (AVG art. 19).`}
      </Paragraph>
      <div aria-live="polite">
        {stand.status === 'laden' && <Paragraph>De meldingen worden opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt tekst="De meldingen kunnen nu niet worden opgehaald." detail={stand.detail} />
        )}
        {uitkomst?.status === 'klaar' && (
          <Paragraph>{`De rectificatie in ${uitkomst.data.referentie} is bevestigd.`}</Paragraph>
        )}
        {uitkomst?.status === 'mislukt' && (
          <Mislukt tekst="De bevestiging is niet gelukt." detail={uitkomst.detail} />
        )}
      </div>
      {stand.status === 'klaar' && meldingen.length === 0 && (
        <Paragraph>Er zijn geen rectificaties gemeld.</Paragraph>
      )}
      {meldingen.length > 0 && (
        <div
          className="schakel-tabel"
          role="region"
          aria-labelledby="meldingen-bijschrift"
          tabIndex={0}
        >
          <Table>
            <TableCaption id="meldingen-bijschrift">{`Meldingen, ${String(open)} nog te bevestigen; onbevestigde eerst`}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Verstrekking</TableHeaderCell>
                <TableHeaderCell scope="col">Verbeterd door</TableHeaderCell>
                <TableHeaderCell scope="col">Verbeterde gegevens</TableHeaderCell>
                <TableHeaderCell scope="col">Gemeld op</TableHeaderCell>
                <TableHeaderCell scope="col">Verwerkt</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {meldingen.map((m) => (
                <TableRow key={m.id} id={`melding-${m.id}`}>
                  <TableHeaderCell scope="row">{m.referentie}</TableHeaderCell>
                  <TableCell>{m.van}</TableCell>
                  <TableCell>{m.velden.join(', ')}</TableCell>
                  <TableCell>{tijdstipTekst(m.gemeldOp)}</TableCell>
                  <TableCell>
                    {m.status === 'bevestigd' ? (
                      `Bevestigd door ${m.bevestigdDoorNaam ?? 'een collega'} op ${m.bevestigdOp ? tijdstipTekst(m.bevestigdOp) : ''}`
                    ) : (
                      <Button
                        appearance="secondary-action-button"
                        busy={bezig === m.id}
                        aria-label={`Bevestigen: de rectificatie in ${m.referentie} is verwerkt`}
                        onClick={() => void bevestig(m)}
                      >
                        Bevestigen
                      </Button>
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
