/**
 * pbkdf2-SHA1 iterations for `_users` passwords on the embedded store (set in its config) and for
 * its server admin. Chosen by measuring sign-in through the gateway on a 2-core machine
 * (docs/server.md, "Password work factor"): a sign-in happens once per 14-day session, so a
 * quarter of a second is affordable, while an offline guess costs an attacker the same.
 */
export const DEFAULT_PASSWORD_ITERATIONS = 600_000;
