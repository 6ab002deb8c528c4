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
import { AfdrukkenStap } from './stappen/afdrukken.js';
import { BeoordelenStap } from './stappen/beoordelen.js';
import { ConceptStap } from './stappen/concept.js';
import { IndienenStap } from './stappen/indienen.js';
import { LezenStap } from './stappen/lezen.js';
import { OntvangenStap } from './stappen/ontvangen.js';
import { RouterenStap } from './stappen/routeren.js';
import { TerugkoppelenStap } from './stappen/terugkoppelen.js';
import { ToewijzenStap } from './stappen/toewijzen.js';
import { ZoekenStap } from './stappen/zoeken.js';
import { ZorgmeldingBetrokkenen } from './zorgmelding-betrokkenen.js';
import { ZorgmeldingDoorbraak } from './zorgmelding-doorbraak.js';
import { ZorgmeldingInhoud } from './zorgmelding-inhoud.js';
import { ZorgmeldingRepository } from './zorgmelding.repository.js';
import { ZorgmeldingWeergave } from './zorgmelding-weergave.js';
import { VtUitkomst } from './stappen/vt-uitkomst.js';
import { ZorgmeldingWerkvoorraad } from './stappen/werkvoorraad.js';

/** The steps of a zorgmelding, a file each under `stappen/`. */
export const ZORGMELDING_STAPPEN = [
  ConceptStap,
  IndienenStap,
  RouterenStap,
  OntvangenStap,
  ToewijzenStap,
  BeoordelenStap,
  TerugkoppelenStap,
  LezenStap,
  ZoekenStap,
  AfdrukkenStap,
];

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
    ZorgmeldingRepository,
    ZorgmeldingInhoud,
    ZorgmeldingBetrokkenen,
    ZorgmeldingWeergave,
    VtUitkomst,
    ZorgmeldingWerkvoorraad,
    ...ZORGMELDING_STAPPEN,
    DemoZorgmeldingen,
  ],
  exports: [ZorgmeldingValidatiePipe, ZorgmeldingWerkvoorraad, ...ZORGMELDING_STAPPEN],
})
export class ZorgmeldingenModule {}
