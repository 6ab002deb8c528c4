import { Doelcompatibiliteit, Verwerkingsactiviteit } from './verwerkingsactiviteit.entity.js';

export { Doelcompatibiliteit, Verwerkingsactiviteit };
export type { Gegevenscategorie } from './verwerkingsactiviteit.entity.js';
export const PURPOSE_ENTITIES = [Verwerkingsactiviteit, Doelcompatibiliteit];
export { PurposeModule } from './purpose.module.js';
export {
  PurposeService,
  verruimt,
  type GebondenDoel,
  type Handeling,
  type Regelkennis,
} from './purpose.service.js';
export { bewaarTot, isGeldigeBewaartermijn, IsBewaartermijn } from './bewaartermijn.js';
export type { BewaartermijnVanaf, VersieStatus } from './verwerkingsactiviteit.entity.js';
export { BEWAARTERMIJN_VANAF } from './verwerkingsactiviteit.entity.js';
