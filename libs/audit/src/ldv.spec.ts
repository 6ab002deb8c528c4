import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { adlRecord } from './adl.js';
import type { ActorAudit } from './audit.entities.js';
import { BetrokkeneVersleuteling } from './betrokkene-versleuteling.js';
import {
  activiteitUitUri,
  activiteitUri,
  BETROKKENE_TYPE,
  ldvRecord,
  ldvStatus,
  leesVerwerking,
  traceAlsUuid,
  type Verwerking,
} from './ldv.js';

const schema = (naam: string): object =>
  JSON.parse(readFileSync(new URL(`./data/${naam}`, import.meta.url), 'utf8')) as object;

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv, ['uri', 'uuid', 'date-time']);
const ldvLezen = ajv.compile(schema('ldv-lezen.schema.json'));
const ldvKern = ajv.compile(schema('ldv-record.schema.json'));
const adl = ajv.compile(schema('adl-record.schema.json'));
/** The schema's errors for `data`, or null when it is valid. */
const fouten = (v: { (data: unknown): boolean; errors?: unknown }, data: unknown): unknown =>
  v(data) ? null : v.errors;

const BASIS = 'https://schakel.example/api/v1';
const V = new BetrokkeneVersleuteling('sleutel-voor-de-test');
const verwerking = (over: Partial<Verwerking> = {}): Verwerking =>
  Object.assign(
    {
      id: '0b6f3c52-3a54-4c1e-9a0e-8d1d0f2b3c4d',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      activiteitId: 'zorgmelding-ontvangen-beoordelen',
      activiteitVersie: 3,
      betrokkene: 'q3J0Yl9fZ2VoZWltX3BzZXVkb25pZW1fdmFuX2VlbjEy',
      gegevenscategorieen: ['identificatie', 'gezondheid'],
      status: 'geslaagd',
      startTijd: new Date('2026-12-01T10:00:00.000Z'),
      eindTijd: new Date('2026-12-01T10:00:00.120Z'),
      auditId: '6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      actie: 'read',
      resultaat: 'toegestaan',
      verzoekSpanId: 'a1b2c3d4e5f60718',
    },
    over,
  );

const audit = (over: Partial<ActorAudit> = {}): ActorAudit =>
  Object.assign(
    {
      id: '6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      tijd: new Date('2026-12-01T10:00:00.120Z'),
      actorId: 'demo-vt-rr-medewerker',
      actorSoort: 'gebruiker',
      organisatieCode: 'vt-rotterdam-rijnmond',
      rollen: ['vt-medewerker'],
      actie: 'read',
      objectType: 'Zorgmelding',
      objectId: 'b7e2…',
      resultaat: 'toegestaan',
      reden: null,
      regel: 'vt-medewerker:read:Zorgmelding',
      herkomstIp: '127.0.0.1',
      clientId: null,
      activiteitId: 'zorgmelding-ontvangen-beoordelen',
      activiteitVersie: 3,
      doorbraak: false,
      doorbraakVerantwoording: null,
      velden: [],
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      verstrekkerCode: null,
      verzoekSpanId: 'a1b2c3d4e5f60718',
      ouderSpanId: '0102030405060708',
      regelsVersie: '1+sha256.01d8a1bd0c580a6e',
    },
    over,
  );

describe('Logboek Dataverwerkingen 1.0', () => {
  it.each([
    ['geslaagd', 'toegestaan', 'Ok'],
    ['geslaagd', 'geweigerd', 'Unset'],
    ['mislukt', 'toegestaan', 'Error'],
    ['mislukt', 'geweigerd', 'Error'],
  ] as const)('maps status %s with result %s to %s (a refusal is never an Error)', (s, r, uit) => {
    expect(ldvStatus({ status: s, resultaat: r })).toBe(uit);
  });

  it('writes a record that the core schema accepts: URI into the register, pseudonym with its type, own namespace', () => {
    const r = ldvRecord(verwerking(), BASIS, V);
    expect(fouten(ldvKern, r)).toBeNull();
    expect(r.attributes['dpl.core.processing_activity_id']).toBe(
      `${BASIS}/verwerkingsactiviteiten/zorgmelding-ontvangen-beoordelen/versies/3`,
    );
    expect(r.attributes['dpl.core.data_subject_id_type']).toBe(BETROKKENE_TYPE);
    expect(r.parent_span_id).toBe('a1b2c3d4e5f60718');
    expect(
      Object.keys(r.attributes)
        .filter((k) => k.startsWith('dpl.core.'))
        .sort(),
    ).toEqual([
      'dpl.core.data_subject_id',
      'dpl.core.data_subject_id_type',
      'dpl.core.processing_activity_id',
    ]);
    expect(r.attributes['nl.schakel.processing_activity_version']).toBe(3);
    expect(r.attributes['nl.schakel.data_categories']).toEqual(['identificatie', 'gezondheid']);
  });

  it('encrypts the subject id with its type: the same code per person, opened only under that type and key (ADR 0033)', () => {
    const pseudoniem = verwerking().betrokkene;
    const r = ldvRecord(verwerking(), BASIS, V);
    const code = r.attributes['dpl.core.data_subject_id'] as string;
    expect(code).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(code).not.toContain(pseudoniem);
    // Unique: the same subject gives the same code, another subject another code.
    expect(ldvRecord(verwerking(), BASIS, V).attributes['dpl.core.data_subject_id']).toBe(code);
    expect(
      ldvRecord(verwerking({ betrokkene: 'ander-pseudoniem' }), BASIS, V).attributes[
        'dpl.core.data_subject_id'
      ],
    ).not.toBe(code);
    expect(V.ontsleutel(code, BETROKKENE_TYPE)).toBe(pseudoniem);
    // Bound to its type (associated data), its key, and every byte.
    expect(V.ontsleutel(code, 'BSN')).toBeUndefined();
    expect(
      new BetrokkeneVersleuteling('een-andere-sleutel').ontsleutel(code, BETROKKENE_TYPE),
    ).toBeUndefined();
    const b = Buffer.from(code.slice(3), 'base64url');
    for (const i of [0, 11, 12, b.length - 17, b.length - 1]) {
      const gewijzigd = Buffer.from(b);
      gewijzigd[i] = (gewijzigd[i] ?? 0) ^ 1;
      expect(
        V.ontsleutel(`v1.${gewijzigd.toString('base64url')}`, BETROKKENE_TYPE),
      ).toBeUndefined();
    }
    expect(V.ontsleutel(pseudoniem, BETROKKENE_TYPE)).toBeUndefined();
    expect(V.ontsleutel('v1.kort', BETROKKENE_TYPE)).toBeUndefined();
  });

  it('the core schema refuses what the draft export wrote: OK/ERROR and own keys in dpl.core', () => {
    const r = ldvRecord(verwerking(), BASIS, V);
    expect(ldvKern({ ...r, status_code: 'OK' })).toBe(false);
    expect(
      ldvKern({ ...r, attributes: { ...r.attributes, 'dpl.core.audit_record_id': 'x' } }),
    ).toBe(false);
    expect(
      ldvKern({
        ...r,
        attributes: { ...r.attributes, 'dpl.core.processing_activity_id': 'zorgmelding' },
      }),
    ).toBe(false);
  });

  it('answers in the shape of the read extension as Logius publishes it', () => {
    const antwoord = {
      metadata: { logbookId: 'schakel-verwerkingslog', organizationName: 'VT RR' },
      processingActivities: [
        leesVerwerking(ldvRecord(verwerking(), BASIS, V)),
        leesVerwerking(ldvRecord(verwerking({ status: 'mislukt', verzoekSpanId: null }), BASIS, V)),
      ],
    };
    expect(fouten(ldvLezen, antwoord)).toBeNull();
    expect(antwoord.processingActivities[0]?.traceId).toBe('4bf92f35-77b3-4da6-a3ce-929d0e0e4736');
    expect(antwoord.processingActivities[1]?.status).toBe('Error');
    expect(antwoord.processingActivities[1]?.parentSpanId).toBeUndefined();
    expect(ldvLezen({ processingActivities: [{ status: 'OK' }] })).toBe(false);
  });

  it('keeps the trace id lossless in UUID notation', () => {
    const id = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect(traceAlsUuid(id).replace(/-/g, '')).toBe(id);
  });

  it.each([
    [
      `${BASIS}/verwerkingsactiviteiten/zorgmelding-indienen/versies/2`,
      { id: 'zorgmelding-indienen', versie: 2 },
    ],
    [`${BASIS}/verwerkingsactiviteiten/zorgmelding-indienen`, { id: 'zorgmelding-indienen' }],
    ['zorgmelding-indienen', undefined],
    [`${BASIS}/verwerkingsactiviteiten/../x`, undefined],
    [`${BASIS}/verwerkingsactiviteiten/zorgmelding-indienen/versies/0`, undefined],
  ])('reads the activity of %s', (uri, uit) => {
    expect(activiteitUitUri(uri)).toEqual(uit);
  });

  it('makes the URI and reads it back', () => {
    expect(activiteitUitUri(activiteitUri(`${BASIS}/`, 'casusregie-zvh', 7))).toEqual({
      id: 'casusregie-zvh',
      versie: 7,
    });
  });
});

describe('Authorization Decision Log', () => {
  it('writes an allowed decision with the rules version as policy source', () => {
    const r = adlRecord(audit());
    expect(fouten(adl, r)).toBeNull();
    expect(r.status).toBe('Unset');
    expect(r.span_id).toBe('a1b2c3d4e5f60718');
    expect(r.parent_span_id).toBe('0102030405060708');
    expect(r.attributes['adl.core.policies']).toEqual({
      'schakel-authz-regels': '1+sha256.01d8a1bd0c580a6e',
    });
    expect(r.body['adl.core.response']).toEqual({ decision: true });
    expect(r.timestamp).toBe(Date.parse('2026-12-01T10:00:00.120Z'));
  });

  it('writes a refusal as a completed evaluation (Unset, decision false), never as an Error', () => {
    const r = adlRecord(audit({ resultaat: 'geweigerd', reden: 'geen-regel', regel: null }));
    expect(fouten(adl, r)).toBeNull();
    expect(r.status).toBe('Unset');
    expect(r.body['adl.core.response']).toEqual({
      decision: false,
      context: { reason: 'geen-regel' },
    });
  });

  it('gives a record from before the rules version a span from its id and no policy claim', () => {
    const r = adlRecord(
      audit({ verzoekSpanId: null, ouderSpanId: null, regelsVersie: null, objectId: null }),
    );
    expect(fouten(adl, r)).toBeNull();
    expect(r.span_id).toBe('6f1a2b3c4d5e4f60');
    expect(r.parent_span_id).toBeUndefined();
    expect(r.attributes['adl.core.policies']).toBeUndefined();
    expect(r.body['adl.core.request'].resource).toEqual({ type: 'Zorgmelding' });
  });

  it('the schema refuses a field in both body and attributes, an unknown status, an unknown adl key, upper-case ids', () => {
    const r = adlRecord(audit());
    expect(
      adl({ ...r, attributes: { ...r.attributes, 'adl.core.response': { span_id: 'x' } } }),
    ).toBe(false);
    expect(adl({ ...r, status: 'DENIED' })).toBe(false);
    expect(adl({ ...r, attributes: { ...r.attributes, 'adl.core.verzonnen': 1 } })).toBe(false);
    expect(adl({ ...r, trace_id: r.trace_id.toUpperCase() })).toBe(false);
  });
});
