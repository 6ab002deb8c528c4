import { AUDIT_ENTITIES } from '@schakel/audit';
import { AUTHZ_ENTITIES } from '@schakel/authz';
import { BEWARING_ENTITIES } from '@schakel/bewaring';
import { BEZORGING_ENTITIES } from '@schakel/bezorging';
import { CASUSSEN_ENTITIES } from '@schakel/casussen';
import { IDENTITY_ENTITIES } from '@schakel/identity';
import { PERSONEN_ENTITIES } from '@schakel/personen';
import { PLATFORM_ENTITIES } from '@schakel/platform';
import { PURPOSE_ENTITIES } from '@schakel/purpose';
import { ZORGMELDINGEN_ENTITIES } from '@schakel/zorgmeldingen';

/** Every entity of every context, for the migration CLI (the app loads them per module). */
export const ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...PURPOSE_ENTITIES,
  ...AUTHZ_ENTITIES,
  ...AUDIT_ENTITIES,
  ...PERSONEN_ENTITIES,
  ...BEZORGING_ENTITIES,
  ...ZORGMELDINGEN_ENTITIES,
  ...CASUSSEN_ENTITIES,
  ...BEWARING_ENTITIES,
];
