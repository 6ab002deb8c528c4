/**
 * The version of the authorization rules (`defineAbility` and the activity register's roles as
 * the code knows them), written with every decision in the actor audit log and given as
 * `adl.core.policies` in the Authorization Decision Log (ADR 0021). It does not depend on git:
 * `REGELS_SNAPSHOT_SHA256` is the hash of the rules-as-SQL snapshot (`sql/regels.sql`), and
 * `regels-versie.spec.ts` fails when that snapshot changes without a new version here.
 */
export const REGELS_SNAPSHOT_SHA256 =
  'e463eb2e378bf15041f95d65aa078e647bfe24444ea0d70fedddf45b8ffbe218';

/** Raise the number with every change of the rules; the hash part follows the snapshot. */
export const REGELS_VERSIE = `4+sha256.${REGELS_SNAPSHOT_SHA256.slice(0, 16)}`;
