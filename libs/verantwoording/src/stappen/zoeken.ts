import { Injectable } from '@nestjs/common';
import { AuditQueryService, type ActorAudit } from '@schakel/audit';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { ProblemException } from '@schakel/platform';
import type { ZoekOpdracht, ZoekResultaat } from '../dto/zoeken.dto.js';
import { Namenlijst } from '../namen.js';
import { bereik, recordWeergave } from './auditspoor.js';

/** The fields a search returns (for its own audit record). */
const VELDEN = [
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
  'actorNaam',
];

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
 * The FG searches the actor audit log within its scope (by person via the keyed hash, actor,
 * organisation, activity, result, time; keyset pages, newest first). The search itself is
 * logged, with the person searched for as data subject.
 */
@Injectable()
export class Zoeken {
  constructor(
    private readonly stap: GuardedStep,
    private readonly query: AuditQueryService,
    private readonly namen: Namenlijst,
  ) {}

  zoek(body: ZoekOpdracht, ctx: StepContext): Promise<ZoekResultaat> {
    const limiet = body.limiet ?? 50;
    const na = parseCursor(body.na);
    return this.stap.overMany(ctx, {
      actie: 'zoeken',
      type: 'AuditRecord',
      run: async (m) => {
        const rows = await this.query.search(
          {
            betrokkene: body.bsn,
            actorId: body.actorId,
            organisatieCode: body.organisatieCode,
            activiteitId: body.activiteitId,
            resultaat: body.resultaat,
            van: body.van ? new Date(body.van) : undefined,
            tot: body.tot ? new Date(body.tot) : undefined,
            na,
            limiet,
          },
          bereik(ctx),
          m,
        );
        const last = rows.length === limiet ? rows[rows.length - 1] : undefined;
        const namen = await this.namen.voor(m, rows);
        return {
          result: {
            records: rows.map((r) => recordWeergave(r, namen)),
            volgende: last ? cursor(last) : null,
          },
          log: {
            velden: VELDEN,
            betrokkenen: body.bsn
              ? [{ identificatie: body.bsn, categorieen: ['logging en metagegevens'] }]
              : [],
          },
        };
      },
    });
  }
}
