import { BezorgPush, Bezorging } from './bezorging.entity.js';

export { BezorgPush, Bezorging };
export const BEZORGING_ENTITIES = [Bezorging, BezorgPush];
export { BezorgingModule } from './bezorging.module.js';
export { Uitgaand, type BezorgBron, type BezorgOpdracht, type Weergave } from './uitgaand.js';
export { BEZORGING_ACTOR, Bezorger, type Push } from './bezorger.js';
export { BEZORG_STATUSSEN, type BezorgStatus } from './bezorging.entity.js';
export { backoffMs, backoffPlafondMs, type Backoff } from './backoff.js';
export { HANDTEKENING_HEADER } from './ondertekening.js';
