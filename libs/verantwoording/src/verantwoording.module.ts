import { Module } from '@nestjs/common';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { PurposeModule } from '@schakel/purpose';
import { VerantwoordingController } from './verantwoording.controller.js';
import { VerantwoordingRepository } from './verantwoording.repository.js';

/** The FG's workplace: accountability over the audit trail. */
@Module({
  imports: [AuditModule, AuthzModule, PurposeModule],
  controllers: [VerantwoordingController],
  providers: [VerantwoordingRepository],
})
export class VerantwoordingModule {}
