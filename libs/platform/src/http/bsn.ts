import { isGeldigBsn } from '@schakel/regels';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** BSN check (11-proef): the rule of `@schakel/regels`, which the web app uses too. */
export const isValidBsn: (value: unknown) => boolean = isGeldigBsn;

/**
 * The first BSN at or after `n` (8 leading digits from `n`, check digit by the 11-proef): a
 * deterministic fictional BSN for demo data. Never use it to make up a real person's number.
 */
export function demoBsn(n: number): string {
  for (let i = n; ; i++) {
    const acht = String(10_000_000 + (i % 89_999_999)).padStart(8, '0');
    let som = 0;
    for (let j = 0; j < 8; j++) som += Number(acht.charAt(j)) * (9 - j);
    const controle = som % 11;
    if (controle < 10) return `${acht}${String(controle)}`;
  }
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
