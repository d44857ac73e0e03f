/**
 * pbkdf2 iterations of the embedded store: PBKDF2-SHA256 for `_users` passwords (its config) and
 * its server admin's hash. 600,000 is OWASP's figure for PBKDF2-HMAC-SHA256; measured through the
 * gateway on a 2-core machine, a sign-in takes 0.2–0.4 s (docs/server.md, "Password work
 * factor"). Sign-ins are rare (a session lasts 30 days; requests carry a signed cookie and cost no
 * hashing), while every offline guess at a stolen hash costs an attacker the same work.
 */
export const DEFAULT_PASSWORD_ITERATIONS = 600_000;
