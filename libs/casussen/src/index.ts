import { CASUSSEN_ENTITIES } from './casus.entity.js';

export { CASUSSEN_ENTITIES };
export { CasussenModule } from './casussen.module.js';
export { CasussenService, type CasusContext } from './casussen.service.js';
export { criteriaVoldaan, THEMAS, CATEGORIEEN, type Criteria } from './referentie.js';
