import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public, RateLimit } from '@schakel/platform';
import { ZORGMELDING_SCHEMA_V1 } from './zorgmelding.schema.js';

/** The published message schemas. They hold no personal data, so they are public. */
@ApiTags("Schema's")
@Controller('schemas')
@RateLimit('schema')
@Public()
export class SchemaController {
  @Get('zorgmelding/v1')
  @Header('Content-Type', 'application/schema+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({
    operationId: 'getZorgmeldingSchemaV1',
    summary: 'JSON Schema van de zorgmelding, versie 1',
    description:
      'Het JSON Schema (2020-12) waaraan een zorgmelding moet voldoen: dezelfde regels die de API zelf toepast. ' +
      'Een concept mag onvolledig zijn, een ingediende melding moet volledig zijn. Het schema bevat geen ' +
      'persoonsgegevens en is zonder aanmelding op te vragen. Een nieuwe versie krijgt een nieuw pad.',
  })
  @ApiProduces('application/schema+json')
  @ApiOkResponse({
    description: 'Het JSON Schema van de zorgmelding, versie 1',
    content: { 'application/schema+json': { schema: { type: 'object' } } },
  })
  zorgmeldingV1(): Record<string, unknown> {
    return ZORGMELDING_SCHEMA_V1;
  }
}
