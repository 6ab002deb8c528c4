import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBsn } from '@schakel/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

export const VERZOEKSOORTEN = [
  'inzage',
  'rectificatie',
  'wissing',
  'beperking',
  'bezwaar',
] as const;
export type Verzoeksoort = (typeof VERZOEKSOORTEN)[number];
export const VERZOEKSTATUSSEN = [
  'ontvangen',
  'in-behandeling',
  'afgehandeld',
  'afgewezen',
] as const;
export type Verzoekstatus = (typeof VERZOEKSTATUSSEN)[number];
export const IDENTITEIT_WIJZEN = [
  'identiteitsbewijs-gezien',
  'digid',
  'bekend-uit-dossier',
  'niet-vastgesteld',
] as const;

// ------------------------------------------------------------------ input

/** A request of a data subject; the BSN travels in the body only and is never stored. */
export class NieuwVerzoek {
  @ApiProperty({ enum: VERZOEKSOORTEN, description: 'AVG art. 15, 16, 17, 18 of 21' })
  @IsIn(VERZOEKSOORTEN)
  soort!: Verzoeksoort;

  @ApiProperty({ description: 'BSN van de betrokkene (in de body, nooit in de URL)' })
  @IsString()
  @IsBsn()
  bsn!: string;

  @ApiProperty({ description: 'Is de identiteit van de verzoeker vastgesteld?' })
  @IsBoolean()
  identiteitVastgesteld!: boolean;

  @ApiProperty({ enum: IDENTITEIT_WIJZEN, description: 'Hoe de identiteit is vastgesteld' })
  @IsIn(IDENTITEIT_WIJZEN)
  identiteitWijze!: (typeof IDENTITEIT_WIJZEN)[number];

  @ApiPropertyOptional({ format: 'date', description: 'Datum van ontvangst; standaard vandaag' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  ontvangenOp?: string;
}

export class Verlenging {
  @ApiProperty({ enum: [1, 2], description: 'Met hoeveel maanden (ten hoogste twee)' })
  @IsIn([1, 2])
  maanden!: 1 | 2;

  @ApiProperty({ minLength: 10, maxLength: 1000, description: 'Waarom de termijn wordt verlengd' })
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reden!: string;
}

export class Afhandeling {
  @ApiProperty({ enum: ['afgehandeld', 'afgewezen'] })
  @IsIn(['afgehandeld', 'afgewezen'])
  uitkomst!: 'afgehandeld' | 'afgewezen';

  @ApiProperty({ minLength: 10, maxLength: 4000, description: 'Het antwoord aan de betrokkene' })
  @IsString()
  @MinLength(10)
  @MaxLength(4000)
  antwoord!: string;
}

/** The identity fields a rectification may change (`null` removes one). */
export class Rectificatiegegevens {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  voornamen?: string;
  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  voorvoegsel?: string;
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  achternaam?: string;
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  geboortedatum?: string;
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  straat?: string;
  @ApiPropertyOptional({ maxLength: 20 })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  huisnummer?: string;
  @ApiPropertyOptional({ maxLength: 7 })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  postcode?: string;
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  woonplaats?: string;
}

export class Rectificatie {
  @ApiProperty({ type: Rectificatiegegevens })
  @ValidateNested()
  @Type(() => Rectificatiegegevens)
  wijzigingen!: Rectificatiegegevens;

  @ApiProperty({ minLength: 10, maxLength: 1000, description: 'Waarom de gegevens onjuist waren' })
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reden!: string;
}

export class BeperkingInvoer {
  @ApiProperty({
    type: [String],
    description:
      'Verwerkingsactiviteiten die ondanks de beperking of het bezwaar doorgaan (AVG art. 18 lid 2, art. 21 lid 1: dwingende gerechtvaardigde gronden)',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z0-9-]{2,63}$/, { each: true })
  toegestaneActiviteiten!: string[];

  @ApiProperty({ minLength: 10, maxLength: 1000 })
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reden!: string;
}

// ------------------------------------------------------------------ output

export class TermijnView {
  @ApiProperty({ format: 'date' }) oorspronkelijk!: string;
  @ApiProperty({ format: 'date' }) uiterlijk!: string;
  @ApiProperty() dagenOver!: number;
  @ApiProperty({ enum: ['lopend', 'bijna-verlopen', 'verlopen', 'afgerond'] }) status!: string;
}

export class BeperkingView {
  @ApiProperty({ enum: ['beperking', 'bezwaar'] }) soort!: string;
  @ApiProperty({ type: [String] }) toegestaneActiviteiten!: string[];
}

/** One notice of a rectification, as the rectifying FG follows it. */
export class MeldingStatusView {
  @ApiProperty({ description: 'De ontvanger (naam van de organisatie)' }) ontvanger!: string;
  @ApiProperty({ enum: ['uitwisseling', 'bezorging'] }) bron!: string;
  @ApiProperty({ description: 'De verstrekking in woorden', example: 'casus C-2026-0001' })
  referentie!: string;
  @ApiProperty({ enum: ['gemeld', 'bevestigd'] }) status!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) bevestigdOp!: string | null;
  @ApiProperty({ nullable: true, type: String }) bevestigdDoorNaam!: string | null;
}

export class RectificatieView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: [String], description: 'Welke gegevens zijn gewijzigd (niet de waarden)' })
  velden!: string[];
  @ApiProperty() reden!: string;
  @ApiProperty({ format: 'date-time' }) uitgevoerdOp!: string;
  @ApiProperty({ type: [String], description: 'Ontvangers die bericht krijgen (AVG art. 19)' })
  ontvangers!: string[];
  @ApiProperty({
    type: [MeldingStatusView],
    description: 'Per ontvanger en verstrekking: gemeld, en of de ontvanger het bevestigde',
  })
  meldingen!: MeldingStatusView[];
}

/**
 * A notice of a rectification as its recipient sees it (AVG art. 19): which kinds of data were
 * corrected, in which disclosure, by whom; never the old or the new value.
 */
export class RectificatiemeldingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'De organisatie die rectificeerde (naam)' }) van!: string;
  @ApiProperty({ enum: ['uitwisseling', 'bezorging'] }) bron!: string;
  @ApiProperty({ description: 'De verstrekking in woorden', example: 'casus C-2026-0001' })
  referentie!: string;
  @ApiProperty({
    type: [String],
    description: 'Welke gegevens zijn verbeterd (namen, geen waarden)',
  })
  velden!: string[];
  @ApiProperty({ enum: ['gemeld', 'bevestigd'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) gemeldOp!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) bevestigdOp!: string | null;
  @ApiProperty({ nullable: true, type: String }) bevestigdDoorNaam!: string | null;
}

/** One record of the person in the organisation's care, and what the erasure does with it. */
export class WissingDossierView {
  @ApiProperty({ enum: ['zorgmelding', 'casus'] }) soort!: string;
  @ApiProperty({ description: 'Casusnummer of kenmerk', example: 'C-2026-0001' })
  referentie!: string;
  @ApiProperty({ description: 'Blijft bewaard (true) of staat op de vernietigingslijst' })
  bewaard!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Waarom het bewaard blijft' })
  grond!: string | null;
}

/** What a granted erasure (AVG art. 17) did: the destruction list and every record. */
export class WissingView {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) lijstId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'VL-2026-0001' })
  lijstNummer!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    enum: ['voorgesteld', 'goedgekeurd', 'vernietigen', 'vernietigd'],
  })
  lijstStatus!: string | null;
  @ApiProperty({ type: [WissingDossierView] }) dossiers!: WissingDossierView[];
}

/** A request as the FG sees it: no BSN, no name; the person only as "known" or not. */
export class VerzoekView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: VERZOEKSOORTEN }) soort!: string;
  @ApiProperty({ enum: VERZOEKSTATUSSEN }) status!: string;
  @ApiProperty() identiteitVastgesteld!: boolean;
  @ApiProperty({ enum: IDENTITEIT_WIJZEN }) identiteitWijze!: string;
  @ApiProperty({ format: 'date' }) ontvangenOp!: string;
  @ApiProperty({ type: TermijnView }) termijn!: TermijnView;
  @ApiProperty({ format: 'date', nullable: true, type: String }) verlengdTot!: string | null;
  @ApiProperty({ nullable: true, type: String }) verlengingReden!: string | null;
  @ApiProperty({ nullable: true, type: String }) antwoord!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) afgehandeldOp!: string | null;
  @ApiProperty({ description: 'Of Schakel gegevens over deze betrokkene heeft' })
  persoonBekend!: boolean;
  @ApiProperty({ format: 'date-time' }) geregistreerdOp!: string;
  @ApiPropertyOptional({ type: [BeperkingView] }) beperkingen?: BeperkingView[];
  @ApiPropertyOptional({ type: [RectificatieView] }) rectificaties?: RectificatieView[];
  @ApiPropertyOptional({
    type: WissingView,
    description:
      'Bij een toegewezen wissing: wat op de vernietigingslijst staat en wat waarom blijft',
  })
  wissing?: WissingView;
}

export class ActiviteitInRapport {
  @ApiProperty() id!: string;
  @ApiProperty() versie!: number;
  @ApiProperty() naam!: string;
  @ApiProperty() doel!: string;
  @ApiProperty() grondslag!: string;
  @ApiProperty({ description: 'ISO 8601-duur' }) bewaartermijn!: string;
}

export class OntvangerInRapport {
  @ApiProperty() organisatie!: string;
  @ApiProperty({ enum: ['bezorging', 'uitwisseling'] }) via!: string;
  @ApiProperty({ format: 'date-time' }) op!: string;
  @ApiProperty({ type: [String] }) categorieen!: string[];
}

export class GegevenInRapport {
  @ApiProperty() veld!: string;
  @ApiProperty() waarde!: string;
}

export class VastleggingInRapport {
  @ApiProperty({ description: 'Soort vastlegging, bijv. Zorgmelding of Casus' }) soort!: string;
  @ApiProperty({ description: 'Kenmerk zonder persoonsgegevens' }) kenmerk!: string;
  @ApiProperty({ format: 'date-time' }) datum!: string;
  @ApiProperty() rol!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'Herkomst van de gegevens' }) bron!: string;
  @ApiProperty({ type: ActiviteitInRapport }) activiteit!: ActiviteitInRapport;
  @ApiProperty({ type: [GegevenInRapport], description: 'Ontsleuteld onder rechten-betrokkenen' })
  gegevens!: GegevenInRapport[];
  @ApiProperty({ type: [OntvangerInRapport] }) ontvangers!: OntvangerInRapport[];
}

export class AchterhoudingInRapport {
  @ApiProperty() context!: string;
  @ApiProperty() aantal!: number;
  @ApiProperty({ description: 'De wettelijke grond' }) grond!: string;
  @ApiProperty() toelichting!: string;
}

export class ContextInRapport {
  @ApiProperty({ enum: ['personen', 'zorgmeldingen', 'casussen'] }) context!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ type: [VastleggingInRapport] }) vastleggingen!: VastleggingInRapport[];
}

export class VerwerkingInRapport {
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty() activiteit!: string;
  @ApiProperty() actie!: string;
  @ApiProperty() organisatie!: string;
  @ApiProperty({ type: [String] }) categorieen!: string[];
}

export class VerwerkingTelling {
  @ApiProperty() activiteit!: string;
  @ApiProperty() aantal!: number;
}

export class VerwerkingenInRapport {
  @ApiProperty({ description: 'Aantal verwerkingen in het verwerkingslog binnen het bereik' })
  aantal!: number;
  @ApiProperty({ type: [VerwerkingTelling] }) perActiviteit!: VerwerkingTelling[];
  @ApiProperty({ type: [VerwerkingInRapport], description: 'Nieuwste eerst, ten hoogste 500' })
  records!: VerwerkingInRapport[];
}

/** The access report (AVG art. 15) for one request. */
export class Inzagerapport {
  @ApiProperty({ format: 'uuid' }) verzoekId!: string;
  @ApiProperty({ format: 'date-time' }) opgesteldOp!: string;
  @ApiProperty({ description: 'De verwerkingsverantwoordelijke' }) organisatie!: string;
  @ApiProperty({ description: 'De verwerkingsactiviteit waaronder het rapport is opgesteld' })
  activiteit!: string;
  @ApiProperty() persoonBekend!: boolean;
  @ApiProperty({ type: [ContextInRapport] }) contexten!: ContextInRapport[];
  @ApiProperty({ type: [OntvangerInRapport] }) ontvangers!: OntvangerInRapport[];
  @ApiProperty({ type: [AchterhoudingInRapport] }) achtergehouden!: AchterhoudingInRapport[];
  @ApiProperty({ type: VerwerkingenInRapport }) verwerkingen!: VerwerkingenInRapport;
  @ApiProperty({ type: [String], description: 'Rechten van de betrokkene' }) rechten!: string[];
}

export class RegisterExportVraag {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  formaat?: 'json' | 'csv';
}
