import { Module } from '@nestjs/common';
import { SchemaController } from './schema.controller.js';
import { ZorgmeldingValidatiePipe } from './zorgmelding-validatie.pipe.js';

/** Zorgmeldingen: the report's schema and validation, routing and deadlines (no storage yet). */
@Module({
  controllers: [SchemaController],
  providers: [ZorgmeldingValidatiePipe],
  exports: [ZorgmeldingValidatiePipe],
})
export class ZorgmeldingenModule {}
