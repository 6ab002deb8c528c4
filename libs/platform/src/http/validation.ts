import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputException } from '../problem/problem.js';

/** Flattens nested class-validator errors to dotted field paths and constraint names. */
export function describeValidationErrors(
  errors: ValidationError[],
  prefix = '',
): { field: string; constraints: string[] }[] {
  const out: { field: string; constraints: string[] }[] = [];
  for (const e of errors) {
    const field = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : prefix
        ? `${prefix}.${e.property}`
        : e.property;
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
