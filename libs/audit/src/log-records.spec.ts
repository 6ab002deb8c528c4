import { BLAD_VERSIE, leafData, leafData as leafDataV } from './log-records.js';

describe('leaf data of a log record, binary (version 3)', () => {
  const row = {
    id: '0190f3a4-0000-7000-8000-000000000001',
    tijd: '2026-01-01T10:00:00.570123Z',
    rollen: ['a', null],
    velden: [],
    activiteit_versie: 2,
    doorbraak: false,
  };
  const blad = leafData(7, 'actor_audit', row);

  it('is the default, a record of position, table and the 24 columns', () => {
    expect(BLAD_VERSIE).toBe(3);
    expect(blad.readInt32BE(0)).toBe(26);
    // The position as int8 (OID 20), then the table as text (OID 25).
    expect(blad.subarray(4, 20).toString('hex')).toBe(
      '000000140000000800000000' + '00000007'.padStart(8, '0'),
    );
    expect(blad.subarray(20, 28).toString('hex')).toBe('000000190000000b');
    expect(blad.subarray(28, 39).toString()).toBe('actor_audit');
  });

  it('keeps microseconds, and null differs from empty', () => {
    expect(leafData(7, 'actor_audit', { ...row, tijd: '2026-01-01T10:00:00.570124Z' })).not.toEqual(
      blad,
    );
    expect(
      leafData(7, 'actor_audit', { ...row, tijd: new Date('2026-01-01T10:00:00.570Z') }),
    ).toEqual(leafData(7, 'actor_audit', { ...row, tijd: '2026-01-01T10:00:00.570000Z' }));
    expect(leafData(7, 'actor_audit', { ...row, reden: '' })).not.toEqual(blad);
    expect(leafData(7, 'actor_audit', { ...row, velden: null })).not.toEqual(blad);
  });

  it('covers every listed column, also one added later, and no other', () => {
    expect(leafData(7, 'actor_audit', { ...row, verstrekker_code: 'politie' })).not.toEqual(blad);
    expect(leafData(7, 'actor_audit', { ...row, later_toegevoegd: 'x' })).toEqual(blad);
    expect(leafData(8, 'actor_audit', row)).not.toEqual(blad);
  });
});

describe('leaf data of a log record, JSON (version 2)', () => {
  const row = { id: 'a', tijd: new Date('2026-01-01T00:00:00Z'), reden: null };
  const leafData = (
    p: number,
    t: 'actor_audit' | 'verwerkingslog',
    r: Record<string, unknown>,
    v = 2,
  ) => leafDataV(p, t, r, v);

  it('keeps the hash of a record sealed before a later column existed', () => {
    expect(leafData(7, 'actor_audit', { ...row, verstrekker_code: null })).toEqual(
      leafData(7, 'actor_audit', row),
    );
  });

  it('covers a later column once it has a value, and every listed column even when null', () => {
    expect(
      leafData(7, 'actor_audit', { ...row, verstrekker_code: 'politie-rotterdam' }),
    ).not.toEqual(leafData(7, 'actor_audit', row));
    expect(leafData(7, 'actor_audit', row).toString()).toContain('["reden",null]');
    expect(leafData(7, 'actor_audit', { ...row, reden: 'x' })).not.toEqual(
      leafData(7, 'actor_audit', row),
    );
  });

  it('is frozen per version: a column that the version does not list changes nothing', () => {
    expect(leafData(7, 'actor_audit', { ...row, later_toegevoegd: 'standaard' })).toEqual(
      leafData(7, 'actor_audit', row),
    );
    expect(() => leafData(7, 'actor_audit', row, 99)).toThrow(/version 99/);
  });

  it('depends on the position and the table', () => {
    expect(leafData(8, 'actor_audit', row)).not.toEqual(leafData(7, 'actor_audit', row));
    expect(leafData(7, 'verwerkingslog', row)).not.toEqual(leafData(7, 'actor_audit', row));
  });
});
