import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

const TOELICHTING = 'Geen persoonsgegevens: noem dossiers alleen bij hun kenmerk.';

// ------------------------------------------------------------------ input

/** An approval or a confirmation of a destruction list, with an optional note. */
export class LijstBesluit {
  @ApiPropertyOptional({ maxLength: 1000, description: TOELICHTING })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  toelichting?: string;
}

/** A legal hold (`bewaarplicht`) or an extension (`verlenging`, with `tot`) on one record. */
export class NieuweBlokkade {
  @ApiProperty({ enum: ['bewaarplicht', 'verlenging'] })
  @IsIn(['bewaarplicht', 'verlenging'])
  soort!: 'bewaarplicht' | 'verlenging';

  @ApiProperty({ enum: ['zorgmelding', 'casus'] })
  @IsIn(['zorgmelding', 'casus'])
  objectSoort!: 'zorgmelding' | 'casus';

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  objectId!: string;

  @ApiProperty({ minLength: 5, maxLength: 1000, description: TOELICHTING })
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  reden!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Laatste dag van de verlenging' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  tot?: string;
}

/** A request to destroy a zorgmelding and VT's decision on it. */
export class NieuwVernietigingsverzoek {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  zorgmeldingId!: string;

  @ApiProperty({ enum: ['betrokkene', 'wettelijk-vertegenwoordiger', 'gemachtigde'] })
  @IsIn(['betrokkene', 'wettelijk-vertegenwoordiger', 'gemachtigde'])
  verzoeker!: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  ontvangenOp!: string;

  @ApiProperty({ enum: ['toegewezen', 'afgewezen'] })
  @IsIn(['toegewezen', 'afgewezen'])
  besluit!: 'toegewezen' | 'afgewezen';

  @ApiProperty({ minLength: 5, maxLength: 2000, description: TOELICHTING })
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  motivering!: string;
}

// ------------------------------------------------------------------ output

export class LijstItemView {
  @ApiProperty({ enum: ['zorgmelding', 'casus'] }) objectSoort!: string;
  @ApiProperty({ format: 'uuid' }) objectId!: string;
  @ApiProperty({ description: 'Casusnummer of kenmerk van de zorgmelding' }) referentie!: string;
  @ApiProperty() activiteitId!: string;
  @ApiProperty() activiteitNaam!: string;
  @ApiProperty() activiteitVersie!: number;
  @ApiProperty({ example: 'P20Y' }) bewaartermijn!: string;
  @ApiProperty({ enum: ['afsluiting', 'laatste-activiteit', 'aanmaak'] })
  bewaartermijnVanaf!: string;
  @ApiProperty({ format: 'date' }) vanaf!: string;
  @ApiProperty({ format: 'date' }) bewaarTot!: string;
  @ApiProperty({ enum: ['voorgesteld', 'vernietigd', 'uitgezonderd'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) reden!: string | null;
  @ApiProperty({ description: 'Personen die geen levend dossier meer nodig had' })
  personen!: number;
}

export class LijstAantallen {
  @ApiProperty() zorgmeldingen!: number;
  @ApiProperty() casussen!: number;
  @ApiProperty() personen!: number;
  @ApiProperty() vernietigd!: number;
  @ApiProperty() uitgezonderd!: number;
}

export class LijstView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'VL-2026-0001' }) nummer!: string;
  @ApiProperty() organisatie!: string;
  @ApiProperty() organisatieNaam!: string;
  @ApiProperty({ enum: ['termijn', 'verzoek', 'wissing'] }) soort!: string;
  @ApiProperty({ enum: ['voorgesteld', 'goedgekeurd', 'vernietigen', 'vernietigd'] })
  status!: string;
  @ApiProperty({ format: 'date' }) peildatum!: string;
  @ApiProperty({ format: 'date-time' }) voorgesteldOp!: string;
  @ApiProperty({ nullable: true, type: String }) goedgekeurdDoorNaam!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  goedgekeurdOp!: string | null;
  @ApiProperty({ nullable: true, type: String }) goedkeuringToelichting!: string | null;
  @ApiProperty({ nullable: true, type: String }) bevestigdDoorNaam!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  bevestigdOp!: string | null;
  @ApiProperty({ nullable: true, type: String }) bevestigingToelichting!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  vernietigdOp!: string | null;
  @ApiProperty({ description: 'Of u deze lijst nu mag goedkeuren' }) magGoedkeuren!: boolean;
  @ApiProperty({ description: 'Of u deze lijst nu mag bevestigen (tweede persoon)' })
  magBevestigen!: boolean;
  @ApiProperty({ type: LijstAantallen }) aantallen!: LijstAantallen;
  @ApiPropertyOptional({ type: [LijstItemView] }) items?: LijstItemView[];
}

export class BlokkadeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['bewaarplicht', 'verlenging'] }) soort!: string;
  @ApiProperty({ enum: ['zorgmelding', 'casus'] }) objectSoort!: string;
  @ApiProperty({ format: 'uuid' }) objectId!: string;
  @ApiProperty() referentie!: string;
  @ApiProperty() organisatieNaam!: string;
  @ApiProperty() reden!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) tot!: string | null;
  @ApiProperty() gezetDoorNaam!: string;
  @ApiProperty({ format: 'date-time' }) gezetOp!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  opgehevenOp!: string | null;
  @ApiProperty({ description: 'Houdt vernietiging nu tegen' }) actief!: boolean;
}

export class SignaleringView {
  @ApiProperty({ enum: ['zorgmelding', 'casus'] }) objectSoort!: string;
  @ApiProperty({ format: 'uuid' }) objectId!: string;
  @ApiProperty() referentie!: string;
  @ApiProperty() activiteitNaam!: string;
  @ApiProperty({ example: 'P20Y' }) bewaartermijn!: string;
  @ApiProperty() bewaartermijnVanaf!: string;
  @ApiProperty({ format: 'date' }) bewaarTot!: string;
  @ApiProperty({ description: 'De termijn is al verstreken (komt op de volgende lijst)' })
  verstreken!: boolean;
}

export class VernietigingsverzoekView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) zorgmeldingId!: string;
  @ApiProperty({
    description: 'Kenmerk van de zorgmelding (ook na vernietiging, van de lijst)',
    example: 'ZM-2026-000123',
  })
  kenmerk!: string;
  @ApiProperty() verzoeker!: string;
  @ApiProperty({ format: 'date' }) ontvangenOp!: string;
  @ApiProperty({ enum: ['toegewezen', 'afgewezen'] }) besluit!: string;
  @ApiProperty() motivering!: string;
  @ApiProperty() beslotenDoorNaam!: string;
  @ApiProperty({ format: 'date-time' }) beslotenOp!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) lijstId!: string | null;
  @ApiProperty({ nullable: true, type: String }) lijstNummer!: string | null;
}
