// What an account must look like, shared by the gateway (which enforces it) and the admin
// screens (which say it next to the field first).

/** Lower-case unaccented letters, digits, dots and dashes, 2–60 characters. */
export const ACCOUNT_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,59}$/;
export const MIN_PASSWORD_LENGTH = 8;
/** CouchDB's `_users` document id of an account. */
export const accountDocId = (name: string) => `org.couchdb.user:${name}`;
