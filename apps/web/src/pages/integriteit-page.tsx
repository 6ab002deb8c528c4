import {
  Alert,
  Code,
  DataList,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { getIntegriteit, type Integriteit } from '../api.js';
import { Mislukt } from '../forms.js';
import { useApi } from '../use-api.js';
import { tijdstipTekst } from '../texts.js';
import { GeenToegang } from './error-page.js';
import { Rij } from '../gegevensrij.js';

const aantal = (n: number) => n.toLocaleString('nl-NL');

/** Integrity of the audit trail: latest signed checkpoint, last verify run, queue length. */
export function IntegriteitPage() {
  const stand = useApi(getIntegriteit, 'integriteit');
  if (stand.status === 'geen-toegang') return <GeenToegang detail={stand.detail} />;
  return (
    <>
      <title>Integriteit van het auditspoor – Schakel</title>
      <Heading1>Integriteit van het auditspoor</Heading1>
      <Paragraph>
        Schakel verzegelt elke vastlegging in een hashboom en ondertekent de stand regelmatig (een
        checkpoint). Een controle rekent de hele boom na: elke wijziging, verwijdering of toevoeging
        achteraf valt dan op.
      </Paragraph>
      <div aria-live="polite" aria-busy={stand.status === 'laden'}>
        {stand.status === 'laden' && <Paragraph>De status wordt opgehaald…</Paragraph>}
        {stand.status === 'mislukt' && (
          <Mislukt
            tekst="De status kan nu niet worden opgehaald. Probeer het later opnieuw."
            detail={stand.detail}
          />
        )}
        {stand.status === 'klaar' && <Status i={stand.data} />}
      </div>
    </>
  );
}

function Status({ i }: { i: Integriteit }) {
  const c = i.laatsteCheckpoint;
  const v = i.laatsteVerificatie;
  const z = i.verzegeling;
  const o = i.oordeel;
  return (
    <>
      <Alert type={o.inOrde ? 'ok' : 'error'}>
        <Heading2>{o.inOrde ? 'In orde' : 'Niet in orde'}</Heading2>
        <Paragraph>{o.toelichting.replace(/^(Niet in orde|In orde): /, '')}</Paragraph>
        <Paragraph>
          {o.laatsteControle
            ? `Laatste controle: ${tijdstipTekst(o.laatsteControle)}.`
            : 'Er is nog geen controle uitgevoerd.'}
        </Paragraph>
      </Alert>
      <Heading2>Verzegeling</Heading2>
      {z.gestopt ? (
        <Mislukt
          tekst={`Het verzegelen is gestopt${typeof z.positie === 'number' ? ` vanaf positie ${aantal(z.positie)}` : ''}: het auditspoor sluit niet meer aan op wat de getuige medeondertekende.`}
          detail={z.reden ?? undefined}
        />
      ) : (
        <Paragraph>
          {typeof z.getuigdTot === 'number'
            ? `Het verzegelen loopt. De getuige medeondertekende ${aantal(z.getuigdTot)} records${z.getuigdOp ? ` (${tijdstipTekst(z.getuigdOp)})` : ''}.`
            : 'Het verzegelen loopt; de getuige heeft nog niets medeondertekend.'}
        </Paragraph>
      )}
      <Heading2>Laatste checkpoint</Heading2>
      {c ? (
        <DataList appearance="rows">
          <Rij label="Aantal verzegelde records">{aantal(c.grootte)}</Rij>
          <Rij label="Wortelhash (SHA-256)">
            <Code className="schakel-hash">{c.wortel}</Code>
          </Rij>
          <Rij label="Ondertekend op">{tijdstipTekst(c.tijd)}</Rij>
          <Rij label="Sleutel">
            <Code className="schakel-hash">{c.sleutelId}</Code>
          </Rij>
        </DataList>
      ) : (
        <Paragraph>Er is nog geen checkpoint: nog niets is verzegeld.</Paragraph>
      )}
      <Heading2>Laatste controle</Heading2>
      {v ? (
        <DataList appearance="rows">
          <Rij label="Uitgevoerd op">{tijdstipTekst(v.tijd)}</Rij>
          <Rij label="Uitkomst">
            {v.geslaagd
              ? 'Geslaagd: het auditspoor is ongeschonden'
              : `Mislukt${typeof v.eersteFoutPositie === 'number' ? `: eerste fout op positie ${aantal(v.eersteFoutPositie)}` : ''}${v.reden ? ` (${v.reden})` : ''}`}
          </Rij>
          <Rij label="Gecontroleerde records">{aantal(v.records)}</Rij>
          <Rij label="Gecontroleerde checkpoints">{aantal(v.checkpoints)}</Rij>
        </DataList>
      ) : (
        <Paragraph>
          Het auditspoor is nog niet volledig gecontroleerd. De beheerder van Schakel plant deze
          controle; vraag hem ernaar als dit zo blijft.
        </Paragraph>
      )}
      <Heading2>Wachtrij</Heading2>
      <Paragraph>
        {i.wachtrij === 0
          ? 'Alle vastleggingen zijn verzegeld.'
          : i.wachtrij === 1
            ? '1 vastlegging wacht nog op verzegeling.'
            : `${aantal(i.wachtrij)} vastleggingen wachten nog op verzegeling.`}
      </Paragraph>
    </>
  );
}
