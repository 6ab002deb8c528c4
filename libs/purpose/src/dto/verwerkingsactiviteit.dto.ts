import { ApiProperty } from '@nestjs/swagger';
import { ROLLEN } from '@schakel/identity';
import { Type } from 'class-transformer';
import { IsBewaartermijn } from '../bewaartermijn.js';
import {
  BEWAARTERMIJN_VANAF,
  VERSIE_STATUSSEN,
  type BewaartermijnVanaf,
  type VersieStatus,
} from '../verwerkingsactiviteit.entity.js';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class GegevenscategorieDto {
  @ApiProperty({ example: 'gezondheid' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  naam!: string;

  @ApiProperty({ description: 'Bijzondere persoonsgegevens (AVG art. 9)' })
  @IsBoolean()
  bijzonder!: boolean;

  @ApiProperty({ description: 'Strafrechtelijke gegevens (AVG art. 10)' })
  @IsBoolean()
  strafrechtelijk!: boolean;
}

/** The content of a version of a processing activity (everything but id and version). */
export class VerwerkingsactiviteitInhoud {
  @ApiProperty({ example: 'Zorgmelding opstellen en verstrekken aan Veilig Thuis' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  naam!: string;

  @ApiProperty({ example: 'Korpschef van politie (eenheid Rotterdam)' })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  verwerkingsverantwoordelijke!: string;

  @ApiProperty() @IsString() @MinLength(10) @MaxLength(2000) doel!: string;

  @ApiProperty({ example: 'Wet politiegegevens art. 19' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  grondslag!: string;

  @ApiProperty() @IsString() @MinLength(10) @MaxLength(4000) grondslagToelichting!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  categorieenBetrokkenen!: string[];

  @ApiProperty({ type: [GegevenscategorieDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => GegevenscategorieDto)
  categorieenGegevens!: GegevenscategorieDto[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  ontvangers!: string[];

  @ApiProperty({
    example: 'P20Y',
    description:
      'Bewaartermijn als ISO 8601-duur (hele, positieve delen), bijv. P20Y, P18M of P10D',
  })
  @IsBewaartermijn()
  bewaartermijn!: string;

  @ApiProperty({
    enum: BEWAARTERMIJN_VANAF,
    required: false,
    description:
      'De gebeurtenis waarvanaf de bewaartermijn telt: afsluiting, laatste-activiteit of aanmaak (standaard: die van de vorige versie, anders afsluiting)',
  })
  @IsOptional()
  @IsIn(BEWAARTERMIJN_VANAF)
  bewaartermijnVanaf?: BewaartermijnVanaf;

  @ApiProperty({ example: '2026-01-01', format: 'date' })
  @IsDateString({ strict: true })
  geldigVanaf!: string;

  @ApiProperty({
    type: [String],
    enum: ROLLEN,
    description: 'Rollen die onder deze activiteit mogen handelen',
  })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(ROLLEN, { each: true })
  toegestaneRollen!: string[];
}

export class NieuweVerwerkingsactiviteit extends VerwerkingsactiviteitInhoud {
  @ApiProperty({ example: 'zorgmelding-indienen', description: 'Vaste sleutel (kebab-case)' })
  @Matches(/^[a-z][a-z0-9-]{2,63}$/, { message: 'id moet kebab-case zijn (a-z, 0-9, -)' })
  id!: string;
}

export class VerwerkingsactiviteitView extends NieuweVerwerkingsactiviteit {
  @ApiProperty({ example: 1 }) versie!: number;
  @ApiProperty({
    required: false,
    description: 'Wie deze versie vastlegde (alleen voor beheerder en FG)',
  })
  vastgelegdDoor?: string;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'De naam van wie deze versie vastlegde, uit de gebruikerslijst (beheerder en FG)',
  })
  vastgelegdDoorNaam?: string | null;
  @ApiProperty({ format: 'date-time' }) vastgelegdOp!: string;
  @ApiProperty({
    enum: VERSIE_STATUSSEN,
    required: false,
    description:
      'geldig (van kracht vanaf geldigVanaf), voorgesteld (wacht op een FG), afgewezen of vervallen (alleen voor beheerder en FG)',
  })
  status?: VersieStatus;
  @ApiProperty({ required: false, nullable: true, type: String, description: 'De FG die besliste' })
  beoordeeldDoor?: string | null;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'De naam van de FG die besliste, uit de gebruikerslijst',
  })
  beoordeeldDoorNaam?: string | null;
  @ApiProperty({ required: false, nullable: true, type: String, format: 'date-time' })
  beoordeeldOp?: string | null;
  @ApiProperty({ required: false, nullable: true, type: String })
  beoordelingToelichting?: string | null;
}

/** An FG's decision on a proposed version of the register. */
export class RegisterBesluit {
  @ApiProperty({ enum: ['goedkeuren', 'afwijzen'] })
  @IsIn(['goedkeuren', 'afwijzen'])
  besluit!: 'goedkeuren' | 'afwijzen';

  @ApiProperty({ example: 'Grondslag nagegaan; de FG-rol heeft hier geen inzage in inhoud nodig.' })
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  toelichting!: string;
}

export class DoelcompatibiliteitView {
  @ApiProperty() vanActiviteit!: string;
  @ApiProperty() naarActiviteit!: string;
  @ApiProperty() toelichting!: string;
}
