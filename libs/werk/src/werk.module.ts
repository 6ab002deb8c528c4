import { Module } from '@nestjs/common';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { IdentityModule } from '@schakel/identity';
import { CasussenModule } from '@schakel/casussen';
import { PurposeModule } from '@schakel/purpose';
import { RechtenModule } from '@schakel/rechten';
import { VerantwoordingModule } from '@schakel/verantwoording';
import { ZorgmeldingenModule } from '@schakel/zorgmeldingen';
import { Beheer } from './beheer.js';
import { BeheerController } from './beheer.controller.js';
import { MijnWerk } from './mijn-werk.js';
import { WerkController } from './werk.controller.js';

/**
 * The work screens composed from the contexts: "mijn werk", each role's home, from the
 * contexts' own piles, and the beheerder's organisations, users and health (ADR 0026).
 */
@Module({
  imports: [
    AuditModule,
    AuthzModule,
    IdentityModule,
    PurposeModule,
    RechtenModule,
    ZorgmeldingenModule,
    CasussenModule,
    VerantwoordingModule,
  ],
  controllers: [WerkController, BeheerController],
  providers: [MijnWerk, Beheer],
})
export class WerkModule {}
