import { Injectable } from '@nestjs/common';
import { ProblemException, notFound } from '@schakel/platform';
import { DataSource } from 'typeorm';
import { AuditCheckpoint, AuditPositie } from './audit.entities.js';
import { consistencyProofFrom, inclusionProofFrom, type NodeSource } from './merkle/merkle.js';
import { tegelBronVoor } from './tegel-opslag.js';

export interface Opnamebewijs {
  recordId: string;
  tabel: string;
  positie: number;
  leafHash: Buffer;
  checkpoint: AuditCheckpoint;
  bewijs: Buffer[];
}

/**
 * Checkpoints and proofs. Proofs come from the tiles (`audit_tegel`, C2SP tlog-tiles): each
 * reads the O(log n) tiles it needs in one statement, whatever the size of the log.
 */
@Injectable()
export class ProofService {
  constructor(private readonly dataSource: DataSource) {}

  async latest(): Promise<AuditCheckpoint> {
    const [c] = await this.dataSource
      .getRepository(AuditCheckpoint)
      .find({ order: { treeSize: 'DESC' }, take: 1 });
    if (!c) throw notFound('Er is nog geen checkpoint.');
    return c;
  }

  async checkpoint(size: number): Promise<AuditCheckpoint> {
    const c = await this.dataSource
      .getRepository(AuditCheckpoint)
      .findOneBy({ treeSize: String(size) });
    if (!c) throw notFound('Er is geen checkpoint van deze grootte.');
    return c;
  }

  async inclusion(recordId: string, size?: number): Promise<Opnamebewijs> {
    if (!/^[0-9a-f-]{36}$/i.test(recordId))
      throw notFound('Dit record staat (nog) niet in het auditspoor.');
    const positie = await this.dataSource
      .getRepository(AuditPositie)
      .createQueryBuilder('p')
      .where("p.tabel IN ('verwerkingslog', 'actor_audit') AND p.record_id = :id", { id: recordId })
      .getOne();
    if (!positie) throw notFound('Dit record staat (nog) niet in het auditspoor.');
    const checkpoint = size === undefined ? await this.latest() : await this.checkpoint(size);
    const treeSize = Number(checkpoint.treeSize);
    const index = Number(positie.positie);
    if (index >= treeSize) {
      throw new ProblemException(
        400,
        'buiten-checkpoint',
        'Buiten het checkpoint',
        'Dit record valt buiten het gevraagde checkpoint.',
      );
    }
    return {
      recordId,
      tabel: positie.tabel,
      positie: index,
      leafHash: positie.leafHash,
      checkpoint,
      bewijs: await this.uitTegels((bron) => inclusionProofFrom(index, treeSize, bron)),
    };
  }

  async consistency(van: number, tot: number): Promise<Buffer[]> {
    if (van > tot) {
      throw new ProblemException(
        400,
        'ongeldig-bereik',
        'Ongeldig bereik',
        'van moet kleiner zijn dan of gelijk aan tot.',
      );
    }
    await this.checkpoint(van);
    await this.checkpoint(tot);
    return this.uitTegels((bron) => consistencyProofFrom(van, tot, bron));
  }

  /** Runs a proof over the tiles it needs, read in one statement. */
  private async uitTegels(bewijs: (bron: NodeSource) => Promise<Buffer[]>): Promise<Buffer[]> {
    return bewijs(await tegelBronVoor(this.dataSource.manager, bewijs));
  }
}
