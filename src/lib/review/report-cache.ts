import { CountsCache } from './report-load';

/** Commune counts per period, kept for the whole visit: switching units or years again is instant. */
export const countsCache = new CountsCache();
