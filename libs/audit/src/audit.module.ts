import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUDIT_ENTITIES } from './audit.entities.js';
import { AuditService } from './audit.service.js';

/** The tamper-evident audit trail: processing log, actor audit log, sequencer, checkpoints. */
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
