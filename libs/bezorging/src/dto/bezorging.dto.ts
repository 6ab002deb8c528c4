import { ApiProperty } from '@nestjs/swagger';

const ID_VOORBEELD = '7d0c2a4e-5b1f-4c8e-9a3d-1e2f3a4b5c6d';

/** One delivered report in the receiver's feed (the same envelope a push carries). */
export class FeedItem {
  @ApiProperty({ format: 'uuid', example: ID_VOORBEELD, description: 'Id van de bezorging' })
  id!: string;

  @ApiProperty({ example: 'zorgmelding', description: 'Soort object' })
  soort!: string;

  @ApiProperty({
    example: '3f1c9f0e-7b7a-4d5e-9c1a-2b3c4d5e6f70',
    description: 'Id van het object',
  })
  objectId!: string;

  @ApiProperty({
    example: 'politie-rotterdam',
    description: 'Organisatie die de gegevens verstrekt',
  })
  verstrekker!: string;

  @ApiProperty({ example: 'vt-rotterdam-rijnmond', description: 'Ontvangende organisatie' })
  ontvanger!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-03T09:15:00.000Z' })
  aangemaaktOp!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-11-03T09:15:02.000Z',
    description: 'Wanneer het in de inbox in Schakel kwam',
  })
  bezorgdOp!: string;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    example: null,
    description: 'Wanneer de ontvanger de ontvangst bevestigde',
  })
  bevestigdOp!: string | null;

  @ApiProperty({ example: '42', description: 'Positie in de feed (oplopend)' })
  positie!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'De inhoud, zoals de bron die opmaakt (voor een zorgmelding: het bericht volgens /schemas/zorgmelding/v1)',
    example: { versie: 1, incident: { datum: '2026-11-02', soort: 'huiselijk-geweld' } },
  })
  gegevens!: Record<string, unknown>;
}

export class Feed {
  @ApiProperty({ type: [FeedItem] })
  items!: FeedItem[];

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'ZmVlZDo0Mg',
    description:
      'Cursor voor de volgende vraag (parameter "na"); ook bij een lege pagina, zodat u kunt blijven vragen',
  })
  volgende!: string | null;
}

export class Ontvangstbevestiging {
  @ApiProperty({ format: 'uuid', example: ID_VOORBEELD })
  id!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-03T09:20:00.000Z' })
  bevestigdOp!: string;
}

/** An undeliverable delivery, as a coordinator sees it: references and failure codes only. */
export class OnbestelbareBezorging {
  @ApiProperty({ format: 'uuid', example: ID_VOORBEELD })
  id!: string;

  @ApiProperty({ example: 'zorgmelding' })
  soort!: string;

  @ApiProperty({ example: '3f1c9f0e-7b7a-4d5e-9c1a-2b3c4d5e6f70' })
  objectId!: string;

  @ApiProperty({ example: 'vt-rotterdam-rijnmond' })
  ontvanger!: string;

  @ApiProperty({ enum: ['wachtend', 'bezorgd', 'onbestelbaar'], example: 'onbestelbaar' })
  status!: string;

  @ApiProperty({ example: 10, description: 'Aantal pogingen' })
  pogingen!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'http-503',
    description: 'Code van de laatste fout (http-<status>, time-out, verbinding-mislukt, ...)',
  })
  laatsteFout!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-03T09:15:00.000Z' })
  aangemaaktOp!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-03T11:02:00.000Z' })
  bijgewerktOp!: string;
}

export class Jwk {
  @ApiProperty({ example: 'EC' }) kty!: string;
  @ApiProperty({ example: 'P-256' }) crv!: string;
  @ApiProperty({ example: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU' }) x!: string;
  @ApiProperty({ example: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }) y!: string;
  @ApiProperty({ example: 'Yk3n1H9xQwq0pT2Ew8ZbA6c5v4u3t2s1r0q9p8o7n6m' }) kid!: string;
  @ApiProperty({ example: 'ES256' }) alg!: string;
  @ApiProperty({ example: 'sig' }) use!: string;
}

export class Jwks {
  @ApiProperty({ type: [Jwk] })
  keys!: Jwk[];
}
