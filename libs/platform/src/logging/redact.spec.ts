import { Writable } from 'node:stream';
import { pino } from 'pino';
import { pathOnly, pinoOptions } from './logging.module.js';
import { isPersonalKey, REDACTED, redactDeep } from './redact.js';

const BSN = '123456782';

describe('isPersonalKey', () => {
  it.each([
    ['bsn', true],
    ['BSN', true],
    ['betrokkeneBsn', true],
    ['naam', true],
    ['achternaam', true],
    ['name', true],
    ['firstName', true],
    ['adres', true],
    ['woonadres', true],
    ['address', true],
    ['geboortedatum', true],
    ['geboorte_datum', true],
    ['email', true],
    ['telefoonnummer', true],
    ['postcode', true],
    ['hostname', false],
    ['tableName', false],
    ['queue_name', false],
    ['status', false],
    ['gemeente', false],
    ['requestId', false],
  ])('%s -> %s', (key, expected) => {
    expect(isPersonalKey(key)).toBe(expected);
  });
});

describe('redactDeep', () => {
  it('redacts at any depth, in objects and arrays, and leaves the input untouched', () => {
    const input = {
      zorgmelding: {
        id: 'z-1',
        betrokkenen: [
          {
            rol: 'slachtoffer',
            persoon: { bsn: BSN, naam: 'Jan Jansen', geboortedatum: '1980-01-01' },
          },
          {
            rol: 'pleger',
            persoon: { identiteit: [{ bsn: '111222333' }], adres: { straat: 'Coolsingel 40' } },
          },
        ],
      },
      nested: [[[{ deep: { deeper: { name: 'Piet' } } }]]],
      status: 'ingediend',
    };
    const copy = structuredClone(input);
    const out = redactDeep(input);
    const text = JSON.stringify(out);
    for (const secret of [BSN, 'Jan Jansen', '1980-01-01', '111222333', 'Coolsingel', 'Piet']) {
      expect(text).not.toContain(secret);
    }
    expect(out.zorgmelding.betrokkenen[0]?.persoon).toEqual({
      bsn: REDACTED,
      naam: REDACTED,
      geboortedatum: REDACTED,
    });
    expect(out.zorgmelding.betrokkenen[1]?.persoon.adres).toBe(REDACTED);
    expect(out.status).toBe('ingediend');
    expect(out.zorgmelding.id).toBe('z-1');
    expect(input).toEqual(copy);
  });

  it('handles cycles, errors with personal properties, dates and primitives', () => {
    const a: Record<string, unknown> = { bsn: BSN };
    a.self = a;
    const err = Object.assign(new Error('lookup failed'), { bsn: BSN, code: 'E1' });
    const out = redactDeep({ a, err, when: new Date(0), n: 1, s: 'x', nil: null });
    const text = JSON.stringify(out);
    expect(text).not.toContain(BSN);
    expect(text).toContain('[Circular]');
    expect(text).toContain('lookup failed');
    expect(text).toContain('E1');
    expect(out.when).toBeInstanceOf(Date);
  });
});

describe('pino with Schakel options', () => {
  function capture(): { logger: ReturnType<typeof pino>; lines: () => string } {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk.toString());
        cb();
      },
    });
    return { logger: pino(pinoOptions('info'), stream), lines: () => chunks.join('') };
  }

  it('never writes personal data, however deep, in objects, arrays and errors', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        request: {
          body: {
            personen: [{ bsn: BSN, naam: 'Fatima el Amrani', adres: { postcode: '3011AD' } }],
          },
        },
      },
      'melding ontvangen',
    );
    logger.info(
      [{ x: { geboortedatum: '2001-02-03' } }] as unknown as object,
      'array merge object',
    );
    logger.error(
      {
        err: Object.assign(new Error(`boom for ${BSN}, mail jan@example.nl`), {
          detail: `Key (bsn)=(${BSN}) already exists`,
          parameters: [BSN],
        }),
      },
      'db error',
    );
    const out = lines();
    for (const secret of [BSN, 'Fatima', '3011AD', '2001-02-03']) expect(out).not.toContain(secret);
    expect(out).toContain('melding ontvangen');
    expect(out).toContain(REDACTED);
    expect(out).toContain('"message":"boom for [9 cijfers], mail [e-mail]"');
    expect(out).not.toContain('jan@example.nl');
  });
});

describe('pathOnly: the path that the request log shows', () => {
  it.each([
    ['/api/v1/personen/111222333/tijdlijn?bsn=123456782', '/api/v1/personen/[bsn]/tijdlijn'],
    ['/api/v1/x/123456782', '/api/v1/x/[bsn]'],
    // Nine digits failing the 11-proef, and longer numbers, are not BSNs.
    ['/api/v1/x/123456789', '/api/v1/x/123456789'],
    ['/api/v1/x/1234567820', '/api/v1/x/1234567820'],
    [
      '/api/v1/casussen/0d6f1d52-5b7c-4a34-9c1e-111222333444',
      '/api/v1/casussen/0d6f1d52-5b7c-4a34-9c1e-111222333444',
    ],
  ])('%s is logged as %s', (url, logged) => {
    expect(pathOnly(url)).toBe(logged);
  });
});
