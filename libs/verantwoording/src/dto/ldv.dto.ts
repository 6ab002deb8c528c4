import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * A question to the read extension of Logboek Dataverwerkingen (`ProcessingActivityRequest`):
 * by trace, by activity or by data subject, at least one of them. The data subject's identifier
 * travels in this body, never in a URL.
 */
export class LdvLeesVraag {
  @ApiProperty({
    required: false,
    example: '4bf92f35-77b3-4da6-a3ce-929d0e0e4736',
    description:
      'Trace (16 bytes) in UUID-notatie, zoals de leesextensie die teruggeeft, of als 32 hexadecimale tekens zoals in traceparent',
  })
  @IsOptional()
  @Matches(
    /^([0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  )
  traceId?: string;

  @ApiProperty({
    required: false,
    format: 'uri',
    example:
      'https://schakel.example/api/v1/verwerkingsactiviteiten/zorgmelding-indienen/versies/1',
    description:
      'De verwerkingsactiviteit als URI in het register, met of zonder versie (…/versies/{versie})',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  'dpl.core.processing_activity_id'?: string;

  @ApiProperty({
    required: false,
    example: '111222333',
    description:
      'De betrokkene: een BSN (type BSN, gezocht via de sleutelhash) of de versleutelde betrokkene uit een eerder antwoord (met het type van dat antwoord)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  'dpl.core.data_subject_id'?: string;

  @ApiProperty({
    required: false,
    example: 'BSN',
    description: 'BSN (standaard), of het type uit dpl.core.data_subject_id_type van een antwoord',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  'dpl.core.data_subject_id_type'?: string;

  @ApiProperty({ required: false, format: 'date-time', description: 'Gestart op of na' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startTime?: string;

  @ApiProperty({ required: false, format: 'date-time', description: 'Beëindigd op of voor' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endTime?: string;
}

export class LdvMetadata {
  @ApiProperty({ example: 'schakel-verwerkingslog' }) logbookId!: string;
  @ApiProperty({ example: 'Veilig Thuis Rotterdam Rijnmond' }) organizationName!: string;
}

export class LdvResource {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  attributes!: Record<string, string>;
}

/** One processing activity (Logboek Dataverwerkingen 1.0, read extension). */
export class LdvVerwerking {
  @ApiProperty({ format: 'uuid', description: 'Trace in UUID-notatie (16 bytes)' })
  traceId!: string;
  @ApiProperty({ pattern: '^[0-9a-fA-F]{16}$' }) spanId!: string;
  @ApiProperty({ required: false, pattern: '^[0-9a-fA-F]{16}$' }) parentSpanId?: string;
  @ApiProperty({
    enum: ['Unset', 'Ok', 'Error'],
    description: 'Ok: verwerkt; Unset: geweigerd of zonder uitkomst; Error: fout bij Schakel',
  })
  status!: 'Unset' | 'Ok' | 'Error';
  @ApiProperty({ description: 'De handeling' }) name!: string;
  @ApiProperty({ format: 'date-time' }) startTime!: string;
  @ApiProperty({ format: 'date-time' }) endTime!: string;
  @ApiProperty({ type: LdvResource }) resource!: LdvResource;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'dpl.core.processing_activity_id (URI met versie), dpl.core.data_subject_id (pseudoniem, versleuteld met zijn type) en dpl.core.data_subject_id_type; Schakels eigen attributen onder nl.schakel.*',
  })
  attributes!: Record<string, unknown>;
}

export class LdvVerwerkingen {
  @ApiProperty({ type: LdvMetadata }) metadata!: LdvMetadata;
  @ApiProperty({ type: [LdvVerwerking] }) processingActivities!: LdvVerwerking[];
}
