import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserCtx } from '../../domain/scope';
import type { SessionSigner } from '../auth/session-token';
import type { StoreClient } from '../store/client';
import type { BasicAuth } from './basic-auth';
import type { ConfigCache } from './config-cache';
import type { PasswordGate } from './password-gate';
import type { ViewCache } from './view-cache';

export interface GatewayOptions {
	/** Session lifetime; tablets stay offline for days, so it is long. */
	sessionDays: number;
	/**
	 * How many reverse proxies in front are believed (0: none): the client is the address that
	 * many hops from the right of `X-Forwarded-For` (client-address.ts), never one it wrote itself.
	 */
	trustProxy: number;
	/** Bound on one request body after inflating. */
	maxRequestBytes: number;
	/** Bound on a document of no known type: a `_local` checkpoint (the app's types have theirs in domain/sizes.ts). */
	maxDocBytes: number;
	/** Bound on the documents of one `_bulk_docs` request. */
	maxDocsPerRequest: number;
	/** Requests per client address per minute; sign-in attempts have their own, lower bound. */
	requestsPerMinute: number;
	signInsPerMinute: number;
	/** The store's pbkdf2 work factor, also spent on sign-ins for unknown names. */
	passwordIterations: number;
	log: (msg: string) => void;
	/**
	 * Called after an administrator changed org units, so their communes get databases and
	 * `_security`; `written` are the unit documents as just stored (a cluster's `_all_docs` may not
	 * show them yet).
	 */
	onOrgUnitsChanged: (orgUnitIds: string[], written: Record<string, unknown>[]) => Promise<void>;
}

/** What every handler gets: the store (as server admin), the caches, the session keys, the options. */
export interface GatewayContext {
	store: StoreClient;
	config: ConfigCache;
	/** Answers of app views kept by update_seq, or (Apache CouchDB) only their indexes built after writes; null when neither. */
	views: ViewCache | null;
	signer: SessionSigner;
	/** Every password check (sign-in, HTTP Basic): rate, account throttle, bounded worker pool. */
	passwords: PasswordGate;
	basic: BasicAuth;
	serverUuid: string;
	options: GatewayOptions;
}

/** One request on its way through the gateway, after its route matched and its user is known. */
export interface Call {
	req: IncomingMessage;
	res: ServerResponse;
	ctx: GatewayContext;
	/** The id of the matched allow-list row. */
	route: string;
	/** Decoded path parameters of the matched route (`db`, `doc`, `id`, …). */
	params: Record<string, string>;
	/** The decoded path segments after the mount path. */
	segments: string[];
	/** The query string without `?`: the client's until the row's parameters are checked, then their one spelling (query-params.ts). */
	rawQuery: string;
	query: URLSearchParams;
	user: UserCtx | null;
	/** Whether the client reached us over HTTPS (directly or, if trusted, through a proxy). */
	secure: boolean;
	/** The client's address (rate bounds, sign-in throttle). */
	client: string;
	/** How `user` was recognised, for `GET /_session`'s `info.authenticated`. */
	via?: 'cookie' | 'basic';
}
