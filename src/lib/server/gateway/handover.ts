import { communeDbName } from '../../domain/ids';
import {
	keyIdFor,
	publicJwkOf,
	verifyHandover,
	type HandoverAccount,
	type HandoverFile,
	type HandoverKey
} from '../../domain/handover';
import type { FieldIssue } from '../../domain/schemas';
import { canReadCommune, hasRole } from '../../domain/scope';
import { activeUser, loadUser, userDocId, USERS_DB, type UserDoc } from '../auth/users';
import { readAll } from '../store/target';
import type { Call } from './context';
import { badRequest, forbidden, HttpError } from './errors';
import { storePath } from './forward';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';
import { checkDocs } from './write-check';
import { t } from '../words';

// Hand-over files (docs/handover.md): the officer's device keys, and a reviewer or administrator
// handing a signed file to the server, which applies it with the very checks of `_bulk_docs`, as
// that officer.

/** A tablet replaced now and then; beyond this an administrator clears old keys first. */
const MAX_KEYS = 20;

/** `PUT /_handover/keys` `{id, jwk}`: the signed-in officer's tablet registers its public key. */
export async function putHandoverKey(call: Call): Promise<void> {
	const user = call.user!;
	if (!hasRole(user, 'officer')) throw forbidden(t('handover.officerOnly'));
	const body = await jsonObjectBody(call, 8 * 1024);
	let jwk;
	try {
		jwk = publicJwkOf(body.jwk as JsonWebKey);
		await crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
			'verify'
		]);
	} catch {
		throw badRequest(t('handover.jwk'));
	}
	const id = await keyIdFor(user.name, jwk);
	if (body.id !== id) throw badRequest(t('handover.id', { id }));
	for (let attempt = 0; attempt < 5; attempt++) {
		const doc = await loadUser(call.ctx.store, user.name);
		if (!doc) throw forbidden(t('handover.noAccount'));
		const keys = keysOf(doc);
		const known = keys.find((k) => k.id === id);
		if (known) return sendJson(call.req, call.res, 200, { ok: true, key: known });
		if (keys.length >= MAX_KEYS) throw forbidden(t('handover.tooManyKeys'));
		const key: HandoverKey = { id, jwk, createdAt: new Date().toISOString() };
		const res = await call.ctx.store.json('PUT', storePath(USERS_DB, userDocId(user.name)), {
			...doc,
			handoverKeys: [...keys, key]
		});
		if (res.status < 300) return sendJson(call.req, call.res, 201, { ok: true, key });
		if (res.status !== 409)
			throw new Error(`Registering a device key of ${user.name}: ${res.status}`);
	}
	throw new HttpError(409, 'conflict', t('handover.busy'));
}

export const keysOf = (doc: Pick<UserDoc, 'handoverKeys'>): HandoverKey[] =>
	Array.isArray(doc.handoverKeys) ? doc.handoverKeys : [];

type Refused = { id: string | null; reason: string; issues?: FieldIssue[] };
interface Applied {
	new: string[];
	already: string[];
	refused: Refused[];
}

/**
 * `POST /_handover` (the file as it is: gzip'd JSON): check the signature against the officer's
 * registered key, then store what is new through `checkDocs`, as that officer. `?dryRun=1`: the
 * verdict and what the server already holds, nothing stored (the reviewer's preview).
 */
export async function importHandover(call: Call): Promise<void> {
	const user = call.user!;
	if (!hasRole(user, 'reviewer') && !hasRole(user, 'admin'))
		throw forbidden(t('handover.receivers'));
	// A file holds a whole send (2,000 assessments with their citizens ≈ 2.4 MB of JSON); a reviewer
	// signed in may post four times the bound of one `_bulk_docs`.
	const body = await jsonObjectBody(call, 4 * call.ctx.options.maxRequestBytes);
	const officers = new Map<string, UserDoc | null>();
	const accountOf = async (name: string): Promise<HandoverAccount | null> => {
		if (!officers.has(name)) officers.set(name, await loadUser(call.ctx.store, name));
		const doc = officers.get(name)!;
		return doc && { name: doc.name, disabled: !activeUser(doc), keys: keysOf(doc) };
	};
	// Scope first: someone outside the commune learns nothing about its officers' keys.
	const claimed = (body.signed as { header?: { communeId?: unknown } } | undefined)?.header
		?.communeId;
	const { index } = await call.ctx.config.org();
	if (typeof claimed === 'string' && !canReadCommune(index, user, claimed))
		throw forbidden(t('access.unit', { unit: claimed }));
	const verdict = await verifyHandover(body, accountOf);
	if (!verdict.ok)
		throw forbidden(verdict.reason, { error: 'handover_refused', code: verdict.code });
	const { header, docs } = verdict.file.signed;
	if (!canReadCommune(index, user, header.communeId))
		throw forbidden(t('access.unit', { unit: header.communeId }));

	const officer = activeUser(officers.get(header.officer)!)!;
	const asOfficer: Call = {
		...call,
		user: officer,
		params: { db: communeDbName(header.communeId) }
	};
	const all = [...docs.citizens, ...docs.assessments, ...docs.batches];
	const dryRun = call.query.get('dryRun') === '1';
	const applied = dryRun ? await alreadyThere(asOfficer, all) : await apply(asOfficer, all);
	sendJson(call.req, call.res, 200, { ok: true, dryRun, header, ...applied });
}

/** Citizens, then assessments, then batches, in requests of at most the `_bulk_docs` bound: each round sees the ones before stored. */
async function apply(
	call: Call,
	docs: HandoverFile['signed']['docs']['citizens']
): Promise<Applied> {
	const out: Applied = { new: [], already: [], refused: [] };
	const dbName = call.params.db;
	const step = call.ctx.options.maxDocsPerRequest;
	for (let i = 0; i < docs.length; i += step) {
		const chunk = docs.slice(i, i + step);
		const checked = await checkDocs(call, dbName, chunk);
		const toStore: Record<string, unknown>[] = [];
		const conflicts: Record<string, unknown>[] = [];
		checked.forEach((c, k) => {
			if (c.ok) toStore.push(c.doc);
			else if (c.status === 409) conflicts.push(chunk[k]);
			else
				out.refused.push({
					id: c.id,
					reason: c.reason,
					...(c.issues.length ? { issues: c.issues } : {})
				});
		});
		// The server holds these already (this file before, the same send online, another file):
		// never stored again, whatever revision the file built on.
		out.already.push(...conflicts.map((d) => String(d._id)));
		if (toStore.length === 0) continue;
		const upstream = await call.ctx.store.raw(
			'POST',
			storePath(dbName, '_bulk_docs'),
			{ 'content-type': 'application/json', accept: 'application/json' },
			Buffer.from(JSON.stringify({ docs: toStore }))
		);
		const text = (await readAll(upstream)).toString('utf8');
		if (upstream.statusCode !== 201 && upstream.statusCode !== 200)
			throw new Error(`Storing a hand-over: ${upstream.statusCode} ${text}`);
		for (const r of JSON.parse(text) as {
			id: string;
			ok?: boolean;
			error?: string;
			reason?: string;
		}[]) {
			if (r.ok) out.new.push(r.id);
			else if (r.error === 'conflict') out.already.push(r.id);
			else out.refused.push({ id: r.id, reason: r.reason ?? r.error ?? 'refused' });
		}
	}
	return out;
}

/** The preview: which documents the server holds already (by id), the rest counted as new. */
async function alreadyThere(call: Call, docs: { _id: string }[]): Promise<Applied> {
	const res = await call.ctx.store.ok<{ rows: { key: string; value?: { deleted?: boolean } }[] }>(
		'POST',
		storePath(call.params.db, '_all_docs'),
		{
			keys: docs.map((d) => d._id)
		}
	);
	const held = new Set(res.body.rows.filter((r) => r.value && !r.value.deleted).map((r) => r.key));
	return {
		new: docs.filter((d) => !held.has(d._id)).map((d) => d._id),
		already: [...held],
		refused: []
	};
}
