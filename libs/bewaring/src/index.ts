import { BEWARING_ENTITIES } from './bewaring.entity.js';

export { BEWARING_ENTITIES };
export { BewaringModule } from './bewaring.module.js';
export { BewaringRepository, type Kandidaat } from './bewaring.repository.js';
export { BewaringTaak, BEWARING_QUEUE, dagelijkseRun } from './bewaring-taak.js';
export { Klok, dag } from './klok.js';
export { DAGTAAK, Vernietiger, BEWARING_ACTIVITEIT } from './vernietiging.js';
export { verklaringPdf, termijnInWoorden } from './verklaring.js';
export { BEWAARGRONDEN, Wissing, type Bewaargrond, type WissingVoorstel } from './wissing.js';
