import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, auditWitnesses } from '@schakel/platform';
import { CheckpointSigner } from '../checkpoint-signer.js';
import { Getuige, formatVerzoek, type Getuigd } from './getuige.js';
import {
  medeondertekendOp,
  parseNotitie,
  parseVerifierKey,
  type NotitieSleutel,
} from './notitie.js';

/** A witness refused a checkpoint: the log is not an extension of what it cosigned. */
export class GetuigeWeigering extends Error {
  constructor(
    readonly getuige: string,
    reden: string,
  ) {
    super(`getuige ${getuige} weigert: ${reden}`);
  }
}

const TIMEOUT_MS = 5000;

interface Extern {
  url: URL;
  sleutel: NotitieSleutel;
  /** The size this witness last cosigned, as far as this process knows (0 until it answers). */
  grootte: number;
}

/**
 * The witnesses of this log: the local one (its own key and files in AUDIT_WITNESS_DIR,
 * default DATA_DIR/getuige) and those that partners run (AUDIT_WITNESSES). A checkpoint
 * counts once at least one of them cosigned it; any refusal stops sealing.
 */
@Injectable()
export class Getuigen {
  private readonly logger = new Logger('AuditGetuigen');
  readonly lokaal: Getuige;
  readonly origin: string;
  private readonly extern: Extern[];
  /** Failed calls to external witnesses (unreachable, bad answer), for the metric. */
  fouten = 0;

  constructor(config: AppConfig, signer: CheckpointSigner) {
    this.origin = signer.origin;
    this.lokaal = new Getuige(
      resolve(config.AUDIT_WITNESS_DIR ?? join(config.DATA_DIR, 'getuige')),
      `${this.origin}/getuige-lokaal`,
      [signer.notitieSleutel],
    );
    this.extern = auditWitnesses(config).map((w) => ({
      url: w.url,
      sleutel: parseVerifierKey(w.sleutel),
      grootte: 0,
    }));
  }

  /** The checkpoints the local witness cosigned, by size ascending. */
  getuigd(): readonly Getuigd[] {
    return this.lokaal.getuigd(this.origin);
  }

  laatste(): Getuigd | undefined {
    return this.lokaal.laatste(this.origin);
  }

  /**
   * Has every witness cosign the signed checkpoint note; `bewijs(oud)` gives the consistency
   * proof from the size a witness last cosigned. Throws GetuigeWeigering on a refusal; an
   * unreachable external witness is logged and counted, and the local one still counts.
   * Returns how many witnesses cosigned.
   */
  async getuig(notitie: string, bewijs: (oud: number) => Promise<Buffer[]>): Promise<number> {
    const oud = this.laatste()?.grootte ?? 0;
    const a = this.lokaal.voegToe(oud, await bewijs(oud), notitie);
    if (a.status === 409)
      throw new GetuigeWeigering(this.lokaal.sleutel.naam, `kent grootte ${String(a.grootte)}`);
    if (a.status !== 200) throw new GetuigeWeigering(this.lokaal.sleutel.naam, a.reden);
    let n = 1;
    for (const w of this.extern) {
      try {
        if (await this.extern1(w, notitie, bewijs)) n++;
      } catch (err) {
        if (err instanceof GetuigeWeigering) throw err;
        this.fouten++;
        this.logger.warn({ err, getuige: w.url.origin }, 'Getuige niet bereikbaar');
      }
    }
    return n;
  }

  private async extern1(
    w: Extern,
    notitie: string,
    bewijs: (oud: number) => Promise<Buffer[]>,
  ): Promise<boolean> {
    const grootte = parseNotitie(notitie);
    for (let poging = 0; poging < 2; poging++) {
      const res = await fetch(
        new URL('add-checkpoint', w.url.href.endsWith('/') ? w.url : `${w.url.href}/`),
        {
          method: 'POST',
          body: formatVerzoek(w.grootte, await bewijs(w.grootte), notitie),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        },
      );
      const body = await res.text();
      if (res.status === 409) {
        const bekend = Number(body.trim());
        if (!Number.isSafeInteger(bekend)) throw new Error('bad 409 answer');
        if (bekend > Number(grootte.tekst.split('\n')[1])) {
          throw new GetuigeWeigering(
            w.sleutel.naam,
            `kent grootte ${String(bekend)}, meer dan het log`,
          );
        }
        w.grootte = bekend;
        continue;
      }
      if (res.status === 422 || res.status === 403 || res.status === 400) {
        throw new GetuigeWeigering(w.sleutel.naam, body.trim());
      }
      if (res.status !== 200) throw new Error(`status ${String(res.status)}`);
      const mede = parseNotitie(`${grootte.tekst}\n${body}`);
      if (medeondertekendOp(mede, w.sleutel) === undefined) {
        throw new Error('cosignature does not verify');
      }
      w.grootte = Number(grootte.tekst.split('\n')[1]);
      return true;
    }
    throw new Error('witness keeps answering 409');
  }
}
