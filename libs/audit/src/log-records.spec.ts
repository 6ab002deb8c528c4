import { leafData } from './log-records.js';

describe('leaf data of a log record', () => {
  const row = { id: 'a', tijd: new Date('2026-01-01T00:00:00Z'), reden: null };

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
