import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUDIT_ENTITIES } from './audit.entities.js';
import { AuditQueryService } from './audit-query.service.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { Getuigen } from './getuige/getuigen.service.js';
import { ProofService } from './proof.service.js';
import { AuditPurge } from './purge.service.js';
import { AuditSequencer } from './sequencer.service.js';
import { TlogController } from './tlog.controller.js';

/** The tamper-evident audit trail: processing log, actor audit log, sequencer, checkpoints. */
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  controllers: [AuditController, TlogController],
  providers: [
    AuditService,
    CheckpointSigner,
    Getuigen,
    AuditSequencer,
    AuditPurge,
    ProofService,
    AuditQueryService,
  ],
  exports: [
    AuditService,
    AuditSequencer,
    AuditPurge,
    ProofService,
    CheckpointSigner,
    Getuigen,
    AuditQueryService,
  ],
})
export class AuditModule {}
