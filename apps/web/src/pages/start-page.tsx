import { Alert, ButtonLink, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { loginUrl } from '../api.js';

/** For visitors without a session: what Schakel is, and the way in. */
export function StartPage(props: { sessieBeeindigd?: boolean }) {
  const [params] = useSearchParams();
  const uitgelogd = params.get('uitgelogd') === '1';
  const sessieBeeindigd = props.sessieBeeindigd === true || params.get('sessie') === 'beeindigd';

  return (
    <>
      <title>Inloggen – Schakel</title>
      <Heading1>Welkom bij Schakel</Heading1>
      {uitgelogd && (
        <Alert type="ok">
          <Paragraph>U bent uitgelogd.</Paragraph>
        </Alert>
      )}
      {sessieBeeindigd && (
        <Alert type="warning">
          <Paragraph>Uw sessie is beëindigd. Log opnieuw in om verder te werken.</Paragraph>
        </Alert>
      )}
      <Paragraph>
        Schakel is het platform waarmee de zorg- en veiligheidspartners van de politie-eenheid
        Rotterdam samenwerken om kwetsbare mensen te beschermen. De politie stuurt zorgmeldingen
        naar Veilig Thuis, sociale wijkteams en het Zorg- en Veiligheidshuis werken samen aan
        casussen, en partners wisselen alleen persoonsgegevens uit voor een vastgelegd doel, op een
        wettelijke grondslag en met wie ze nodig heeft. Elke inzage wordt vastgelegd, zodat de
        functionaris gegevensbescherming kan nagaan wie welke gegevens zag en waarom.
      </Paragraph>
      <Paragraph>U logt in met het account van uw organisatie.</Paragraph>
      <Paragraph>
        <ButtonLink appearance="primary-action-button" href={loginUrl(params.get('terug'))}>
          Inloggen
        </ButtonLink>
      </Paragraph>
    </>
  );
}
