import { Button, ButtonGroup, Heading2, Textbox } from '@utrecht/component-library-react';
import { useState, useRef, type SubmitEvent } from 'react';
import { Foutoverzicht, Veld } from './forms.js';
import { alsFout, type Laadstand } from './use-api.js';
import type { Zoekvraag } from './zorgmelding.js';

/*
 * Searching and paging a list of zorgmeldingen, one way for the police's list and the VT
 * inbox (issue 14): the search form (kenmerk, name, BSN in a POST body, never in the URL),
 * the state of a search, and the keyset page buttons.
 */

/**
 * The search form (kenmerk, name, BSN): the question goes in a POST body, never in the URL.
 * Checks what it can before asking (a kenmerk's form, a BSN's nine digits); shows every error.
 */
export function Zoekformulier({
  label,
  zoek,
  wis,
}: {
  label: string;
  zoek: (vraag: Zoekvraag) => void;
  wis: () => void;
}) {
  const [vraag, setVraag] = useState({ kenmerk: '', naam: '', bsn: '' });
  const [fouten, setFouten] = useState<[string, string][]>([]);
  const overzicht = useRef<HTMLDivElement>(null);
  const verstuur = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const kenmerk = vraag.kenmerk.trim();
    const naam = vraag.naam.trim();
    const bsn = vraag.bsn.replace(/\s+/g, '');
    const gevonden: [string, string][] = [];
    if (!kenmerk && !naam && !bsn) {
      gevonden.push(['zoek-kenmerk', 'Vul een kenmerk, een naam of een BSN in.']);
    }
    if (kenmerk && !/^(ZM-)?\d{4}-\d{1,6}$/i.test(kenmerk)) {
      gevonden.push(['zoek-kenmerk', 'Een kenmerk ziet eruit als ZM-2026-000123.']);
    }
    if (naam && naam.length < 2) {
      gevonden.push(['zoek-naam', 'Vul ten minste 2 letters van de naam in.']);
    }
    if (bsn && !/^\d{9}$/.test(bsn)) {
      gevonden.push(['zoek-bsn', 'Een BSN bestaat uit 9 cijfers.']);
    }
    setFouten(gevonden);
    if (gevonden.length > 0) {
      setTimeout(() => overzicht.current?.focus(), 0);
      return;
    }
    zoek({
      ...(kenmerk ? { kenmerk } : {}),
      ...(naam ? { naam } : {}),
      ...(bsn ? { bsn } : {}),
    });
  };
  const fout = (id: string) => fouten.find(([f]) => f === id)?.[1];
  const veld = (naam: keyof typeof vraag, id: string, titel: string, uitleg: string) => (
    <Veld id={id} label={titel} uitleg={uitleg} fout={fout(id)}>
      <Textbox
        id={id}
        name={naam}
        autoComplete="off"
        invalid={!!fout(id)}
        aria-invalid={fout(id) ? true : undefined}
        aria-describedby={[`${id}-uitleg`, fout(id) ? `${id}-fout` : ''].filter(Boolean).join(' ')}
        value={vraag[naam]}
        inputMode={naam === 'bsn' ? 'numeric' : undefined}
        onChange={(e) => {
          setVraag((v) => ({ ...v, [naam]: e.target.value }));
        }}
      />
    </Veld>
  );
  return (
    <section aria-label={label}>
      <Heading2>{label}</Heading2>
      <Foutoverzicht ref={overzicht} fouten={fouten} />
      <form onSubmit={verstuur} noValidate aria-label={label} className="schakel-zoeken">
        {veld('kenmerk', 'zoek-kenmerk', 'Kenmerk', 'Bijvoorbeeld ZM-2026-000123.')}
        {veld('naam', 'zoek-naam', 'Naam van een betrokkene', 'Een deel van de naam mag.')}
        {veld('bsn', 'zoek-bsn', 'BSN van een betrokkene', '9 cijfers.')}
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            Zoeken
          </Button>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => {
              setVraag({ kenmerk: '', naam: '', bsn: '' });
              setFouten([]);
              wis();
            }}
          >
            Zoekopdracht wissen
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/**
 * The state of a search beside a list: `gezocht` is undefined while the list shows, else the
 * search's answer; `zoek` and `wis` go to {@link Zoekformulier}.
 */
export function useZoekopdracht<T>(vraagOp: (vraag: Zoekvraag) => Promise<T[]>) {
  const [gezocht, setGezocht] = useState<Laadstand<T[]> | undefined>();
  const zoek = (vraag: Zoekvraag) => {
    setGezocht({ status: 'laden' });
    vraagOp(vraag).then(
      (data) => {
        setGezocht({ status: 'klaar', data });
      },
      (err: unknown) => {
        setGezocht(alsFout(err) ?? { status: 'mislukt' });
      },
    );
  };
  const wis = () => {
    setGezocht(undefined);
  };
  return { gezocht, setGezocht, zoek, wis };
}

/**
 * Keyset paging: "Eerste pagina" once past the first, "Volgende pagina" when the page is full
 * (`volgende` gets the id of the last row, the next page's `na`).
 */
export function Paginering({
  rijen,
  paginaGrootte,
  voorbijEerste,
  eerste,
  volgende,
}: {
  rijen: readonly { id: string }[];
  paginaGrootte: number;
  voorbijEerste: boolean;
  eerste: () => void;
  volgende: (laatste: string) => void;
}) {
  return (
    <nav aria-label="Pagina's" className="schakel-paginering">
      {voorbijEerste && (
        <Button appearance="secondary-action-button" type="button" onClick={eerste}>
          Eerste pagina
        </Button>
      )}
      {rijen.length === paginaGrootte && (
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => {
            volgende(rijen[rijen.length - 1]?.id ?? '');
          }}
        >
          Volgende pagina
        </Button>
      )}
    </nav>
  );
}
