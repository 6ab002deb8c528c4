import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { isValidBsn, Public } from '@schakel/platform';
import {
  routeer,
  vatRisicotaxatieSamen,
  ZORGMELDING_SCHEMA_V1,
  ZORGMELDING_VOORBEELDEN,
  ZorgmeldingValidatiePipe,
  type Zorgmelding,
} from '@schakel/zorgmeldingen';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * A route as the coming POST /zorgmeldingen will declare its body: the API's validation of a
 * report, over real HTTP with the real pipes and ProblemFilter. Public, and only in this test.
 */
@Controller('test/zorgmelding-validatie')
class ValidatieHarness {
  @Post()
  @Public()
  @HttpCode(200)
  valideer(@Body(ZorgmeldingValidatiePipe) melding: Zorgmelding) {
    return {
      samenvatting: vatRisicotaxatieSamen(melding.risicotaxatie),
      routering: routeer(melding, new Date('2026-11-10T10:00:00Z')),
    };
  }
}
@Module({ controllers: [ValidatieHarness] })
class HarnessModule {}

/** The field names in a problem detail `De invoer is ongeldig voor: a (x); b (y, z).` */
function velden(detail: string): string[] {
  const list = detail.replace(/^De invoer is ongeldig voor: /, '');
  return [...list.matchAll(/(?:^|; )(\(body\)|[^\s(;]+) \(/g)].map((m) => m[1] ?? '');
}

describe('zorgmeldingen: published schema and API validation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, [HarnessModule]);
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (body: unknown) =>
    fetch(`${t.url}/api/v1/test/zorgmelding-validatie`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('serves the schema without login as application/schema+json', async () => {
    const res = await fetch(`${t.url}/api/v1/schemas/zorgmelding/v1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(res.headers.get('api-version')).toBe('1.0.0');
    expect(await res.json()).toEqual(ZORGMELDING_SCHEMA_V1);
  });

  it('the served schema and the API judge every example the same', async () => {
    const served = (await (await fetch(`${t.url}/api/v1/schemas/zorgmelding/v1`)).json()) as Record<
      string,
      unknown
    >;
    // An independent validator of the published document: only its documented formats.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv, ['date', 'email']);
    ajv.addFormat('bsn', { type: 'string', validate: isValidBsn });
    const validate = ajv.compile(served);
    for (const geval of ZORGMELDING_VOORBEELDEN) {
      const schemaZegt = validate(geval.document);
      const res = await post(geval.document);
      const body = (await res.json()) as { type?: string; detail?: string };
      expect([geval.naam, res.status]).toEqual([geval.naam, schemaZegt ? 200 : 400]);
      expect([geval.naam, schemaZegt]).toEqual([geval.naam, geval.velden.length === 0]);
      if (!schemaZegt) {
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(body.type).toBe('urn:schakel:probleem:ongeldige-invoer');
        expect([geval.naam, velden(body.detail ?? '').sort()]).toEqual([
          geval.naam,
          [...geval.velden].sort(),
        ]);
      }
    }
  });

  it('names the field in Dutch and never echoes the value', async () => {
    const melding = ZORGMELDING_VOORBEELDEN[0]?.document as Zorgmelding;
    const slecht = structuredClone(melding);
    const slachtoffer = slecht.betrokkenen?.[0];
    if (slachtoffer?.identiteit) slachtoffer.identiteit.bsn = '123456789';
    if (slachtoffer?.adres) slachtoffer.adres.gemeentecode = 'GM9999';
    slecht.relaas = 'Pietersen '.repeat(1001);
    const res = await post(slecht);
    expect(res.status).toBe(400);
    const { detail } = (await res.json()) as { detail: string };
    expect(detail).toContain('betrokkenen[0].identiteit.bsn (geen geldig BSN (11-proef))');
    expect(detail).toContain('betrokkenen[0].adres.gemeentecode (onbekende gemeentecode)');
    expect(detail).toContain('relaas (te lang (ten hoogste 10000 tekens))');
    expect(detail).not.toMatch(/123456789|GM9999|Pietersen/);
  });

  it('computes the RiHG summary and the routing itself', async () => {
    const res = await post(ZORGMELDING_VOORBEELDEN[0]?.document);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      samenvatting: { huisverbodIndicatie: true, delenMetHuisverbodIndicatie: ['pleger'] },
      routering: {
        uitkomst: 'veilig-thuis',
        veiligThuis: 'vt-rotterdam-rijnmond',
        regel: 'woonplaats-kind',
      },
    });
  });

  it('documents the route in Dutch in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, { get?: { tags?: string[]; summary?: string } }>;
      tags: { name: string }[];
    };
    const op = doc.paths['/schemas/zorgmelding/v1']?.get;
    expect(op?.tags).toEqual(["Schema's"]);
    expect(op?.summary).toBe('JSON Schema van de zorgmelding, versie 1');
    expect(doc.tags.map((x) => x.name)).toContain("Schema's");
    expect(doc.paths['/test/zorgmelding-validatie']).toBeDefined();
  });
});
