import type { AppAbility, SubjectType } from '@schakel/authz';

/** The parts of an OpenAPI 3 schema the walk needs. */
interface Schema {
  $ref?: string;
  type?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
export interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

const naamVan = (ref: string) => ref.replace('#/components/schemas/', '');

/**
 * The fields of `type` that any rule of this ability grants for any action: a rule without a
 * field list grants all (undefined). A key outside this set is one no rule permits, whatever
 * the record's attributes.
 */
export function toegestaneVelden(ability: AppAbility, type: SubjectType): Set<string> | undefined {
  const velden = new Set<string>();
  for (const rule of ability.rules) {
    if (rule.inverted) continue;
    const subjects = Array.isArray(rule.subject) ? rule.subject : [rule.subject];
    if (!subjects.includes(type) && !subjects.includes('all')) continue;
    if (!rule.fields) return undefined;
    for (const f of Array.isArray(rule.fields) ? rule.fields : [rule.fields]) velden.add(f);
  }
  return velden;
}

/** The response schema of an operation for a status, if it answers JSON. */
export function antwoordSchema(
  doc: OpenApi,
  method: string,
  path: string,
  status: number,
): Schema | undefined {
  const op = doc.paths[path]?.[method.toLowerCase()];
  const res = op?.responses?.[String(status)];
  return res?.content?.['application/json']?.schema;
}

/**
 * Walks an answer along its schema and names every key of an object whose schema maps to a
 * subject type (`weergaven`) that no rule of the ability permits for that subject.
 */
export function verbodenVelden(
  doc: OpenApi,
  schema: Schema | undefined,
  waarde: unknown,
  ability: AppAbility,
  weergaven: Readonly<Record<string, SubjectType>>,
  pad = '$',
): string[] {
  if (!schema || waarde === null || waarde === undefined) return [];
  if (schema.$ref) {
    const naam = naamVan(schema.$ref);
    const fouten: string[] = [];
    const type = weergaven[naam];
    if (type && typeof waarde === 'object' && !Array.isArray(waarde)) {
      const toegestaan = toegestaneVelden(ability, type);
      for (const key of Object.keys(waarde)) {
        if (toegestaan && !toegestaan.has(key)) fouten.push(`${pad}.${key} (${naam} → ${type})`);
      }
    }
    return [
      ...fouten,
      ...verbodenVelden(doc, doc.components.schemas[naam], waarde, ability, weergaven, pad),
    ];
  }
  const delen = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  const uit = delen.flatMap((d) => verbodenVelden(doc, d, waarde, ability, weergaven, pad));
  if (Array.isArray(waarde)) {
    return [
      ...uit,
      ...waarde.flatMap((item, i) =>
        verbodenVelden(doc, schema.items, item, ability, weergaven, `${pad}[${String(i)}]`),
      ),
    ];
  }
  if (typeof waarde === 'object' && schema.properties) {
    for (const [key, v] of Object.entries(waarde as Record<string, unknown>)) {
      uit.push(
        ...verbodenVelden(doc, schema.properties[key], v, ability, weergaven, `${pad}.${key}`),
      );
    }
  }
  return uit;
}

/** Every component schema an operation's 2xx JSON answers reach. */
export function bereikbareSchemas(doc: OpenApi, method: string, path: string): Set<string> {
  const gezien = new Set<string>();
  const bezoek = (s: Schema | undefined): void => {
    if (!s) return;
    if (s.$ref) {
      const naam = naamVan(s.$ref);
      if (gezien.has(naam)) return;
      gezien.add(naam);
      bezoek(doc.components.schemas[naam]);
      return;
    }
    for (const d of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) bezoek(d);
    bezoek(s.items);
    for (const p of Object.values(s.properties ?? {})) bezoek(p);
  };
  const op = doc.paths[path]?.[method.toLowerCase()];
  for (const [status, res] of Object.entries(op?.responses ?? {})) {
    if (status.startsWith('2')) bezoek(res.content?.['application/json']?.schema);
  }
  return gezien;
}
