import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { BezorgingModule } from '@schakel/bezorging';
import { IdentityModule } from '@schakel/identity';
import { PersonenModule } from '@schakel/personen';
import { PurposeModule } from '@schakel/purpose';
import { DemoZorgmeldingen } from './demo-zorgmeldingen.js';
import { SchemaController } from './schema.controller.js';
import { VtController } from './vt.controller.js';
import { ZORGMELDINGEN_ENTITIES } from './zorgmelding.entity.js';
import { ZorgmeldingValidatiePipe } from './zorgmelding-validatie.pipe.js';
import { ZorgmeldingenController } from './zorgmeldingen.controller.js';
import { ZorgmeldingenService } from './zorgmeldingen.service.js';
import { ZorgmeldingDoorbraak } from './zorgmelding-doorbraak.js';

/** Zorgmeldingen: schema and validation, storage, routing, the VT inbox, deadlines, feedback. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ZORGMELDINGEN_ENTITIES),
    PersonenModule,
    AuditModule,
    AuthzModule,
    BezorgingModule,
    IdentityModule,
    PurposeModule,
  ],
  controllers: [SchemaController, ZorgmeldingenController, VtController],
  providers: [
    ZorgmeldingDoorbraak,
    ZorgmeldingValidatiePipe,
    ZorgmeldingenService,
    DemoZorgmeldingen,
  ],
  exports: [ZorgmeldingValidatiePipe, ZorgmeldingenService],
})
export class ZorgmeldingenModule {}
