import { randomBytes } from 'node:crypto';
import { volledigeMelding, type Zorgmelding } from '@schakel/zorgmeldingen';
import type { Session } from './login.js';

/** A full report living in a municipality (GM0599 Rotterdam routes to VT Rotterdam Rijnmond). */
export function meldingIn(gemeentecode: string): Zorgmelding {
  const m = volledigeMelding();
  for (const b of m.betrokkenen ?? []) {
    if (b.adres) b.adres.gemeentecode = gemeentecode;
  }
  return m;
}

/**
 * The police file a report through the API (concept, then submit) and it is routed: its id.
 * `politie` is a logged-in police officer's session.
 */
export async function dienZorgmeldingIn(
  politie: Session,
  gemeentecode = 'GM0599',
): Promise<string> {
  const headers = {
    'content-type': 'application/json',
    verwerkingsactiviteit: 'zorgmelding-indienen',
  };
  const concept = await politie.fetch('/api/v1/zorgmeldingen', {
    method: 'POST',
    headers,
    body: JSON.stringify({ status: 'concept' }),
  });
  if (concept.status !== 201) throw new Error(`concept: ${String(concept.status)}`);
  const { id } = (await concept.json()) as { id: string };
  const ingediend = await politie.fetch(`/api/v1/zorgmeldingen/${id}/indienen`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': `test-${randomBytes(8).toString('hex')}` },
    body: JSON.stringify(meldingIn(gemeentecode)),
  });
  if (ingediend.status !== 200) throw new Error(`indienen: ${String(ingediend.status)}`);
  return id;
}
