import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { IdentityModule } from '@schakel/identity';
import { PersonenModule } from '@schakel/personen';
import { PurposeModule } from '@schakel/purpose';
import { CASUSSEN_ENTITIES } from './casus.entity.js';
import { CasusRepository } from './casus.repository.js';
import { CasusWeergave } from './casus-weergave.js';
import { CasussenController } from './casussen.controller.js';
import { UitwisselingsregisterController } from './uitwisselingsregister.controller.js';
import { CasusDoorbraak } from './casus-doorbraak.js';
import { DemoCasussen } from './demo-casussen.js';
import { CasusAfsluiten } from './stappen/afsluiten.js';
import { CasusStap } from './stappen/casus-stap.js';
import { CasusDeelnemen } from './stappen/deelnemen.js';
import { CasusInformeren } from './stappen/informeren.js';
import { CasusLezen, CasusReferentie } from './stappen/lezen.js';
import { CasusOpschalen } from './stappen/opschalen.js';
import { CasusRegister } from './stappen/register.js';
import { CasusRegistreren } from './stappen/registreren.js';
import { CasusTriageren } from './stappen/triageren.js';
import { CasusUitwisselen } from './stappen/uitwisselen.js';
import { CasusWerkvoorraad } from './stappen/werkvoorraad.js';

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
  providers: [
    CasusRepository,
    CasusWeergave,
    CasusStap,
    CasusReferentie,
    CasusLezen,
    CasusRegistreren,
    CasusOpschalen,
    CasusTriageren,
    CasusDeelnemen,
    CasusUitwisselen,
    CasusInformeren,
    CasusAfsluiten,
    CasusRegister,
    CasusDoorbraak,
    CasusWerkvoorraad,
    DemoCasussen,
  ],
  exports: [CasusWerkvoorraad],
})
export class CasussenModule {}
