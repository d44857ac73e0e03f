import { createCouch } from './couch';

/**
 * The page's client for the same-origin gateway: sign-in, the reviewer's reads and decisions, the
 * administration. A view's first query may build its index (minutes), so views wait longer. The
 * sync engine makes its own per run (its stall timeout and byte counters are the run's).
 */
export const couch = createCouch({ baseUrl: '/couch', timeoutMs: 60_000 });
