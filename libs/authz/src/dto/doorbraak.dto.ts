import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DOORBRAAK_ONDERWERPEN } from '../abilities.js';

/** Minimum length of a written justification: a sentence, not a word. */
export const MIN_VERANTWOORDING = 40;

export class NieuweDoorbraak {
  @ApiProperty({ enum: DOORBRAAK_ONDERWERPEN, example: 'Zorgmelding' })
  @IsIn(DOORBRAAK_ONDERWERPEN)
  onderwerpType!: (typeof DOORBRAAK_ONDERWERPEN)[number];

  @ApiProperty({
    example: '3f1c9f0e-7b7a-4d5e-9c1a-2b3c4d5e6f70',
    description: 'Id van het dossier (nooit een BSN)',
  })
  @Matches(/^[A-Za-z0-9-]{1,64}$/, {
    message: 'onderwerpId moet een id zijn (letters, cijfers, -)',
  })
  onderwerpId!: string;

  @ApiProperty({
    minLength: MIN_VERANTWOORDING,
    description: 'Waarom deze spoedeisende toegang nodig is; de FG beoordeelt dit',
  })
  @IsString()
  @MinLength(MIN_VERANTWOORDING)
  @MaxLength(2000)
  verantwoording!: string;

  @ApiProperty({
    minimum: 5,
    maximum: 240,
    default: 60,
    description: 'Hoe lang de toegang geldt, in minuten',
  })
  @IsInt()
  @Min(5)
  @Max(240)
  duurMinuten: number = 60;
}

export class DoorbraakView {
  @ApiProperty() id!: string;
  @ApiProperty() onderwerpType!: string;
  @ApiProperty() onderwerpId!: string;
  @ApiProperty() activiteit!: string;
  @ApiProperty() verantwoording!: string;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
  @ApiProperty({ format: 'date-time' }) verlooptOp!: string;
}

export class NieuweBeoordeling {
  @ApiProperty({ enum: ['terecht', 'onterecht'], description: 'Was de doorbraak gerechtvaardigd?' })
  @IsIn(['terecht', 'onterecht'])
  oordeel!: 'terecht' | 'onterecht';

  @ApiProperty({ minLength: 10, description: 'Toelichting van de FG' })
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  toelichting!: string;
}

export class BeoordelingView {
  @ApiProperty() id!: string;
  @ApiProperty() doorbraakId!: string;
  @ApiProperty({ enum: ['terecht', 'onterecht'] }) oordeel!: string;
  @ApiProperty() toelichting!: string;
  @ApiProperty({ format: 'date-time' }) tijd!: string;
}
