export { VerantwoordingModule } from './verantwoording.module.js';
export { Integriteit, integriteitsoordeel } from './stappen/integriteit.js';
