import { Doelcompatibiliteit, Verwerkingsactiviteit } from './verwerkingsactiviteit.entity.js';

export { Doelcompatibiliteit, Verwerkingsactiviteit };
export type { Gegevenscategorie } from './verwerkingsactiviteit.entity.js';
export const PURPOSE_ENTITIES = [Verwerkingsactiviteit, Doelcompatibiliteit];
export { PurposeModule } from './purpose.module.js';
export { PurposeService, type GebondenDoel } from './purpose.service.js';
