#!/usr/bin/env node
// Makes the secrets of one Schakel installation as an env file (compose `env_file`, or
// `kubectl create secret generic ... --from-env-file`). Run once and keep the file as you
// keep the database backups: without these keys the encrypted data and the audit trail's
// signatures cannot be read or checked (docs/operations.md, "Sleutels").
//   node deploy/sleutels.mjs > deploy/schakel.env
import { generateKeyPairSync, randomBytes } from 'node:crypto';

const b64 = (n) => randomBytes(n).toString('base64');
const pem = (key) => key.export({ type: 'pkcs8', format: 'pem' }).trim().replaceAll('\n', '\\n');
const webSecret = randomBytes(32).toString('base64url');

const regels = [
  `# Schakel secrets, made ${new Date().toISOString()} by deploy/sleutels.mjs. Never commit.`,
  `POSTGRES_PASSWORD=${randomBytes(24).toString('base64url')}`,
  `KEYCLOAK_ADMIN_PASSWORD=${randomBytes(24).toString('base64url')}`,
  `SESSION_SECRET=${randomBytes(48).toString('base64url')}`,
  // The same secret on both sides of the OIDC client registration.
  `OIDC_CLIENT_SECRET=${webSecret}`,
  `SCHAKEL_WEB_CLIENT_SECRET=${webSecret}`,
  `AUDIT_PSEUDONYM_KEY=${randomBytes(32).toString('base64url')}`,
  `AUDIT_SIGNING_KEY="${pem(generateKeyPairSync('ed25519').privateKey)}"`,
  `PERSONEN_MASTER_KEYS=k1:${b64(32)}`,
  'PERSONEN_MASTER_KEY_ID=k1',
  `PERSONEN_BSN_INDEX_KEY=${b64(32)}`,
  `BEZORGING_SIGNING_KEY="${pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)}"`,
];
process.stdout.write(`${regels.join('\n')}\n`);
