export { CijfersModule } from './cijfers.module.js';
export { herleid, schermAf, type RuweTabel, type AfgeschermdeTabel } from './afscherming.js';
export { CSV_KOPPEN } from './stappen/exporteren.js';
export { CijfersRepository } from './cijfers.repository.js';
export { regioCijfers, regioOpdracht, type RegioOpdracht } from './stappen/regio-tellen.js';
