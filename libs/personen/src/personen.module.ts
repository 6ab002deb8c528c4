import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { PERSONEN_ENTITIES } from './persoon.entity.js';
import { PersonenRotatie } from './personen-rotatie.js';
import { PersonenService } from './personen.service.js';

/** Persons (betrokkenen): encrypted identity, blind index on BSN, crypto-shredding, key rotation. */
@Module({
  imports: [TypeOrmModule.forFeature(PERSONEN_ENTITIES), AuditModule],
  providers: [PersonenService, PersonenRotatie],
  exports: [PersonenService, PersonenRotatie],
})
export class PersonenModule {}
