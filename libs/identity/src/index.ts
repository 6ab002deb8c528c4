export * from './actor.js';
import { Gebruiker } from './gebruiker.entity.js';
import { Organisatie } from './organisatie.entity.js';
import { Sessie } from './sessie.entity.js';

export { Gebruiker, Organisatie, Sessie };
export const IDENTITY_ENTITIES = [Organisatie, Gebruiker, Sessie];
export { IdentityModule } from './identity.module.js';
export { IdentityService } from './identity.service.js';
export { ActorResolver, type AuthenticatedVia } from './actor.resolver.js';
export { OidcService } from './oidc.service.js';
export { setupIdentity } from './setup.js';
export { DEV_IDP_PATH, type DevIdp } from './dev-idp/dev-idp.js';
export {
  loadDemoAccounts,
  loadOrganisaties,
  loadSysteemclients,
  type DemoAccount,
  type OrganisatieData,
  type SysteemclientData,
} from './reference-data.js';
