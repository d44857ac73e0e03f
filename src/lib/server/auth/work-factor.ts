/**
 * pbkdf2 iterations for `_users` passwords on the embedded store (PBKDF2-SHA256, set in its config)
 * and its server admin (SHA-1, the store’s admin format). Chosen by measuring sign-in through the gateway on a 2-core machine
 * (docs/server.md, "Password work factor"): a sign-in happens once per 14-day session, so a
 * quarter of a second is affordable, while an offline guess costs an attacker the same.
 */
export const DEFAULT_PASSWORD_ITERATIONS = 600_000;
