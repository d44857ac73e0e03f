// One page per unit and year, so it cannot be prerendered: the Node server hands out the same
// shell at request time, and the page reads the public JSON (the gateway's `public.summary`).
export const prerender = false;
