import { Injectable } from '@nestjs/common';

/** A readiness check of another context: the reason it is not ready, or undefined. */
export type GereedheidCheck = () => Promise<string | undefined>;

/**
 * Readiness checks that other contexts add (the audit trail's sealing, for one), so that
 * `/health/ready` reports them without the platform knowing those contexts.
 */
@Injectable()
export class GereedheidService {
  private readonly checks = new Map<string, GereedheidCheck>();

  registreer(naam: string, check: GereedheidCheck): void {
    this.checks.set(naam, check);
  }

  entries(): [string, GereedheidCheck][] {
    return [...this.checks.entries()];
  }
}
