import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  DataList,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  RadioButton,
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
import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import {
  CRITERIA,
  eisTekst,
  getReferentie,
  hoofdletter,
  Namen,
  persoonNaam,
  probleemCode,
  REDENEN_NIET_INFORMEREN,
  ROLLEN_BETROKKENE,
  stapTekst,
  type BetrokkeneView,
  type Categoriecode,
  type CasusView,
  type Informeren,
  type NieuweUitwisseling,
  type UitwisselingView,
} from './casus.js';
import { beschrijving, Foutoverzicht, Mislukt, Veld } from './forms.js';
import { datumTekst, tijdstipTekst } from './texts.js';
import { alsFout, useApi, type Laadstand } from './use-api.js';
import { tekst, veldfouten } from './zorgmelding.js';
import { Rij } from './gegevensrij.js';

/** Loads the reference data (names of codes) together with the page's own call. */
export function useCasusApi<T>(load: () => Promise<T>, sleutel: string): Laadstand<[Namen, T]> {
  return useApi(async () => {
    const [r, data] = await Promise.all([getReferentie(), load()]);
    return [new Namen(r), data] as [Namen, T];
  }, sleutel);
}

/** The input id of an API field path (`betrokkenen[0].bsn` in form `casus` is `casus-betrokkenen-0-bsn`). */
export const invoerId = (vorm: string, pad: string) =>
  `${vorm}-${pad.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

export type Fouten = Record<string, string>;

/**
 * A form for one step of a case, with its own error summary: the browser's own checks first,
 * then the API's field errors (400) and refusals (409, 422) in the same summary, each linking
 * to the field it is about.
 */
export function Actieformulier({
  vorm,
  titel,
  knop,
  kop = true,
  controleer,
  uitvoeren,
  apiVeld,
  probleemVeld,
  uitleg,
  klaar,
  children,
}: {
  /** Prefix of the form's input ids. */
  vorm: string;
  titel: string;
  knop: string;
  /** Show the title as a heading (level 2); else the form is named by its title only. */
  kop?: boolean;
  controleer?: () => Fouten;
  /** The call; returns the message to show when it worked. */
  uitvoeren: () => Promise<string>;
  /** Turns an API field path into an input id; default `invoerId(vorm, pad)`. */
  apiVeld?: (pad: string) => string;
  /** The input a refusal (409, 422) is about, by its problem code. */
  probleemVeld?: (code: string | undefined) => string | undefined;
  /** Rewrites the API's explanation of a refusal, e.g. organisation codes to names. */
  uitleg?: (detail: string) => string;
  /** Called with the message after the call worked (when the page shows it). */
  klaar?: (melding: string) => void;
  children: (fouten: Fouten) => ReactNode;
}) {
  const [fouten, setFouten] = useState<Fouten>({});
  const [mislukt, setMislukt] = useState<string | undefined>();
  const [bezig, setBezig] = useState(false);
  const overzicht = useRef<HTMLDivElement>(null);
  const formulier = useRef<HTMLFormElement>(null);
  const [focus, setFocus] = useState(0);

  useEffect(() => {
    if (focus > 0) overzicht.current?.focus();
  }, [focus]);

  /** An input id that exists, else the form's first field: a link never goes nowhere. */
  const bestaand = (id: string): string => {
    if (document.getElementById(id)) return id;
    const eerste = document.querySelector<HTMLElement>(`[id^="${id}-"]`);
    if (eerste) return eerste.id;
    return formulier.current?.querySelector<HTMLElement>('input, select, textarea')?.id ?? id;
  };

  const verstuur = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMislukt(undefined);
    const eigen = controleer?.() ?? {};
    setFouten(eigen);
    if (Object.keys(eigen).length > 0) {
      setFocus((f) => f + 1);
      return;
    }
    setBezig(true);
    try {
      const melding = await uitvoeren();
      setBezig(false);
      klaar?.(melding);
    } catch (err) {
      setBezig(false);
      const fout = alsFout(err);
      if (!fout) return;
      const velden = veldfouten(err);
      if (velden.length > 0) {
        const uit: Fouten = {};
        for (const [pad, eisen] of velden) {
          const id = bestaand(apiVeld ? apiVeld(pad) : invoerId(vorm, pad));
          const zin = `${hoofdletter(eisTekst(eisen))} (${pad}).`;
          uit[id] = uit[id] ? `${uit[id]} ${zin}` : zin;
        }
        setFouten(uit);
        setFocus((f) => f + 1);
        return;
      }
      if (fout.status === 'mislukt' && (fout.code === 409 || fout.code === 422)) {
        const id = probleemVeld?.(probleemCode(err));
        const zin = fout.detail
          ? uitleg
            ? uitleg(fout.detail)
            : fout.detail
          : 'Deze stap kan nu niet.';
        if (id) {
          setFouten({ [bestaand(id)]: zin });
          setFocus((f) => f + 1);
          return;
        }
        setMislukt(`Dat kan niet: ${zin}`);
        return;
      }
      const detail = 'detail' in fout ? fout.detail : undefined;
      setMislukt(
        fout.status === 'geen-toegang'
          ? `U hebt hiervoor geen toegang${detail ? `: ${detail}` : '.'}`
          : `Dat is niet gelukt${detail ? `: ${detail}` : '. Probeer het opnieuw.'}`,
      );
    }
  };

  const kopId = `${vorm}-kop`;
  return (
    <section aria-labelledby={kop ? kopId : undefined} aria-label={kop ? undefined : titel}>
      {kop && <Heading2 id={kopId}>{titel}</Heading2>}
      <Foutoverzicht ref={overzicht} fouten={Object.entries(fouten)} />
      <div aria-live="polite">{mislukt && <Mislukt tekst={mislukt} />}</div>
      <form ref={formulier} onSubmit={(e) => void verstuur(e)} noValidate aria-label={titel}>
        {children(fouten)}
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={bezig}>
            {knop}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** The error of a group (fieldset), under its legend. */
function Groepfout({ id, fout }: { id: string; fout: string | undefined }) {
  if (!fout) return null;
  return (
    <Paragraph id={`${id}-fout`} className="schakel-veldfout">
      <span className="schakel-sr-only">Fout: </span>
      {fout}
    </Paragraph>
  );
}

/**
 * Checkboxes in a fieldset; the first carries the group's id, so the error summary can put
 * the focus on it.
 */
export function Keuzes({
  id,
  legenda,
  uitleg,
  opties,
  gekozen,
  zet,
  fout,
}: {
  id: string;
  legenda: string;
  uitleg?: string;
  opties: [code: string, label: ReactNode][];
  gekozen: string[];
  zet: (codes: string[]) => void;
  fout?: string;
}) {
  return (
    <Fieldset
      invalid={!!fout}
      aria-describedby={beschrijving(id, !!uitleg, fout)}
      className="schakel-keuzes"
    >
      <FieldsetLegend>{legenda}</FieldsetLegend>
      {uitleg && <Paragraph id={`${id}-uitleg`}>{uitleg}</Paragraph>}
      <Groepfout id={id} fout={fout} />
      {opties.map(([code, label], i) => {
        const cid = i === 0 ? id : `${id}--${code}`;
        const aan = gekozen.includes(code);
        return (
          <FormField key={code} type="checkbox">
            <Checkbox
              id={cid}
              name={id}
              value={code}
              checked={aan}
              invalid={!!fout}
              onChange={() => {
                zet(aan ? gekozen.filter((c) => c !== code) : [...gekozen, code]);
              }}
            />
            <FormLabel htmlFor={cid} type="checkbox" checked={aan}>
              {label}
            </FormLabel>
          </FormField>
        );
      })}
    </Fieldset>
  );
}

/** Radio buttons in a fieldset; the first carries the group's id. */
export function Radiogroep({
  id,
  legenda,
  opties,
  waarde,
  kies,
  fout,
}: {
  id: string;
  legenda: string;
  opties: [string, string][];
  waarde: string;
  kies: (code: string) => void;
  fout?: string;
}) {
  return (
    <Fieldset
      invalid={!!fout}
      aria-describedby={beschrijving(id, false, fout)}
      className="schakel-keuzes"
    >
      <FieldsetLegend>{legenda}</FieldsetLegend>
      <Groepfout id={id} fout={fout} />
      {opties.map(([code, naam], i) => {
        const rid = i === 0 ? id : `${id}--${code}`;
        return (
          <FormField key={code} type="radio">
            <RadioButton
              id={rid}
              name={id}
              value={code}
              checked={waarde === code}
              invalid={!!fout}
              onChange={() => {
                kies(code);
              }}
            />
            <FormLabel htmlFor={rid} type="radio" checked={waarde === code}>
              {naam}
            </FormLabel>
          </FormField>
        );
      })}
    </Fieldset>
  );
}

/** A category with its AVG article flagged in text and visually (never colour alone). */
export function CategorieLabel({ namen, code }: { namen: Namen; code: string }) {
  const c = namen.categorieInfo(code);
  return (
    <>
      {hoofdletter(c.naam)}
      {c.avgArtikel && (
        <>
          {' '}
          <strong className={`schakel-avg schakel-avg--${c.avgArtikel}`}>
            {c.avgArtikel === '9'
              ? 'bijzonder persoonsgegeven (art. 9 AVG)'
              : 'strafrechtelijk gegeven (art. 10 AVG)'}
          </strong>
        </>
      )}
    </>
  );
}

/** Checkboxes of data categories; art. 9 and art. 10 are flagged and explained. */
export function CategorieKeuze({
  id,
  legenda,
  namen,
  gekozen,
  zet,
  fout,
}: {
  id: string;
  legenda: string;
  namen: Namen;
  gekozen: string[];
  zet: (codes: string[]) => void;
  fout?: string;
}) {
  return (
    <Keuzes
      id={id}
      legenda={legenda}
      uitleg="Bijzondere persoonsgegevens (art. 9 AVG, zoals gezondheid) en strafrechtelijke gegevens (art. 10 AVG) zijn extra beschermd: kies ze alleen als het echt nodig is."
      opties={namen.referentie.categorieen.map((c) => [
        c.code,
        <CategorieLabel key={c.code} namen={namen} code={c.code} />,
      ])}
      gekozen={gekozen}
      zet={zet}
      fout={fout}
    />
  );
}

/** A status message after a step; it takes the focus so screen readers read it. */
export function Gelukt({ melding }: { melding: string | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (melding) ref.current?.focus();
  }, [melding]);
  return (
    <div aria-live="polite">
      {melding && (
        <Alert type="ok">
          <Paragraph ref={ref} tabIndex={-1}>
            {melding}
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}

/** The case's data: whatever the API returned for this actor. */
export function CasusGegevens({ c, namen }: { c: CasusView; namen: Namen }) {
  return (
    <DataList appearance="rows" aria-label={`Gegevens van casus ${c.nummer}`}>
      <Rij label="Casusnummer">{c.nummer}</Rij>
      <Rij label="Status">
        <strong>{namen.status(c.status)}</strong>
      </Rij>
      <Rij label="Thema">{namen.thema(c.thema)}</Rij>
      {c.levensdomeinen && (
        <Rij label="Leefgebieden">
          {c.levensdomeinen.length > 0
            ? c.levensdomeinen.map((l) => namen.levensdomein(l)).join(', ')
            : 'Geen'}
        </Rij>
      )}
      {c.sleutelpartner !== undefined && (
        <Rij label="Sleutelpartner (aanmelder)">{namen.organisatie(c.sleutelpartner)}</Rij>
      )}
      {c.regieOrganisatie !== undefined && (
        <Rij label="Regie">
          {c.regieOrganisatie ? namen.organisatie(c.regieOrganisatie) : 'Nog niet'}
        </Rij>
      )}
      {c.procesregisseur !== undefined && (
        <Rij label="Procesregisseur">{c.procesregisseur?.naam ?? 'Nog niet aangewezen'}</Rij>
      )}
      {c.aanleiding !== undefined && (
        <Rij label="Aanleiding">
          <span className="schakel-relaas">{c.aanleiding}</span>
        </Rij>
      )}
      {c.afgeslotenOp && <Rij label="Afgesloten op">{tijdstipTekst(c.afgeslotenOp)}</Rij>}
      {c.bewaarTot && <Rij label="Bewaard tot">{datumTekst(c.bewaarTot.slice(0, 10))}</Rij>}
    </DataList>
  );
}

/** The triage outcome, as the sleutelpartner and the ZVH see it. */
export function TriageUitkomst({ c }: { c: CasusView }) {
  if (c.triage === undefined) return null;
  if (c.triage === null) {
    return (
      <Paragraph>
        {c.status === 'in-triage'
          ? 'Het Zorg- en Veiligheidshuis beoordeelt de aanmelding nog.'
          : 'Er is nog geen triage.'}
      </Paragraph>
    );
  }
  return (
    <DataList appearance="rows" aria-label="Uitkomst van de triage">
      <Rij label="Besluit">
        <strong>{c.triage.besluit === 'geaccepteerd' ? 'Geaccepteerd' : 'Afgewezen'}</strong>
      </Rij>
      {c.triage.reden && <Rij label="Reden">{c.triage.reden}</Rij>}
      <Rij label="Op">{tijdstipTekst(c.triage.op)}</Rij>
      {c.procesregisseur && <Rij label="Procesregisseur">{c.procesregisseur.naam}</Rij>}
    </DataList>
  );
}

/** The escalation: which criteria held, and why. */
export function Opschaling({ c }: { c: CasusView }) {
  if (!c.opschaling) return null;
  return (
    <DataList appearance="rows" aria-label="Opschaling">
      {CRITERIA.map(([code, letter, omschrijving]) => (
        <Rij key={code} label={`${letter}. ${omschrijving}`}>
          {c.opschaling?.criteria[code] ? 'Ja' : 'Nee'}
        </Rij>
      ))}
      <Rij label="Motivering">
        <span className="schakel-relaas">{c.opschaling.motivering}</span>
      </Rij>
      <Rij label="Opgeschaald op">{tijdstipTekst(c.opschaling.op)}</Rij>
    </DataList>
  );
}

/** "Betrokkene 1 (hoofdpersoon)" or the name when the actor may see it. */
export function betrokkeneNaam(b: BetrokkeneView, i: number): string {
  const naam = persoonNaam(b);
  const rol = tekst(ROLLEN_BETROKKENE, b.rol).toLowerCase();
  return naam ? `${naam} (${rol})` : `Betrokkene ${String(i + 1)} (${rol})`;
}

function informerenTekst(b: BetrokkeneView): string {
  const inf = b.informeren;
  if (!inf) return 'Nog niet vastgelegd';
  if (inf.besluit === 'geinformeerd') {
    return `Geïnformeerd${inf.op ? ` op ${datumTekst(inf.op)}` : ''}`;
  }
  return `Niet geïnformeerd: ${tekst(REDENEN_NIET_INFORMEREN, inf.reden)}${inf.toelichting ? `. ${inf.toelichting}` : ''}${inf.herbeoordeeldOp ? ` (herbeoordeeld op ${tijdstipTekst(inf.herbeoordeeldOp)})` : ''}`;
}

/** The persons, with only the fields the API returned for the actor's need-to-know. */
export function Betrokkenen({
  c,
  acties,
}: {
  c: CasusView;
  acties?: (b: BetrokkeneView, i: number) => ReactNode;
}) {
  if (c.betrokkenen.length === 0) return <Paragraph>Geen betrokkenen.</Paragraph>;
  return (
    <>
      {c.betrokkenen.map((b, i) => {
        const naam = persoonNaam(b);
        const adres = [
          [b.straat, b.huisnummer].filter((x) => x !== undefined && x !== '').join(' '),
          [b.postcode, b.woonplaats].filter(Boolean).join(' '),
        ]
          .filter(Boolean)
          .join(', ');
        return (
          <section
            key={b.persoonId}
            aria-label={betrokkeneNaam(b, i)}
            className="schakel-betrokkene"
          >
            <Heading3>{betrokkeneNaam(b, i)}</Heading3>
            <DataList appearance="rows">
              <Rij label="Rol">{tekst(ROLLEN_BETROKKENE, b.rol)}</Rij>
              {naam && <Rij label="Naam">{naam}</Rij>}
              {b.bsn && <Rij label="BSN">{b.bsn}</Rij>}
              {b.geboortedatum && <Rij label="Geboortedatum">{datumTekst(b.geboortedatum)}</Rij>}
              {adres && <Rij label="Adres">{adres}</Rij>}
              {b.gemeenteCode && <Rij label="Gemeente">{b.gemeenteCode}</Rij>}
              {b.informeren !== undefined && (
                <Rij label="Informeren van de betrokkene">{informerenTekst(b)}</Rij>
              )}
            </DataList>
            {!naam && !adres && (
              <Paragraph>Naam en adres vallen buiten de need-to-know van uw organisatie.</Paragraph>
            )}
            {acties?.(b, i)}
          </section>
        );
      })}
    </>
  );
}

/** The participants and their need-to-know. */
export function Deelnemers({ c, namen }: { c: CasusView; namen: Namen }) {
  if (c.deelnemers.length === 0) return <Paragraph>Nog geen deelnemers.</Paragraph>;
  return (
    // A wide table may scroll sideways (390 px): the region takes the keyboard focus for that.
    <div
      className="schakel-tabel"
      role="region"
      aria-label="Deelnemers en hun need-to-know"
      tabIndex={0}
    >
      <Table>
        <TableCaption>Deelnemers en hun need-to-know</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
            <TableHeaderCell scope="col">Need-to-know (gegevenscategorieën)</TableHeaderCell>
            <TableHeaderCell scope="col">Uitgenodigd</TableHeaderCell>
            <TableHeaderCell scope="col">Deelname</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {c.deelnemers.map((d) => (
            <TableRow key={d.organisatie}>
              <TableHeaderCell scope="row">{namen.organisatie(d.organisatie)}</TableHeaderCell>
              <TableCell>{namen.categorieen(d.categorieen)}</TableCell>
              <TableCell>{tijdstipTekst(d.uitgenodigdOp)}</TableCell>
              <TableCell>
                {d.beeindigdOp ? `Beëindigd op ${tijdstipTekst(d.beeindigdOp)}` : 'Actief'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The exchanges the actor may see, each with its purpose, basis and reasoning. */
export function Uitwisselingen({
  c,
  namen,
  acties,
}: {
  c: CasusView;
  namen: Namen;
  acties?: (u: UitwisselingView) => ReactNode;
}) {
  if (c.uitwisselingen.length === 0) {
    return <Paragraph>Er zijn (voor u zichtbaar) nog geen uitwisselingen.</Paragraph>;
  }
  const persoon = (id: string) => {
    const i = c.betrokkenen.findIndex((b) => b.persoonId === id);
    const b = c.betrokkenen[i];
    return b ? betrokkeneNaam(b, i) : 'Betrokkene';
  };
  return (
    <>
      {c.uitwisselingen.map((u, n) => {
        const titel = `Uitwisseling ${String(n + 1)}: van ${namen.organisatie(u.van)} aan ${u.naar.map((x) => namen.organisatie(x.organisatie)).join(', ')}`;
        return (
          <section key={u.id} aria-label={titel} className="schakel-uitwisseling">
            <Heading3>{titel}</Heading3>
            <DataList appearance="rows">
              <Rij label="Geregistreerd">
                {tijdstipTekst(u.geregistreerdOp)} door {namen.organisatie(u.geregistreerdDoor)}
              </Rij>
              <Rij label="Gegevenscategorieën">
                {u.categorieen.map((code, i) => (
                  <span key={code}>
                    {i > 0 && ', '}
                    <CategorieLabel namen={namen} code={code} />
                  </span>
                ))}
              </Rij>
              <Rij label="Over">{u.betrokkenen.map(persoon).join(', ')}</Rij>
              <Rij label="Doel (verwerkingsactiviteit)">{u.activiteit.naam}</Rij>
              <Rij label="Grondslag">{u.grondslag}</Rij>
              <Rij label="Proportionaliteit">{u.proportionaliteit}</Rij>
              <Rij label="Subsidiariteit">{u.subsidiariteit}</Rij>
              <Rij label="Inhoud">
                <span className="schakel-relaas">{u.inhoud}</span>
              </Rij>
              <Rij label="Ontvangst">
                {u.naar
                  .map(
                    (x) =>
                      `${namen.organisatie(x.organisatie)}: ${x.ontvangenOp ? `bevestigd op ${tijdstipTekst(x.ontvangenOp)}` : 'nog niet bevestigd'}`,
                  )
                  .join('; ')}
              </Rij>
            </DataList>
            {acties?.(u)}
          </section>
        );
      })}
    </>
  );
}

export function CasusTijdlijn({ c, namen }: { c: CasusView; namen: Namen }) {
  return (
    <OrderedList>
      {c.tijdlijn.map((t, i) => (
        <OrderedListItem key={i}>
          {tijdstipTekst(t.tijd)}: {stapTekst(t.stap)}, {namen.organisatie(t.organisatie)}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}

/** Active participants (the organisations that may receive an exchange). */
export const actieveDeelnemers = (c: CasusView) => c.deelnemers.filter((d) => !d.beeindigdOp);

/**
 * Registers an exchange: from whom (the ZVH may choose; a partner is always its own
 * organisation), to whom, about whom, which categories, and why it is proportional and
 * subsidiary. The API refuses a category outside a recipient's need-to-know (422).
 */
export function UitwisselingFormulier({
  c,
  namen,
  eigenOrganisatie,
  vanKiezen,
  registreer,
  klaar,
}: {
  c: CasusView;
  namen: Namen;
  eigenOrganisatie: string;
  /** The ZVH may register on behalf of a participant. */
  vanKiezen: boolean;
  registreer: (u: NieuweUitwisseling) => Promise<unknown>;
  klaar: (melding: string) => void;
}) {
  const leeg = {
    van: eigenOrganisatie,
    naar: [] as string[],
    betrokkenen: [] as string[],
    categorieen: [] as string[],
    proportionaliteit: '',
    subsidiariteit: '',
    inhoud: '',
  };
  const [u, setU] = useState(leeg);
  const vorm = 'uitwisseling';
  const id = (veld: string) => `${vorm}-${veld}`;
  const deelnemers = actieveDeelnemers(c);
  const ontvangers = deelnemers.filter((d) => d.organisatie !== u.van);

  const controleer = (): Fouten => {
    const f: Fouten = {};
    if (u.naar.length === 0) f[id('naar')] = 'Kies ten minste één ontvanger.';
    if (u.betrokkenen.length === 0) f[id('betrokkenen')] = 'Kies ten minste één betrokkene.';
    if (u.categorieen.length === 0) f[id('categorieen')] = 'Kies ten minste één gegevenscategorie.';
    const tekstveld = (
      veld: 'proportionaliteit' | 'subsidiariteit' | 'inhoud',
      max: number,
      zin: string,
    ) => {
      const t = u[veld].trim();
      if (!t) f[id(veld)] = zin;
      else if (t.length > max) f[id(veld)] = `Gebruik ten hoogste ${String(max)} tekens.`;
    };
    tekstveld('proportionaliteit', 2000, 'Leg uit waarom deze uitwisseling proportioneel is.');
    tekstveld(
      'subsidiariteit',
      2000,
      'Leg uit waarom het niet met minder gegevens kan (subsidiariteit).',
    );
    tekstveld('inhoud', 8000, 'Vul de inhoud van de uitwisseling in.');
    return f;
  };

  return (
    <Actieformulier
      vorm={vorm}
      titel="Uitwisseling registreren"
      knop="Uitwisseling registreren"
      controleer={controleer}
      apiVeld={(pad) => id(pad.replace(/\[.*$/, ''))}
      probleemVeld={(code) => (code === 'buiten-scope' ? id('categorieen') : id('naar'))}
      uitleg={(detail) => namen.metNamen(detail)}
      uitvoeren={async () => {
        await registreer({
          ...(vanKiezen ? { van: u.van } : {}),
          naar: u.naar,
          betrokkenen: u.betrokkenen,
          categorieen: u.categorieen as Categoriecode[],
          proportionaliteit: u.proportionaliteit.trim(),
          subsidiariteit: u.subsidiariteit.trim(),
          inhoud: u.inhoud.trim(),
        });
        setU(leeg);
        return 'De uitwisseling is geregistreerd.';
      }}
      klaar={klaar}
    >
      {(fouten) => (
        <>
          <Paragraph>
            Registreer elke verstrekking van persoonsgegevens: aan wie, over wie, welke
            gegevenscategorieën en waarom. Een ontvanger krijgt alleen gegevens binnen zijn
            need-to-know.
          </Paragraph>
          {vanKiezen ? (
            <Veld id={id('van')} label="Van (verstrekkende organisatie)" fout={fouten[id('van')]}>
              <Select
                id={id('van')}
                value={u.van}
                invalid={!!fouten[id('van')]}
                aria-describedby={beschrijving(id('van'), false, fouten[id('van')])}
                onChange={(e) => {
                  const van = e.target.value;
                  setU({ ...u, van, naar: u.naar.filter((n) => n !== van) });
                }}
              >
                {deelnemers.map((d) => (
                  <SelectOption key={d.organisatie} value={d.organisatie}>
                    {namen.organisatie(d.organisatie)}
                  </SelectOption>
                ))}
              </Select>
            </Veld>
          ) : (
            <Paragraph>Van: {namen.organisatie(eigenOrganisatie)} (uw organisatie)</Paragraph>
          )}
          <Keuzes
            id={id('naar')}
            legenda="Aan (ontvangers)"
            opties={ontvangers.map((d) => [
              d.organisatie,
              d.categorieen === undefined
                ? namen.organisatie(d.organisatie)
                : `${namen.organisatie(d.organisatie)} (need-to-know: ${namen.categorieen(d.categorieen)})`,
            ])}
            gekozen={u.naar}
            zet={(naar) => {
              setU({ ...u, naar });
            }}
            fout={fouten[id('naar')]}
          />
          <Keuzes
            id={id('betrokkenen')}
            legenda="Over (betrokkenen)"
            opties={c.betrokkenen.map((b, i) => [b.persoonId, betrokkeneNaam(b, i)])}
            gekozen={u.betrokkenen}
            zet={(betrokkenen) => {
              setU({ ...u, betrokkenen });
            }}
            fout={fouten[id('betrokkenen')]}
          />
          <CategorieKeuze
            id={id('categorieen')}
            legenda="Gegevenscategorieën die u verstrekt"
            namen={namen}
            gekozen={u.categorieen}
            zet={(categorieen) => {
              setU({ ...u, categorieen });
            }}
            fout={fouten[id('categorieen')]}
          />
          {(
            [
              [
                'proportionaliteit',
                'Proportionaliteit',
                'Waarom staat de verstrekking in verhouding tot het doel?',
              ],
              [
                'subsidiariteit',
                'Subsidiariteit',
                'Waarom kan het doel niet met minder of minder gevoelige gegevens worden bereikt?',
              ],
              [
                'inhoud',
                'Inhoud',
                'Wat verstrekt u? Alleen wat de ontvanger voor zijn taak nodig heeft.',
              ],
            ] as const
          ).map(([veld, label, uitleg]) => (
            <Veld key={veld} id={id(veld)} label={label} uitleg={uitleg} fout={fouten[id(veld)]}>
              <Textarea
                id={id(veld)}
                value={u[veld]}
                invalid={!!fouten[id(veld)]}
                aria-invalid={fouten[id(veld)] ? true : undefined}
                aria-describedby={beschrijving(id(veld), true, fouten[id(veld)])}
                maxLength={veld === 'inhoud' ? 8000 : 2000}
                onChange={(e) => {
                  setU({ ...u, [veld]: e.target.value });
                }}
              />
            </Veld>
          ))}
        </>
      )}
    </Actieformulier>
  );
}

/** A decision on informing a person, as the form holds it. */
export interface InformerenInvoer {
  besluit: '' | 'geinformeerd' | 'niet-informeren';
  op: string;
  reden: string;
  toelichting: string;
}

export const GEEN_INFORMEREN: InformerenInvoer = {
  besluit: '',
  op: '',
  reden: '',
  toelichting: '',
};

/** Today as a local calendar date (YYYY-MM-DD). */
function vandaag(): string {
  const d = new Date();
  const twee = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`;
}

export function controleerInformeren(prefix: string, w: InformerenInvoer, wie = ''): Fouten {
  const f: Fouten = {};
  if (!w.besluit) f[`${prefix}-besluit`] = `${wie}kies of de betrokkene is geïnformeerd.`;
  if (w.besluit === 'geinformeerd' && !/^\d{4}-\d{2}-\d{2}$/.test(w.op)) {
    f[`${prefix}-op`] = `${wie}vul de datum in waarop de betrokkene is geïnformeerd.`;
  } else if (w.besluit === 'geinformeerd' && w.op > vandaag()) {
    f[`${prefix}-op`] = `${wie}de datum van het informeren ligt in de toekomst.`;
  }
  if (w.besluit === 'niet-informeren') {
    if (!w.reden) f[`${prefix}-reden`] = `${wie}kies de reden om niet te informeren.`;
    if (!w.toelichting.trim()) f[`${prefix}-toelichting`] = `${wie}licht het besluit toe.`;
  }
  for (const k of Object.keys(f)) f[k] = hoofdletter(f[k] ?? '');
  return f;
}

export function alsInformeren(w: InformerenInvoer): Informeren {
  return w.besluit === 'geinformeerd'
    ? { besluit: 'geinformeerd', op: w.op }
    : {
        besluit: 'niet-informeren',
        reden: w.reden as 'lopend-strafrechtelijk-onderzoek' | 'veiligheidsrisico',
        toelichting: w.toelichting.trim(),
      };
}

/** Informed on a date, or not informed with a reason and an explanation (AVG art. 14 and 23). */
export function InformerenVelden({
  prefix,
  legenda,
  w,
  zet,
  fouten,
}: {
  prefix: string;
  legenda: string;
  w: InformerenInvoer;
  zet: (w: InformerenInvoer) => void;
  fouten: Fouten;
}) {
  return (
    <>
      <Radiogroep
        id={`${prefix}-besluit`}
        legenda={legenda}
        opties={[
          ['geinformeerd', 'De betrokkene is geïnformeerd'],
          ['niet-informeren', 'De betrokkene wordt (nog) niet geïnformeerd'],
        ]}
        waarde={w.besluit}
        kies={(besluit) => {
          zet({ ...w, besluit: besluit as InformerenInvoer['besluit'] });
        }}
        fout={fouten[`${prefix}-besluit`]}
      />
      {w.besluit === 'geinformeerd' && (
        <Veld id={`${prefix}-op`} label="Geïnformeerd op" fout={fouten[`${prefix}-op`]}>
          <Textbox
            id={`${prefix}-op`}
            type="date"
            max={vandaag()}
            value={w.op}
            invalid={!!fouten[`${prefix}-op`]}
            aria-invalid={fouten[`${prefix}-op`] ? true : undefined}
            aria-describedby={beschrijving(`${prefix}-op`, false, fouten[`${prefix}-op`])}
            onChange={(e) => {
              zet({ ...w, op: e.target.value });
            }}
          />
        </Veld>
      )}
      {w.besluit === 'niet-informeren' && (
        <>
          <Veld id={`${prefix}-reden`} label="Reden" fout={fouten[`${prefix}-reden`]}>
            <Select
              id={`${prefix}-reden`}
              value={w.reden}
              invalid={!!fouten[`${prefix}-reden`]}
              aria-invalid={fouten[`${prefix}-reden`] ? true : undefined}
              aria-describedby={beschrijving(`${prefix}-reden`, false, fouten[`${prefix}-reden`])}
              onChange={(e) => {
                zet({ ...w, reden: e.target.value });
              }}
            >
              <SelectOption value="">Kies een reden</SelectOption>
              {REDENEN_NIET_INFORMEREN.map(([code, naam]) => (
                <SelectOption key={code} value={code}>
                  {naam}
                </SelectOption>
              ))}
            </Select>
          </Veld>
          <Veld
            id={`${prefix}-toelichting`}
            label="Toelichting"
            uitleg="Waarom weegt deze reden nu zwaarder dan het recht van de betrokkene om te weten dat gegevens worden gedeeld? Bij het afsluiten beoordeelt u dit opnieuw."
            fout={fouten[`${prefix}-toelichting`]}
          >
            <Textarea
              id={`${prefix}-toelichting`}
              value={w.toelichting}
              maxLength={2000}
              invalid={!!fouten[`${prefix}-toelichting`]}
              aria-invalid={fouten[`${prefix}-toelichting`] ? true : undefined}
              aria-describedby={beschrijving(
                `${prefix}-toelichting`,
                true,
                fouten[`${prefix}-toelichting`],
              )}
              onChange={(e) => {
                zet({ ...w, toelichting: e.target.value });
              }}
            />
          </Veld>
        </>
      )}
    </>
  );
}
