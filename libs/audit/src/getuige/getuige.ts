import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { emptyRoot, verifyConsistency } from '../merkle/merkle.js';
import {
  ALG_COSIGNATURE_V1,
  formatNotitie,
  medeonderteken,
  notitieSleutel,
  ondertekendDoor,
  parseCheckpoint,
  parseNotitie,
  type NotitieSleutel,
} from './notitie.js';

/** A checkpoint a witness cosigned: size, root, the cosigned note and the cosignature time. */
export interface Getuigd {
  grootte: number;
  wortel: Buffer;
  notitie: string;
  tijd: number;
}

/** The answer to an add-checkpoint request, as tlog-witness defines its status codes. */
export type GetuigeAntwoord =
  | { status: 200; medeondertekening: string }
  | { status: 409; grootte: number }
  | { status: 400 | 403 | 404 | 422; reden: string };

const SLEUTEL_BESTAND = 'getuige-sleutel.pem';

/**
 * A witness (C2SP tlog-witness): it cosigns a log's checkpoint only when it is signed by the
 * log's key and a consistency proof shows it extends the last checkpoint this witness
 * cosigned, so it never cosigns a rollback or a fork. It keeps its own Ed25519 key and every
 * checkpoint it cosigned as files in its directory, outside the log's database: one file per
 * tree size (`<size>.notitie`), written atomically. The same class runs in-process (the local
 * witness) and behind `npm run audit:getuige` (a partner's witness).
 */
export class Getuige {
  readonly sleutel: NotitieSleutel;
  private readonly privateKey: KeyObject;
  private readonly logs: Map<string, NotitieSleutel>;
  private readonly geschiedenis = new Map<string, Getuigd[]>();

  constructor(
    private readonly dir: string,
    naam: string,
    logs: readonly NotitieSleutel[],
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pad = join(dir, SLEUTEL_BESTAND);
    if (!existsSync(pad)) {
      const pem = generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString();
      writeFileSync(pad, pem, { mode: 0o600 });
      chmodSync(pad, 0o600);
    }
    this.privateKey = createPrivateKey(readFileSync(pad, 'utf8'));
    this.sleutel = notitieSleutel(naam, createPublicKey(this.privateKey), ALG_COSIGNATURE_V1);
    this.logs = new Map(logs.map((l) => [l.naam, l]));
  }

  private logDir(origin: string): string {
    return logDir(this.dir, origin);
  }

  /** Every checkpoint of this log that the witness cosigned, by size ascending. */
  getuigd(origin: string): readonly Getuigd[] {
    let list = this.geschiedenis.get(origin);
    if (!list) {
      const d = this.logDir(origin);
      list = existsSync(d)
        ? readdirSync(d)
            .filter((f) => /^[0-9]+\.notitie$/.test(f))
            .map((f) => this.lees(readFileSync(join(d, f), 'utf8')))
            .sort((a, b) => a.grootte - b.grootte)
        : [];
      this.geschiedenis.set(origin, list);
    }
    return list;
  }

  laatste(origin: string): Getuigd | undefined {
    return this.getuigd(origin).at(-1);
  }

  private lees(tekst: string): Getuigd {
    const n = parseNotitie(tekst);
    const c = parseCheckpoint(n.tekst);
    const eigen = n.handtekeningen.find(
      (h) => h.naam === this.sleutel.naam && h.hash.equals(this.sleutel.hash),
    );
    return {
      grootte: c.grootte,
      wortel: c.wortel,
      notitie: tekst,
      tijd: eigen ? Number(eigen.bytes.readBigUInt64BE(0)) : 0,
    };
  }

  /**
   * tlog-witness add-checkpoint: `oud` is the size the caller believes this witness last
   * cosigned, `bewijs` the consistency proof from there to the new checkpoint `notitie`.
   */
  voegToe(oud: number, bewijs: readonly Buffer[], notitie: string): GetuigeAntwoord {
    let tekst: string;
    let c: ReturnType<typeof parseCheckpoint>;
    let note: ReturnType<typeof parseNotitie>;
    try {
      note = parseNotitie(notitie);
      tekst = note.tekst;
      c = parseCheckpoint(tekst);
    } catch (err) {
      return { status: 400, reden: (err as Error).message };
    }
    const log = this.logs.get(c.origin);
    if (!log) return { status: 404, reden: `onbekende log: ${c.origin}` };
    if (!ondertekendDoor(note, log)) {
      return { status: 403, reden: 'de handtekening van de log ontbreekt of klopt niet' };
    }
    const laatste = this.laatste(c.origin);
    const bekend = laatste?.grootte ?? 0;
    if (oud !== bekend) return { status: 409, grootte: bekend };
    if (c.grootte < oud) {
      return { status: 400, reden: `grootte ${String(c.grootte)} is kleiner dan ${String(oud)}` };
    }
    const oudeWortel = laatste?.wortel ?? emptyRoot();
    if (!verifyConsistency(oud, c.grootte, oudeWortel, c.wortel, bewijs)) {
      return {
        status: 422,
        reden: `checkpoint ${String(c.grootte)} is geen uitbreiding van het laatst medeondertekende (${String(oud)})`,
      };
    }
    const tijd = Math.max(Math.floor(Date.now() / 1000), laatste?.tijd ?? 0);
    const regel = medeonderteken(tekst, this.sleutel, this.privateKey, tijd);
    const bewaard = formatNotitie({
      tekst,
      handtekeningen: [
        ...note.handtekeningen.filter((h) => !h.hash.equals(this.sleutel.hash)),
        regel,
      ],
    });
    const d = this.logDir(c.origin);
    mkdirSync(d, { recursive: true, mode: 0o700 });
    const pad = join(d, `${String(c.grootte)}.notitie`);
    writeFileSync(`${pad}.tmp`, bewaard, { mode: 0o600 });
    renameSync(`${pad}.tmp`, pad);
    const list = [...this.getuigd(c.origin)].filter((g) => g.grootte !== c.grootte);
    list.push({ grootte: c.grootte, wortel: c.wortel, notitie: bewaard, tijd });
    this.geschiedenis.set(c.origin, list);
    return { status: 200, medeondertekening: `${regel.regel}\n` };
  }
}

function logDir(dir: string, origin: string): string {
  return join(dir, createHash('sha256').update(origin).digest('hex').slice(0, 16));
}

/**
 * The checkpoints of a log cosigned in a witness directory (read only; for `audit:verify`,
 * also on a copy of a partner's directory): size and root, by size ascending.
 */
export function getuigdIn(dir: string, origin: string): { grootte: number; wortel: Buffer }[] {
  const d = logDir(dir, origin);
  if (!existsSync(d)) return [];
  return readdirSync(d)
    .filter((f) => /^[0-9]+\.notitie$/.test(f))
    .map((f) => parseCheckpoint(parseNotitie(readFileSync(join(d, f), 'utf8')).tekst))
    .map((c) => ({ grootte: c.grootte, wortel: c.wortel }))
    .sort((a, b) => a.grootte - b.grootte);
}

/** The tlog-witness request body: `old <size>`, the proof hashes, a blank line, the note. */
export function formatVerzoek(oud: number, bewijs: readonly Buffer[], notitie: string): string {
  return `old ${String(oud)}\n${bewijs.map((b) => `${b.toString('base64')}\n`).join('')}\n${notitie}`;
}

export function parseVerzoek(body: string): { oud: number; bewijs: Buffer[]; notitie: string } {
  const end = body.indexOf('\n\n');
  if (end < 0) throw new Error('request has no blank line before the checkpoint');
  const [first = '', ...hashes] = body.slice(0, end).split('\n');
  const m = /^old (0|[1-9][0-9]{0,15})$/.exec(first);
  if (!m) throw new Error('request does not start with "old <size>"');
  const bewijs = hashes.map((h) => {
    const b = Buffer.from(h, 'base64');
    if (b.length !== 32 || b.toString('base64') !== h) throw new Error('bad proof hash');
    return b;
  });
  if (bewijs.length > 63) throw new Error('proof too long');
  return { oud: Number(m[1]), bewijs, notitie: body.slice(end + 2) };
}
