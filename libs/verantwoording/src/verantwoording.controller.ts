import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  AuditQueryService,
  AuditService,
  checkpointView,
  type ActorAudit,
  type Verwerkingslog,
} from '@schakel/audit';
import {
  applyAccessFilter,
  AUDITRECORD_KOLOMMEN,
  DoorbraakService,
  requireAuthz,
  type AuthorizedRequest,
  type AuthzContext,
} from '@schakel/authz';
import { ApiProblems, notFound, Policy, ProblemException, traceOf } from '@schakel/platform';
import { PurposeService } from '@schakel/purpose';
import type { Response } from 'express';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  AuditRecordView,
  ExportOpdracht,
  IntegriteitView,
  Toelichting,
  ZoekOpdracht,
  ZoekResultaat,
} from './dto/zoeken.dto.js';
import { StatistiekenView, StatistiekenVraag, type Reeks } from './dto/statistieken.dto.js';
import { perioden, VerantwoordingRepository } from './verantwoording.repository.js';

/** Longest period the charts cover, in days. */
const MAX_DAGEN = 366;

const view = (a: ActorAudit): AuditRecordView => ({
  id: a.id,
  tijd: a.tijd.toISOString(),
  actorId: a.actorId,
  organisatieCode: a.organisatieCode,
  rollen: a.rollen,
  actie: a.actie,
  objectType: a.objectType,
  objectId: a.objectId,
  resultaat: a.resultaat,
  reden: a.reden,
  activiteitId: a.activiteitId,
  doorbraak: a.doorbraak,
  verstrekkerCode: a.verstrekkerCode,
});

const cursor = (a: ActorAudit) =>
  Buffer.from(`${a.tijd.toISOString()}|${a.id}`).toString('base64url');
function parseCursor(c: string | undefined): { tijd: Date; id: string } | undefined {
  if (!c) return undefined;
  const [tijd = '', id = ''] = Buffer.from(c, 'base64url').toString('utf8').split('|');
  const date = new Date(tijd);
  if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new ProblemException(
      400,
      'ongeldige-cursor',
      'Ongeldige cursor',
      'Gebruik de waarde van "volgende" uit het vorige antwoord.',
    );
  }
  return { tijd: date, id };
}

/**
 * The FG's workplace: search the actor audit log (by person, actor, organisation, activity,
 * result, time) within the FG's scope, and explain one access. Every search is itself logged.
 */
@ApiTags('Verantwoording')
@Controller('verantwoording')
export class VerantwoordingController {
  constructor(
    private readonly query: AuditQueryService,
    private readonly audit: AuditService,
    private readonly purpose: PurposeService,
    private readonly dataSource: DataSource,
    private readonly repository: VerantwoordingRepository,
    private readonly doorbraken: DoorbraakService,
  ) {}

  private scope(a: AuthzContext) {
    return (qb: SelectQueryBuilder<ActorAudit>) =>
      applyAccessFilter(qb, a.ability, 'read', 'AuditRecord', AUDITRECORD_KOLOMMEN);
  }

  @Post('zoeken')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'zoekAuditspoor',
    summary: 'Auditspoor doorzoeken',
    description:
      'Zoekt in het actor-auditlog binnen uw bereik (FG: de actoren van de eigen organisatie). Het BSN gaat in de body en wordt via de sleutelhash gezocht; de zoekvraag zelf wordt vastgelegd.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: ZoekResultaat, description: 'Nieuwste eerst' })
  @ApiProblems(400, 401, 403, 415)
  async zoeken(@Body() body: ZoekOpdracht, @Req() req: AuthorizedRequest): Promise<ZoekResultaat> {
    const a = requireAuthz(req);
    const limiet = body.limiet ?? 50;
    return this.dataSource.transaction(async (m) => {
      const rows = await this.query.search(
        {
          betrokkene: body.bsn,
          actorId: body.actorId,
          organisatieCode: body.organisatieCode,
          activiteitId: body.activiteitId,
          resultaat: body.resultaat,
          van: body.van ? new Date(body.van) : undefined,
          tot: body.tot ? new Date(body.tot) : undefined,
          na: parseCursor(body.na),
          limiet,
        },
        this.scope(a),
        m,
      );
      await this.audit.record(m, {
        actor: a.actor,
        actie: 'zoeken',
        objectType: 'AuditRecord',
        resultaat: 'toegestaan',
        regel: a.regel,
        doel: a.doel,
        velden: [
          'id',
          'tijd',
          'actorId',
          'organisatieCode',
          'rollen',
          'actie',
          'objectType',
          'objectId',
          'resultaat',
          'reden',
          'activiteitId',
          'doorbraak',
        ],
        trace: traceOf(req),
        betrokkenen: body.bsn
          ? [{ identificatie: body.bsn, categorieen: ['logging en metagegevens'] }]
          : [],
      });
      const last = rows.length === limiet ? rows[rows.length - 1] : undefined;
      return { records: rows.map(view), volgende: last ? cursor(last) : null };
    });
  }

  @Get('records/:id')
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'getToelichting',
    summary: 'Waarom had deze persoon toegang?',
    description:
      'Rol, organisatie, verwerkingsactiviteit met grondslag, de regel die toegang gaf en een eventuele doorbraakverantwoording.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: Toelichting, description: 'De toelichting' })
  @ApiProblems(400, 401, 403, 404)
  async toelichting(@Param('id') id: string, @Req() req: AuthorizedRequest): Promise<Toelichting> {
    const a = requireAuthz(req);
    // The read and its audit record commit together; the register lookup follows.
    const rec = await this.dataSource.transaction(async (m) => {
      const found = await this.query.findOne(id, this.scope(a), m);
      await this.audit.record(m, {
        actor: a.actor,
        actie: 'read',
        objectType: 'AuditRecord',
        objectId: found ? found.id : null,
        resultaat: found ? 'toegestaan' : 'geweigerd',
        reden: found ? null : 'niet-zichtbaar',
        regel: found ? a.regel : null,
        doel: a.doel,
        trace: traceOf(req),
      });
      return found;
    });
    {
      if (!rec) throw notFound();
      const versie = rec.activiteitId
        ? (await this.purpose.versions(rec.activiteitId)).find(
            (v) => v.versie === rec.activiteitVersie,
          )
        : undefined;
      const wie = `${rec.actorId} (${rec.rollen.join(', ')}, ${rec.organisatieCode})`;
      // A break-the-glass justification lives encrypted with its grant: the grant the record
      // created, or the one whose rule let the access through.
      const grant = rec.regel?.startsWith('doorbraak:')
        ? rec.regel.slice('doorbraak:'.length)
        : rec.doorbraak && rec.objectType === 'Doorbraak'
          ? rec.objectId
          : null;
      const doorbraakVerantwoording =
        rec.doorbraakVerantwoording ??
        (grant ? await this.doorbraken.verantwoordingVan(this.dataSource.manager, grant) : null);
      const uitleg =
        rec.resultaat === 'geweigerd'
          ? `${wie} kreeg géén toegang: ${rec.reden ?? 'onbekende reden'}.`
          : `${wie} had toegang via regel "${rec.regel ?? '?'}"` +
            (versie
              ? ` voor "${versie.naam}" (versie ${String(versie.versie)}), grondslag: ${versie.grondslag}`
              : '') +
            (doorbraakVerantwoording !== null
              ? `; doorbraak met verantwoording: "${doorbraakVerantwoording}"`
              : '') +
            '.';
      return {
        record: view(rec),
        regel: rec.regel,
        activiteit: versie?.naam ?? rec.activiteitId,
        activiteitVersie: rec.activiteitVersie,
        grondslag: versie?.grondslag ?? null,
        doorbraakVerantwoording,
        categorieen: await this.query.categorieen(rec.id),
        uitleg,
      };
    }
  }

  @Get('integriteit')
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'getIntegriteit',
    summary: 'Integriteit van het auditspoor',
    description:
      'Het laatste ondertekende checkpoint, de laatste controle (npm run audit:verify) met uitkomst, en hoeveel records nog verzegeld moeten worden.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: IntegriteitView, description: 'De status' })
  @ApiProblems(400, 401, 403)
  async integriteit(@Req() req: AuthorizedRequest): Promise<IntegriteitView> {
    const a = requireAuthz(req);
    const { checkpoint, verificatie, wachtrij } = await this.dataSource.transaction(async (m) => {
      await this.audit.record(m, {
        actor: a.actor,
        actie: 'read',
        objectType: 'AuditIntegriteit',
        resultaat: 'toegestaan',
        regel: a.regel,
        doel: a.doel,
        trace: traceOf(req),
      });
      return this.query.integrity(m);
    });
    return {
      laatsteCheckpoint: checkpoint ? checkpointView(checkpoint) : null,
      laatsteVerificatie: verificatie
        ? {
            tijd: verificatie.tijd.toISOString(),
            geslaagd: verificatie.geslaagd,
            records: Number(verificatie.records),
            checkpoints: verificatie.checkpoints,
            eersteFoutPositie:
              verificatie.eersteFoutPositie === null ? null : Number(verificatie.eersteFoutPositie),
            reden: verificatie.reden,
          }
        : null,
      wachtrij,
    };
  }

  @Get('statistieken')
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'getStatistieken',
    summary: 'Toegang en weigeringen in de tijd',
    description:
      'Aantallen uit het actor-auditlog binnen uw bereik (hetzelfde bereik als zoeken), per dag of per week: toegestane handelingen per organisatie en per verwerkingsactiviteit, en weigeringen. Alleen datums in de vraag, nooit persoonsgegevens. De vraag zelf wordt vastgelegd.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiOkResponse({ type: StatistiekenView, description: 'De aantallen per periode' })
  @ApiProblems(400, 401, 403)
  async statistieken(
    @Query() vraag: StatistiekenVraag,
    @Req() req: AuthorizedRequest,
  ): Promise<StatistiekenView> {
    const a = requireAuthz(req);
    const granulariteit = vraag.granulariteit ?? 'dag';
    const dagen = (Date.parse(vraag.tot) - Date.parse(vraag.van)) / 86_400_000;
    if (!(dagen >= 0 && dagen < MAX_DAGEN)) {
      throw new ProblemException(
        400,
        'ongeldig-tijdvak',
        'Ongeldig tijdvak',
        `van moet op of voor tot liggen, en het tijdvak mag hoogstens ${String(MAX_DAGEN)} dagen zijn.`,
      );
    }
    const tellingen = await this.dataSource.transaction(async (m) => {
      const rows = await this.repository.tellingen(
        vraag.van,
        vraag.tot,
        granulariteit,
        this.scope(a),
        m,
      );
      await this.audit.record(m, {
        actor: a.actor,
        actie: 'tellen',
        objectType: 'AuditRecord',
        resultaat: 'toegestaan',
        regel: a.regel,
        doel: a.doel,
        velden: ['periode', 'organisatieCode', 'activiteitId', 'resultaat', 'aantal'],
        trace: traceOf(req),
      });
      return rows;
    });
    const lijst = perioden(vraag.van, vraag.tot, granulariteit);
    const index = new Map(lijst.map((p, i) => [p, i]));
    const reeksen = (groep: 'organisatie' | 'activiteit'): Reeks[] => {
      const per = new Map<string | null, number[]>();
      for (const t of tellingen) {
        if (t.groep !== groep || t.resultaat !== 'toegestaan') continue;
        const i = index.get(t.periode);
        if (i === undefined) continue;
        let aantallen = per.get(t.sleutel);
        if (!aantallen) per.set(t.sleutel, (aantallen = lijst.map(() => 0)));
        aantallen[i] = t.aantal;
      }
      return [...per]
        .map(([sleutel, aantallen]) => ({ sleutel, aantallen }))
        .sort((x, y) => (x.sleutel ?? '').localeCompare(y.sleutel ?? ''));
    };
    const weigeringen = lijst.map(() => 0);
    for (const t of tellingen) {
      const i = index.get(t.periode);
      if (t.groep === 'organisatie' && t.resultaat === 'geweigerd' && i !== undefined) {
        weigeringen[i] = (weigeringen[i] ?? 0) + t.aantal;
      }
    }
    return {
      van: vraag.van,
      tot: vraag.tot,
      granulariteit,
      perioden: lijst,
      toegangPerOrganisatie: reeksen('organisatie'),
      toegangPerActiviteit: reeksen('activiteit'),
      weigeringen,
    };
  }

  @Post('export')
  @HttpCode(200)
  @Policy({ action: 'read', subject: 'AuditRecord', doelbinding: true })
  @ApiOperation({
    operationId: 'exportVerwerkingslog',
    summary: 'Verwerkingslog exporteren',
    description:
      'De verwerkingen in een tijdvak binnen uw bereik als JSON lines in de vorm van het Logboek Dataverwerkingen (dpl.core.*). De export zelf wordt vastgelegd.',
  })
  @ApiHeader({
    name: 'Verwerkingsactiviteit',
    required: true,
    description: 'verantwoording-toezicht',
  })
  @ApiResponse({
    status: 200,
    description: 'Eén JSON-object per regel',
    content: { 'application/x-ndjson': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401, 403, 415)
  async export(
    @Body() body: ExportOpdracht,
    @Req() req: AuthorizedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const a = requireAuthz(req);
    const van = new Date(body.van);
    const tot = new Date(body.tot);
    if (!(van < tot)) {
      throw new ProblemException(
        400,
        'ongeldig-tijdvak',
        'Ongeldig tijdvak',
        'van moet voor tot liggen.',
      );
    }
    await this.dataSource.transaction(async (m) => {
      await this.audit.record(m, {
        actor: a.actor,
        actie: 'exporteren',
        objectType: 'Verwerkingslog',
        resultaat: 'toegestaan',
        regel: a.regel,
        doel: a.doel,
        trace: traceOf(req),
      });
      res.status(200).type('application/x-ndjson');
      let na: { tijd: Date; id: string } | undefined;
      for (;;) {
        const page = await this.query.exportPage(van, tot, na, 5000, this.scope(a), m);
        for (const v of page) res.write(`${JSON.stringify(logboekRecord(v))}\n`);
        const last = page[page.length - 1];
        if (!last || page.length < 5000) break;
        na = { tijd: last.startTijd, id: last.id };
      }
    });
    res.end();
  }
}

/** One processing record in the shape of the Logboek Dataverwerkingen (OpenTelemetry-like span). */
function logboekRecord(v: Verwerkingslog & { actie: string }): Record<string, unknown> {
  return {
    trace_id: v.traceId,
    span_id: v.spanId,
    name: v.actie,
    start_time: v.startTijd.toISOString(),
    end_time: v.eindTijd.toISOString(),
    status_code: v.status === 'geslaagd' ? 'OK' : 'ERROR',
    attributes: {
      'dpl.core.processing_activity_id': v.activiteitId,
      'dpl.core.processing_activity_version': v.activiteitVersie,
      'dpl.core.data_subject_id': v.betrokkene,
      'dpl.core.data_subject_id_type': 'pseudoniem',
      'dpl.core.data_categories': v.gegevenscategorieen,
      'dpl.core.audit_record_id': v.auditId,
    },
  };
}
