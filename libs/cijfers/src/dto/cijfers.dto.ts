import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

const KWARTAAL = /^\d{4}-K[1-4]$/;

/** The periods of a question: quarters, shown per quarter or per half year. */
export class TijdvakVraag {
  @ApiProperty({ example: '2026-K1', description: 'Eerste kwartaal (JJJJ-K1 … JJJJ-K4)' })
  @Matches(KWARTAAL, { message: 'van moet een kwartaal zijn (JJJJ-K1 … JJJJ-K4)' })
  van!: string;

  @ApiProperty({ example: '2026-K4', description: 'Laatste kwartaal (inclusief)' })
  @Matches(KWARTAAL, { message: 'tot moet een kwartaal zijn (JJJJ-K1 … JJJJ-K4)' })
  tot!: string;

  @ApiProperty({
    required: false,
    enum: ['kwartaal', 'halfjaar'],
    default: 'kwartaal',
    description: 'Per kwartaal of per halfjaar',
  })
  @IsOptional()
  @IsIn(['kwartaal', 'halfjaar'])
  indeling?: 'kwartaal' | 'halfjaar';
}

/** The regional picture: municipalities, periods and optionally one theme of casussen. */
export class RegioVraag extends TijdvakVraag {
  @ApiProperty({
    example: 'GM0599,GM0505',
    description: 'Gemeenten (CBS-codes, met komma’s gescheiden, hoogstens 20)',
  })
  @Matches(/^GM\d{4}(,GM\d{4}){0,19}$/, {
    message: 'gemeenten moet een lijst CBS-codes zijn, zoals GM0599,GM0505',
  })
  gemeenten!: string;

  @ApiProperty({
    required: false,
    example: 'huiselijk-geweld',
    description: 'Alleen casussen en uitwisselingen van dit thema',
  })
  @IsOptional()
  @Matches(/^[a-z-]{1,40}$/, { message: 'thema is geen thema' })
  thema?: string;
}

export class PeriodeView {
  @ApiProperty({ example: '2026-K1' }) sleutel!: string;
  @ApiProperty({ example: '1e kwartaal 2026' }) naam!: string;
}

export class RijView {
  @ApiProperty({ example: 'huiselijk-geweld' }) sleutel!: string;
  @ApiProperty({ example: 'Huiselijk geweld' }) naam!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'integer', nullable: true },
    description: 'Aantal per periode; leeg (null) is afgeschermd',
  })
  waarden!: (number | null)[];
}

export class KengetalView {
  @ApiProperty({ example: 'aandeel-op-tijd' }) sleutel!: string;
  @ApiProperty({ example: 'Aandeel binnen de termijn (%)' }) naam!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'number', nullable: true },
    description: 'Per periode; leeg (null) als het uit een afgeschermd aantal zou volgen',
  })
  waarden!: (number | null)[];
}

export class TabelView {
  @ApiProperty({ example: 'meldingen-soort' }) id!: string;
  @ApiProperty() titel!: string;
  @ApiProperty({ type: [String], description: 'Wat er geteld wordt: enkelvoud en meervoud' })
  eenheid!: string[];
  @ApiProperty({ type: [RijView] }) rijen!: RijView[];
  @ApiProperty({
    type: 'array',
    items: { type: 'integer', nullable: true },
    description: 'Totaal per periode; leeg (null) is afgeschermd',
  })
  totalen!: (number | null)[];
  @ApiProperty({ type: [KengetalView] }) kengetallen!: KengetalView[];
}

export class GemeenteCijfersView {
  @ApiProperty({ example: 'GM0599' }) gemeentecode!: string;
  @ApiProperty({ example: 'Rotterdam' }) naam!: string;
  @ApiProperty({ type: [TabelView] }) tabellen!: TabelView[];
}

export class RegioCijfersView {
  @ApiProperty({ type: [PeriodeView] }) perioden!: PeriodeView[];
  @ApiProperty({ enum: ['kwartaal', 'halfjaar'] }) indeling!: 'kwartaal' | 'halfjaar';
  @ApiProperty({ description: 'Kleinste getoonde aantal; kleinere aantallen zijn afgeschermd' })
  drempel!: number;
  @ApiProperty({ required: false, nullable: true, type: String }) thema!: string | null;
  @ApiProperty({ type: [GemeenteCijfersView] }) gemeenten!: GemeenteCijfersView[];
}

export class VtCijfersView {
  @ApiProperty({ example: 'Veilig Thuis Zuid-Holland Zuid' }) organisatie!: string;
  @ApiProperty({ type: [PeriodeView] }) perioden!: PeriodeView[];
  @ApiProperty({ enum: ['kwartaal', 'halfjaar'] }) indeling!: 'kwartaal' | 'halfjaar';
  @ApiProperty() drempel!: number;
  @ApiProperty({ type: [TabelView] }) tabellen!: TabelView[];
}

export class GemeenteView {
  @ApiProperty({ example: 'GM0599' }) code!: string;
  @ApiProperty({ example: 'Rotterdam' }) naam!: string;
}
