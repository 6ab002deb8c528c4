import { Bezorging } from './bezorging.entity.js';

export { Bezorging };
export const BEZORGING_ENTITIES = [Bezorging];
export { BezorgingModule } from './bezorging.module.js';
export { Uitgaand, type BezorgBron, type BezorgOpdracht, type Weergave } from './uitgaand.js';
export { BEZORGING_ACTOR } from './bezorger.js';
export { BEZORG_STATUSSEN, type BezorgStatus } from './bezorging.entity.js';
export { backoffMs, backoffPlafondMs, type Backoff } from './backoff.js';
export { HANDTEKENING_HEADER } from './ondertekening.js';
