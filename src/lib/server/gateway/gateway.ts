import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONFIG_DB } from '../../domain/ids';
import {
	FOREIGN_ORIGIN_REASON,
	isForeignOrigin,
	isSecure,
	setSecurityHeaders
} from '../browser-guards';
import { authorize } from './access';
import { match } from './allowlist';
import { authenticate } from './authenticate';
import { clientAddress } from './client-address';
import type { Call, GatewayContext } from './context';
import { badRequest, forbidden, HttpError } from './errors';
import { checkQuery } from './query-params';
import { RateLimiter } from './rate-limit';
import { sendJson } from './respond';
import { t } from '../words';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The `/couch` gateway as a plain node:http handler: rate bound → allow-list row → the user from
 * the session → the row's `who` → its action. A request that fits no row, or a user who may not,
 * never reaches the store.
 */
export function createGateway(ctx: GatewayContext, mountPath = '/couch'): NodeHandler {
	const requests = new RateLimiter(ctx.options.requestsPerMinute);

	return async (req, res) => {
		try {
			setSecurityHeaders(res, 'api', isSecure(req, ctx.options.trustProxy));
			// A page of another site must not sign in, write or sign out with the user's cookie.
			if (isForeignOrigin(req, ctx.options.trustProxy)) throw forbidden(FOREIGN_ORIGIN_REASON);
			const client = clientAddress(req, ctx.options.trustProxy);
			if (!requests.take(client)) throw tooMany();
			const url = new URL(req.url ?? '/', 'http://gateway');
			const segments = pathSegments(url.pathname.slice(mountPath.length));
			const method = req.method ?? 'GET';
			const { route, params } = match(method, segments);

			const secure = isSecure(req, ctx.options.trustProxy);
			const call: Call = {
				req,
				res,
				ctx,
				route: route.id,
				params,
				segments,
				rawQuery: url.search.slice(1),
				query: url.searchParams,
				user: null,
				secure,
				client
			};
			if (route.who !== 'nobody') {
				call.user = await authenticate(call);
				await authorize(call, route.who);
				call.rawQuery = checkQuery(route.id, url.searchParams);
			}
			await route.action(call);
			if (WRITES.has(route.id) && params.db !== CONFIG_DB && res.statusCode < 400)
				ctx.views?.written(params.db);
		} catch (err) {
			fail(ctx, req, res, err);
		}
	};
}

function fail(ctx: GatewayContext, req: IncomingMessage, res: ServerResponse, err: unknown): void {
	if (res.headersSent || res.destroyed) {
		// Mid-stream, or the client went away (an aborted long-poll): nothing sensible can be sent,
		// and a client that left is no failure worth a stack trace in the log.
		res.destroy();
		return;
	}
	if (err instanceof HttpError) {
		// A body we stopped reading would otherwise be read into the void before the next request.
		if (!req.complete) res.setHeader('connection', 'close');
		if (err.status === 429 || err.retryAfterSeconds)
			res.setHeader('retry-after', String(err.retryAfterSeconds ?? 10));
		sendJson(req, res, err.status, { error: err.error, reason: err.reason, ...err.extra });
		return;
	}
	ctx.options.log(
		`gateway: ${req.method} ${req.url?.split('?')[0]} failed: ${(err as Error)?.stack ?? err}`
	);
	sendJson(req, res, 502, { error: 'bad_gateway', reason: t('store.unreachable') });
}

/** Routes that change a commune database's documents, after which its kept view answers are refreshed (cdht-config has no app views). */
const WRITES = new Set(['db.bulkDocs', 'doc.put', 'doc.delete']);

const tooMany = () => new HttpError(429, 'too_many_requests', t('server.tooMany'));

/** Decoded path segments; `/db/` and `/db` are the same, an undecodable segment is a 400. */
function pathSegments(path: string): string[] {
	const raw = path.split('/').slice(1);
	if (raw.length && raw[raw.length - 1] === '') raw.pop();
	try {
		return raw.map((s) => decodeURIComponent(s));
	} catch {
		throw badRequest(t('path.invalid'));
	}
}
