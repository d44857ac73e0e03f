import type { Call } from './context';
import { badRequest } from './errors';
import { forward, storePath } from './forward';
import { jsonObjectBody } from './relay';

const isNameList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);

/**
 * `PUT /{db}/_security` by an administrator. Provisioning keeps these in line with the org tree;
 * this is for repairs. A security object without members would open the database to everyone on
 * the embedded store, so it is refused.
 */
export async function putSecurity(call: Call): Promise<void> {
	const body = await jsonObjectBody(call, 64 * 1024);
	for (const section of ['admins', 'members'] as const) {
		const value = body[section] as Record<string, unknown> | undefined;
		if (typeof value !== 'object' || value === null || !isNameList(value.names ?? []) || !isNameList(value.roles ?? []))
			throw badRequest(`${section}: phải có dạng {names: [...], roles: [...]}.`);
	}
	const members = body.members as { names?: string[]; roles?: string[] };
	if ((members.names ?? []).length + (members.roles ?? []).length === 0)
		throw badRequest('members: Không được để trống, nếu không ai cũng đọc được dữ liệu.');
	await forward(call, { path: storePath(call.params.db, '_security'), query: '', body: Buffer.from(JSON.stringify(body)) });
}
