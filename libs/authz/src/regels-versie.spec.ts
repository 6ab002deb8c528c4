import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { REGELS_SNAPSHOT_SHA256, REGELS_VERSIE } from './regels-versie.js';

describe('REGELS_VERSIE', () => {
  it('follows the rules-as-SQL snapshot: a rule change needs a new version', () => {
    const snapshot = readFileSync(new URL('./sql/regels.sql', import.meta.url));
    const hash = createHash('sha256').update(snapshot).digest('hex');
    // On a failure: sql/regels.sql changed, so raise the number in REGELS_VERSIE and set
    // REGELS_SNAPSHOT_SHA256 to the snapshot's new sha256.
    expect(hash).toBe(REGELS_SNAPSHOT_SHA256);
    expect(REGELS_VERSIE).toMatch(/^\d+\+sha256\.[0-9a-f]{16}$/);
  });
});
