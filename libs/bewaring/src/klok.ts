import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';

/** The calendar retention dates are counted in (as `bewaarTot` of @schakel/purpose). */
export const ZONE = 'Europe/Amsterdam';

/**
 * The clock retention reads (ADR 0027): one injected provider, so a test can move time past
 * a term (`app.get(Klok).nu = () => later`) and the job, the list and the warnings agree.
 */
@Injectable()
export class Klok {
  nu(): Date {
    return new Date();
  }

  /** Today in the Europe/Amsterdam calendar, `YYYY-MM-DD`. */
  vandaag(): string {
    return dag(this.nu());
  }
}

/** A moment as a day in the Europe/Amsterdam calendar, `YYYY-MM-DD`. */
export function dag(moment: Date): string {
  return DateTime.fromJSDate(moment, { zone: ZONE }).toISODate() ?? '';
}
