import { PLATFORM_ENTITIES } from '@schakel/platform';

/** Every entity of every context, for the migration CLI (the app loads them per module). */
export const ENTITIES = [...PLATFORM_ENTITIES];
