import { draagtBsn } from './rate-limit.interceptor.js';

describe('draagtBsn: which requests count as a lookup by BSN', () => {
  it.each([
    [{ bsn: '123456782' }, true],
    [{ persoon: { bsn: '123456782' } }, true],
    [{ personen: [{ naam: 'x' }, { BSN: '123456782' }] }, true],
    [{ bsn: '' }, false],
    [{ bsn: null }, false],
    [{ zoekterm: '123456782' }, false],
    [undefined, false],
    [{ a: { b: { c: { d: { e: { bsn: '123456782' } } } } } }, false],
  ])('%j: %s', (body, expected) => {
    expect(draagtBsn(body)).toBe(expected);
  });
});
