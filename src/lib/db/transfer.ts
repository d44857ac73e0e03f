import type { Assessment, AssessmentStatus, Batch } from '$lib/domain/assessment.schema';
import type { Citizen } from '$lib/domain/citizen.schema';
import { communeOfId } from '$lib/domain/ids';
import type { MessageParams } from '$lib/domain/messages';
import { validateDocument } from '$lib/domain/schemas';
import { sameResult, score } from '$lib/domain/scoring';
import { toCitizenRecord } from './citizen-keys';
import type { WorkContext } from './citizens';
import type { LocalDatabase } from './db';
import { isQuotaError } from './quota';
import { toWire, type AssessmentRecord, type BatchRecord, type CitizenRecord } from './records';

// The "export unsent data" file: what a broken or lost tablet would otherwise take with it. It is
// written from the local database and read back on any tablet of the same commune, checked
// document by document with the same schemas the server uses, and applied all or nothing.

export const EXPORT_FORMAT = 'cdht-export';
export const EXPORT_VERSION = 1;

type CommuneDoc = Citizen | Assessment | Batch;

export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	version: typeof EXPORT_VERSION;
	exportedAt: string;
	exportedBy: string;
	communeId: string;
	documents: CommuneDoc[];
}

/**
 * Everything of the commune not yet acknowledged by the server — citizens, assessments (drafts
 * included) and batches — plus what they refer to (the citizens of those assessments, the
 * assessments of those batches), so the file stands on its own. Documents as the server stores
 * them: local bookkeeping removed.
 */
export async function exportUnsent(
	db: LocalDatabase,
	ctx: WorkContext,
	now: Date = new Date()
): Promise<string> {
	const ours = <T extends { communeId: string }>(rows: T[]) =>
		rows.filter((r) => r.communeId === ctx.communeId);
	const documents = await db.transaction(
		'r',
		[db.citizens, db.assessments, db.batches],
		async () => {
			const [citizens, assessments, batches] = await Promise.all([
				db.citizens.where('dirty').equals(1).toArray().then(ours),
				db.assessments.where('dirty').equals(1).toArray().then(ours),
				db.batches.where('dirty').equals(1).toArray().then(ours)
			]);
			const assessmentIds = new Set(assessments.map((a) => a._id));
			const batchMembers = batches
				.flatMap((b) => b.assessmentIds)
				.filter((id) => !assessmentIds.has(id));
			const members = ours(
				(await db.assessments.bulkGet([...new Set(batchMembers)])).filter(
					(a): a is AssessmentRecord => !!a
				)
			);
			const allAssessments = [...assessments, ...members];
			const citizenIds = new Set(citizens.map((c) => c._id));
			const referred = [...new Set(allAssessments.map((a) => a.citizenId))].filter(
				(id) => !citizenIds.has(id)
			);
			const more = ours(
				(await db.citizens.bulkGet(referred)).filter((c): c is CitizenRecord => !!c)
			);
			// Citizens first, batches last: the order the server should receive them in.
			return [...citizens, ...more, ...allAssessments, ...batches].map(
				(r) => toWire(r) as CommuneDoc
			);
		}
	);
	const file: ExportFile = {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: now.toISOString(),
		exportedBy: ctx.user,
		communeId: ctx.communeId,
		documents
	};
	return JSON.stringify(file);
}

/** A file name that says what and when: "cdht-C01-2026-03-05-1430.json". */
export function exportFileName(communeId: string, now: Date = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `cdht-${communeId}-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.json`;
}

export interface ImportProblem {
	/** The document's position in the file, when the problem is one document's. */
	index?: number;
	path: string;
	/** A message key (messages.ts). */
	message: string;
	params?: MessageParams;
}

export interface ImportCounts {
	/** New on this tablet. */
	added: number;
	/** Replaced an older copy on this tablet. */
	updated: number;
	/** The tablet's copy is newer (or already further along: sent, reviewed) and was kept. */
	keptLocal: number;
	/** The same as the tablet's copy. */
	unchanged: number;
	citizens: number;
	assessments: number;
	batches: number;
}

export type ImportResult =
	{ ok: true; counts: ImportCounts } | { ok: false; problems: ImportProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The envelope: our format, a version this app reads, this commune. */
function envelopeProblems(file: unknown, communeId: string): ImportProblem[] {
	if (!isObject(file) || file.format !== EXPORT_FORMAT)
		return [{ path: 'format', message: 'file.format' }];
	if (typeof file.version === 'number' && file.version > EXPORT_VERSION)
		return [{ path: 'version', message: 'file.version' }];
	if (file.version !== EXPORT_VERSION) return [{ path: 'version', message: 'file.format' }];
	if (file.communeId !== communeId)
		return [
			{
				path: 'communeId',
				message: 'file.otherCommune',
				params: { communeId: String(file.communeId ?? '') }
			}
		];
	if (!Array.isArray(file.documents)) return [{ path: 'documents', message: 'file.format' }];
	return [];
}

/** Each document on its own: the shared schema, a commune document, of this commune, once. */
function documentProblems(
	documents: unknown[],
	communeId: string
): { docs: CommuneDoc[]; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const docs: CommuneDoc[] = [];
	const seen = new Set<string>();
	documents.forEach((raw, index) => {
		const at = (path: string) => (path ? `documents.${index}.${path}` : `documents.${index}`);
		const checked = validateDocument(raw);
		if (!checked.ok) {
			for (const issue of checked.issues)
				problems.push({ index, path: at(issue.path), message: issue.message });
			return;
		}
		const doc = checked.doc;
		if (doc.type !== 'citizen' && doc.type !== 'assessment' && doc.type !== 'batch')
			return problems.push({ index, path: at('type'), message: 'file.notCommuneDoc' });
		if (doc.communeId !== communeId || communeOfId(doc._id) !== communeId)
			return problems.push({
				index,
				path: at('communeId'),
				message: 'file.docOtherCommune',
				params: { communeId: doc.communeId }
			});
		if (seen.has(doc._id))
			return problems.push({ index, path: at('_id'), message: 'file.duplicate' });
		seen.add(doc._id);
		docs.push(doc);
	});
	return { docs, problems };
}

/** The newer of two revisions CouchDB gave: the tablet sends the latest one it knows. */
function newerRev(a: string | undefined, b: string | undefined): string | undefined {
	const generation = (rev: string | undefined) => (rev ? parseInt(rev, 10) || 0 : -1);
	return generation(b) > generation(a) ? b : a;
}

const stamp = (doc: CommuneDoc) =>
	Date.parse(doc.type === 'batch' ? (doc.sentAt ?? doc.createdAt) : doc.updatedAt);
const SENT_ON: readonly AssessmentStatus[] = ['sent', 'recognised', 'rejected'];

/** Which copy to keep. The newer wins; a file made before a send never takes an assessment back from "sent" or a decision. */
function decide(
	local: CommuneDoc | undefined,
	incoming: CommuneDoc
): 'add' | 'replace' | 'keep' | 'same' {
	if (!local) return 'add';
	const [l, i] = [stamp(local), stamp(incoming)];
	if (i === l) return 'same';
	if (i < l) return 'keep';
	if (
		local.type === 'assessment' &&
		incoming.type === 'assessment' &&
		SENT_ON.includes(local.status) &&
		!SENT_ON.includes(incoming.status)
	)
		return 'keep';
	return 'replace';
}

/**
 * Read an export file into this tablet. Every document is checked first; one bad document, a
 * file of another commune or anything that is not such a file refuses the whole file with a
 * message per problem, and nothing is written. Otherwise all documents are applied in one
 * transaction. A document the tablet already has is replaced only by a newer copy (by
 * `updatedAt`): the tablet's newer work is never lost to an older file. Applied documents are
 * marked to send, so the server receives them from this tablet.
 */
export async function importFile(
	db: LocalDatabase,
	text: string,
	ctx: WorkContext
): Promise<ImportResult> {
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return { ok: false, problems: [{ path: '', message: 'file.notJson' }] };
	}
	const envelope = envelopeProblems(file, ctx.communeId);
	if (envelope.length) return { ok: false, problems: envelope };
	const { docs, problems } = documentProblems(
		(file as { documents: unknown[] }).documents,
		ctx.communeId
	);
	if (problems.length) return { ok: false, problems };

	try {
		return await db.transaction(
			'rw',
			[db.citizens, db.assessments, db.batches, db.criteriaSets],
			async (): Promise<ImportResult> => {
				const problems = await referenceProblems(db, docs);
				if (problems.length) return { ok: false, problems };
				const counts: ImportCounts = {
					added: 0,
					updated: 0,
					keptLocal: 0,
					unchanged: 0,
					citizens: 0,
					assessments: 0,
					batches: 0
				};
				for (const doc of docs) {
					const table =
						doc.type === 'citizen'
							? db.citizens
							: doc.type === 'assessment'
								? db.assessments
								: db.batches;
					const local = (await table.get(doc._id)) as
						CitizenRecord | AssessmentRecord | BatchRecord | undefined;
					counts[`${doc.type}s` as 'citizens' | 'assessments' | 'batches']++;
					const verdict = decide(local ? (toWire(local) as CommuneDoc) : undefined, doc);
					if (verdict === 'same') counts.unchanged++;
					if (verdict === 'keep') counts.keptLocal++;
					if (verdict === 'same' || verdict === 'keep') continue;
					counts[verdict === 'add' ? 'added' : 'updated']++;
					const rev = newerRev(local?._rev, doc._rev);
					const base = { ...doc, ...(rev ? { _rev: rev } : {}) };
					if (base.type === 'citizen') await db.citizens.put(toCitizenRecord(base, { dirty: 1 }));
					else if (base.type === 'assessment')
						await db.assessments.put({
							...base,
							dirty: 1,
							...(local && 'wizardStep' in local ? { wizardStep: local.wizardStep } : {})
						});
					else await db.batches.put({ ...base, dirty: 1 });
				}
				return { ok: true, counts };
			}
		);
	} catch (e) {
		if (isQuotaError(e)) return { ok: false, problems: [{ path: '', message: 'err.quota' }] };
		throw e;
	}
}

/**
 * What needs the tablet's data to check: an assessment's citizen is in the file or on the tablet,
 * and its stored result is what its answers give (when the tablet has its criteria set), the
 * same rule the server applies.
 */
async function referenceProblems(db: LocalDatabase, docs: CommuneDoc[]): Promise<ImportProblem[]> {
	const problems: ImportProblem[] = [];
	const inFile = new Set(docs.map((d) => d._id));
	for (const [index, doc] of docs.entries()) {
		if (doc.type !== 'assessment') continue;
		if (!inFile.has(doc.citizenId) && !(await db.citizens.get(doc.citizenId)))
			problems.push({
				index,
				path: `documents.${index}.citizenId`,
				message: 'file.citizenMissing'
			});
		const set = await db.criteriaSets.get(doc.criteriaSetId);
		if (set && !sameResult(doc.result, score(set, doc.group, doc.answers)))
			problems.push({ index, path: `documents.${index}.result`, message: 'file.resultMismatch' });
	}
	return problems;
}
