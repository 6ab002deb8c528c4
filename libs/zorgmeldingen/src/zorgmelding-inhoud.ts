import { hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PersonenService } from '@schakel/personen';
import type { ZorgmeldingEntity } from './zorgmelding.entity.js';
import type { Zorgmelding } from './zorgmelding.js';

/** Content fields of the report kept in its encrypted envelope (persons live in personen). */
export type Inhoud = Omit<Zorgmelding, 'status' | 'betrokkenen'>;

/** The encrypted fields of a report besides `inhoud`, each its own envelope (ADR 0016). */
export type Inhoudsveld = 'inhoud' | 'vt-notitie' | 'terugkoppeling-bericht' | 'herroutering-reden';

/** The context a report's key and envelopes are bound to (AAD). */
export function kluisContext(id: string): string {
  return `zorgmelding/${id}`;
}

/** HKDF info of the idempotency hash's subkey: the data key is never an HMAC key itself. */
const IDEMPOTENTIE_INFO = 'schakel/zorgmelding/idempotentie';

/**
 * A report's own data key and its envelopes (PersonenService.kluis, ADR 0016): opened once
 * per step, used for every field of the step.
 */
@Injectable()
export class ZorgmeldingInhoud {
  constructor(private readonly personen: PersonenService) {}

  /** A fresh key for a new report. */
  nieuweSleutel(id: string): { sleutel: Buffer; sleutelId: string; verpakt: Buffer } {
    return this.personen.kluis.nieuweSleutel(kluisContext(id));
  }

  sleutel(rij: ZorgmeldingEntity): Buffer {
    return this.personen.kluis.openSleutel(kluisContext(rij.id), {
      sleutelId: rij.sleutelId,
      verpakt: rij.verpakteSleutel,
    });
  }

  versleutel(sleutel: Buffer, id: string, veld: Inhoudsveld, waarde: string): Buffer {
    return this.personen.kluis.versleutel(sleutel, kluisContext(id), veld, waarde);
  }

  ontsleutel(
    sleutel: Buffer,
    id: string,
    veld: Inhoudsveld,
    envelope: Buffer | null,
  ): string | null {
    return envelope
      ? this.personen.kluis.ontsleutel(sleutel, kluisContext(id), veld, envelope)
      : null;
  }

  /** The content envelope of a report (everything but status and persons). */
  versleutelInhoud(sleutel: Buffer, id: string, melding: Zorgmelding): Buffer {
    const { status: _status, betrokkenen: _betrokkenen, ...inhoud } = melding;
    return this.versleutel(sleutel, id, 'inhoud', JSON.stringify(inhoud));
  }

  leesInhoud(sleutel: Buffer, rij: ZorgmeldingEntity): Inhoud {
    return JSON.parse(this.ontsleutel(sleutel, rij.id, 'inhoud', rij.inhoud) ?? '{}') as Inhoud;
  }

  /**
   * The submit's idempotency hash: HMAC of the canonical body under a subkey derived from the
   * report's data key with HKDF (salt: the report's context), so the data key never doubles as
   * an HMAC key and the hash reveals nothing of the content.
   */
  indienHash(sleutel: Buffer, id: string, melding: Zorgmelding): Buffer {
    const subsleutel = Buffer.from(
      hkdfSync('sha256', sleutel, kluisContext(id), IDEMPOTENTIE_INFO, 32),
    );
    return this.personen.kluis.hmac(subsleutel, canoniek(melding));
  }
}

/** JSON with sorted keys: equal documents give equal text whatever the key order. */
export function canoniek(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(canoniek).join(',')}]`;
  if (waarde !== null && typeof waarde === 'object') {
    const obj = waarde as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canoniek(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(waarde);
}
