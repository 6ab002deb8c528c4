import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { IdentityModule } from '@schakel/identity';
import { PersonenModule } from '@schakel/personen';
import { PurposeModule } from '@schakel/purpose';
import { CASUSSEN_ENTITIES } from './casus.entity.js';
import { CasussenController, UitwisselingsregisterController } from './casussen.controller.js';
import { CasussenService } from './casussen.service.js';
import { DemoCasussen } from './demo-casussen.js';
import { CasusDoorbraak } from './casus-doorbraak.js';

/** Casussen, participants with need-to-know scopes, and the exchange register (ADR 0017). */
@Module({
  imports: [
    TypeOrmModule.forFeature(CASUSSEN_ENTITIES),
    PersonenModule,
    AuditModule,
    AuthzModule,
    IdentityModule,
    PurposeModule,
  ],
  controllers: [CasussenController, UitwisselingsregisterController],
  providers: [CasusDoorbraak, CasussenService, DemoCasussen],
  exports: [CasussenService],
})
export class CasussenModule {}
