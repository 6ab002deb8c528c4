import { Injectable } from '@nestjs/common';
import { AuditQueryService, AuditSequencer } from '@schakel/audit';
import { GuardedStep, type StepContext } from '@schakel/authz';
import { bezorgStand } from '@schakel/bezorging';
import { IdentityService } from '@schakel/identity';
import { GereedheidService, QueueService } from '@schakel/platform';
import { DataSource } from 'typeorm';
import type { GebruikerView, GezondheidView, OrganisatieView } from './dto/beheer.dto.js';

/**
 * The beheerder's screens: organisations (reference data, for everyone), the user directory
 * (staff data, under platformbeheer, audited) and the platform's health and queues, read
 * from the existing readiness checks, the sequencer and the outbox.
 */
@Injectable()
export class Beheer {
  constructor(
    private readonly stap: GuardedStep,
    private readonly identity: IdentityService,
    private readonly gereedheid: GereedheidService,
    private readonly queue: QueueService,
    private readonly sequencer: AuditSequencer,
    private readonly auditQuery: AuditQueryService,
    private readonly dataSource: DataSource,
  ) {}

  organisaties(): OrganisatieView[] {
    const gemeente = new Map(this.identity.gemeenten().map((g) => [g.code, g.naam]));
    return this.identity.listOrganisaties().map((o) => ({
      code: o.code,
      naam: o.naam,
      type: o.type,
      gemeente: o.gemeenteCode ? (gemeente.get(o.gemeenteCode) ?? null) : null,
    }));
  }

  gebruikers(ctx: StepContext): Promise<GebruikerView[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Gebruiker',
      run: async (m) => ({
        result: (await this.identity.gebruikerslijst(m)).map((g) => ({
          id: g.id,
          naam: g.naam,
          organisatie: g.organisatie,
          organisatieNaam: this.identity.organisatieNaam(g.organisatie),
          rollen: g.rollen,
          laatstAangemeld: new Date(g.laatstAangemeld).toISOString(),
        })),
        log: { velden: ['id', 'naam', 'organisatie', 'rollen', 'laatstAangemeld'] },
      }),
    });
  }

  async gezondheid(): Promise<GezondheidView> {
    const controles = await Promise.all(
      [
        [
          'database',
          async () => {
            await this.dataSource.query('SELECT 1');
            return undefined;
          },
        ] as const,
        ...this.gereedheid.entries(),
      ].map(async ([naam, check]) => {
        try {
          const reden = await check();
          return { naam, inOrde: reden === undefined, reden: reden ?? null };
        } catch {
          return { naam, inOrde: false, reden: 'de controle kon niet worden uitgevoerd' };
        }
      }),
    );
    const [integriteit, achterstand, stand, queues] = await Promise.all([
      this.auditQuery.integrity(),
      this.sequencer.achterstand(),
      bezorgStand(this.dataSource.manager),
      this.queue.isRunning ? this.queue.queues() : Promise.resolve([]),
    ]);
    const bezorgingen = stand.map((b) => ({
      ontvanger: b.ontvanger,
      ontvangerNaam: this.identity.organisatieNaam(b.ontvanger),
      status: b.status,
      aantal: b.aantal,
      oudsteOp: b.oudsteOp?.toISOString() ?? null,
    }));
    return {
      inOrde:
        controles.every((c) => c.inOrde) && !bezorgingen.some((b) => b.status === 'onbestelbaar'),
      controles,
      verzegelWachtrij: integriteit.wachtrij,
      verzegelAchterstandSeconden: Math.round(achterstand),
      bezorgingen,
      taken: queues.map((q) => ({
        naam: q.name,
        wachtend: q.queuedCount,
        actief: q.activeCount,
        mislukt: q.failedCount,
      })),
    };
  }
}
