import { CONFIG_DB } from '../../domain/ids';
import { canReadCommune, hasRole } from '../../domain/scope';
import { USER_ID_PREFIX } from '../auth/users';
import type { Call } from './context';
import { forbidden, notFound, unauthorized } from './errors';
import { t } from '../words';

/**
 * Who may use a route, checked BEFORE anything reaches the store, reads included:
 * - `anyone`: no session needed (sign-in, session info, the server's welcome);
 * - `reader`: may read this database (cdht-config: every signed-in user; a commune: its officers,
 *   reviewers whose scope contains it, administrators);
 * - `writer`: may send writes to this database (a commune: the same people, each document then
 *   goes through the write rules; cdht-config: administrators only);
 * - `admin`: administrators only;
 * - `self-or-admin`: a user's own `_users` document, or an administrator;
 * - `signed-in`: any signed-in user; the action checks role and scope itself (hand-over files).
 */
export type Who = 'anyone' | 'reader' | 'writer' | 'admin' | 'self-or-admin' | 'signed-in';

export type DbKind = { kind: 'config' } | { kind: 'commune'; communeId: string };

export async function dbKindOf(call: Call, dbName: string): Promise<DbKind | null> {
	if (dbName === CONFIG_DB) return { kind: 'config' };
	const communeId = (await call.ctx.config.org()).communeByDb.get(dbName);
	return communeId ? { kind: 'commune', communeId } : null;
}

export async function authorize(call: Call, who: Who): Promise<void> {
	if (who === 'anyone') return;
	const user = call.user;
	if (!user) throw unauthorized();
	switch (who) {
		case 'signed-in':
			return;
		case 'admin':
			if (!hasRole(user, 'admin')) throw forbidden(t('access.adminOnly'));
			return;
		case 'self-or-admin': {
			const name = call.params.userdoc.slice(USER_ID_PREFIX.length);
			if (name !== user.name && !hasRole(user, 'admin')) throw forbidden(t('access.ownAccount'));
			return;
		}
		case 'reader':
		case 'writer': {
			const db = await dbKindOf(call, call.params.db);
			if (!db) throw notFound(t('path.noDb'));
			if (db.kind === 'config') {
				if (who === 'writer' && !hasRole(user, 'admin')) throw forbidden(t('access.configAdmin'));
				return;
			}
			const { index } = await call.ctx.config.org();
			if (!canReadCommune(index, user, db.communeId))
				throw forbidden(t('access.unit', { unit: db.communeId }));
			return;
		}
	}
}
