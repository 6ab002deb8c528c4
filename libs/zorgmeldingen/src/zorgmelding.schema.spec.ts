import { CBS_GEMEENTECODES } from '@schakel/personen';
import { isValidBsn } from '@schakel/platform';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CORPUS, volledigeMelding } from './zorgmelding.corpus.js';
import {
  GEMEENTECODES,
  RIHG_SIGNALEN,
  valideerZorgmelding,
  ZORGMELDING_SCHEMA_V1,
} from './zorgmelding.schema.js';
import { ZorgmeldingValidatiePipe } from './zorgmelding-validatie.pipe.js';
import { InvalidInputException } from '@schakel/platform';

describe('zorgmelding v1: the schema', () => {
  it('is a valid JSON Schema 2020-12 with a versioned id', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false });
    addFormats.default(ajv, ['date', 'email']);
    ajv.addFormat('bsn', { type: 'string', validate: isValidBsn });
    expect(ajv.validateSchema(ZORGMELDING_SCHEMA_V1)).toBe(true);
    expect(ZORGMELDING_SCHEMA_V1.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ZORGMELDING_SCHEMA_V1.$id).toBe('urn:schakel:schema:zorgmelding:v1');
  });

  it('knows the 342 municipalities, those of the unit included, and not abolished ones', () => {
    expect(GEMEENTECODES.size).toBe(342);
    for (const code of ['GM0599', 'GM1992', 'GM0505', 'GM0363']) {
      expect(GEMEENTECODES.has(code)).toBe(true);
    }
    for (const code of ['GM0501', 'GM0530', 'GM0614', 'GM0457']) {
      expect(GEMEENTECODES.has(code)).toBe(false);
    }
  });

  it('knows the same municipalities as the person context (one list, kept twice)', () => {
    expect([...GEMEENTECODES].sort()).toEqual([...CBS_GEMEENTECODES].sort());
  });

  it('has the RiHG: 20 signals in three parts', () => {
    expect(RIHG_SIGNALEN.pleger).toHaveLength(7);
    expect(RIHG_SIGNALEN.incident).toHaveLength(7);
    expect(RIHG_SIGNALEN.gezin).toHaveLength(6);
    const all = [...RIHG_SIGNALEN.pleger, ...RIHG_SIGNALEN.incident, ...RIHG_SIGNALEN.gezin];
    expect(new Set(all).size).toBe(20);
  });
});

describe('zorgmelding v1: validation', () => {
  it.each(CORPUS)('$naam', ({ document, velden }) => {
    const fouten = valideerZorgmelding(document);
    expect(fouten.map((f) => f.field).sort()).toEqual([...velden].sort());
  });

  it('names fields with Dutch texts, never the value', () => {
    const m = volledigeMelding();
    const slachtoffer = m.betrokkenen?.[0];
    if (slachtoffer?.identiteit) slachtoffer.identiteit.bsn = '123456789';
    if (slachtoffer?.adres) slachtoffer.adres.gemeentecode = 'GM9999';
    m.relaas = 'Jansen'.repeat(2000);
    const fouten = valideerZorgmelding(m);
    expect(fouten).toEqual(
      expect.arrayContaining([
        { field: 'betrokkenen[0].identiteit.bsn', constraints: ['geen geldig BSN (11-proef)'] },
        { field: 'betrokkenen[0].adres.gemeentecode', constraints: ['onbekende gemeentecode'] },
        { field: 'relaas', constraints: ['te lang (ten hoogste 10000 tekens)'] },
      ]),
    );
    const text = JSON.stringify(fouten);
    expect(text).not.toContain('123456789');
    expect(text).not.toContain('GM9999');
    expect(text).not.toContain('Jansen');
  });

  it('does not echo the name of an unknown field', () => {
    const fouten = valideerZorgmelding({ status: 'concept', 'Jan Jansen 111222333': 1 });
    expect(fouten).toEqual([{ field: '(body)', constraints: ['bevat een onbekend veld'] }]);
  });

  it('the pipe passes a valid report through untouched and refuses an invalid one', () => {
    const pipe = new ZorgmeldingValidatiePipe();
    const m = volledigeMelding();
    expect(pipe.transform(m)).toBe(m);
    expect(() => pipe.transform({ status: 'ingediend' })).toThrow(InvalidInputException);
  });

  it('the schema is the one source: a fresh validator on the schema agrees on the corpus', () => {
    // Compiled here without the module's cached validator, with only the documented formats.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats.default(ajv, ['date', 'email']);
    ajv.addFormat('bsn', { type: 'string', validate: isValidBsn });
    const validate = ajv.compile(structuredClone(ZORGMELDING_SCHEMA_V1));
    for (const geval of CORPUS) {
      expect([geval.naam, validate(geval.document)]).toEqual([
        geval.naam,
        valideerZorgmelding(geval.document).length === 0,
      ]);
    }
  });
});
