import { applyDecorators, type INestApplication } from '@nestjs/common';
import {
  ApiProperty,
  ApiResponse,
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, STATUS_PROBLEMS } from '../problem/problem.js';

/** Full semantic version of the API, sent as `API-Version` and in the OpenAPI document. */
export const API_VERSION = '1.0.0';
export const API_PREFIX = 'api/v1';

/** RFC 9457 problem details, as documented to clients. */
export class Probleem {
  @ApiProperty({
    example: 'urn:schakel:probleem:ongeldige-invoer',
    description: 'URI van het probleemtype',
    format: 'uri',
  })
  type!: string;
  @ApiProperty({
    example: 'Ongeldige invoer',
    description: 'Korte, vaste omschrijving van het probleemtype',
  })
  title!: string;
  @ApiProperty({ example: 400, description: 'HTTP-statuscode' })
  status!: number;
  @ApiProperty({
    example: 'De invoer is ongeldig voor: datum (isDateString).',
    description: 'Uitleg voor dit geval; nooit persoonsgegevens',
  })
  detail!: string;
  @ApiProperty({
    example: 'urn:uuid:5b0e6b52-3c1f-4d39-9a53-0d9f4f3c2a10',
    description: 'Kenmerk van dit voorval; gelijk aan X-Request-ID',
    format: 'uri',
  })
  instance!: string;
}

/** Declares problem+json error responses for an operation (500 is added to every one). */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: STATUS_PROBLEMS[status]?.title ?? 'Fout',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Probleem' } } },
      }),
    ),
  );
}

type Responses = Record<
  string,
  { description?: string; headers?: Record<string, unknown>; content?: Record<string, unknown> }
>;

/**
 * Builds the OpenAPI 3 document from the controllers, in Dutch, and adds what every operation
 * shares: the `API-Version` header on 2xx/3xx responses and problem+json for 500.
 */
export function buildOpenApiDocument(app: INestApplication, publicUrl: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Schakel API')
    .setDescription(
      'Schakel verbindt de zorg- en veiligheidspartners van de eenheid Rotterdam: zorgmeldingen van politie aan Veilig Thuis, ' +
        'het uitwisselingsregister van casussen tussen wijkteams en het Zorg- en Veiligheidshuis, en verantwoording ' +
        'via doelbinding en een onweerlegbaar auditspoor. Fouten volgen RFC 9457 (application/problem+json).',
    )
    .setVersion(API_VERSION)
    .setContact(
      'Team Schakel',
      'https://github.com/schakel-rotterdam/schakel',
      'schakel@politie-rotterdam.example',
    )
    .setLicense('EUPL-1.2', 'https://eupl.eu/1.2/nl/')
    .addServer(`${publicUrl.replace(/\/$/, '')}/${API_PREFIX}`, 'Deze omgeving')
    .addTag(
      'Gezondheid',
      'Levendigheid en gereedheid van de dienst, voor orkestratie en monitoring',
    )
    .addTag('API', 'De beschrijving van deze API zelf')
    .addTag(
      'Verantwoording',
      'De werkplek van de FG: het auditspoor doorzoeken en toegang verklaren',
    )
    .addTag(
      'Auditspoor',
      'Integriteit van het auditspoor: ondertekende checkpoints en bewijzen (RFC 6962), zonder persoonsgegevens',
    )
    .addTag(
      'Aanmelden',
      'Aanmelden via OpenID Connect (browser) en wie u bent; systeemclients gebruiken een toegangstoken',
    )
    .addTag(
      'Verwerkingsregister',
      'Het register van verwerkingsactiviteiten (AVG art. 30) en de verenigbaarheid van doelen',
    )
    .addTag(
      "Schema's",
      "Gepubliceerde, geversioneerde JSON Schema's van de berichten (zoals de zorgmelding); zonder persoonsgegevens",
    )
    .addTag(
      'Bezorging',
      'Betrouwbare bezorging aan de ontvangende organisatie: ondertekende aanlevering, ophalen met een cursor, ontvangstbevestiging en onbestelbare bezorgingen',
    )
    .addTag(
      'Zorgmeldingen',
      'Zorgmeldingen van de politie aan Veilig Thuis: opstellen, indienen (idempotent), routeren en de routeringsuitzonderingen',
    )
    .addTag(
      'Veilig Thuis',
      'De inbox van een Veilig Thuis: ontvangst, toewijzing, veiligheidsbeoordeling en terugkoppeling aan de politie',
    )
    .addTag(
      'Casussen',
      'Persoonsgerichte aanpak: casussen van wijkteams en het Zorg- en Veiligheidshuis, opschaling, triage, deelnemers met need-to-know en het register van uitwisselingen',
    )
    .addTag(
      'Rechten van betrokkenen',
      'De balie van de FG voor verzoeken van betrokkenen (AVG art. 12-21): termijn, inzagerapport (JSON en pdf), rectificatie, beperking en bezwaar; en de export van het verwerkingsregister (art. 30)',
    )
    .addTag(
      'Cijfers',
      'Aantallen zonder personen voor het gezamenlijk veiligheidsbeeld en de verantwoording van Veilig Thuis; kleine aantallen afgeschermd',
    )
    .addTag(
      'Bewaring',
      'Bewaartermijnen en vernietiging: vernietigingslijsten (goedkeuren en bevestigen door twee personen), bewaarplichten en verlengingen, signaleringen, verzoeken tot vernietiging en verklaringen van vernietiging',
    )
    .addTag(
      'Doorbraak',
      'Spoedeisende toegang buiten de normale regels (break the glass), ter beoordeling door de FG',
    )
    .addTag(
      'Mijn werk',
      'Wat op een medewerker wacht, per stapel een aantal en de eerste verwijzingen, gelezen onder de verwerkingsactiviteit van elke stapel',
    )
    .addTag(
      'Beheer',
      'Organisaties, de gebruikerslijst en de gezondheid en wachtrijen van het platform',
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'Toegangstoken van een systeemclient (client credentials met private_key_jwt)',
      },
      'systeemclient',
    )
    .addCookieAuth(
      'schakel.sid',
      {
        type: 'apiKey',
        in: 'cookie',
        description: 'Browsersessie na aanmelden; wijzigingen vereisen ook X-CSRF-Token',
      },
      'sessie',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    ignoreGlobalPrefix: true,
    extraModels: [Probleem],
    operationIdFactory: (_controller: string, method: string) => method,
  });
  document.components ??= {};
  document.components.headers = {
    'API-Version': {
      description: 'Volledige versie van de API (semver)',
      schema: { type: 'string', example: API_VERSION },
    },
  };
  for (const path of Object.values(document.paths)) {
    for (const op of Object.values(path as Record<string, { responses?: Responses }>)) {
      if (!op.responses) continue;
      for (const [status, response] of Object.entries(op.responses)) {
        if (/^[23]\d\d$/.test(status)) {
          response.headers = {
            ...response.headers,
            'API-Version': { $ref: '#/components/headers/API-Version' },
          };
        }
      }
      op.responses['500'] ??= {
        description: 'Interne fout',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Probleem' } } },
      };
    }
  }
  return document;
}
