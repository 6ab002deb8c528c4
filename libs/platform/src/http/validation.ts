import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputException } from '../problem/problem.js';
import { SAFE_NAME } from './input-guard.js';

/**
 * A property as it may be named in a refusal: an array index (at most three digits), a safe
 * name, or `(veld)` for a name that could be data (an unknown key such as a BSN).
 */
function veld(property: string, prefix: string): string {
  if (/^\d{1,3}$/.test(property)) return `${prefix}[${property}]`;
  const name = SAFE_NAME.test(property) ? property : '(veld)';
  return prefix ? `${prefix}.${name}` : name;
}

/** Flattens nested class-validator errors to dotted field paths and constraint names. */
export function describeValidationErrors(
  errors: ValidationError[],
  prefix = '',
): { field: string; constraints: string[] }[] {
  const out: { field: string; constraints: string[] }[] = [];
  for (const e of errors) {
    const field = veld(e.property, prefix);
    if (e.constraints) {
      out.push({
        field: field || '(body)',
        constraints: Object.keys(e.constraints).map((c) =>
          c === 'whitelistValidation' ? 'onbekend veld' : c,
        ),
      });
    }
    if (e.children?.length) out.push(...describeValidationErrors(e.children, field));
  }
  return out;
}

/** The one validation pipe: unknown fields refused, values never echoed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputException(describeValidationErrors(errors)),
  });
}
