import { subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectType } from '../abilities.js';

/**
 * How to cut one part of a view: the subject type whose rules decide, the attributes the
 * rules' conditions are evaluated on (the record as the rules know it, not the view), and,
 * per key that holds nested parts, how to cut each of them.
 */
export interface Cut {
  type: SubjectType;
  subject: Record<string, unknown>;
  nested?: Record<string, (item: never) => Cut>;
}

/**
 * The fields of `type` the ability permits for `action` on a record with these attributes;
 * `alle` stands for "every field" (a rule without a field list).
 */
export function permittedFields(
  ability: AppAbility,
  action: Action,
  type: SubjectType,
  attributes: Record<string, unknown>,
  alle: readonly string[],
): Set<string> {
  return new Set(
    permittedFieldsOf(ability, action, asSubject(type as string, { ...attributes }) as never, {
      fieldsFrom: (rule) => rule.fields ?? [...alle],
    }),
  );
}

/**
 * Cuts a view built whole to what the ability permits (ADR 0020): every key the rules do not
 * permit for that part's subject goes, and each nested part (an object, or each item of an
 * array) is cut by its own subject's rules; an item of which nothing is permitted goes too.
 * The rules' field lists are the only place field names are decided.
 */
export function cutView<V extends object>(
  ability: AppAbility,
  cut: Cut,
  view: V,
  action: Action = 'read',
): Partial<V> {
  const record = view as Record<string, unknown>;
  const allowed = permittedFields(ability, action, cut.type, cut.subject, Object.keys(record));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!allowed.has(key) || value === undefined) continue;
    const nested = cut.nested?.[key];
    if (!nested || value === null) {
      out[key] = value;
    } else if (Array.isArray(value)) {
      out[key] = value
        .map((item: unknown) => cutView(ability, nested(item as never), item as object, action))
        .filter((item) => Object.keys(item).length > 0);
    } else {
      out[key] = cutView(ability, nested(value as never), value, action);
    }
  }
  return out as Partial<V>;
}
