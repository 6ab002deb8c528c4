import type { Actor, OrganisatieType, Rol } from '@schakel/identity';
import {
  defineAbility,
  DOORBRAAK_ONDERWERPEN,
  DOORBRAAK_ROLLEN,
  type ActieveDoorbraak,
  type AppAbility,
  type Doel,
} from '../abilities.js';
import { accessibleCondition } from './casl-to-sql.js';
import { LIJSTFILTERS } from './kolommen.js';

/*
 * The SQL snapshot of the rules (regels.sql): for representative actors, every activity they
 * may act under (and none), and every list query's subject and action, the WHERE clause
 * `accessibleCondition` makes of `defineAbility`. regels-sql.spec.ts compares it with the
 * checked-in file, so a rule change shows in review as a change of SQL.
 */

/** What the snapshot is built from: the demo accounts, system clients and the register. */
export interface SnapshotInvoer {
  accounts: readonly { sub: string; organisatie: string; rollen: readonly Rol[] }[];
  systeemclients: readonly { clientId: string; organisatie: string }[];
  organisaties: readonly { code: string; naam: string; type: OrganisatieType }[];
  activiteiten: readonly { id: string; toegestaneRollen: readonly string[] }[];
}

/** The command that rewrites regels.sql; in its header and in the failure message. */
export const BIJWERKEN_COMMANDO =
  'SQL_SNAPSHOT_BIJWERKEN=1 npm test -- libs/authz/src/sql/regels-sql';

/** The activity a grant of each record type is made under (its domain's activity). */
const DOORBRAAK_ACTIVITEIT: Record<(typeof DOORBRAAK_ONDERWERPEN)[number], string> = {
  Zorgmelding: 'zorgmelding-ontvangen-beoordelen',
  Casus: 'casusregie-zvh',
};

/** Fixed grants for the break-the-glass variant: one per record type, stable ids. */
const DOORBRAKEN: readonly ActieveDoorbraak[] = DOORBRAAK_ONDERWERPEN.map((type, i) => ({
  id: `doorbraak-${type.toLowerCase()}`,
  onderwerpType: type,
  onderwerpId: `00000000-0000-4000-8000-00000000000${String(i + 1)}`,
  activiteit: DOORBRAAK_ACTIVITEIT[type],
}));

const BREEDTE = 100;
const SCHEIDING = `-- ${'='.repeat(BREEDTE - 3)}`;

/** Representative actors: the first account (or system client) per roles and organisation type. */
export function representatieveActoren(invoer: SnapshotInvoer): Actor[] {
  const organisaties = new Map(invoer.organisaties.map((o) => [o.code, o]));
  const kandidaten: Actor[] = [
    ...invoer.accounts.map((a) => ({
      soort: 'gebruiker' as const,
      id: a.sub,
      orgCode: a.organisatie,
      rollen: [...a.rollen],
    })),
    ...invoer.systeemclients.map((c) => ({
      soort: 'systeem' as const,
      id: c.clientId,
      orgCode: c.organisatie,
      rollen: ['systeem'] satisfies Rol[],
    })),
  ].map(({ orgCode, ...rest }) => {
    const org = organisaties.get(orgCode);
    if (!org) throw new Error(`Unknown organisation ${orgCode} of ${rest.id}`);
    return { ...rest, organisatie: { ...org }, herkomst: {} };
  });
  const perSoort = new Map<string, Actor>();
  for (const actor of kandidaten) {
    const sleutel = actorSleutel(actor);
    if (!perSoort.has(sleutel)) perSoort.set(sleutel, actor);
  }
  return [...perSoort.entries()].sort(([a], [b]) => vergelijk(a, b)).map(([, actor]) => actor);
}

const actorSleutel = (actor: Actor): string =>
  `${[...actor.rollen].sort().join('+')} (${actor.organisatie.type})`;

/** The text of regels.sql. Deterministic: sorted, parameters inlined in the order bound. */
export function genereerRegelsSql(invoer: SnapshotInvoer): string {
  const regels: string[] = [
    '-- Schakel: de autorisatieregels als SQL (gegenereerd, niet met de hand wijzigen).',
    '--',
    '-- Per rol (representatieve actor uit de demo-accounts en systeemclients), per',
    '-- verwerkingsactiviteit waaronder die rol mag handelen (en zonder activiteit), per subject en',
    '-- actie van een lijstquery: de WHERE-clausule die accessibleCondition (casl-to-sql.ts) maakt',
    '-- van defineAbility (abilities.ts), met de parameters ingevuld. FALSE = geweigerd (geen regel).',
    '-- Rollen die de doorbraak mogen gebruiken staan er ook met een actieve doorbraak per',
    `-- onderwerptype (${DOORBRAAK_ONDERWERPEN.join(', ')}).`,
    '--',
    '-- regels-sql.spec.ts vergelijkt dit bestand met de regels; na een bedoelde regelwijziging:',
    `--   ${BIJWERKEN_COMMANDO}`,
    '-- en de wijziging van dit bestand meenemen in de review.',
  ];
  for (const actor of representatieveActoren(invoer)) {
    const doelen: (Doel | undefined)[] = [
      undefined,
      ...invoer.activiteiten
        .filter((a) => a.toegestaneRollen.some((rol) => actor.rollen.includes(rol as Rol)))
        .map((a) => a.id)
        .sort(vergelijk)
        .map((id) => ({ id, versie: 1 })),
    ];
    const varianten: readonly (readonly ActieveDoorbraak[])[] = actor.rollen.some((rol) =>
      DOORBRAAK_ROLLEN.includes(rol),
    )
      ? [[], DOORBRAKEN]
      : [[]];
    for (const doorbraken of varianten) {
      for (const doel of doelen) {
        regels.push('', '', SCHEIDING);
        regels.push(
          `-- ## ${actorSleutel(actor)}: ${actor.id} @ ${actor.organisatie.code} (${actor.soort})`,
        );
        regels.push(`-- activiteit: ${doel?.id ?? '(geen)'}`);
        if (doorbraken.length > 0) {
          regels.push(`-- doorbraken: ${doorbraken.map((d) => d.onderwerpType).join(', ')}`);
        }
        regels.push(SCHEIDING);
        regels.push(...sectie(defineAbility(actor, doel, [...doorbraken])));
      }
    }
  }
  return `${regels.join('\n')}\n`;
}

function sectie(ability: AppAbility): string[] {
  const uit: string[] = [];
  for (const filter of LIJSTFILTERS) {
    for (const actie of [...filter.acties].sort(vergelijk)) {
      const { sql, params } = accessibleCondition(ability, actie, filter.subject, filter.kolommen, {
        alias: filter.alias,
        paramPrefix: 'p',
      });
      const redenen = [
        ...new Set(
          ability
            .rulesFor(actie, filter.subject)
            .filter((r) => !r.inverted)
            .map((r) => r.reason ?? '(zonder id)'),
        ),
      ].sort(vergelijk);
      uit.push('');
      uit.push(`-- ${filter.subject} · ${actie} · ${filter.gebruikt}`);
      uit.push(`-- regels: ${redenen.length > 0 ? redenen.join(', ') : '(geen: geweigerd)'}`);
      const waar = opmaak(
        invullen(sql, params),
        '  ',
        `SELECT * FROM ${filter.tabel} AS ${filter.alias} WHERE `.length,
      );
      uit.push(`SELECT * FROM ${filter.tabel} AS ${filter.alias} WHERE ${waar};`);
    }
  }
  return uit;
}

/** Replaces `:p_N` by the SQL literal of its value (the SQL holds no literals before this). */
function invullen(sql: string, params: Record<string, unknown>): string {
  return sql.replace(/:(p_\d+)\b/g, (_, naam: string) => {
    if (!Object.hasOwn(params, naam)) throw new Error(`Parameter ${naam} not bound`);
    return literal(params[naam]);
  });
}

function literal(waarde: unknown): string {
  if (Array.isArray(waarde)) return `ARRAY[${waarde.map(literal).join(', ')}]`;
  if (typeof waarde === 'string') return `'${waarde.replaceAll("'", "''")}'`;
  if (typeof waarde === 'number') return String(waarde);
  if (typeof waarde === 'boolean') return waarde ? 'TRUE' : 'FALSE';
  if (waarde === null) return 'NULL';
  throw new Error(`No SQL literal for a ${typeof waarde}`);
}

/**
 * Breaks a long condition over lines at the AND/OR of its outer brackets, recursively, so a
 * changed branch shows as a changed line. Quoted literals and identifiers are skipped.
 */
function opmaak(sql: string, inspringing: string, kolom: number): string {
  if (kolom + sql.length <= BREEDTE) return sql;
  const delen = splits(sql);
  if (!delen) return sql;
  const binnen = `${inspringing}  `;
  const regels = delen.delen.map((deel, i) => {
    const voor = i === 0 ? '' : `${delen.operator} `;
    return `${binnen}${voor}${opmaak(deel, binnen, binnen.length + voor.length)}`;
  });
  return `(\n${regels.join('\n')}\n${inspringing})`;
}

/** The parts of `(a OR b OR c)` (or AND), if `sql` is one bracketed group joined by one operator. */
function splits(sql: string): { operator: 'AND' | 'OR'; delen: string[] } | undefined {
  if (!sql.startsWith('(') || !sql.endsWith(')')) return undefined;
  const delen: string[] = [];
  let operator: 'AND' | 'OR' | undefined;
  let diepte = 0;
  let begin = 1;
  for (let i = 0; i < sql.length; i++) {
    const teken = sql[i];
    if (teken === "'" || teken === '"') {
      // Skip a quoted literal or identifier; a doubled quote stays inside it.
      let j = i + 1;
      while (j < sql.length && !(sql[j] === teken && sql[j + 1] !== teken)) {
        j += sql[j] === teken ? 2 : 1;
      }
      i = j;
      continue;
    }
    if (teken === '(') diepte++;
    else if (teken === ')') {
      diepte--;
      if (diepte === 0 && i !== sql.length - 1) return undefined;
    } else if (diepte === 1) {
      for (const op of ['AND', 'OR'] as const) {
        if (sql.startsWith(` ${op} `, i)) {
          if (operator !== undefined && operator !== op) return undefined;
          operator = op;
          delen.push(sql.slice(begin, i));
          begin = i + op.length + 2;
        }
      }
    }
  }
  if (!operator) return undefined;
  delen.push(sql.slice(begin, -1));
  return { operator, delen };
}

/** Code-unit order, the same everywhere (no locale). */
const vergelijk = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A line diff of two texts (LCS over what lies between their common beginning and end), in
 * hunks with a few lines of context, each headed by the section (actor, activity) it lies in.
 * For the failure message of the snapshot test; at most `maxRegels` lines.
 */
export function verschil(oud: string, nieuw: string, maxRegels = 200): string {
  const a = oud.split('\n');
  const b = nieuw.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let eindA = a.length;
  let eindB = b.length;
  while (eindA > start && eindB > start && a[eindA - 1] === b[eindB - 1]) {
    eindA--;
    eindB--;
  }
  const x = a.slice(start, eindA);
  const y = b.slice(start, eindB);
  // lcs[i][j] = length of the longest common subsequence of x[i..] and y[j..].
  const breedte = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * breedte);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * breedte + j] =
        x[i] === y[j]
          ? (lcs[(i + 1) * breedte + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * breedte + j] ?? 0, lcs[i * breedte + j + 1] ?? 0);
    }
  }
  // Each line of the new order: ' ' kept, '-' only old, '+' only new; with its old line number.
  const bewerkingen: { soort: ' ' | '-' | '+'; tekst: string; regelOud: number }[] = [];
  for (let k = 0; k < start; k++) {
    bewerkingen.push({ soort: ' ', tekst: a[k] ?? '', regelOud: k + 1 });
  }
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      bewerkingen.push({ soort: ' ', tekst: x[i] ?? '', regelOud: start + i + 1 });
      i++;
      j++;
    } else if (
      i < x.length &&
      (j === y.length || (lcs[(i + 1) * breedte + j] ?? 0) >= (lcs[i * breedte + j + 1] ?? 0))
    ) {
      // Removed lines before added ones, as in a unified diff.
      bewerkingen.push({ soort: '-', tekst: x[i] ?? '', regelOud: start + i + 1 });
      i++;
    } else {
      bewerkingen.push({ soort: '+', tekst: y[j] ?? '', regelOud: start + i + 1 });
      j++;
    }
  }
  for (let k = eindA; k < a.length; k++) {
    bewerkingen.push({ soort: ' ', tekst: a[k] ?? '', regelOud: k + 1 });
  }

  const CONTEXT = 3;
  const uit: string[] = [];
  let sectieKop = '';
  let vorigeGetoond = -1;
  bewerkingen.forEach((bewerking, index) => {
    if (bewerking.soort === ' ') {
      if (bewerking.tekst.startsWith('-- ## ')) sectieKop = bewerking.tekst.slice(6);
      if (/^-- (activiteit|doorbraken): /.test(bewerking.tekst)) {
        sectieKop += ` · ${bewerking.tekst.slice(3)}`;
      }
    }
    const dichtbij = bewerkingen
      .slice(Math.max(0, index - CONTEXT), index + CONTEXT + 1)
      .some((b) => b.soort !== ' ');
    if (!dichtbij) return;
    if (index !== vorigeGetoond + 1) {
      uit.push(`@@ regel ${String(bewerking.regelOud)} @@ ${sectieKop}`);
    }
    uit.push(`${bewerking.soort} ${bewerking.tekst}`);
    vorigeGetoond = index;
  });
  if (uit.length > maxRegels) {
    return [...uit.slice(0, maxRegels), `... (${String(uit.length - maxRegels)} regels meer)`].join(
      '\n',
    );
  }
  return uit.join('\n');
}
