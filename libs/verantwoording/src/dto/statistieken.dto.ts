import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';

const DATUM = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The period and granularity of the charts: dates only, never personal data. */
export class StatistiekenVraag {
  @ApiProperty({
    format: 'date',
    example: '2026-11-01',
    description: 'Eerste dag (inclusief), als kalenderdag in Nederland',
  })
  @Matches(DATUM, { message: 'van moet een datum zijn (JJJJ-MM-DD)' })
  @IsISO8601({ strict: true })
  van!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-11-30',
    description: 'Laatste dag (inclusief), als kalenderdag in Nederland',
  })
  @Matches(DATUM, { message: 'tot moet een datum zijn (JJJJ-MM-DD)' })
  @IsISO8601({ strict: true })
  tot!: string;

  @ApiProperty({
    required: false,
    enum: ['dag', 'week'],
    default: 'dag',
    description: 'Per dag, of per week (maandag tot en met zondag)',
  })
  @IsOptional()
  @IsIn(['dag', 'week'])
  granulariteit?: 'dag' | 'week';
}

export class Reeks {
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'Organisatiecode of verwerkingsactiviteit; leeg als het record er geen noemt',
  })
  sleutel!: string | null;

  @ApiProperty({
    type: [Number],
    description: 'Aantal per periode, in de volgorde van "perioden"',
  })
  aantallen!: number[];
}

export class StatistiekenView {
  @ApiProperty({ format: 'date' }) van!: string;
  @ApiProperty({ format: 'date' }) tot!: string;
  @ApiProperty({ enum: ['dag', 'week'] }) granulariteit!: 'dag' | 'week';

  @ApiProperty({
    type: [String],
    description: 'Eerste dag van elke periode (JJJJ-MM-DD), oudste eerst, zonder gaten',
  })
  perioden!: string[];

  @ApiProperty({
    type: [Reeks],
    description: 'Toegestane handelingen per periode, per organisatie van de actor',
  })
  toegangPerOrganisatie!: Reeks[];

  @ApiProperty({
    type: [Reeks],
    description: 'Toegestane handelingen per periode, per verwerkingsactiviteit',
  })
  toegangPerActiviteit!: Reeks[];

  @ApiProperty({ type: [Number], description: 'Weigeringen per periode' })
  weigeringen!: number[];
}
