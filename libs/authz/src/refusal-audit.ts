import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@schakel/audit';
import type { Actor } from '@schakel/identity';
import { RefusalRecorder, routeLabel, traceOf } from '@schakel/platform';
import type { Request } from 'express';
import { DataSource } from 'typeorm';

/** What was refused, when the route's policy is known. */
export interface Geweigerd {
  actie: string;
  objectType: string;
}

/**
 * Writes refusals that happen outside the guard (rate limits, refused bodies and input) to
 * the actor audit log, like the guard's denials: with a reason code, in a transaction of
 * their own, never with a value from the request. Without a known actor only the log line.
 */
@Injectable()
export class RefusalAudit extends RefusalRecorder {
  private readonly logger = new Logger('Weigering');

  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async record(req: Request, reden: string, wat?: Geweigerd): Promise<void> {
    const actor = actorOf(req);
    this.logger.warn(
      {
        reden,
        route: `${req.method} ${routeLabel(req)}`,
        organisatie: actor?.organisatie.code,
      },
      'Request refused',
    );
    if (!actor) return;
    await this.dataSource.transaction((m) =>
      this.audit.record(m, {
        actor,
        actie: wat?.actie ?? 'verzoek',
        objectType: wat?.objectType ?? 'Route',
        objectId: wat ? null : `${req.method} ${routeLabel(req)}`,
        resultaat: 'geweigerd',
        reden,
        trace: traceOf(req),
      }),
    );
  }
}

/** The actor the guard found, else the browser session's (before the guard ran). */
export function actorOf(req: Request): Actor | undefined {
  const known = (req as { actor?: Actor }).actor;
  if (known) return known;
  const actor = (req.session as Request['session'] | undefined)?.actor;
  return actor ? { ...actor, herkomst: { ip: req.ip } } : undefined;
}
