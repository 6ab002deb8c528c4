import {
  Alert,
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
import { useEffect, useState } from 'react';
import {
  getVerwerkingsactiviteiten,
  NoAccessError,
  SessionEndedError,
  type Verwerkingsactiviteit,
} from '../api.js';
import { GeenToegang } from './error-page.js';
import '../zorgmelding.css';

type Stand =
  | { status: 'laden' }
  | { status: 'klaar'; activiteiten: Verwerkingsactiviteit[] }
  | { status: 'geen-toegang'; detail?: string }
  | { status: 'mislukt' };

/** A legal basis may come as text or as a list of texts. */
function alsTekst(waarde: unknown): string {
  if (typeof waarde === 'string') return waarde;
  if (Array.isArray(waarde)) return waarde.map(alsTekst).join('; ');
  if (waarde && typeof waarde === 'object') {
    const { omschrijving, naam } = waarde as { omschrijving?: unknown; naam?: unknown };
    if (typeof omschrijving === 'string') return omschrijving;
    if (typeof naam === 'string') return naam;
  }
  return '';
}

/** The processing activities of the register (AVG art. 30): name, purpose, legal basis. */
export function VerwerkingsactiviteitenPage() {
  const [stand, setStand] = useState<Stand>({ status: 'laden' });

  useEffect(() => {
    let actief = true;
    getVerwerkingsactiviteiten().then(
      (activiteiten) => {
        if (actief) setStand({ status: 'klaar', activiteiten });
      },
      (err: unknown) => {
        if (!actief || err instanceof SessionEndedError) return;
        setStand(
          err instanceof NoAccessError
            ? { status: 'geen-toegang', detail: err.detail }
            : { status: 'mislukt' },
        );
      },
    );
    return () => {
      actief = false;
    };
  }, []);

  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;

  return (
    <>
      <title>Verwerkingsactiviteiten – Schakel</title>
      <Heading1>Verwerkingsactiviteiten</Heading1>
      <Paragraph>
        Schakel verwerkt persoonsgegevens alleen voor de activiteiten in het verwerkingsregister.
        Elke handeling noemt de activiteit die zij dient; zo is na te gaan met welk doel en op welke
        grondslag gegevens zijn gebruikt.
      </Paragraph>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && (
          <Paragraph>De verwerkingsactiviteiten worden opgehaald…</Paragraph>
        )}
        {stand.status === 'mislukt' && (
          <Alert type="error">
            <Paragraph>
              De verwerkingsactiviteiten kunnen nu niet worden opgehaald. Probeer het later opnieuw.
            </Paragraph>
          </Alert>
        )}
        {stand.status === 'klaar' && stand.activiteiten.length === 0 && (
          <Paragraph>Er staan nog geen verwerkingsactiviteiten in het register.</Paragraph>
        )}
        {stand.status === 'klaar' && stand.activiteiten.length > 0 && (
          <div className="schakel-tabel schakel-zm-lijst">
            <Table>
              <TableCaption>Verwerkingsactiviteiten in het verwerkingsregister</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Naam</TableHeaderCell>
                  <TableHeaderCell scope="col">Doel</TableHeaderCell>
                  <TableHeaderCell scope="col">Grondslag</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stand.activiteiten.map((activiteit) => (
                  <TableRow key={`${activiteit.id}@${String(activiteit.versie)}`}>
                    <TableHeaderCell scope="row">{activiteit.naam}</TableHeaderCell>
                    <TableCell data-label="Doel">{activiteit.doel}</TableCell>
                    <TableCell data-label="Grondslag">{alsTekst(activiteit.grondslag)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </div>
    </>
  );
}
