import { Module } from '@nestjs/common';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { IdentityModule } from '@schakel/identity';
import { PurposeModule } from '@schakel/purpose';
import { VerantwoordingController } from './verantwoording.controller.js';
import { Exporteren } from './stappen/exporteren.js';
import { Integriteit } from './stappen/integriteit.js';
import { Lezen } from './stappen/lezen.js';
import { Statistieken } from './stappen/statistieken.js';
import { Toelichten } from './stappen/toelichten.js';
import { Zoeken } from './stappen/zoeken.js';
import { VerantwoordingRepository } from './verantwoording.repository.js';
import { Namenlijst } from './namen.js';

/** The FG's workplace: accountability over the audit trail. */
@Module({
  imports: [AuditModule, AuthzModule, IdentityModule, PurposeModule],
  controllers: [VerantwoordingController],
  providers: [
    VerantwoordingRepository,
    Namenlijst,
    Zoeken,
    Toelichten,
    Integriteit,
    Statistieken,
    Exporteren,
    Lezen,
  ],
  exports: [Integriteit],
})
export class VerantwoordingModule {}
