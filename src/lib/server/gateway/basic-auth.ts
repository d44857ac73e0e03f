import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { UserCtx } from '../../domain/scope';
import { passwordFingerprint } from '../auth/session-token';
import { activeUser, loadUser, sessionEpochOf } from '../auth/users';
import type { Call } from './context';
import { badRequest } from './errors';
import { t } from '../words';

export interface BasicCredentials {
	name: string;
	password: string;
	/** SHA-256 of the header: the cache's key, so no password is kept in memory. */
	digest: string;
}

/** `Authorization: Basic …` as curl -u, nano and CouchDB's replicator send it; null without one. */
export function basicCredentials(req: IncomingMessage): BasicCredentials | null {
	const header = req.headers.authorization;
	const m = typeof header === 'string' ? /^basic\s+([A-Za-z0-9+/=._~-]*)\s*$/i.exec(header) : null;
	if (!m) return null;
	const decoded = Buffer.from(m[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	const name = decoded.slice(0, colon);
	const password = decoded.slice(colon + 1);
	if (colon < 1 || name.length > 200 || password.length > 1024)
		throw badRequest(t('auth.basicInvalid'));
	return { name, password, digest: createHash('sha256').update(header!).digest('base64url') };
}

interface Verified {
	name: string;
	key: string;
	epoch: number;
	until: number;
}

/**
 * HTTP Basic sends the password with every request; a replication makes hundreds. The first one
 * goes through the password gate (same rate, throttle and queue as `POST /_session`); a success
 * is remembered for a short while by the header's hash, for the password hash and session epoch
 * it was checked against. The user document is still read on every request, so a changed password,
 * a sign-out (raised epoch), disabling or emptied roles end it at once.
 */
export class BasicAuth {
	readonly #verified = new Map<string, Verified>();

	constructor(private readonly opts: { ttlMs: number; maxEntries: number }) {}

	async authenticate(call: Call, creds: BasicCredentials): Promise<UserCtx | null> {
		const { ctx } = call;
		const doc = await loadUser(ctx.store, creds.name);
		const now = Date.now();
		const known = this.#verified.get(creds.digest);
		const fresh =
			known &&
			known.until > now &&
			doc &&
			known.name === doc.name &&
			known.key === passwordFingerprint(doc) &&
			known.epoch === sessionEpochOf(doc);
		if (!fresh) {
			this.#verified.delete(creds.digest);
			if (!(await ctx.passwords.check(creds.name, call.client, doc, creds.password))) return null;
			this.#remember(creds.digest, {
				name: doc!.name,
				key: passwordFingerprint(doc!),
				epoch: sessionEpochOf(doc!),
				until: now + this.opts.ttlMs
			});
		}
		return activeUser(doc);
	}

	#remember(digest: string, entry: Verified): void {
		this.#verified.set(digest, entry);
		if (this.#verified.size > this.opts.maxEntries)
			this.#verified.delete(this.#verified.keys().next().value!);
	}
}
