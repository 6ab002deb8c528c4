import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, Public, RateLimit } from '@schakel/platform';
import type { AuditCheckpoint } from './audit.entities.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { ProofService } from './proof.service.js';

export class CheckpointView {
  @ApiProperty({ example: 1024, description: 'Aantal records in de boom' }) grootte!: number;
  @ApiProperty({ description: 'Wortelhash (RFC 6962, SHA-256), base64' }) wortel!: string;
  @ApiProperty({ format: 'date-time' }) tijd!: string;
  @ApiProperty({ description: 'Id van de ondertekensleutel' }) sleutelId!: string;
  @ApiProperty({
    description:
      'Ed25519-handtekening over de regels "schakel-auditspoor", grootte, wortel (base64) en tijd, elk gevolgd door een newline; base64',
  })
  handtekening!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Het checkpoint als C2SP signed note (tlog-checkpoint: origin, grootte, wortel; handtekening met de logsleutel), zoals getuigen het medeondertekenen',
  })
  notitie!: string | null;
}

export class SleutelView {
  @ApiProperty() sleutelId!: string;
  @ApiProperty({ example: 'Ed25519' }) algoritme!: string;
  @ApiProperty({ description: 'Publieke sleutel, SPKI PEM' }) publiekeSleutel!: string;
  @ApiProperty({
    description:
      'Dezelfde sleutel als verifier key van C2SP signed notes (naam+hash+sleutel): zo controleert een getuige (npm run audit:getuige, GETUIGE_LOGS) de checkpoints',
  })
  notitieSleutel!: string;
  @ApiProperty({ description: 'Origin van de checkpoints (C2SP tlog-checkpoint)' })
  origin!: string;
}

export class OpnamebewijsView {
  @ApiProperty({ format: 'uuid' }) recordId!: string;
  @ApiProperty({ enum: ['verwerkingslog', 'actor_audit'] }) tabel!: string;
  @ApiProperty({ description: 'Positie (bladindex) van het record' }) positie!: number;
  @ApiProperty({ description: 'Bladhash, base64' }) bladhash!: string;
  @ApiProperty({ type: [String], description: 'Audit path (RFC 6962), base64' }) bewijs!: string[];
  @ApiProperty({ type: CheckpointView }) checkpoint!: CheckpointView;
}

export class ConsistentiebewijsView {
  @ApiProperty() van!: number;
  @ApiProperty() tot!: number;
  @ApiProperty({ type: [String], description: 'Consistency proof (RFC 6962), base64' })
  bewijs!: string[];
}

export const checkpointView = (c: AuditCheckpoint): CheckpointView => ({
  grootte: Number(c.treeSize),
  wortel: c.rootHash.toString('base64'),
  tijd: c.tijd.toISOString(),
  sleutelId: c.keyId,
  handtekening: c.handtekening.toString('base64'),
  notitie: c.notitie,
});

/** Integrity of the audit trail, verifiable by anyone with the public key (no personal data). */
@ApiTags('Auditspoor')
@Public()
@Controller('audit')
@RateLimit('bewijs')
export class AuditController {
  constructor(
    private readonly proofs: ProofService,
    private readonly signer: CheckpointSigner,
  ) {}

  @Get('sleutel')
  @ApiOperation({
    operationId: 'getAuditSleutel',
    summary: 'Publieke sleutel van de checkpoints',
    description: 'Hiermee controleert iedereen de handtekening van een checkpoint.',
  })
  @ApiOkResponse({ type: SleutelView, description: 'De sleutel' })
  key(): SleutelView {
    return {
      sleutelId: this.signer.keyId,
      algoritme: 'Ed25519',
      publiekeSleutel: this.signer.publicKeyPem(),
      notitieSleutel: this.signer.verifierKey(),
      origin: this.signer.origin,
    };
  }

  @Get('checkpoints/laatste')
  @ApiOperation({
    operationId: 'getLaatsteCheckpoint',
    summary: 'Laatste checkpoint',
    description: 'Grootte, wortelhash en tijd van de boom, ondertekend.',
  })
  @ApiOkResponse({ type: CheckpointView, description: 'Het checkpoint' })
  @ApiProblems(404)
  async latest(): Promise<CheckpointView> {
    return checkpointView(await this.proofs.latest());
  }

  @Get('checkpoints/:grootte')
  @ApiOperation({
    operationId: 'getCheckpoint',
    summary: 'Checkpoint van een grootte',
    description: 'Het ondertekende checkpoint bij deze boomgrootte.',
  })
  @ApiParam({ name: 'grootte', type: Number })
  @ApiOkResponse({ type: CheckpointView, description: 'Het checkpoint' })
  @ApiProblems(400, 404)
  async bySize(@Param('grootte', ParseIntPipe) grootte: number): Promise<CheckpointView> {
    return checkpointView(await this.proofs.checkpoint(grootte));
  }

  @Get('records/:id/opnamebewijs')
  @ApiOperation({
    operationId: 'getOpnamebewijs',
    summary: 'Opnamebewijs van een record',
    description:
      'Bewijst dat het record op zijn positie in de ondertekende boom staat (RFC 6962 audit path).',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiQuery({
    name: 'grootte',
    required: false,
    type: Number,
    description: 'Checkpoint; standaard het laatste',
  })
  @ApiOkResponse({ type: OpnamebewijsView, description: 'Het bewijs' })
  @ApiProblems(400, 404)
  async inclusion(
    @Param('id') id: string,
    @Query('grootte', new ParseIntPipe({ optional: true })) grootte?: number,
  ): Promise<OpnamebewijsView> {
    const p = await this.proofs.inclusion(id, grootte);
    return {
      recordId: p.recordId,
      tabel: p.tabel,
      positie: p.positie,
      bladhash: p.leafHash.toString('base64'),
      bewijs: p.bewijs.map((b) => b.toString('base64')),
      checkpoint: checkpointView(p.checkpoint),
    };
  }

  @Get('consistentiebewijs')
  @ApiOperation({
    operationId: 'getConsistentiebewijs',
    summary: 'Consistentiebewijs tussen twee checkpoints',
    description:
      'Bewijst dat de boom van grootte "van" een voorvoegsel is van die van grootte "tot".',
  })
  @ApiQuery({ name: 'van', type: Number })
  @ApiQuery({ name: 'tot', type: Number })
  @ApiOkResponse({ type: ConsistentiebewijsView, description: 'Het bewijs' })
  @ApiProblems(400, 404)
  async consistency(
    @Query('van', ParseIntPipe) van: number,
    @Query('tot', ParseIntPipe) tot: number,
  ): Promise<ConsistentiebewijsView> {
    const bewijs = await this.proofs.consistency(van, tot);
    return { van, tot, bewijs: bewijs.map((b) => b.toString('base64')) };
  }
}
