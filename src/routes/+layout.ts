// Every route is a prerendered shell rendered in the browser: the data lives in IndexedDB, and
// the service worker can open any screen without a network.
export const prerender = true;
export const ssr = false;
