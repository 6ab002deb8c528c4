import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MATRIX } from './authz-matrix.js';
import {
  BIJWERKEN_COMMANDO,
  genereerTabel,
  leesTabel,
  matrixRegels,
  metTabel,
  tabelUitDoc,
  verschillen,
} from './authz-matrix-doc.js';

/*
 * The status table of docs/authorization-matrix.md is generated from MATRIX (authz-matrix.ts,
 * the table the e2e matrix test checks against the real app). After a change of MATRIX,
 * rewrite it with
 *   MATRIX_DOC_BIJWERKEN=1 npm test -- apps/api/test/authz-matrix-doc
 * and review the doc's diff with the change of MATRIX. No app is started.
 */

const DOC = fileURLToPath(new URL('../../../docs/authorization-matrix.md', import.meta.url));

/** Lines that differ at the same position (for a change of formatting only), at most `max`. */
function regelVerschil(oud: string, nieuw: string, max = 20): string[] {
  const a = oud.split('\n');
  const b = nieuw.split('\n');
  const uit: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && uit.length < 2 * max; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] !== undefined) uit.push(`- ${a[i] ?? ''}`);
    if (b[i] !== undefined) uit.push(`+ ${b[i] ?? ''}`);
  }
  return uit;
}

describe('docs/authorization-matrix.md: the status table', () => {
  it('is the table of MATRIX (rewrite with MATRIX_DOC_BIJWERKEN=1)', async () => {
    const doc = readFileSync(DOC, 'utf8');
    const tabel = await genereerTabel(matrixRegels(), DOC);
    const actueel = metTabel(doc, tabel);
    if (process.env.MATRIX_DOC_BIJWERKEN === '1') {
      if (actueel !== doc) writeFileSync(DOC, actueel);
      return;
    }
    if (actueel === doc) return;
    const rijen = verschillen(leesTabel(tabelUitDoc(doc)), matrixRegels());
    throw new Error(
      [
        'The status table of docs/authorization-matrix.md differs from MATRIX',
        '(apps/api/test/authz-matrix.ts; doc -> MATRIX):',
        '',
        ...(rijen.length > 0
          ? rijen
          : [
              'Same statuses, other text:',
              ...regelVerschil(tabelUitDoc(doc), tabelUitDoc(actueel)),
            ]),
        '',
        'MATRIX is what the e2e test checks against the app. Rewrite the table and review its diff:',
        `  ${BIJWERKEN_COMMANDO}`,
      ].join('\n'),
    );
  });

  it('has a row per route and activity of MATRIX, with a status for every actor', () => {
    const regels = matrixRegels();
    expect(regels).toHaveLength(
      Object.values(MATRIX).reduce((n, rijen) => n + Object.keys(rijen).length, 0),
    );
    expect(regels.filter((r) => r.statussen.some((s) => !/^\d{3}$/.test(s)))).toEqual([]);
  });

  it('reads back what it writes', async () => {
    const tabel = await genereerTabel(matrixRegels(), DOC);
    expect(leesTabel(tabel)).toEqual(matrixRegels());
  });

  it('names a changed status by route, activity and actor', () => {
    const [eerste, ...rest] = matrixRegels();
    if (!eerste) throw new Error('MATRIX is empty');
    const gewijzigd = { ...eerste, statussen: ['418', ...eerste.statussen.slice(1)] };
    expect(verschillen([gewijzigd, ...rest], matrixRegels())).toEqual([
      `~ ${eerste.route} ${eerste.activiteit}: anoniem 418 -> ${eerste.statussen[0] ?? ''}`,
    ]);
    expect(verschillen(rest, matrixRegels())).toEqual([
      `+ ${eerste.route} ${eerste.activiteit}: ${eerste.statussen.join(' ')} (not in the doc)`,
    ]);
  });
});
