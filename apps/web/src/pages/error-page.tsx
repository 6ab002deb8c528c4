import { Alert, ButtonLink, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { loginUrl } from '../api.js';
import { AppLink } from '../layout.js';
import { foutTekst, GEEN_TOEGANG, type FoutTekst } from '../texts.js';

/** An explanation in plain Dutch; `detail` is the API's own explanation of a denial. */
export function FoutUitleg({
  tekst,
  code,
  detail,
}: {
  tekst: FoutTekst;
  code?: string;
  detail?: string;
}) {
  return (
    <>
      <title>{`${tekst.titel} – Schakel`}</title>
      <Heading1>{tekst.titel}</Heading1>
      {detail && (
        <Alert type="error">
          <Paragraph>{detail}</Paragraph>
        </Alert>
      )}
      {tekst.uitleg.map((alinea) => (
        <Paragraph key={alinea}>{alinea}</Paragraph>
      ))}
      {code && <Paragraph className="schakel-foutcode">Foutcode: {code}</Paragraph>}
      {tekst.opnieuwInloggen && (
        <Paragraph>
          <ButtonLink appearance="primary-action-button" href={loginUrl()}>
            Opnieuw inloggen
          </ButtonLink>
        </Paragraph>
      )}
      <Paragraph>
        <AppLink to="/">Naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}

/** A denial by the API (403, geen-toegang), shown where it happened. */
export function GeenToegang({ detail }: { detail?: string }) {
  return <FoutUitleg tekst={GEEN_TOEGANG} detail={detail} />;
}

/** `/fout?code=...`: where failed logins land. */
export function ErrorPage() {
  const [params] = useSearchParams();
  const code = params.get('code');
  const { tekst, bekend } = foutTekst(code);
  return <FoutUitleg tekst={tekst} code={bekend && code ? code : undefined} />;
}
