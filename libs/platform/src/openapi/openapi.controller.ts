import { Controller, Get, Header, Injectable } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, type OpenAPIObject } from '@nestjs/swagger';
import { Public } from '../http/route-policy.js';

/** Holds the document built at start-up. */
@Injectable()
export class OpenApiDocument {
  document?: OpenAPIObject;
}

@ApiTags('API')
@Controller()
@Public()
export class OpenApiController {
  constructor(private readonly holder: OpenApiDocument) {}

  @Get('openapi.json')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    operationId: 'getOpenApi',
    summary: 'Beschrijving van deze API',
    description: 'Het OpenAPI 3-document van deze API, zonder aanmelding op te vragen.',
  })
  @ApiOkResponse({ description: 'Het OpenAPI-document', schema: { type: 'object' } })
  openapi(): OpenAPIObject | Record<string, never> {
    return this.holder.document ?? {};
  }
}
