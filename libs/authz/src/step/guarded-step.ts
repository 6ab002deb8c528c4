import { subject as asSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { AuditService, type Betrokkene } from '@schakel/audit';
import type { Actor } from '@schakel/identity';
import { notFound, ProblemException } from '@schakel/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { REGELS_VERSIE } from '../regels-versie.js';
import {
  matchedRule,
  type Action,
  type AppAbility,
  type Doel,
  type SubjectType,
} from '../abilities.js';

/** What the guard decided, and the request's trace: what every step needs. */
export interface StepContext {
  actor: Actor;
  ability: AppAbility;
  doel?: Doel;
  /** The rule that let the route through (the step keeps the one that matched the record). */
  regel?: string;
  trace: { traceId: string; spanId: string; parentSpanId?: string };
}

/** What a step's audit records say beyond who, what and why: filled in by the context. */
export interface StepLog {
  /** The object the step touched; defaults to the loaded record's id. */
  objectId?: string | null;
  betrokkenen?: Betrokkene[];
  /** The organisation that provided the data touched, when another one. */
  verstrekker?: string;
  reden?: string | null;
  velden?: string[];
  /** A break-the-glass access: the record says so; its justification stays with the grant. */
  doorbraak?: boolean;
  /**
   * The rule that allowed the work, when it is not the one that decided the record (a verdict
   * on a grant: the grant must be visible, the FG's verdict rule allows the verdict).
   */
  regel?: string;
}

/** A step's answer and what its audit record says. */
export interface StepOutcome<T> {
  result: T;
  log: StepLog;
  /**
   * One audit record per object the step handed out, each with its own persons and provider
   * (a feed of deliveries); when there are none, `log` is written once instead.
   */
  perObject?: StepLog[];
}

/**
 * A refusal decided by a step (or by the guarded step itself): nothing of the step is kept,
 * the refusal is logged, and the client gets `fout` (404, 409, 422, ...).
 */
export class StepRefusal extends Error {
  constructor(
    readonly reden: string,
    readonly fout: ProblemException,
  ) {
    super(reden);
  }
}

/** Refuses the step: throws a StepRefusal that the guarded step logs and answers. */
export function refuse(reden: string, fout: ProblemException): never {
  throw new StepRefusal(reden, fout);
}

/** A step on one existing record, in the context's own terms. */
export interface RecordStep<R extends { id: string }, T> {
  /** The step's name in the audit trail (e.g. `opschalen`). */
  actie: string;
  /** The rule action decided on the record; with a list, the first that matches counts. */
  action: Action | readonly Action[];
  type: SubjectType;
  id: string;
  /** Writes take a row lock; reads never do, so readers of one record do not queue. */
  write: boolean;
  /**
   * The step only reads (no statement of it writes): it runs without a transaction, and its
   * record in both logs is one statement of its own (`AuditService.record` writes both logs and
   * the sequencer's queue entries at once), written before the answer leaves. Saves the
   * transaction's two round trips on the hottest reads (issue 16); under READ COMMITTED the
   * reads see the same as they would in a transaction. A step that writes anyway fails loudly
   * where it needs the transaction (e.g. planning a delivery).
   */
  alleenLezen?: true;
  /** The context's repository: the record, or null when there is none with that id. */
  load(m: EntityManager, id: string, lock: boolean): Promise<R | null>;
  /** The record as the rules know it (the attributes their conditions name). */
  subject(record: R): Record<string, unknown>;
  /** Checks on the record before the work (e.g. the lifecycle): refuse() to stop. */
  check?(record: R): void;
  run(m: EntityManager, record: R, regel: string): Promise<StepOutcome<T>>;
}

/** A step that creates a record: the candidate's attributes decide. */
export interface CreateStep<T> {
  actie: string;
  type: SubjectType;
  /**
   * The candidate's attributes, or how to find them in the step's transaction (a record the
   * candidate is about, resolved by its owning context; refuse() when there is none).
   */
  candidate: Record<string, unknown> | ((m: EntityManager) => Promise<Record<string, unknown>>);
  /** The refusal when no rule allows the candidate (default: 403 `geen-regel`). */
  refusal?: { reden: string; fout: ProblemException };
  run(m: EntityManager, regel: string): Promise<StepOutcome<T>>;
}

/** A step over many records (a list, a search): the rules filter in SQL inside `run`. */
export interface ListStep<T> {
  actie: string;
  type: SubjectType;
  /** The audit record's object type when the step reads something else under `type`'s rules. */
  objectType?: string;
  /**
   * Write the audit record, with this log, before the work rather than after it: for a step
   * that hands data out while it reads (an export streamed in pages), so nothing leaves before
   * its record is written. The outcome's log is then not used.
   */
  logFirst?: StepLog;
  run(m: EntityManager): Promise<StepOutcome<T>>;
}

/**
 * The one guarded step every context's steps go through (ADR 0020): load the record through
 * the context's repository (a row lock only for writes), decide with the rules and keep the
 * rule that matched for that action, refuse with 404 (and the context's own 409/422) and log
 * the refusal, run the step, write both logs once, all in one transaction. Contexts hand in
 * their parts; nothing here knows a context.
 */
@Injectable()
export class GuardedStep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A step on one record: 404 (logged) when it does not exist or no rule allows it. */
  async onRecord<R extends { id: string }, T>(
    ctx: StepContext,
    step: RecordStep<R, T>,
  ): Promise<T> {
    let objectId: string | null = null;
    return this.guarded(
      ctx,
      step.actie,
      step.type,
      () => objectId,
      async (m) => {
        const record = await step.load(m, step.id, step.write);
        objectId = record?.id ?? null;
        const actions: readonly Action[] =
          typeof step.action === 'string' ? [step.action] : step.action;
        let regel: string | undefined;
        if (record) {
          const s = asSubject(step.type as string, step.subject(record)) as never;
          for (const action of actions) {
            regel = matchedRule(ctx.ability, action, s);
            if (regel) break;
          }
        }
        if (!record || !regel) refuse('niet-zichtbaar', notFound());
        step.check?.(record);
        const outcome = await step.run(m, record, regel);
        return { ...outcome, regel, objectId: record.id };
      },
      step.alleenLezen === true && !step.write,
    );
  }

  /** A step that creates a record: 403 (logged) when no rule allows this candidate. */
  async create<T>(ctx: StepContext, step: CreateStep<T>): Promise<T> {
    return this.guarded(
      ctx,
      step.actie,
      step.type,
      () => null,
      async (m) => {
        const candidate =
          typeof step.candidate === 'function' ? await step.candidate(m) : step.candidate;
        const regel = matchedRule(
          ctx.ability,
          'create',
          asSubject(step.type as string, candidate) as never,
        );
        if (!regel) {
          const refusal = step.refusal ?? {
            reden: 'geen-regel',
            fout: new ProblemException(
              403,
              'geen-toegang',
              'Geen toegang',
              'U heeft geen toegang tot deze bron voor dit doel.',
            ),
          };
          refuse(refusal.reden, refusal.fout);
        }
        const outcome = await step.run(m, regel);
        return { ...outcome, regel, objectId: null };
      },
    );
  }

  /** A step over many records, logged with the rule that let the route through. */
  async overMany<T>(ctx: StepContext, step: ListStep<T>): Promise<T> {
    const objectType = step.objectType ?? step.type;
    return this.guarded(
      ctx,
      step.actie,
      objectType,
      () => null,
      async (m) => {
        const first = step.logFirst;
        if (first) {
          const regel = first.regel ?? ctx.regel;
          await this.log(m, ctx, step.actie, objectType, regel, first.objectId ?? null, first);
        }
        const outcome = await step.run(m);
        return first
          ? { result: outcome.result, log: {}, logged: true, regel: ctx.regel, objectId: null }
          : { ...outcome, regel: ctx.regel, objectId: null };
      },
    );
  }

  private async guarded<T>(
    ctx: StepContext,
    actie: string,
    type: string,
    refusedObject: () => string | null,
    work: (m: EntityManager) => Promise<
      StepOutcome<T> & {
        regel: string | undefined;
        objectId: string | null;
        /** The audit record was written before the work (`logFirst`). */
        logged?: boolean;
      }
    >,
    alleenLezen = false,
  ): Promise<T> {
    try {
      if (alleenLezen) {
        // One connection for the step's statements, each committing on its own.
        const runner = this.dataSource.createQueryRunner();
        try {
          const { result, log, perObject, regel, objectId, logged } = await work(runner.manager);
          if (logged) return result;
          const logs = perObject?.length ? perObject : [log];
          // One record is one statement; several are written together or not at all.
          if (logs.length > 1) await runner.startTransaction();
          for (const l of logs) {
            await this.log(
              runner.manager,
              ctx,
              actie,
              type,
              l.regel ?? regel,
              l.objectId ?? objectId,
              l,
            );
          }
          if (runner.isTransactionActive) await runner.commitTransaction();
          return result;
        } finally {
          if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
          await runner.release();
        }
      }
      return await this.dataSource.transaction(async (m) => {
        const { result, log, perObject, regel, objectId, logged } = await work(m);
        if (logged) return result;
        const logs = perObject?.length ? perObject : [log];
        for (const l of logs) {
          await this.log(m, ctx, actie, type, l.regel ?? regel, l.objectId ?? objectId, l);
        }
        return result;
      });
    } catch (err) {
      if (!(err instanceof StepRefusal)) throw err;
      // Nothing of the step is kept; the refusal is, in a transaction of its own.
      await this.dataSource.transaction((m) =>
        this.audit.record(m, {
          actor: ctx.actor,
          actie,
          objectType: type,
          objectId: refusedObject(),
          resultaat: 'geweigerd',
          reden: err.reden,
          doel: ctx.doel,
          trace: ctx.trace,
          regelsVersie: REGELS_VERSIE,
        }),
      );
      throw err.fout;
    }
  }

  /** The step's record in both logs, in the step's transaction. */
  private async log(
    m: EntityManager,
    ctx: StepContext,
    actie: string,
    type: string,
    regel: string | undefined,
    objectId: string | null,
    log: StepLog,
  ): Promise<void> {
    await this.audit.record(m, {
      actor: ctx.actor,
      actie,
      objectType: type,
      objectId,
      resultaat: 'toegestaan',
      reden: log.reden ?? null,
      regel,
      doel: ctx.doel,
      trace: ctx.trace,
      regelsVersie: REGELS_VERSIE,
      betrokkenen: log.betrokkenen,
      verstrekker: log.verstrekker,
      velden: log.velden,
      doorbraak: log.doorbraak ? {} : undefined,
    });
  }
}
