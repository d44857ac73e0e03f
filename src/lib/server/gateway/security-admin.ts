import { dbKindOf } from './access';
import type { Call } from './context';
import { badRequest, notFound } from './errors';
import { recordAudit } from './audit';
import { storePath } from './forward';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';
import { t } from '../words';

const isNameList = (v: unknown) =>
	Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0);

/**
 * `PUT /{db}/_security` by an administrator. Provisioning keeps these in line with the org tree;
 * this is for repairs, and journalled. A security object without members would open the database
 * to everyone on the embedded store, so it is refused.
 */
export async function putSecurity(call: Call): Promise<void> {
	// The app's databases only: the journal's security (administrators read it) is provisioning's.
	if (!(await dbKindOf(call, call.params.db))) throw notFound(t('path.noDb'));
	const body = await jsonObjectBody(call, 64 * 1024);
	for (const section of ['admins', 'members'] as const) {
		const value = body[section] as Record<string, unknown> | undefined;
		if (
			typeof value !== 'object' ||
			value === null ||
			!isNameList(value.names ?? []) ||
			!isNameList(value.roles ?? [])
		)
			throw badRequest(t('security.shape', { section }));
	}
	const members = body.members as { names?: string[]; roles?: string[] };
	if ((members.names ?? []).length + (members.roles ?? []).length === 0)
		throw badRequest(t('security.membersEmpty'));
	const path = storePath(call.params.db, '_security');
	const before = await call.ctx.store.json<Record<string, unknown>>('GET', path);
	if (before.status !== 200) return sendJson(call.req, call.res, before.status, before.body);
	const res = await call.ctx.store.json('PUT', path, body);
	if (res.status < 300)
		await recordAudit(call, [
			{
				kind: 'security',
				target: call.params.db,
				db: call.params.db,
				before: before.body,
				after: body
			}
		]);
	sendJson(call.req, call.res, res.status, res.body);
}
