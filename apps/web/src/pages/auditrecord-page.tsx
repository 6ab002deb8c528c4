import {
  DataList,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { getToelichting } from '../api.js';
import { Mislukt } from '../forms.js';
import { AppLink } from '../layout.js';
import { useApi } from '../use-api.js';
import { Persoon } from '../namen.js';
import {
  actieTekst,
  objectTekst,
  redenTekst,
  resultaatTekst,
  rolTekst,
  tijdstipTekst,
} from '../texts.js';
import { GeenToegang } from './error-page.js';
import { Rij } from '../gegevensrij.js';

/** "Waarom had deze persoon toegang?": one audit record explained, metadata only. */
export function AuditrecordPage() {
  const { id = '' } = useParams();
  const stand = useApi(() => getToelichting(id), id);
  const terug = (
    <Paragraph>
      <AppLink to="/fg/auditspoor">Terug naar het zoeken in het auditspoor</AppLink>
    </Paragraph>
  );

  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;

  return (
    <>
      <title>Waarom had deze persoon toegang? – Schakel</title>
      <Heading1>Waarom had deze persoon toegang?</Heading1>
      {terug}
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>De toelichting wordt opgehaald…</Paragraph>}
        {stand.status === 'mislukt' &&
          (stand.code === 404 ? (
            <Mislukt tekst="Dit record bestaat niet, of het valt buiten uw bereik als FG." />
          ) : (
            <Mislukt
              tekst="De toelichting kan nu niet worden opgehaald. Probeer het later opnieuw."
              detail={stand.detail}
            />
          ))}
        {stand.status === 'klaar' && <Toelichting t={stand.data} />}
      </div>
    </>
  );
}

function Toelichting({ t }: { t: Awaited<ReturnType<typeof getToelichting>> }) {
  const r = t.record;
  return (
    <>
      <Paragraph appearance="lead">{t.uitleg}</Paragraph>
      <Heading2>De handeling</Heading2>
      <DataList appearance="rows">
        <Rij label="Tijdstip">{tijdstipTekst(r.tijd)}</Rij>
        <Rij label="Actor">
          <Persoon naam={r.actorNaam} id={r.actorId} />
        </Rij>
        <Rij label={r.rollen.length === 1 ? 'Rol' : 'Rollen'}>
          {r.rollen.map((rol) => rolTekst(rol).naam).join(', ')}
        </Rij>
        <Rij label="Organisatie">{r.organisatieNaam}</Rij>
        {r.verstrekkerNaam && <Rij label="Gegevens verstrekt door">{r.verstrekkerNaam}</Rij>}
        <Rij label="Handeling">
          {actieTekst(r.actie)} ({objectTekst(r.objectType)})
          {r.objectId && (
            <details className="schakel-persoon">
              <summary>Technisch kenmerk van het dossier</summary>
              <span className="schakel-id">{r.objectId}</span>
            </details>
          )}
        </Rij>
        <Rij label="Resultaat">
          {resultaatTekst(r.resultaat)}
          {r.resultaat === 'geweigerd' ? `: ${redenTekst(r.reden ?? null)}` : ''}
        </Rij>
      </DataList>
      <Heading2>Waarom</Heading2>
      <DataList appearance="rows">
        <Rij label="Verwerkingsactiviteit">
          {t.activiteit
            ? `${t.activiteit}${t.activiteitVersie !== null ? ` (versie ${String(t.activiteitVersie)})` : ''}`
            : 'Geen: de handeling noemde geen verwerkingsactiviteit'}
        </Rij>
        <Rij label="Grondslag">{t.grondslag ?? 'Onbekend'}</Rij>
        <Rij label="Regel die toegang gaf">
          {t.regel === null || t.regel === undefined ? (
            'Geen (geen toegang gegeven)'
          ) : (
            <>
              {t.regelTekst
                ? `Toegang omdat ${t.regelTekst}.`
                : 'Een regel die niet meer bekend is.'}
              <details className="schakel-persoon">
                <summary>Code van de regel</summary>
                <span className="schakel-id">{t.regel}</span>
              </details>
            </>
          )}
        </Rij>
        <Rij label="Doorbraak (de glazen breken)">{r.doorbraak ? 'Ja' : 'Nee'}</Rij>
        {r.doorbraak && (
          <Rij label="Verantwoording van de doorbraak">{t.doorbraakVerantwoording ?? ''}</Rij>
        )}
      </DataList>
      <Heading2>Gekoppelde verwerkingen</Heading2>
      {t.categorieen.length === 0 ? (
        <Paragraph>
          Bij deze handeling staan geen verwerkingen van persoonsgegevens in het verwerkingslog.
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            {t.categorieen.length === 1
              ? 'Eén verwerking in het verwerkingslog'
              : `${String(t.categorieen.length)} verwerkingen in het verwerkingslog`}
            , met deze gegevenscategorieën (alleen metagegevens, geen inhoud):
          </Paragraph>
          <UnorderedList>
            {t.categorieen.map((c, i) => (
              <UnorderedListItem key={i}>
                Verwerking {i + 1}: {c.length > 0 ? c.join(', ') : 'geen categorieën genoemd'}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </>
  );
}
