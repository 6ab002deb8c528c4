import { Injectable, type PipeTransform } from '@nestjs/common';
import { InvalidInputException } from '@schakel/platform';
import { valideerZorgmelding } from './zorgmelding.schema.js';
import type { Zorgmelding } from './zorgmelding.js';

/**
 * Validates a request body against the published schema `zorgmelding` v1; a failure is a 400
 * problem+json (`ongeldige-invoer`) naming each failing field with a Dutch text, never a value.
 * Use it on a body typed `unknown`, so the global class-validator pipe leaves it alone:
 * `@Body(ZorgmeldingValidatiePipe) melding: Zorgmelding`.
 */
@Injectable()
export class ZorgmeldingValidatiePipe implements PipeTransform<unknown, Zorgmelding> {
  transform(value: unknown): Zorgmelding {
    const fouten = valideerZorgmelding(value);
    if (fouten.length > 0) throw new InvalidInputException(fouten);
    return value as Zorgmelding;
  }
}
