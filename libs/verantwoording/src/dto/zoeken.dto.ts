import { ApiProperty } from '@nestjs/swagger';
import { CheckpointView } from '@schakel/audit';
import { IsBsn } from '@schakel/platform';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** A search of the actor audit log; the BSN travels in the body, never in a URL. */
export class ZoekOpdracht {
  @ApiProperty({
    required: false,
    example: '111222333',
    description: 'BSN van de betrokkene; gezocht via de sleutelhash',
  })
  @IsOptional()
  @IsBsn()
  bsn?: string;

  @ApiProperty({ required: false, description: 'Subject of client-id van de actor' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actorId?: string;

  @ApiProperty({ required: false, example: 'vt-rotterdam-rijnmond' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,64}$/)
  organisatieCode?: string;

  @ApiProperty({ required: false, example: 'zorgmelding-ontvangen-beoordelen' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{2,63}$/)
  activiteitId?: string;

  @ApiProperty({ required: false, enum: ['toegestaan', 'geweigerd'] })
  @IsOptional()
  @IsIn(['toegestaan', 'geweigerd'])
  resultaat?: 'toegestaan' | 'geweigerd';

  @ApiProperty({ required: false, format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  van?: string;

  @ApiProperty({ required: false, format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  tot?: string;

  @ApiProperty({ required: false, description: 'Cursor uit "volgende" van de vorige pagina' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{10,200}$/)
  na?: string;

  @ApiProperty({ required: false, type: Number, minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  limiet?: number;
}

export class AuditRecordView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty() organisatieCode!: string;
  @ApiProperty({ type: [String] }) rollen!: string[];
  @ApiProperty() actie!: string;
  @ApiProperty() objectType!: string;
  @ApiProperty({ required: false, nullable: true, type: String }) objectId!: string | null;
  @ApiProperty({ enum: ['toegestaan', 'geweigerd'] }) resultaat!: string;
  @ApiProperty({ required: false, nullable: true, type: String }) reden!: string | null;
  @ApiProperty({ required: false, nullable: true, type: String }) activiteitId!: string | null;
  @ApiProperty() doorbraak!: boolean;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'De organisatie die de gegevens verstrekte, als dat een andere was',
  })
  verstrekkerCode!: string | null;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'Naam van de actor uit de gebruikerslijst (bij de laatste aanmelding)',
  })
  actorNaam!: string | null;
  @ApiProperty({ description: 'Naam van de organisatie van de actor' }) organisatieNaam!: string;
  @ApiProperty({ required: false, nullable: true, type: String })
  verstrekkerNaam!: string | null;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'Naam van de verwerkingsactiviteit',
  })
  activiteitNaam!: string | null;
}

export class ZoekResultaat {
  @ApiProperty({ type: [AuditRecordView] }) records!: AuditRecordView[];
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'Cursor voor de volgende pagina',
  })
  volgende!: string | null;
}

export class Toelichting {
  @ApiProperty({ type: AuditRecordView }) record!: AuditRecordView;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'Regel die de toegang gaf (technische code)',
  })
  regel!: string | null;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'Die regel in gewone taal: waarom de toegang werd gegeven',
  })
  regelTekst!: string | null;
  @ApiProperty({ required: false, nullable: true, type: String }) activiteit!: string | null;
  @ApiProperty({ required: false, nullable: true, type: Number }) activiteitVersie!: number | null;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'Grondslag van die versie',
  })
  grondslag!: string | null;
  @ApiProperty({ required: false, nullable: true, type: String }) doorbraakVerantwoording!:
    string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description: 'Gegevenscategorieën per betrokkene',
  })
  categorieen!: string[][];
  @ApiProperty({ description: 'De toegang in gewone taal' }) uitleg!: string;
}

export class ExportOpdracht {
  @ApiProperty({ format: 'date-time', description: 'Begin (inclusief)' })
  @IsISO8601({ strict: true })
  van!: string;

  @ApiProperty({ format: 'date-time', description: 'Einde (exclusief)' })
  @IsISO8601({ strict: true })
  tot!: string;

  @ApiProperty({
    required: false,
    enum: ['verwerkingen', 'beslissingen'],
    default: 'verwerkingen',
    description:
      'verwerkingen: het verwerkingslog als Logboek Dataverwerkingen 1.0; beslissingen: elke autorisatiebeslissing (ook weigeringen) als Authorization Decision Log',
  })
  @IsOptional()
  @IsIn(['verwerkingen', 'beslissingen'])
  logboek?: 'verwerkingen' | 'beslissingen';
}

export class VerificatieView {
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty() geslaagd!: boolean;
  @ApiProperty() records!: number;
  @ApiProperty() checkpoints!: number;
  @ApiProperty({ required: false, nullable: true, type: Number }) eersteFoutPositie!: number | null;
  @ApiProperty({ required: false, nullable: true, type: String }) reden!: string | null;
}

export class VerzegelingView {
  @ApiProperty({
    description:
      'Gestopt: het log sluit niet meer aan op een checkpoint dat een getuige medeondertekende (herschreven, teruggedraaid, checkpoint of record verwijderd); er wordt niets meer verzegeld',
  })
  gestopt!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Waarom het verzegelen stopte' })
  reden!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Eerste positie die afwijkt' })
  positie!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sinds!: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Grootte van het laatste checkpoint dat de getuige medeondertekende',
  })
  getuigdTot!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) getuigdOp!: string | null;
}

/** The plain verdict the FG reads first: in order or not, why, and when it was last checked. */
export class IntegriteitOordeel {
  @ApiProperty({ description: 'Is het auditspoor in orde?' }) inOrde!: boolean;
  @ApiProperty({ description: 'Het oordeel in één zin' }) toelichting!: string;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Tijd van de laatste volledige controle',
  })
  laatsteControle!: string | null;
}

export class IntegriteitView {
  @ApiProperty({ type: IntegriteitOordeel }) oordeel!: IntegriteitOordeel;
  @ApiProperty({ type: VerzegelingView }) verzegeling!: VerzegelingView;
  @ApiProperty({ type: CheckpointView, required: false, nullable: true })
  laatsteCheckpoint!: CheckpointView | null;
  @ApiProperty({
    type: VerificatieView,
    required: false,
    nullable: true,
    description: 'Laatste volledige controle van het auditspoor',
  })
  laatsteVerificatie!: VerificatieView | null;
  @ApiProperty({ description: 'Records die nog verzegeld moeten worden' }) wachtrij!: number;
}
