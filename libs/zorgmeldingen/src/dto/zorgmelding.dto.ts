import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { UITKOMSTEN, ZORGMELDING_STATUSSEN, type Uitkomst } from '../levenscyclus.js';
import { ROUTERINGSTABEL } from '../routing/routering.js';

/** The Veilig Thuis organisations of the routing table (every version). */
export const VT_ORGANISATIES = [
  ...new Set(ROUTERINGSTABEL.flatMap((v) => v.gemeenten.map((g) => g.veiligThuis))),
].sort();

const TERMIJNSTATUSSEN = ['op-tijd', 'bijna-verlopen', 'verlopen'] as const;
const INBOX_SORTERINGEN = ['termijn', 'nieuwste', 'oudste'] as const;
const EIGEN_SORTERINGEN = ['nieuwste', 'oudste'] as const;

export class TijdlijnItem {
  @ApiProperty({ enum: ZORGMELDING_STATUSSEN }) status!: string;
  @ApiProperty({ description: 'De stap (opstellen, indienen, routeren, ontvangst, ...)' })
  stap!: string;
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty({ description: 'Organisatie die de stap zette' }) organisatie!: string;
}

export class TerugkoppelingView {
  @ApiProperty({ enum: ['geen', 'gegeven'] }) status!: string;
  @ApiPropertyOptional({ enum: UITKOMSTEN, nullable: true, type: String })
  uitkomstcategorie!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Kort bericht van Veilig Thuis',
  })
  bericht!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  gegevenOp!: string | null;
}

/** One line of the police officer's own list: no content. */
export class ZorgmeldingSamenvatting {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'ZM-2026-000123',
    description: 'Kenmerk dat politie en Veilig Thuis delen; toegekend bij het indienen',
  })
  kenmerk!: string | null;
  @ApiProperty({ enum: ZORGMELDING_STATUSSEN }) status!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) soort!: string | null;
  @ApiProperty({ format: 'date-time' }) aangemaaktOp!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  ingediendOp!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Ontvangend Veilig Thuis' })
  vtOrganisatie!: string | null;
  @ApiProperty({ enum: ['geen', 'gegeven'] }) terugkoppelingStatus!: string;
}

/**
 * The officer's own report: content, status timeline and feedback; never VT's notes. Built
 * whole and cut by the police's rules (`Zorgmelding`); the parts a rule may withhold are optional.
 */
export class ZorgmeldingPolitieView extends ZorgmeldingSamenvatting {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'De inhoud volgens het schema zorgmelding v1 (betrokkenen met hun identiteit)',
  })
  melding?: Record<string, unknown>;
  @ApiPropertyOptional({ type: [TijdlijnItem], description: 'Zonder de interne stappen van VT' })
  tijdlijn?: TijdlijnItem[];
  @ApiPropertyOptional({ type: TerugkoppelingView }) terugkoppeling?: TerugkoppelingView;
}

/** An exception in the coordinators' queue: why, and which municipality; no content. */
export class RouteringsuitzonderingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'ZM-2026-000123',
    description: 'Kenmerk dat politie en Veilig Thuis delen',
  })
  kenmerk!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  ingediendOp!: string | null;
  @ApiProperty({ enum: ['onbekende-gemeente', 'buiten-de-eenheid', 'geen-woonplaats-bekend'] })
  reden!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) gemeentecode!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) soort!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) routeringTabelVersie!: number | null;
}

/** One line of a Veilig Thuis inbox. */
export class InboxItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'ZM-2026-000123',
    description: 'Kenmerk dat politie en Veilig Thuis delen',
  })
  kenmerk!: string | null;
  @ApiProperty({ enum: ZORGMELDING_STATUSSEN }) status!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) soort!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) gemeentecode!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  ontvangenOp!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Uiterste dag van de veiligheidsbeoordeling',
  })
  termijnUiterlijk!: string | null;
  @ApiPropertyOptional({
    enum: TERMIJNSTATUSSEN,
    nullable: true,
    description: 'Alleen zolang de veiligheidsbeoordeling openstaat',
  })
  termijnStatus!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) toegewezenAan!: string | null;
  @ApiPropertyOptional({ enum: UITKOMSTEN, nullable: true }) uitkomst!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' })
  onderzoekUiterlijk!: string | null;
  @ApiPropertyOptional({ enum: TERMIJNSTATUSSEN, nullable: true })
  onderzoekTermijnStatus!: string | null;
  @ApiProperty({ enum: ['geen', 'gegeven'] }) terugkoppelingStatus!: string;
}

export class Routeringsgegevens {
  @ApiPropertyOptional({ nullable: true, type: Number }) tabelVersie!: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) regel!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) uitzonderingReden!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) herrouteringReden!: string | null;
}

/**
 * The full report for the receiving Veilig Thuis: built whole and cut by VT's rules
 * (`ZorgmeldingVt`); the parts a rule may withhold are optional.
 */
export class ZorgmeldingVtView extends InboxItem {
  @ApiPropertyOptional({ nullable: true, type: String }) vtOrganisatie!: string | null;
  @ApiProperty() opstellerOrganisatie!: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  ingediendOp!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  ontvangstBevestigdOp!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' })
  uitkomstDatum!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Interne notitie van VT' })
  notitie?: string | null;
  @ApiPropertyOptional({ type: Routeringsgegevens }) routering?: Routeringsgegevens;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'De inhoud volgens het schema zorgmelding v1, ontsleuteld',
  })
  melding?: Record<string, unknown>;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Samenvatting van de RiHG per deel, met de huisverbodindicatie (berekend)',
  })
  risicoSamenvatting?: Record<string, unknown>;
  @ApiPropertyOptional({ type: [TijdlijnItem] }) tijdlijn?: TijdlijnItem[];
  @ApiPropertyOptional({ type: TerugkoppelingView }) terugkoppeling?: TerugkoppelingView;
}

/** A colleague of the own Veilig Thuis a report may be assigned to. */
export class Collega {
  @ApiProperty({ example: 'demo-vt-rr-medewerker', description: 'Gebruikers-id' }) id!: string;
  @ApiProperty({ description: 'Naam zoals bij de laatste aanmelding' }) naam!: string;
}

export class InboxFilter {
  @ApiPropertyOptional({ enum: ZORGMELDING_STATUSSEN, description: 'Alleen deze status' })
  @IsOptional()
  @IsIn(ZORGMELDING_STATUSSEN)
  status?: string;

  @ApiPropertyOptional({ enum: TERMIJNSTATUSSEN, description: 'Termijn van de beoordeling' })
  @IsOptional()
  @IsIn(TERMIJNSTATUSSEN)
  termijnstatus?: (typeof TERMIJNSTATUSSEN)[number];

  @ApiPropertyOptional({ example: 'GM0599', description: 'CBS-gemeentecode' })
  @IsOptional()
  @Matches(/^GM\d{4}$/, { message: 'geen CBS-gemeentecode (GM0000)' })
  gemeentecode?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limiet: number = 50;

  @ApiPropertyOptional({
    example: 'demo-vt-rr-medewerker',
    description: 'Alleen meldingen die aan deze medewerker zijn toegewezen',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._@-]{1,100}$/, { message: 'geen geldige medewerker-id' })
  toegewezenAan?: string;

  @ApiPropertyOptional({
    enum: INBOX_SORTERINGEN,
    default: 'termijn',
    description: 'termijn: eerst verlopende termijn voorop; nieuwste of oudste: op ontvangst',
  })
  @IsOptional()
  @IsIn(INBOX_SORTERINGEN)
  sortering?: (typeof INBOX_SORTERINGEN)[number];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Volgende pagina: na deze melding (de laatste van de vorige pagina)',
  })
  @IsOptional()
  @IsUUID()
  na?: string;
}

/** The police's own list: a status, the order and the page. */
export class EigenZorgmeldingenFilter {
  @ApiPropertyOptional({ enum: ZORGMELDING_STATUSSEN, description: 'Alleen deze status' })
  @IsOptional()
  @IsIn(ZORGMELDING_STATUSSEN)
  status?: string;

  @ApiPropertyOptional({ enum: EIGEN_SORTERINGEN, default: 'nieuwste' })
  @IsOptional()
  @IsIn(EIGEN_SORTERINGEN)
  sortering?: (typeof EIGEN_SORTERINGEN)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limiet: number = 200;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Volgende pagina: na deze melding (de laatste van de vorige pagina)',
  })
  @IsOptional()
  @IsUUID()
  na?: string;
}

/**
 * A search: by kenmerk, by name or by BSN (at least one). Names and BSNs only ever in this
 * body, never in a URL. Hits are filtered by the same rules as the lists.
 */
export class Zoekvraag {
  @ApiPropertyOptional({ example: 'ZM-2026-000123', description: 'Kenmerk (hoofdletters of niet)' })
  @IsOptional()
  @IsString()
  @Matches(/^\s*(ZM-)?\d{4}-\d{1,6}\s*$/i, { message: 'geen kenmerk (ZM-JJJJ-NNNNNN)' })
  kenmerk?: string;

  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 100,
    description: 'Deel van de naam van een betrokkene (voornamen, voorvoegsel, achternaam)',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  naam?: string;

  @ApiPropertyOptional({ description: 'BSN van een betrokkene (9 cijfers, 11-proef)' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{9}$/, { message: 'moet 9 cijfers zijn' })
  bsn?: string;
}

export class Herroutering {
  @ApiProperty({ enum: VT_ORGANISATIES, description: 'Het Veilig Thuis dat de melding krijgt' })
  @IsIn(VT_ORGANISATIES)
  vtOrganisatie!: string;

  @ApiProperty({ minLength: 5, maxLength: 500, description: 'Waarom dit Veilig Thuis' })
  @IsString()
  @MinLength(5)
  @MaxLength(500)
  reden!: string;
}

export class Toewijzing {
  @ApiProperty({
    example: 'demo-vt-rr-medewerker',
    description: 'Id van een collega met een VT-rol van uw Veilig Thuis (GET /vt/collegas)',
  })
  @Matches(/^[A-Za-z0-9._@-]{1,100}$/, { message: 'geen geldige medewerker-id' })
  medewerker!: string;
}

export class Beoordeling {
  @ApiProperty({ enum: UITKOMSTEN, description: 'Uitkomst van de veiligheidsbeoordeling' })
  @IsIn(UITKOMSTEN)
  uitkomst!: Uitkomst;

  @ApiProperty({ format: 'date', example: '2026-11-09', description: 'Datum van het besluit' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'datum moet JJJJ-MM-DD zijn' })
  datum!: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Interne notitie; nooit voor de politie' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notitie?: string;
}

export class Terugkoppeling {
  @ApiPropertyOptional({ maxLength: 500, description: 'Kort bericht voor de politie' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  bericht?: string;
}
