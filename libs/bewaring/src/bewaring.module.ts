import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { PersonenModule } from '@schakel/personen';
import { BEWARING_ENTITIES } from './bewaring.entity.js';
import { BewaringController } from './bewaring.controller.js';
import { BewaringRepository } from './bewaring.repository.js';
import { BewaringTaak } from './bewaring-taak.js';
import { Klok } from './klok.js';
import { LijstBevestigen } from './stappen/bevestigen.js';
import { Blokkeren } from './stappen/blokkeren.js';
import { LijstGoedkeuren } from './stappen/goedkeuren.js';
import { LijstenLezen } from './stappen/lijsten.js';
import { Signaleren } from './stappen/signaleren.js';
import { VerklaringMaken } from './stappen/verklaring.js';
import { Vernietigingsverzoeken } from './stappen/verzoek.js';
import { Wissing } from './wissing.js';
import { Vernietiger } from './vernietiging.js';
import { BewaringWeergave } from './weergave.js';

/** Retention and destruction (ADR 0027). */
@Module({
  imports: [TypeOrmModule.forFeature(BEWARING_ENTITIES), PersonenModule, AuditModule, AuthzModule],
  controllers: [BewaringController],
  providers: [
    Klok,
    BewaringRepository,
    BewaringWeergave,
    Vernietiger,
    BewaringTaak,
    Wissing,
    LijstenLezen,
    LijstGoedkeuren,
    LijstBevestigen,
    VerklaringMaken,
    Blokkeren,
    Signaleren,
    Vernietigingsverzoeken,
  ],
  exports: [Klok, Vernietiger, BewaringTaak, Wissing],
})
export class BewaringModule {}
