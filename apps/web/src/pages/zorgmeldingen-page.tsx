import {
  Alert,
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
} from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';
import { Mislukt } from '../forms.js';
import { AppLink } from '../layout.js';
import { tijdstipTekst } from '../texts.js';
import { useApi } from '../use-api.js';
import {
  getEigenZorgmeldingen,
  getEigenZorgmelding,
  organisatieTekst,
  SOORTEN,
  STATUSSEN,
  tekst,
} from '../zorgmelding.js';
import { MeldingInhoud, TerugkoppelingBlok, Tijdlijn } from '../zorgmelding-weergave.js';
import { GeenToegang } from './error-page.js';

/** The police officer's own reports, newest first. */
export function ZorgmeldingenPage() {
  const stand = useApi(getEigenZorgmeldingen, 'lijst');
  return (
    <>
      <title>Mijn zorgmeldingen – Schakel</title>
      <Heading1>Mijn zorgmeldingen</Heading1>
      <Paragraph>
        <AppLink to="/politie/zorgmeldingen/nieuw">Nieuwe zorgmelding opstellen</AppLink>
      </Paragraph>
      {stand.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {stand.status === 'geen-toegang' && <GeenToegang detail={stand.detail} />}
      {stand.status === 'mislukt' && (
        <Mislukt tekst="Uw zorgmeldingen konden niet worden geladen." detail={stand.detail} />
      )}
      {stand.status === 'klaar' &&
        (stand.data.length === 0 ? (
          <Paragraph>U heeft nog geen zorgmeldingen.</Paragraph>
        ) : (
          <div className="schakel-tabel">
            <Table>
              <TableCaption>Uw zorgmeldingen, nieuwste eerst</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort zorg</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Veilig Thuis</TableHeaderCell>
                  <TableHeaderCell scope="col">Terugkoppeling</TableHeaderCell>
                  <TableHeaderCell scope="col">Details</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stand.data.map((z) => (
                  <TableRow key={z.id}>
                    <TableHeaderCell scope="row">{tijdstipTekst(z.aangemaaktOp)}</TableHeaderCell>
                    <TableCell>{tekst(SOORTEN, z.soort)}</TableCell>
                    <TableCell>{tekst(STATUSSEN, z.status)}</TableCell>
                    <TableCell>{organisatieTekst(z.vtOrganisatie)}</TableCell>
                    <TableCell>
                      {z.terugkoppelingStatus === 'gegeven' ? 'Gegeven' : 'Nog niet'}
                    </TableCell>
                    <TableCell>
                      <AppLink to={`/politie/zorgmeldingen/${z.id}`}>
                        Bekijken
                        <span className="schakel-sr-only">
                          {' '}
                          zorgmelding van {tijdstipTekst(z.aangemaaktOp)}
                        </span>
                      </AppLink>
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

/** One own report: status, timeline, feedback from Veilig Thuis, and the content. */
export function ZorgmeldingPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const ingediend = (location.state as { ingediend?: boolean } | null)?.ingediend === true;
  const stand = useApi(() => getEigenZorgmelding(id), id);
  return (
    <>
      <title>Zorgmelding – Schakel</title>
      <Heading1>Zorgmelding</Heading1>
      <Paragraph>
        <AppLink to="/politie/zorgmeldingen">Terug naar mijn zorgmeldingen</AppLink>
      </Paragraph>
      {stand.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {stand.status === 'geen-toegang' && <GeenToegang detail={stand.detail} />}
      {stand.status === 'mislukt' && (
        <Mislukt
          tekst={
            stand.code === 404
              ? 'Deze zorgmelding bestaat niet of is niet van u.'
              : 'De zorgmelding kon niet worden geladen.'
          }
        />
      )}
      {stand.status === 'klaar' && (
        <>
          {ingediend && (
            <Alert type="ok">
              <Paragraph>
                Uw zorgmelding is ingediend en doorgestuurd. U ziet hier de status en de
                terugkoppeling van Veilig Thuis.
              </Paragraph>
            </Alert>
          )}
          <Paragraph>
            Status: <strong>{tekst(STATUSSEN, stand.data.status)}</strong>. Veilig Thuis:{' '}
            {organisatieTekst(stand.data.vtOrganisatie)}.
          </Paragraph>
          <Heading2>Terugkoppeling van Veilig Thuis</Heading2>
          <TerugkoppelingBlok t={stand.data.terugkoppeling} />
          <Heading2>Tijdlijn</Heading2>
          <Tijdlijn items={stand.data.tijdlijn} />
          <Heading2>Inhoud van de melding</Heading2>
          <MeldingInhoud melding={stand.data.melding} />
        </>
      )}
    </>
  );
}
