export { WerkModule } from './werk.module.js';
