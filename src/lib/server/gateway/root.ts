import type { Call } from './context';
import { sendJson } from './respond';

/**
 * `GET /`: answered here, not by the store, so nothing about the store's software or version
 * leaks. PouchDB reads `uuid` to name its replication checkpoints; it is derived from the session
 * secret, so it is stable across restarts and the same on every gateway instance.
 */
export async function welcome(call: Call): Promise<void> {
	sendJson(call.req, call.res, 200, {
		couchdb: 'Welcome',
		uuid: call.ctx.serverUuid,
		vendor: { name: 'Công dân học tập' }
	});
}
