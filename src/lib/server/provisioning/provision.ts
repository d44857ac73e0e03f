import { defaultCriteriaSet } from '../../domain/criteria-default';
import { demoOrgUnits } from '../../domain/demo-data';
import { CONFIG_DB, communeDbName } from '../../domain/ids';
import {
	communesInScope,
	memberRolesOf,
	orgIndex,
	overseersOf,
	type OrgIndex
} from '../../domain/scope';
import { USERS_DB } from '../auth/users';
import type { StoreClient } from '../store/client';
import {
	communeRulesDoc,
	communeSecurity,
	communeValidate,
	configRulesDoc,
	configSecurity,
	reportsDoc
} from './design-docs';
import type { OrgUnit } from '../../domain/org-unit.schema';
import { loadOrgUnits } from './org-units';
import { ensureDb, ensureDoc, ensureExists, ensureSecurity } from './upsert';
import { demoUserDocs, ensureUser, removeDemoUsers, type NewUser } from './users';

export interface ProvisionOptions {
	demo: boolean;
	/** An administrator account to make sure of (for a start without demo data). */
	admin?: NewUser;
	log?: (msg: string) => void;
}

export interface ProvisionReport {
	/** Every database provisioning made sure of, to be checked against DB_NAME_PATTERN. */
	databases: string[];
	changes: number;
}

/**
 * Makes the store hold what the app needs: `_users`, `cdht-config` with its security and rules,
 * the default criteria set, one database per commune with its `_security`, rules and report views,
 * and (demo mode only) the demo organisation and accounts. Only HTTP calls that both the embedded
 * store and Apache CouchDB answer the same way; idempotent, so it runs at every start.
 */
export async function provision(
	store: StoreClient,
	opts: ProvisionOptions
): Promise<ProvisionReport> {
	let changes = 0;
	const count = (result: boolean | string) => (changes += changed(result));
	count(await ensureDb(store, USERS_DB));
	count(await ensureDb(store, CONFIG_DB));
	count(await ensureSecurity(store, CONFIG_DB, configSecurity()));
	count(await ensureDoc(store, CONFIG_DB, await configRulesDoc()));

	// Created when missing, never reset: administrators rename and move units through the app.
	if (opts.demo) for (const unit of demoOrgUnits) count(await ensureExists(store, CONFIG_DB, unit));
	count(await ensureDefaultCriteriaSet(store));

	const index = orgIndex(await loadOrgUnits(store));
	const databases = [USERS_DB, CONFIG_DB];
	for (const communeId of allCommunes(index)) {
		const result = await provisionCommune(store, index, communeId);
		databases.push(result.db);
		changes += result.changes;
	}

	if (opts.demo) for (const user of demoUserDocs()) count(await ensureUser(store, user));
	else {
		const removed = await removeDemoUsers(store);
		if (removed.length) opts.log?.(`Demo accounts removed (DEMO=0): ${removed.join(', ')}`);
		changes += removed.length;
	}
	if (opts.admin) count(await ensureUser(store, opts.admin));
	return { databases, changes };
}

/** 1 when an ensure-step wrote something (a new database, a changed document), else 0. */
const changed = (result: boolean | string) => (result === true || result === 'created' ? 1 : 0);

function allCommunes(index: OrgIndex): string[] {
	return [...index.byId.values()]
		.filter((u) => u.level === 'commune')
		.map((u) => u.id)
		.sort();
}

/** One commune's database, `_security`, rules and views; also run when an administrator adds or moves units. */
export async function provisionCommune(store: StoreClient, index: OrgIndex, communeId: string) {
	const db = communeDbName(communeId);
	let changes = 0;
	const count = (result: boolean | string) => (changes += changed(result));
	count(await ensureDb(store, db));
	count(await ensureSecurity(store, db, communeSecurity(memberRolesOf(index, communeId))));
	const scopes = overseersOf(index, communeId);
	count(
		await ensureDoc(
			store,
			db,
			communeRulesDoc(communeId, scopes, await communeValidate(communeId, scopes))
		)
	);
	count(await ensureDoc(store, db, reportsDoc()));
	return { db, changes };
}

/**
 * The communes an org unit change can affect: the unit's own subtree (its parent may have moved).
 * `written`: the units as just stored, laid over what is read back, because on a cluster
 * `_all_docs` reads one copy of each shard and may not show a write of a moment ago.
 */
export async function provisionUnits(
	store: StoreClient,
	unitIds: readonly string[],
	written: readonly OrgUnit[] = []
): Promise<void> {
	const fresh = new Map(written.map((u) => [u._id, u]));
	const loaded = (await loadOrgUnits(store)).filter((u) => !fresh.has(u._id));
	const index = orgIndex([
		...loaded,
		...[...fresh.values()].filter((u) => !(u as { _deleted?: boolean })._deleted)
	]);
	const communes = new Set(unitIds.flatMap((id) => communesInScope(index, id)));
	for (const communeId of communes) await provisionCommune(store, index, communeId);
}

async function ensureDefaultCriteriaSet(store: StoreClient): Promise<boolean> {
	const start = encodeURIComponent(JSON.stringify('criteriaSet:'));
	const end = encodeURIComponent(JSON.stringify('criteriaSet:\ufff0'));
	const res = await store.ok<{ rows: unknown[] }>(
		'GET',
		`/${CONFIG_DB}/_all_docs?startkey=${start}&endkey=${end}&limit=1`
	);
	if (res.body.rows.length > 0) return false;
	await store.ok(
		'PUT',
		`/${CONFIG_DB}/${encodeURIComponent(defaultCriteriaSet._id)}`,
		defaultCriteriaSet
	);
	return true;
}
