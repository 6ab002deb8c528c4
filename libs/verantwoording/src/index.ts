export { VerantwoordingModule } from './verantwoording.module.js';
