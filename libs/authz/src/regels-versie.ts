/**
 * The version of the authorization rules (`defineAbility` and the activity register's roles as
 * the code knows them), written with every decision in the actor audit log and given as
 * `adl.core.policies` in the Authorization Decision Log (ADR 0021). It does not depend on git:
 * `REGELS_SNAPSHOT_SHA256` is the hash of the rules-as-SQL snapshot (`sql/regels.sql`), and
 * `regels-versie.spec.ts` fails when that snapshot changes without a new version here.
 */
export const REGELS_SNAPSHOT_SHA256 =
  'adee0e50ef0c2b008f3bcf9f268ace444e74d4b6dbe750e40ccfd9d50be0eb78';

/** Raise the number with every change of the rules; the hash part follows the snapshot. */
export const REGELS_VERSIE = `4+sha256.${REGELS_SNAPSHOT_SHA256.slice(0, 16)}`;
