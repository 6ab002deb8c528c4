import {
  Button,
  ButtonGroup,
  DataList,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { Mislukt } from '../forms.js';
import { maakInzagePdf, maakInzagerapport, type Inzagerapport } from '../rechten.js';
import { tijdstipTekst } from '../texts.js';
import { alsFout, type Laadstand } from '../use-api.js';
import { Rij } from '../gegevensrij.js';

/** Produces the access report (logged) and its PDF (a blob: link, nothing in a URL). */
export function Rapport({ id, csrf }: { id: string; csrf?: string }) {
  const [rapport, setRapport] = useState<Laadstand<Inzagerapport> | undefined>();
  const [pdf, setPdf] = useState<Laadstand<string> | undefined>();
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (rapport?.status === 'klaar') kop.current?.focus();
  }, [rapport?.status]);
  useEffect(
    () => () => {
      if (pdf?.status === 'klaar') URL.revokeObjectURL(pdf.data);
    },
    [pdf],
  );
  return (
    <section aria-labelledby="inzage-kop">
      <Heading2 id="inzage-kop">Inzagerapport (AVG art. 15)</Heading2>
      <Paragraph>
        Het rapport toont per onderdeel de gegevens waarvoor uw organisatie verantwoordelijk is, met
        doel, grondslag, ontvangers, bewaartermijn en herkomst, en de verwerkingen uit het
        verwerkingslog. Het opstellen wordt vastgelegd.
      </Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={rapport?.status === 'laden'}
          onClick={() => {
            setRapport({ status: 'laden' });
            maakInzagerapport(id, csrf).then(
              (data) => {
                setRapport({ status: 'klaar', data });
              },
              (err: unknown) => {
                setRapport(alsFout(err));
              },
            );
          }}
        >
          Rapport opstellen
        </Button>
        <Button
          appearance="secondary-action-button"
          busy={pdf?.status === 'laden'}
          onClick={() => {
            setPdf({ status: 'laden' });
            maakInzagePdf(id, csrf).then(
              (blob) => {
                setPdf({ status: 'klaar', data: URL.createObjectURL(blob) });
              },
              (err: unknown) => {
                setPdf(alsFout(err));
              },
            );
          }}
        >
          Rapport als pdf maken
        </Button>
      </ButtonGroup>
      <div aria-live="polite">
        {pdf?.status === 'klaar' && (
          <Paragraph>
            <Link href={pdf.data} target="_blank" rel="noopener" download="inzagerapport.pdf">
              Pdf openen (inzagerapport)
            </Link>
          </Paragraph>
        )}
        {pdf?.status === 'mislukt' && <Mislukt tekst="De pdf kon niet worden gemaakt." />}
        {rapport?.status === 'mislukt' && (
          <Mislukt tekst="Het rapport kon niet worden opgesteld." detail={rapport.detail} />
        )}
      </div>
      {rapport?.status === 'klaar' && <RapportWeergave r={rapport.data} kop={kop} />}
    </section>
  );
}

function RapportWeergave({
  r,
  kop,
}: {
  r: Inzagerapport;
  kop: React.RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <div className="schakel-rapport">
      <Heading3 ref={kop} tabIndex={-1}>
        {`Rapport van ${tijdstipTekst(r.opgesteldOp)}`}
      </Heading3>
      <Paragraph>{`Verwerkingsverantwoordelijke: ${r.organisatie}.`}</Paragraph>
      {!r.persoonBekend && <Paragraph>Er zijn geen gegevens over deze betrokkene.</Paragraph>}
      {r.contexten
        .filter((c) => c.vastleggingen.length > 0)
        .map((c) => (
          <div key={c.context}>
            <Heading3>{c.naam}</Heading3>
            {c.vastleggingen.map((x, i) => (
              <DataList key={i} appearance="rows">
                <Rij label={x.soort}>{x.kenmerk}</Rij>
                <Rij label="Datum">{tijdstipTekst(x.datum)}</Rij>
                <Rij label="Rol en status">{`${x.rol}, ${x.status}`}</Rij>
                <Rij label="Herkomst">{x.bron}</Rij>
                <Rij label="Doel">{`${x.activiteit.naam}: ${x.activiteit.doel}`}</Rij>
                <Rij label="Grondslag">{x.activiteit.grondslag}</Rij>
                <Rij label="Bewaartermijn">{x.activiteit.bewaartermijn}</Rij>
                <Rij label="Gegevens">
                  {x.gegevens.map((g) => `${g.veld}: ${g.waarde}`).join('; ') || 'geen'}
                </Rij>
                <Rij label="Verstrekt aan">
                  {x.ontvangers.map((o) => `${o.organisatie} (${o.via})`).join('; ') || 'niemand'}
                </Rij>
              </DataList>
            ))}
          </div>
        ))}
      {r.achtergehouden.length > 0 && (
        <>
          <Heading3>Niet opgenomen</Heading3>
          <UnorderedList>
            {r.achtergehouden.map((a, i) => (
              <UnorderedListItem key={i}>
                {`${String(a.aantal)} vastlegging(en) in ${a.context}. Grond: ${a.grond}. ${a.toelichting}`}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Heading3>Verwerkingen</Heading3>
      <Paragraph>{`Het verwerkingslog noemt ${String(r.verwerkingen.aantal)} verwerkingen.`}</Paragraph>
      <UnorderedList>
        {r.verwerkingen.perActiviteit.map((p) => (
          <UnorderedListItem
            key={p.activiteit}
          >{`${p.activiteit}: ${String(p.aantal)}`}</UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}
