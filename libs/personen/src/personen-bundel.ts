import type { Betrokkene } from '@schakel/audit';
import { notFound } from '@schakel/platform';
import { valideerIdentiteit, type Identiteit, type Identiteitsveld } from './identiteit.js';
import { ontsleutelVeld, versleutelVeld, type Sleutelring } from './personen-crypto.js';

/** A person's row as loaded with their wrapped data key. */
export interface PersoonRij {
  id: string;
  velden: Record<string, string>;
  bsn_index: Buffer | null;
  vernietigd_op: Date | null;
  sleutel_id: string | null;
  verpakt: Buffer | null;
}

/** What a read answers: the requested fields, or that the person's data was destroyed. */
export type GelezenPersoon<V extends Identiteitsveld = Identiteitsveld> =
  | { id: string; status: 'beschikbaar'; gegevens: Partial<Record<V, string>> }
  | { id: string; status: 'vernietigd'; vernietigdOp: Date | null };

/**
 * The persons one request needs, loaded in one query: each row is read once and each data key
 * unwrapped once, however many views, logs and envelopes of the request use it. Reads only;
 * changes go through PersonenService.
 */
export class PersonenBundel {
  private readonly sleutels = new Map<string, Buffer | null>();

  constructor(
    private readonly rijen: Map<string, PersoonRij>,
    private readonly ring: Sleutelring,
    private readonly pseudonym: (identificatie: string) => string,
  ) {}

  /** Whether the person's data was destroyed (or the id is not in the bundle). */
  vernietigd(id: string): boolean {
    return this.sleutel(id) === null;
  }

  /** The person as a betrokkene for the audit log; a destroyed person by their record id. */
  betrokkene(id: string, categorieen: string[]): Betrokkene {
    const rij = this.rijen.get(id);
    const sleutel = this.sleutel(id);
    const envelope = rij?.velden.bsn;
    if (!rij || !sleutel || envelope === undefined) {
      return { pseudoniem: this.pseudonym(`persoon:${id}`), categorieen };
    }
    return {
      pseudoniem: this.pseudonym(
        ontsleutelVeld(sleutel, id, 'bsn', Buffer.from(envelope, 'base64')),
      ),
      categorieen,
    };
  }

  /** Only the requested fields of the person record (least data). */
  leesVelden<V extends Identiteitsveld>(id: string, velden: readonly V[]): GelezenPersoon<V> {
    const rij = this.rij(id);
    const sleutel = this.sleutel(id);
    if (!sleutel) return { id, status: 'vernietigd', vernietigdOp: rij.vernietigd_op };
    const gegevens: Partial<Record<V, string>> = {};
    for (const veld of velden) {
      const envelope = rij.velden[veld];
      if (envelope !== undefined) {
        gegevens[veld] = ontsleutelVeld(sleutel, id, veld, Buffer.from(envelope, 'base64'));
      }
    }
    return { id, status: 'beschikbaar', gegevens };
  }

  /** The requested fields of what a context recorded itself (PersonenService.legVast). */
  leesVastgelegd<V extends Identiteitsveld>(
    id: string,
    context: string,
    envelope: Buffer,
    velden: readonly V[],
  ): GelezenPersoon<V> {
    const rij = this.rij(id);
    const sleutel = this.sleutel(id);
    if (!sleutel) return { id, status: 'vernietigd', vernietigdOp: rij.vernietigd_op };
    const alles = JSON.parse(
      ontsleutelVeld(sleutel, id, `vastgelegd:${context}`, envelope),
    ) as Record<string, string>;
    const gegevens: Partial<Record<V, string>> = {};
    for (const veld of velden) {
      const waarde = alles[veld];
      if (waarde !== undefined) gegevens[veld] = waarde;
    }
    return { id, status: 'beschikbaar', gegevens };
  }

  /** Seals the identity as a context records it, under the person's own key (null: destroyed). */
  legVast(id: string, context: string, identiteit: Identiteit): Buffer | null {
    const velden = valideerIdentiteit(identiteit, { geheel: true });
    this.rij(id);
    const sleutel = this.sleutel(id);
    if (!sleutel) return null;
    const gegevens = Object.fromEntries(
      Object.entries(velden).filter(([, v]) => typeof v === 'string'),
    );
    return versleutelVeld(sleutel, id, `vastgelegd:${context}`, JSON.stringify(gegevens));
  }

  private rij(id: string): PersoonRij {
    const rij = this.rijen.get(id);
    if (!rij) throw notFound();
    return rij;
  }

  private sleutel(id: string): Buffer | null {
    if (!this.sleutels.has(id)) {
      const rij = this.rijen.get(id);
      this.sleutels.set(
        id,
        rij && !rij.vernietigd_op && rij.sleutel_id && rij.verpakt
          ? this.ring.ontpak(id, { sleutelId: rij.sleutel_id, verpakt: rij.verpakt })
          : null,
      );
    }
    return this.sleutels.get(id) ?? null;
  }
}
