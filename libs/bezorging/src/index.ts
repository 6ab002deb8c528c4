import { BezorgPush, Bezorging, FeedTeller } from './bezorging.entity.js';

export { BezorgPush, Bezorging, FeedTeller };
export const BEZORGING_ENTITIES = [Bezorging, BezorgPush, FeedTeller];
export { BezorgingModule } from './bezorging.module.js';
export { Uitgaand, type BezorgBron, type BezorgOpdracht, type Weergave } from './uitgaand.js';
export { BEZORGING_ACTOR, Bezorger, type Push } from './bezorger.js';
export { BEZORG_STATUSSEN, type BezorgStatus } from './bezorging.entity.js';
export { backoffMs, backoffPlafondMs, type Backoff } from './backoff.js';
export { HANDTEKENING_HEADER } from './ondertekening.js';
export { bezorgStand } from './bezorging.repository.js';
