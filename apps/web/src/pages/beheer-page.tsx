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
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import {
  getGebruikers,
  getGezondheid,
  getOrganisaties,
  type GebruikerRegel,
  type Gezondheid,
  type Organisatie,
} from '../api.js';
import type { ReactNode } from 'react';
import { Mislukt } from '../forms.js';
import { AppLink } from '../layout.js';
import { Persoon } from '../namen.js';
import { organisatieTypeTekst, rolTekst, tijdstipTekst } from '../texts.js';
import { useApi, type Laadstand } from '../use-api.js';
import { GeenToegang } from './error-page.js';

const CONTROLES: Record<string, string> = {
  database: 'Database',
};

/** A part of the page that loads on its own: its heading, then loading, failure or content. */
function Deel<T>({
  id,
  kop,
  stand,
  children,
}: {
  id: string;
  kop: string;
  stand: Laadstand<T>;
  children: (data: T) => ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-kop`}>
      <Heading2 id={`${id}-kop`}>{kop}</Heading2>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>Bezig met ophalen…</Paragraph>}
        {stand.status === 'geen-toegang' && <GeenToegang detail={stand.detail} />}
        {stand.status === 'mislukt' && (
          <Mislukt tekst="Dit kan nu niet worden opgehaald. Probeer het later opnieuw." />
        )}
      </div>
      {stand.status === 'klaar' && children(stand.data)}
    </section>
  );
}

function GezondheidDeel({ g }: { g: Gezondheid }) {
  const wachtend = g.bezorgingen.filter((b) => b.status === 'wachtend');
  const onbestelbaar = g.bezorgingen.filter((b) => b.status === 'onbestelbaar');
  return (
    <>
      <Alert type={g.inOrde ? 'ok' : 'warning'}>
        <Paragraph>
          <strong>{g.inOrde ? 'In orde' : 'Niet alles is in orde'}</strong>
        </Paragraph>
      </Alert>
      <UnorderedList>
        {g.controles.map((c) => (
          <UnorderedListItem key={c.naam}>
            {CONTROLES[c.naam] ?? `Controle ${c.naam}`}:{' '}
            {c.inOrde ? 'in orde' : `niet in orde (${c.reden ?? 'onbekend'})`}
          </UnorderedListItem>
        ))}
        <UnorderedListItem>
          Auditspoor: {g.verzegelWachtrij} vastlegging(en) wachten op verzegeling
          {g.verzegelWachtrij > 0 &&
            `, de oudste ${String(g.verzegelAchterstandSeconden)} seconden`}
          .
        </UnorderedListItem>
        <UnorderedListItem>
          Bezorgingen: {wachtend.reduce((n, b) => n + b.aantal, 0)} wachten,{' '}
          {onbestelbaar.reduce((n, b) => n + b.aantal, 0)} onbestelbaar.
        </UnorderedListItem>
      </UnorderedList>
      {g.bezorgingen.length > 0 && (
        <UnorderedList>
          {g.bezorgingen.map((b) => (
            <UnorderedListItem key={`${b.ontvanger}-${b.status}`}>
              {b.ontvangerNaam}: {b.aantal} {b.status === 'wachtend' ? 'wachtend' : 'onbestelbaar'}
              {b.oudsteOp && `, oudste van ${tijdstipTekst(b.oudsteOp)}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {g.taken.length > 0 && (
        <UnorderedList>
          {g.taken.map((q) => (
            <UnorderedListItem key={q.naam}>
              Taakwachtrij {q.naam}: {q.wachtend} wachtend, {q.actief} bezig, {q.mislukt} mislukt
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

function Organisaties({ lijst }: { lijst: Organisatie[] }) {
  return (
    <UnorderedList>
      {lijst.map((o) => (
        <UnorderedListItem key={o.code}>
          {o.naam} ({organisatieTypeTekst(o.type)}
          {o.gemeente ? `, gemeente ${o.gemeente}` : ''})
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** Users: name (id one click away), organisation and roles, last login. */
function Gebruikers({ lijst }: { lijst: GebruikerRegel[] }) {
  if (lijst.length === 0) return <Paragraph>Nog niemand heeft zich aangemeld.</Paragraph>;
  return (
    // A wide table may scroll sideways inside its region (390 px), which takes the focus for it.
    <div className="schakel-tabel" role="region" aria-label="Gebruikers" tabIndex={0}>
      <Table>
        <TableCaption>Gebruikers die zich hebben aangemeld</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Organisatie en rollen</TableHeaderCell>
            <TableHeaderCell scope="col">Laatst aangemeld</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lijst.map((g) => (
            <TableRow key={g.id}>
              <TableHeaderCell scope="row">
                <Persoon naam={g.naam} id={g.id} />
              </TableHeaderCell>
              <TableCell>
                {g.organisatieNaam}: {g.rollen.map((r) => rolTekst(r).naam).join(', ')}
              </TableCell>
              <TableCell>{tijdstipTekst(g.laatstAangemeld)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The beheerder's workplace: health and queues, organisations, users. */
export function BeheerPage() {
  const gezondheid = useApi(getGezondheid, 'gezondheid');
  const organisaties = useApi(getOrganisaties, 'organisaties');
  const gebruikers = useApi(getGebruikers, 'gebruikers');
  return (
    <>
      <title>Beheer – Schakel</title>
      <Heading1>Beheer</Heading1>
      <Paragraph>
        De gezondheid van Schakel, de deelnemende organisaties en wie toegang heeft. U ziet geen
        inhoud van zorgmeldingen of casussen. Het verwerkingsregister staat bij{' '}
        <AppLink to="/verwerkingsactiviteiten">Verwerkingsactiviteiten</AppLink>.
      </Paragraph>
      <Deel id="gezondheid" kop="Gezondheid en wachtrijen" stand={gezondheid}>
        {(g) => <GezondheidDeel g={g} />}
      </Deel>
      <Deel id="organisaties" kop="Organisaties" stand={organisaties}>
        {(o) => <Organisaties lijst={o} />}
      </Deel>
      <Deel id="gebruikers" kop="Gebruikers" stand={gebruikers}>
        {(g) => <Gebruikers lijst={g} />}
      </Deel>
    </>
  );
}
