import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { PurposeModule } from '@schakel/purpose';
import { BezorgingController } from './bezorging.controller.js';
import { Bezorging } from './bezorging.entity.js';
import { BezorgingService } from './bezorging.service.js';
import { Ondertekening } from './ondertekening.js';

/** Reliable delivery (transactional outbox, push and pull) for any context that registers a source. */
@Module({
  imports: [TypeOrmModule.forFeature([Bezorging]), AuditModule, PurposeModule],
  controllers: [BezorgingController],
  providers: [BezorgingService, Ondertekening],
  exports: [BezorgingService],
})
export class BezorgingModule {}
