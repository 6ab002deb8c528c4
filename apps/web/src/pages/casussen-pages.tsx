import {
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
import type { ReactNode } from 'react';
import {
  DEELNAME,
  getCasussen,
  getTriage,
  REGIE,
  SIGNALERING,
  triageUitkomst,
  type CasusSamenvatting,
  type Namen,
} from '../casus.js';
import { useCasusApi } from '../casus-weergave.js';
import { Mislukt } from '../forms.js';
import { AppLink } from '../layout.js';
import { tijdstipTekst } from '../texts.js';
import { GeenToegang } from './error-page.js';

type Kolom = 'triage' | 'sleutelpartner' | 'scope' | 'regie';

/** A list of cases without names: number, theme, status and what the role needs. */
function CasusLijst({
  titel,
  inleiding,
  bijschrift,
  leeg,
  laden,
  sleutel,
  basis,
  kolommen,
  extra,
}: {
  titel: string;
  inleiding: ReactNode;
  bijschrift: string;
  leeg: string;
  laden: () => Promise<CasusSamenvatting[]>;
  sleutel: string;
  /** Where a case opens, e.g. `/zvh/casussen`. */
  basis: string;
  kolommen: Kolom[];
  extra?: ReactNode;
}) {
  const stand = useCasusApi(laden, sleutel);
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  const cel = (k: Kolom, c: CasusSamenvatting, n: Namen) => {
    switch (k) {
      case 'triage':
        return triageUitkomst(c);
      case 'sleutelpartner':
        return n.organisatie(c.sleutelpartner);
      case 'regie':
        return c.regieOrganisatie ? n.organisatie(c.regieOrganisatie) : 'Nog niet';
      case 'scope':
        return c.mijnScope ? n.categorieen(c.mijnScope) : 'Geen';
    }
  };
  const koppen: Record<Kolom, string> = {
    triage: 'Triage',
    sleutelpartner: 'Aangemeld door',
    regie: 'Regie',
    scope: 'Uw need-to-know',
  };
  return (
    <>
      <title>{`${titel} – Schakel`}</title>
      <Heading1>{titel}</Heading1>
      {inleiding}
      {extra}
      {stand.status === 'laden' && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {stand.status === 'mislukt' && (
        <Mislukt tekst="De casussen konden niet worden geladen." detail={stand.detail} />
      )}
      {stand.status === 'klaar' &&
        (stand.data[1].length === 0 ? (
          <Paragraph>{leeg}</Paragraph>
        ) : (
          <div className="schakel-tabel">
            <Table>
              <TableCaption>{bijschrift}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Casus</TableHeaderCell>
                  <TableHeaderCell scope="col">Thema</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  {kolommen.map((k) => (
                    <TableHeaderCell key={k} scope="col">
                      {koppen[k]}
                    </TableHeaderCell>
                  ))}
                  <TableHeaderCell scope="col">Betrokkenen</TableHeaderCell>
                  <TableHeaderCell scope="col">Aangemeld</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {stand.data[1].map((c) => {
                  const [namen] = stand.data;
                  return (
                    <TableRow key={c.id}>
                      <TableHeaderCell scope="row">
                        <AppLink to={`${basis}/${c.id}`}>{c.nummer}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{namen.thema(c.thema)}</TableCell>
                      <TableCell>{namen.status(c.status)}</TableCell>
                      {kolommen.map((k) => (
                        <TableCell key={k}>{cel(k, c, namen)}</TableCell>
                      ))}
                      <TableCell>{c.aantalBetrokkenen}</TableCell>
                      <TableCell>{tijdstipTekst(c.aangemeldOp)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        ))}
    </>
  );
}

/** The wijkteam worker's own cases, with status and the outcome of triage. */
export function WijkteamCasussenPage() {
  return (
    <CasusLijst
      titel="Mijn casussen"
      inleiding={
        <Paragraph>
          Casussen die uw wijkteam heeft aangemeld, met hun status en de uitkomst van de triage door
          het Zorg- en Veiligheidshuis.
        </Paragraph>
      }
      extra={
        <Paragraph>
          <AppLink to="/wijkteam/casussen/nieuw">Nieuwe casus registreren</AppLink>
        </Paragraph>
      }
      bijschrift="Casussen van uw wijkteam"
      leeg="Uw wijkteam heeft nog geen casussen."
      laden={() => getCasussen(SIGNALERING)}
      sleutel="wijkteam"
      basis="/wijkteam/casussen"
      kolommen={['triage']}
    />
  );
}

/** Escalated cases waiting for triage, oldest first. */
export function ZvhTriagePage() {
  return (
    <CasusLijst
      titel="Triage"
      inleiding={
        <Paragraph>
          Opgeschaalde casussen die wachten op uw besluit: accepteren of afwijzen. De oudste
          aanmelding staat bovenaan.
        </Paragraph>
      }
      bijschrift="Casussen in triage, oudste eerst"
      leeg="Er wachten geen casussen op triage."
      laden={getTriage}
      sleutel="triage"
      basis="/zvh/casussen"
      kolommen={['sleutelpartner']}
    />
  );
}

/** All cases escalated to this Zorg- en Veiligheidshuis. */
export function ZvhCasussenPage() {
  return (
    <CasusLijst
      titel="Casussen in regie"
      inleiding={
        <Paragraph>Alle casussen die naar uw Zorg- en Veiligheidshuis zijn opgeschaald.</Paragraph>
      }
      bijschrift="Casussen van uw Zorg- en Veiligheidshuis"
      leeg="Er zijn nog geen casussen opgeschaald."
      laden={() => getCasussen(REGIE)}
      sleutel="zvh"
      basis="/zvh/casussen"
      kolommen={['triage', 'sleutelpartner']}
    />
  );
}

/** The cases the partner's organisation takes part in, with its need-to-know. */
export function PartnerCasussenPage() {
  return (
    <CasusLijst
      titel="Casussen waaraan u deelneemt"
      inleiding={
        <Paragraph>
          Casussen waarvoor het Zorg- en Veiligheidshuis uw organisatie heeft uitgenodigd. U ziet
          alleen de gegevens binnen de need-to-know van uw organisatie.
        </Paragraph>
      }
      bijschrift="Casussen waaraan uw organisatie deelneemt"
      leeg="Uw organisatie neemt nu aan geen enkele casus deel."
      laden={() => getCasussen(DEELNAME)}
      sleutel="partner"
      basis="/partner/casussen"
      kolommen={['regie', 'scope']}
    />
  );
}
