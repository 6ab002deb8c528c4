import { createPrivateKey, createPublicKey } from 'node:crypto';
import {
  ALG_COSIGNATURE_V1,
  formatNotitie,
  medeonderteken,
  medeondertekendOp,
  notitieSleutel,
  onderteken,
  ondertekendDoor,
  parseCheckpoint,
  parseNotitie,
  parseVerifierKey,
  verifierKey,
} from './notitie.js';

// The example of golang.org/x/mod/sumdb/note (the C2SP signed-note reference): Ed25519 is
// deterministic, so signing its text with its key must give its note byte for byte.
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const NOTE = `${TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;
// Verifier keys of transparency-dev/formats (type 0x01 with a '+' in the base64; type 0x04).
const PLUS_VKEY = 'TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6';
const COSIG_VKEY = 'remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2';

const seed = Buffer.from(PETER_SKEY.split('+').slice(4).join('+'), 'base64').subarray(1);
const peterPrivate = createPrivateKey({
  key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
  format: 'der',
  type: 'pkcs8',
});

describe('C2SP signed notes, checkpoints and cosignatures', () => {
  it('signs the reference note byte for byte and verifies it', () => {
    const k = notitieSleutel('PeterNeumann', createPublicKey(peterPrivate));
    expect(verifierKey(k)).toBe(PETER_VKEY);
    expect(formatNotitie(onderteken(TEXT, k, peterPrivate))).toBe(NOTE);
    const parsed = parseNotitie(NOTE);
    expect(parsed.tekst).toBe(TEXT);
    expect(ondertekendDoor(parsed, parseVerifierKey(PETER_VKEY))).toBe(true);
    const changed = parseNotitie(NOTE.replace('cryptography', 'cryptographY'));
    expect(ondertekendDoor(changed, parseVerifierKey(PETER_VKEY))).toBe(false);
  });

  it.each([
    [PETER_VKEY, true],
    [PLUS_VKEY, true],
    [COSIG_VKEY, true],
    ['PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', false],
    ['Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', false],
    ['PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T', false],
    ['PeterNeumann+c74f20a3', false],
  ])('parses verifier key %s: %s', (vkey, ok) => {
    if (ok) expect(verifierKey(parseVerifierKey(vkey))).toBe(vkey);
    else expect(() => parseVerifierKey(vkey)).toThrow();
  });

  it('cosigns a checkpoint with cosignature/v1 and checks time and text', () => {
    const body = `example.com/log\n5\n${Buffer.alloc(32, 3).toString('base64')}\n`;
    expect(parseCheckpoint(body)).toMatchObject({ origin: 'example.com/log', grootte: 5 });
    expect(() => parseCheckpoint('example.com/log\n05\nAAAA\n')).toThrow();
    const k = notitieSleutel('getuige.test', createPublicKey(peterPrivate), ALG_COSIGNATURE_V1);
    const line = medeonderteken(body, k, peterPrivate, 1_700_000_000);
    const note = parseNotitie(`${body}\n${line.regel}\n`);
    expect(medeondertekendOp(note, k)).toBe(1_700_000_000);
    expect(medeondertekendOp({ ...note, tekst: body.replace('5', '6') }, k)).toBeUndefined();
    // A type 0x01 key of the same name and key is another key: its hash differs.
    expect(medeondertekendOp(note, notitieSleutel('getuige.test', k.sleutel))).toBeUndefined();
  });
});
