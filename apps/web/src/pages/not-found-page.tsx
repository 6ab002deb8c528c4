import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../layout.js';

export function NotFoundPage() {
  return (
    <>
      <title>Pagina niet gevonden – Schakel</title>
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>Deze pagina bestaat niet. Misschien is de link verouderd.</Paragraph>
      <Paragraph>
        <AppLink to="/">Naar de startpagina</AppLink>
      </Paragraph>
    </>
  );
}
