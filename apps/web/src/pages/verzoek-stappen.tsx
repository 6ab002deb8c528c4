import {
  Button,
  ButtonGroup,
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
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { beschrijving, Mislukt, Veld } from '../forms.js';
import { AppLink } from '../layout.js';
import {
  bereidWissingVoor,
  handelVerzoekAf,
  hefBeperkingOp,
  rectificeer,
  verlengTermijn,
  zetBeperking,
  type Verzoek,
} from '../rechten.js';
import { alsFout, type Laadstand } from '../use-api.js';

/** The granted erasure: one button that puts what may go on a destruction list. */
function WissingVoorbereiden({
  v,
  csrf,
  klaar,
}: {
  v: Verzoek;
  csrf?: string;
  klaar: (v: Verzoek) => void;
}) {
  const [stand, setStand] = useState<Laadstand<Verzoek> | undefined>();
  return (
    <section aria-labelledby="wissing-voorbereiden-kop">
      <Heading3 id="wissing-voorbereiden-kop">Wissing toewijzen en voorbereiden</Heading3>
      <Paragraph>
        Dossiers van uw organisatie over de betrokkene die geen wettelijke plicht bewaart, komen op
        een vernietigingslijst. U keurt die goed en een tweede persoon bevestigt; dan volgt een
        verklaring van vernietiging. Wat blijft, ziet u met de grond erbij.
      </Paragraph>
      {stand?.status === 'mislukt' && (
        <Mislukt tekst="De wissing kon niet worden voorbereid." detail={stand.detail} />
      )}
      <Button
        appearance="primary-action-button"
        busy={stand?.status === 'laden'}
        onClick={() => {
          setStand({ status: 'laden' });
          bereidWissingVoor(v.id, csrf).then(
            (nieuw) => {
              setStand({ status: 'klaar', data: nieuw });
              klaar(nieuw);
            },
            (err: unknown) => {
              setStand(alsFout(err) ?? { status: 'mislukt' });
            },
          );
        }}
      >
        Wissing voorbereiden
      </Button>
    </section>
  );
}

/** A small form with one text field and a submit button, for the request's steps. */
function Stapformulier({
  id,
  kop,
  label,
  uitleg,
  knop,
  extra,
  min = 10,
  doe,
}: {
  id: string;
  kop: string;
  label: string;
  uitleg: string;
  knop: string;
  extra?: ReactNode;
  min?: number;
  doe: (tekst: string) => Promise<void>;
}) {
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | undefined>();
  const [stand, setStand] = useState<Laadstand<null> | undefined>();
  return (
    <section aria-labelledby={`${id}-kop`}>
      <Heading2 id={`${id}-kop`}>{kop}</Heading2>
      <form
        noValidate
        aria-labelledby={`${id}-kop`}
        onSubmit={(e) => {
          e.preventDefault();
          if (tekst.trim().length < min) {
            setFout(`Vul ten minste ${String(min)} tekens in.`);
            document.getElementById(id)?.focus();
            return;
          }
          setFout(undefined);
          setStand({ status: 'laden' });
          doe(tekst.trim()).then(
            () => {
              setStand(undefined);
              setTekst('');
            },
            (err: unknown) => {
              setStand(alsFout(err));
            },
          );
        }}
      >
        {extra}
        <Veld id={id} label={label} uitleg={uitleg} fout={fout}>
          <Textarea
            id={id}
            value={tekst}
            invalid={!!fout}
            aria-invalid={fout ? true : undefined}
            aria-describedby={beschrijving(id, true, fout)}
            onChange={(e) => {
              setTekst(e.target.value);
            }}
          />
        </Veld>
        {stand?.status === 'mislukt' && (
          <Mislukt tekst="Dit is niet gelukt." detail={stand.detail} />
        )}
        <Button appearance="secondary-action-button" type="submit" busy={stand?.status === 'laden'}>
          {knop}
        </Button>
      </form>
    </section>
  );
}

const LIJSTSTATUS: Record<string, string> = {
  voorgesteld: 'wacht op goedkeuring door u',
  goedgekeurd: 'goedgekeurd, wacht op bevestiging door een tweede persoon',
  vernietigen: 'wordt vernietigd',
  vernietigd: 'vernietigd',
};

/** What the erasure did: the destruction list and, per record, whether it goes or why it stays. */
export function WissingUitkomst({ w }: { w: NonNullable<Verzoek['wissing']> }) {
  return (
    <section aria-labelledby="wissing-kop">
      <Heading3 id="wissing-kop">Wissing (AVG art. 17)</Heading3>
      {w.lijstId && w.lijstNummer ? (
        <Paragraph>
          {`Vernietigingslijst ${w.lijstNummer}: ${LIJSTSTATUS[w.lijstStatus ?? ''] ?? w.lijstStatus ?? ''}. `}
          <AppLink to={`/fg/bewaring/${w.lijstId}`}>{`Naar lijst ${w.lijstNummer}`}</AppLink>
        </Paragraph>
      ) : (
        <Paragraph>
          Niets kan worden vernietigd: alles wat uw organisatie over de betrokkene vastlegde, blijft
          om de hieronder genoemde grond.
        </Paragraph>
      )}
      {w.dossiers.length === 0 ? (
        <Paragraph>Uw organisatie is van geen dossier over de betrokkene eigenaar.</Paragraph>
      ) : (
        <div
          className="schakel-tabel"
          role="region"
          aria-labelledby="wissing-bijschrift"
          tabIndex={0}
        >
          <Table>
            <TableCaption id="wissing-bijschrift">
              Dossiers van uw organisatie over de betrokkene
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Dossier</TableHeaderCell>
                <TableHeaderCell scope="col">Wissing</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {w.dossiers.map((d) => (
                <TableRow key={`${d.soort}:${d.referentie}`}>
                  <TableHeaderCell scope="row">
                    {`${d.soort === 'casus' ? 'Casus' : 'Zorgmelding'} ${d.referentie}`}
                  </TableHeaderCell>
                  <TableCell>
                    {d.bewaard ? `Blijft bewaard. ${d.grond ?? ''}` : 'Op de vernietigingslijst'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

export function Stappen({
  v,
  csrf,
  klaar,
}: {
  v: Verzoek;
  csrf?: string;
  klaar: (v: Verzoek) => void;
}) {
  const [maanden, setMaanden] = useState<1 | 2>(2);
  const [uitkomst, setUitkomst] = useState<'afgehandeld' | 'afgewezen'>('afgehandeld');
  const [veld, setVeld] = useState<'achternaam' | 'voornamen' | 'straat' | 'postcode'>(
    'achternaam',
  );
  const [waarde, setWaarde] = useState('');
  const beperkbaar = v.soort === 'beperking' || v.soort === 'bezwaar';
  return (
    <>
      {!v.verlengdTot && v.termijn.status !== 'verlopen' && (
        <Stapformulier
          id="verlenging-reden"
          kop="Termijn verlengen"
          label="Reden van de verlenging"
          uitleg="Meld de verlenging en de reden binnen de eerste maand aan de betrokkene."
          knop="Termijn verlengen"
          extra={
            <Veld id="verlenging-maanden" label="Met hoeveel maanden">
              <Select
                id="verlenging-maanden"
                value={String(maanden)}
                onChange={(e) => {
                  setMaanden(e.target.value === '1' ? 1 : 2);
                }}
              >
                <SelectOption value="1">Eén maand</SelectOption>
                <SelectOption value="2">Twee maanden</SelectOption>
              </Select>
            </Veld>
          }
          doe={async (reden) => {
            klaar(await verlengTermijn(v.id, { maanden, reden }, csrf));
          }}
        />
      )}
      {v.soort === 'rectificatie' && v.persoonBekend && (
        <Stapformulier
          id="rectificatie-reden"
          kop="Gegevens rectificeren"
          label="Waarom was het gegeven onjuist?"
          uitleg="Schakel bewaart dat en waarom het gegeven is gewijzigd, niet de oude waarde, en maakt een melding voor elke ontvanger."
          knop="Rectificeren"
          extra={
            <>
              <Veld id="rectificatie-veld" label="Welk gegeven">
                <Select
                  id="rectificatie-veld"
                  value={veld}
                  onChange={(e) => {
                    setVeld(e.target.value as typeof veld);
                  }}
                >
                  <SelectOption value="achternaam">Achternaam</SelectOption>
                  <SelectOption value="voornamen">Voornamen</SelectOption>
                  <SelectOption value="straat">Straat</SelectOption>
                  <SelectOption value="postcode">Postcode</SelectOption>
                </Select>
              </Veld>
              <Veld id="rectificatie-waarde" label="Juiste waarde">
                <Textbox
                  id="rectificatie-waarde"
                  value={waarde}
                  autoComplete="off"
                  onChange={(e) => {
                    setWaarde(e.target.value);
                  }}
                />
              </Veld>
            </>
          }
          doe={async (reden) => {
            klaar(await rectificeer(v.id, { wijzigingen: { [veld]: waarde }, reden }, csrf));
          }}
        />
      )}
      {v.soort === 'wissing' && v.persoonBekend && !v.wissing && (
        <WissingVoorbereiden v={v} csrf={csrf} klaar={klaar} />
      )}
      {beperkbaar && v.persoonBekend && (
        <Stapformulier
          id="beperking-reden"
          kop={v.soort === 'bezwaar' ? 'Bezwaar vastleggen' : 'Verwerking beperken'}
          label="Reden"
          uitleg="Zolang dit geldt, weigert Schakel nieuwe uitwisselingen en bezorgingen over de betrokkene."
          knop={v.soort === 'bezwaar' ? 'Bezwaar vastleggen' : 'Beperking vastleggen'}
          doe={async (reden) => {
            klaar(await zetBeperking(v.id, { toegestaneActiviteiten: [], reden }, csrf));
          }}
        />
      )}
      {beperkbaar && (v.beperkingen ?? []).length > 0 && (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              void hefBeperkingOp(v.id, csrf).then(klaar, () => undefined);
            }}
          >
            Beperking opheffen
          </Button>
        </ButtonGroup>
      )}
      <Stapformulier
        id="afhandeling-antwoord"
        kop="Verzoek afronden"
        label="Antwoord aan de betrokkene"
        uitleg="Wat is de betrokkene geantwoord, en wanneer?"
        knop="Verzoek afronden"
        extra={
          <Veld id="afhandeling-uitkomst" label="Uitkomst">
            <Select
              id="afhandeling-uitkomst"
              value={uitkomst}
              onChange={(e) => {
                setUitkomst(e.target.value === 'afgewezen' ? 'afgewezen' : 'afgehandeld');
              }}
            >
              <SelectOption value="afgehandeld">Afgehandeld</SelectOption>
              <SelectOption value="afgewezen">Afgewezen</SelectOption>
            </Select>
          </Veld>
        }
        doe={async (antwoord) => {
          klaar(await handelVerzoekAf(v.id, { uitkomst, antwoord }, csrf));
        }}
      />
    </>
  );
}
