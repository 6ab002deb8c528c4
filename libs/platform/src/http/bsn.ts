import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * BSN check (11-proef): nine digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11,
 * and not all zeros.
 */
export function isValidBsn(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** class-validator decorator for {@link isValidBsn}; the value never appears in the message. */
export function IsBsn(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isBsn',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'geen geldig BSN (11-proef)', ...options },
      validator: { validate: (value: unknown) => isValidBsn(value) },
    });
  };
}
