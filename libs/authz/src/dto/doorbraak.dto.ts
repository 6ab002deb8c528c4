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

/** One thing the holder did under a grant, within its window (metadata only). */
export class GelezenOnderDoorbraak {
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty({ example: 'read' }) actie!: string;
  @ApiProperty({ example: 'ZorgmeldingVt' }) objectType!: string;
  @ApiProperty({ type: [String], description: 'Gegevenscategorieën die werden verwerkt' })
  categorieen!: string[];
}

/** An FG's verdict in a grant's history. */
export class OordeelView {
  @ApiProperty({ enum: ['terecht', 'onterecht'] }) oordeel!: string;
  @ApiProperty() toelichting!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Naam van de FG' })
  fgNaam!: string | null;
  @ApiProperty({ format: 'date-time' }) tijd!: string;
}

export class DoorbraakView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Wie de glazen brak (id)' }) actorId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Naam uit de gebruikerslijst' })
  actorNaam!: string | null;
  @ApiProperty({ description: 'Organisatie van wie de glazen brak' }) organisatieNaam!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Naam van de verwerkingsactiviteit' })
  activiteitNaam!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Het geopende dossier in woorden (nummer, datum), zonder persoonsgegevens',
  })
  onderwerpOmschrijving!: string | null;
  @ApiProperty({ type: [GelezenOnderDoorbraak], description: 'Wat in het venster werd gedaan' })
  gelezen!: GelezenOnderDoorbraak[];
  @ApiProperty({ type: [OordeelView], description: 'Eerdere oordelen, oudste eerst' })
  oordelen!: OordeelView[];
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
