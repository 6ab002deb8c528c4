import { useEffect, useRef, useState, type SubmitEvent } from 'react';

/** A field's error by field name; a field without an error is absent. */
export type Fouten<K extends string> = Partial<Record<K, string>>;

/**
 * A question form (a period, municipalities): the fields as typed, the question last asked,
 * the errors of the last submit, and focus moved to the error summary when a submit fails.
 * `veldIds` maps each checked field to the id of its input, in the order the summary lists them.
 */
export function useVraagFormulier<V, K extends string>(
  begin: V,
  controleer: (v: V) => Fouten<K>,
  veldIds: Record<K, string>,
) {
  const [velden, setVelden] = useState<V>(begin);
  const [vraag, setVraag] = useState<V>(begin);
  const [fouten, setFouten] = useState<Fouten<K>>({});
  const [focus, setFocus] = useState(0);
  const overzicht = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focus > 0) overzicht.current?.focus();
  }, [focus]);

  const verstuur = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const gevonden = controleer(velden);
    setFouten(gevonden);
    if (Object.keys(gevonden).length > 0) {
      setFocus((f) => f + 1);
      return;
    }
    setVraag(velden);
  };

  const foutLijst: [string, string][] = (Object.keys(veldIds) as K[]).flatMap((k) => {
    const fout = fouten[k];
    return fout ? [[veldIds[k], fout] as [string, string]] : [];
  });

  return { velden, setVelden, vraag, fouten, overzicht, verstuur, foutLijst };
}
