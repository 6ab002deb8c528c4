import {
  Alert,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Link,
  Paragraph,
  RadioButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { forwardRef, useCallback, useRef, type ReactNode } from 'react';

/** The `aria-describedby` of a field: its description and, when invalid, its error. */
export function beschrijving(id: string, heeftUitleg: boolean, fout: string | undefined) {
  const ids = [heeftUitleg ? `${id}-uitleg` : '', fout ? `${id}-fout` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A labelled form field: label, optional description, the error (when invalid) and the
 * control, which must carry `id`, `aria-invalid` and `aria-describedby` from
 * {@link beschrijving}.
 */
export function Veld({
  id,
  label,
  uitleg,
  fout,
  children,
}: {
  id: string;
  label: string;
  uitleg?: string;
  fout?: string;
  children: ReactNode;
}) {
  return (
    <FormField invalid={!!fout}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {uitleg && <FormFieldDescription id={`${id}-uitleg`}>{uitleg}</FormFieldDescription>}
      {fout && (
        <FormFieldErrorMessage id={`${id}-fout`}>
          <span className="schakel-sr-only">Fout: </span>
          {fout}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

/**
 * The error summary above a form: what is wrong, each a link that puts the focus on the
 * field. The form focuses it after a failed submit, so screen readers read it at once.
 */
export const Foutoverzicht = forwardRef<
  HTMLDivElement,
  {
    fouten: [id: string, tekst: string][];
    kop?: string;
    /** Goes to a field that is not on screen (another step); default: focus it. */
    naar?: (id: string) => void;
  }
>(function Foutoverzicht({ fouten, kop = 'Controleer het formulier', naar }, ref) {
  if (fouten.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="schakel-foutoverzicht">
      <Alert type="error">
        <Heading2>{kop}</Heading2>
        <UnorderedList>
          {fouten.map(([id, tekst]) => (
            <UnorderedListItem key={id}>
              <Link
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault();
                  if (naar) naar(id);
                  else document.getElementById(id)?.focus();
                }}
              >
                {tekst}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
});

/**
 * The one way a form shows its errors: `<Foutoverzicht ref={ref} fouten={...} />` above the
 * form, and `toon()` after a failed submit, which puts the focus on the summary once React
 * has drawn it (so screen readers read it at once).
 *
 * ```tsx
 * const { ref, toon } = useFoutoverzicht();
 * if (Object.keys(fouten).length > 0) { setFouten(fouten); toon(); return; }
 * ```
 */
export function useFoutoverzicht() {
  const ref = useRef<HTMLDivElement>(null);
  const toon = useCallback(() => {
    setTimeout(() => ref.current?.focus(), 0);
  }, []);
  return { ref, toon };
}

/** A failed call, said plainly; `detail` is the API's own (Dutch) explanation. */
export function Mislukt({ tekst, detail }: { tekst: string; detail?: string }) {
  return (
    <Alert type="error">
      <Paragraph>{tekst}</Paragraph>
      {detail && <Paragraph>{detail}</Paragraph>}
    </Alert>
  );
}

/**
 * A required choice as radio buttons in a fieldset: the legend, the error said once for the
 * group (linked by `aria-describedby`), and an option per `[waarde, label]`. Input ids are
 * `${id}-${waarde}`, the group's name `${id}-${naam}`, the error's id `${id}-${naam}-fout`.
 */
export function Keuzerondjes<W extends string>({
  id,
  naam,
  legenda,
  opties,
  waarde,
  fout,
  onKies,
}: {
  id: string;
  naam: string;
  legenda: string;
  opties: readonly (readonly [W, string])[];
  waarde: W | undefined;
  fout: string | undefined;
  onKies: (w: W) => void;
}) {
  return (
    <Fieldset invalid={!!fout} aria-describedby={fout ? `${id}-${naam}-fout` : undefined}>
      <FieldsetLegend>{legenda}</FieldsetLegend>
      {fout && (
        <p className="utrecht-form-field-error-message" id={`${id}-${naam}-fout`}>
          <span className="schakel-sr-only">Fout: </span>
          {fout}
        </p>
      )}
      {opties.map(([optie, label]) => (
        <FormField type="radio" key={optie}>
          <div className="utrecht-form-field__input">
            <RadioButton
              id={`${id}-${optie}`}
              name={`${id}-${naam}`}
              value={optie}
              checked={waarde === optie}
              invalid={!!fout}
              onChange={() => {
                onKies(optie);
              }}
            />
          </div>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={`${id}-${optie}`} type="radio">
              {label}
            </FormLabel>
          </div>
        </FormField>
      ))}
    </Fieldset>
  );
}
