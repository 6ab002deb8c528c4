import { Module } from '@nestjs/common';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { BewaringModule } from '@schakel/bewaring';
import { PersonenModule } from '@schakel/personen';
import { PurposeModule } from '@schakel/purpose';
import { RechtenController } from './rechten.controller.js';
import { RechtenRepository } from './rechten.repository.js';
import { Afhandelen } from './stappen/afhandelen.js';
import { Beperken } from './stappen/beperken.js';
import { Inzage } from './stappen/inzage.js';
import { Lezen } from './stappen/lezen.js';
import { Rectificatiemeldingen } from './stappen/rectificatiemeldingen.js';
import { Rectificeren } from './stappen/rectificeren.js';
import { RegisterExporteren } from './stappen/register-exporteren.js';
import { Registreren } from './stappen/registreren.js';
import { Wissen } from './stappen/wissen.js';

/** The person's rights: the FG's rights desk, the access report, the register export (ADR 0028). */
@Module({
  imports: [AuditModule, AuthzModule, BewaringModule, PersonenModule, PurposeModule],
  controllers: [RechtenController],
  providers: [
    RechtenRepository,
    Registreren,
    Lezen,
    Afhandelen,
    Inzage,
    Rectificeren,
    Beperken,
    RegisterExporteren,
    Rectificatiemeldingen,
    Wissen,
  ],
  exports: [Rectificatiemeldingen],
})
export class RechtenModule {}
