import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBsn } from '@schakel/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CASUS_STATUSSEN,
  CATEGORIE_CODES,
  LEVENSDOMEINEN,
  REDENEN_NIET_INFORMEREN,
  ROLLEN_BETROKKENE,
  THEMAS,
} from '../referentie.js';

const LEVENSDOMEIN_CODES = Object.keys(LEVENSDOMEINEN);
const THEMA_IDS = THEMAS.map((t) => t.id);
const REDENEN = Object.keys(REDENEN_NIET_INFORMEREN);
const ORGANISATIECODE = /^[a-z0-9-]{2,64}$/;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

// ------------------------------------------------------------------ input

export class NieuweBetrokkene {
  @ApiProperty({ enum: ROLLEN_BETROKKENE }) @IsIn(ROLLEN_BETROKKENE) rol!: string;
  @ApiPropertyOptional({ description: 'Burgerservicenummer (11-proef)', example: '111222333' })
  @IsOptional()
  @IsString()
  @IsBsn()
  bsn?: string;
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  voornamen?: string;
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  voorvoegsel?: string;
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  achternaam?: string;
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsString()
  @Matches(DATUM, { message: 'geboortedatum moet JJJJ-MM-DD zijn' })
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
  @ApiPropertyOptional({ example: '3011AB' })
  @IsOptional()
  @IsString()
  @MaxLength(7)
  postcode?: string;
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  woonplaats?: string;
  @ApiPropertyOptional({ example: 'GM0599' })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  gemeenteCode?: string;
}

export class NieuweCasus {
  @ApiProperty({ enum: THEMA_IDS }) @IsIn(THEMA_IDS) themaId!: string;

  @ApiProperty({ minLength: 1, maxLength: 4000, description: 'Aanleiding van het signaal' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  aanleiding!: string;

  @ApiProperty({ enum: LEVENSDOMEIN_CODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(LEVENSDOMEIN_CODES, { each: true })
  levensdomeinen!: string[];

  @ApiProperty({ type: [NieuweBetrokkene], minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NieuweBetrokkene)
  betrokkenen!: NieuweBetrokkene[];
}

export class CriteriaInvoer {
  @ApiProperty({
    description: 'Problemen op meerdere leefdomeinen die leiden tot criminaliteit of overlast',
  })
  @IsBoolean()
  meerdereLeefdomeinen!: boolean;
  @ApiProperty({ description: 'Samenwerking tussen meerdere ketens is nodig' })
  @IsBoolean()
  meerdereKetens!: boolean;
  @ApiProperty({ description: 'Impact op het gezin of de omgeving' })
  @IsBoolean()
  impactOmgeving!: boolean;
  @ApiProperty({ description: 'Ernstige lokale veiligheidsproblemen' })
  @IsBoolean()
  ernstigeVeiligheidsproblemen!: boolean;
}

export class Opschaling {
  @ApiProperty({ type: CriteriaInvoer })
  @ValidateNested()
  @Type(() => CriteriaInvoer)
  criteria!: CriteriaInvoer;

  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  motivering!: string;
}

export class Triage {
  @ApiProperty({ enum: ['accepteren', 'afwijzen'] })
  @IsIn(['accepteren', 'afwijzen'])
  besluit!: 'accepteren' | 'afwijzen';

  @ApiPropertyOptional({ maxLength: 2000, description: 'Verplicht bij afwijzen' })
  @ValidateIf((t: Triage) => t.besluit === 'afwijzen' || t.reden !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reden?: string;

  @ApiPropertyOptional({ description: 'Gebruikers-id van de procesregisseur (standaard: uzelf)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  procesregisseurId?: string;
}

export class Deelname {
  @ApiProperty({ example: 'politie-rotterdam' })
  @IsString()
  @Matches(ORGANISATIECODE, { message: 'organisatie moet een organisatiecode zijn' })
  organisatie!: string;

  @ApiProperty({ enum: CATEGORIE_CODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CATEGORIE_CODES, { each: true })
  categorieen!: string[];
}

export class ScopeWijziging {
  @ApiProperty({ enum: CATEGORIE_CODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CATEGORIE_CODES, { each: true })
  categorieen!: string[];
}

export class NieuweUitwisseling {
  @ApiPropertyOptional({ description: 'Verstrekkende organisatie (standaard: uw organisatie)' })
  @IsOptional()
  @IsString()
  @Matches(ORGANISATIECODE, { message: 'van moet een organisatiecode zijn' })
  van?: string;

  @ApiProperty({ type: [String], description: 'Ontvangende organisaties' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(ORGANISATIECODE, { each: true, message: 'naar moet organisatiecodes bevatten' })
  naar!: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Personen (persoonId) in de casus' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  betrokkenen!: string[];

  @ApiProperty({ enum: CATEGORIE_CODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CATEGORIE_CODES, { each: true })
  categorieen!: string[];

  @ApiPropertyOptional({
    description:
      'Verwerkingsactiviteit (standaard die van het thema, anders een verenigbare); de grondslag is altijd die van de activiteit in het verwerkingsregister',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  activiteitId?: string;

  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  proportionaliteit!: string;

  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  subsidiariteit!: string;

  @ApiProperty({ minLength: 1, maxLength: 8000, description: 'De verstrekte gegevens' })
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  inhoud!: string;
}

export class Informeren {
  @ApiProperty({ enum: ['geinformeerd', 'niet-informeren'] })
  @IsIn(['geinformeerd', 'niet-informeren'])
  besluit!: 'geinformeerd' | 'niet-informeren';

  @ApiPropertyOptional({ format: 'date', description: 'Datum waarop de persoon is geïnformeerd' })
  @ValidateIf((i: Informeren) => i.besluit === 'geinformeerd' || i.op !== undefined)
  @IsISO8601({ strict: true })
  @Matches(DATUM, { message: 'op moet JJJJ-MM-DD zijn' })
  op?: string;

  @ApiPropertyOptional({ enum: REDENEN })
  @ValidateIf((i: Informeren) => i.besluit === 'niet-informeren' || i.reden !== undefined)
  @IsIn(REDENEN)
  reden?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @ValidateIf((i: Informeren) => i.besluit === 'niet-informeren' || i.toelichting !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  toelichting?: string;
}

export class Herbeoordeling extends Informeren {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') persoonId!: string;
}

export class Afsluiting {
  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reden!: string;

  @ApiProperty({ type: [Herbeoordeling] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => Herbeoordeling)
  herbeoordelingen!: Herbeoordeling[];
}

export class BsnZoekvraag {
  @ApiProperty({ description: 'Burgerservicenummer (in de body, nooit in de URL)' })
  @IsString()
  @IsBsn()
  bsn!: string;
}

// ------------------------------------------------------------------ output

export class Code {
  @ApiProperty() code!: string;
  @ApiProperty() naam!: string;
}

export class CategorieView extends Code {
  @ApiPropertyOptional({ enum: ['9', '10'], nullable: true, type: String })
  avgArtikel!: string | null;
}

export class ActiviteitRef {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiPropertyOptional() grondslag?: string;
}

export class ThemaView {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
  @ApiProperty({ type: ActiviteitRef }) activiteit!: ActiviteitRef;
  @ApiProperty({ example: 'P5Y', description: 'Bewaartermijn na afsluiting (ISO 8601)' })
  bewaartermijn!: string;
}

export class OrganisatieRef {
  @ApiProperty() code!: string;
  @ApiProperty() naam!: string;
  @ApiProperty() type!: string;
}

export class Casusreferentie {
  @ApiProperty({ type: [ThemaView] }) themas!: ThemaView[];
  @ApiProperty({ type: [Code] }) levensdomeinen!: Code[];
  @ApiProperty({ type: [CategorieView] }) categorieen!: CategorieView[];
  @ApiProperty({ type: [Code] }) statussen!: Code[];
  @ApiProperty({ type: [Code] }) redenenNietInformeren!: Code[];
  @ApiProperty({ type: [OrganisatieRef] }) organisaties!: OrganisatieRef[];
}

export class CasusSamenvatting {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-2026-0001' }) nummer!: string;
  @ApiProperty() thema!: string;
  @ApiProperty({ enum: CASUS_STATUSSEN }) status!: string;
  @ApiPropertyOptional() sleutelpartner?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) regieOrganisatie?: string | null;
  @ApiProperty({ format: 'date-time' }) aangemeldOp!: string;
  @ApiProperty({ format: 'date-time' }) gewijzigdOp!: string;
  @ApiProperty() aantalBetrokkenen!: number;
  @ApiPropertyOptional({ enum: ['geaccepteerd', 'afgewezen'], nullable: true, type: String })
  triageBesluit?: string | null;
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'Scope van uw organisatie' })
  mijnScope!: string[] | null;
}

export class InformerenView {
  @ApiProperty({ enum: ['geinformeerd', 'niet-informeren'] }) besluit!: string;
  @ApiPropertyOptional({ format: 'date' }) op?: string;
  @ApiPropertyOptional({ enum: REDENEN }) reden?: string;
  @ApiPropertyOptional() toelichting?: string;
  @ApiPropertyOptional({ format: 'date-time' }) herbeoordeeldOp?: string;
}

export class CasusPersoonView {
  @ApiProperty({ format: 'uuid' }) persoonId!: string;
  @ApiProperty({ enum: ROLLEN_BETROKKENE }) rol!: string;
  @ApiPropertyOptional() bsn?: string;
  @ApiPropertyOptional() voornamen?: string;
  @ApiPropertyOptional() voorvoegsel?: string;
  @ApiPropertyOptional() achternaam?: string;
  @ApiPropertyOptional({ format: 'date' }) geboortedatum?: string;
  @ApiPropertyOptional() straat?: string;
  @ApiPropertyOptional() huisnummer?: string;
  @ApiPropertyOptional() postcode?: string;
  @ApiPropertyOptional() woonplaats?: string;
  @ApiPropertyOptional() gemeenteCode?: string;
  @ApiPropertyOptional({ type: InformerenView, nullable: true })
  informeren?: InformerenView | null;
}

export class DeelnemerView {
  @ApiProperty() organisatie!: string;
  @ApiPropertyOptional({
    enum: CATEGORIE_CODES,
    isArray: true,
    description: 'Alleen uw eigen scope; het Zorg- en Veiligheidshuis ziet elke scope',
  })
  categorieen?: string[];
  @ApiProperty({ format: 'date-time' }) uitgenodigdOp!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  beeindigdOp!: string | null;
}

export class OntvangstView {
  @ApiProperty() organisatie!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  ontvangenOp!: string | null;
}

export class UitwisselingMetadata {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Verstrekkende organisatie' }) van!: string;
  @ApiProperty({ type: [OntvangstView] }) naar!: OntvangstView[];
  @ApiProperty({ enum: CATEGORIE_CODES, isArray: true }) categorieen!: string[];
  @ApiProperty({ description: 'Bijzondere persoonsgegevens (AVG art. 9)' }) bijzonder!: boolean;
  @ApiProperty({ description: 'Strafrechtelijke gegevens (AVG art. 10)' })
  strafrechtelijk!: boolean;
  @ApiProperty({ type: ActiviteitRef }) activiteit!: ActiviteitRef;
  @ApiProperty() grondslag!: string;
  @ApiProperty({ format: 'date-time' }) geregistreerdOp!: string;
  @ApiProperty() geregistreerdDoor!: string;
}

export class UitwisselingView extends UitwisselingMetadata {
  @ApiProperty({ type: [String], format: 'uuid' }) betrokkenen!: string[];
  @ApiProperty() proportionaliteit!: string;
  @ApiProperty() subsidiariteit!: string;
  @ApiProperty() inhoud!: string;
}

export class CriteriaView extends CriteriaInvoer {}

export class OpschalingView {
  @ApiProperty({ type: CriteriaView }) criteria!: CriteriaView;
  @ApiProperty() motivering!: string;
  @ApiProperty({ format: 'date-time' }) op!: string;
}

export class TriageView {
  @ApiProperty({ enum: ['geaccepteerd', 'afgewezen'] }) besluit!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) reden!: string | null;
  @ApiProperty({ format: 'date-time' }) op!: string;
}

export class ProcesregisseurView {
  @ApiProperty() id!: string;
  @ApiProperty() naam!: string;
}

export class CasusTijdlijnItem {
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty() stap!: string;
  @ApiProperty() organisatie!: string;
}

export class CasusView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() nummer!: string;
  @ApiProperty() thema!: string;
  @ApiProperty({ enum: CASUS_STATUSSEN }) status!: string;
  @ApiPropertyOptional({
    enum: LEVENSDOMEIN_CODES,
    isArray: true,
    description: 'Alleen voor sleutelpartner (tot het besluit) en Zorg- en Veiligheidshuis',
  })
  levensdomeinen?: string[];
  @ApiPropertyOptional() sleutelpartner?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) regieOrganisatie?: string | null;
  @ApiPropertyOptional({
    type: ProcesregisseurView,
    nullable: true,
    description: 'Alleen voor het Zorg- en Veiligheidshuis',
  })
  procesregisseur?: ProcesregisseurView | null;
  @ApiPropertyOptional({ description: 'Alleen voor sleutelpartner en Zorg- en Veiligheidshuis' })
  aanleiding?: string;
  @ApiPropertyOptional({ type: OpschalingView, nullable: true }) opschaling?: OpschalingView | null;
  @ApiPropertyOptional({ type: TriageView, nullable: true }) triage?: TriageView | null;
  @ApiProperty({ type: [CasusPersoonView] }) betrokkenen!: CasusPersoonView[];
  @ApiProperty({ type: [DeelnemerView] }) deelnemers!: DeelnemerView[];
  @ApiProperty({ type: [UitwisselingView] }) uitwisselingen!: UitwisselingView[];
  @ApiProperty({ type: [CasusTijdlijnItem] }) tijdlijn!: CasusTijdlijnItem[];
  @ApiPropertyOptional({ type: [String], nullable: true }) mijnScope!: string[] | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  afgeslotenOp?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) bewaarTot?: string | null;
}

export class PersoonCasus {
  @ApiProperty({ format: 'uuid', description: 'Id van de casus' }) id!: string;
  @ApiProperty() nummer!: string;
  @ApiProperty() thema!: string;
  @ApiProperty({ enum: CASUS_STATUSSEN }) status!: string;
  @ApiProperty({ type: [UitwisselingMetadata] }) uitwisselingen!: UitwisselingMetadata[];
}

export class RegisterRegel extends UitwisselingMetadata {
  @ApiProperty() casusNummer!: string;
  @ApiProperty() thema!: string;
}

export class Stroom {
  @ApiProperty() van!: string;
  @ApiProperty() naar!: string;
  @ApiProperty({ enum: CATEGORIE_CODES }) categorie!: string;
  @ApiProperty() aantal!: number;
}

export class Uitwisselingsregister {
  @ApiProperty({ type: [RegisterRegel] }) uitwisselingen!: RegisterRegel[];
  @ApiProperty({ type: [Stroom] }) stromen!: Stroom[];
}
