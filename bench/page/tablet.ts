// Browser side of the tablet rows (save, search), bundled by bench/tablet.ts and evaluated in a
// same-origin page that runs no app code (the gateway's JSON at /couch/): the app's own
// repository functions, on the app's own database of the signed-in officer (cdht-canbo.c01), in
// Chromium's real IndexedDB. Nothing is added to the production build for this.
import { latestAssessments, markReady, saveAnswer } from '$lib/db/assessments';
import { countCitizens, listCitizens, searchCitizens } from '$lib/db/citizens';
import { toCitizenRecord } from '$lib/db/citizen-keys';
import { LocalDatabase, localDbName } from '$lib/db/db';
import type { AssessmentRecord, CitizenRecord } from '$lib/db/records';
import type { AssessmentStatus } from '$lib/domain/assessment.schema';
import { defaultCriteriaSet as set } from '$lib/domain/criteria-default';
import { ulid } from '$lib/domain/ids';
import { applicableIndicators, score } from '$lib/domain/scoring';
import { FAMILY, GIVEN, MIDDLE } from '../names';

/**
 * Of every 20 assessments: 3 drafts (all answered, in the officer's hands), 1 returned (with the
 * reviewer's comment), 8 sent, 8 recognised; all but the drafts as the server sent them back.
 */
const STATUS_CYCLE: AssessmentStatus[] = [
	'draft',
	'draft',
	'draft',
	'returned',
	...Array(8).fill('sent'),
	...Array(8).fill('recognised')
];

const open = (user: string) => new LocalDatabase(localDbName(user));

async function seed(o: { user: string; communeId: string; hamlets: string[]; n: number }) {
	let x = 12345;
	const random = () => (x = (x * 48271) % 2147483647) / 2147483647;
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
	const t0 = Date.UTC(2026, 0, 5);
	const citizens: CitizenRecord[] = [];
	const assessments: AssessmentRecord[] = [];
	const batches: string[] = [];
	for (let i = 0; i < o.n; i++) {
		const created = new Date(t0 + i * 60_000).toISOString();
		const group = set.groups[i % set.groups.length].id;
		const fullName = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
		const hamletId = o.hamlets[i % o.hamlets.length];
		const citizen = toCitizenRecord(
			{
				_id: `citizen:${o.communeId}:${ulid(Date.parse(created))}`,
				type: 'citizen',
				communeId: o.communeId,
				hamletId,
				household: `Hộ ${random() < 0.5 ? 'ông' : 'bà'} ${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
				fullName,
				birthYear: 1940 + Math.floor(random() * 66),
				gender: random() < 0.5 ? 'male' : 'female',
				group,
				createdAt: created,
				createdBy: `canbo.${o.communeId.toLowerCase()}`,
				updatedAt: created
			},
			{ dirty: 0 }
		);
		citizens.push(citizen);
		const status = STATUS_CYCLE[i % STATUS_CYCLE.length];
		const answers = Object.fromEntries(
			applicableIndicators(set, group).map((q) => [q.id, pick(q.options).key])
		);
		const at = new Date(t0 + 86_400_000 * 30 + i * 60_000).toISOString();
		// What came back from the server carries its revision, its batch and the reviewer's decision.
		const fromServer = status !== 'draft';
		const decided = status === 'recognised' || status === 'returned';
		const review = decided
			? {
					by: 'duyet.p01',
					at: new Date(Date.parse(at) + 86_400_000 * 7).toISOString(),
					decision: status,
					...(status === 'returned'
						? { comment: 'Cần bổ sung thông tin về việc tham gia học tập' }
						: {})
				}
			: undefined;
		assessments.push({
			...(fromServer
				? {
						_rev: `2-${(i * 2654435761).toString(16).padStart(32, '0').slice(-32)}`,
						batchId: (batches[Math.floor(i / 500)] ??=
							`batch:${o.communeId}:${ulid(t0 + Math.floor(i / 500) * 3_600_000)}`)
					}
				: {}),
			...(review ? { review, history: [review] } : {}),
			_id: `assessment:${o.communeId}:${ulid(Date.parse(at))}`,
			type: 'assessment',
			citizenId: citizen._id,
			communeId: o.communeId,
			hamletId,
			criteriaSetId: set._id,
			criteriaSetVersion: set.version,
			period: 2026,
			group,
			answers,
			result: score(set, group, answers),
			assessedBy: `canbo.${o.communeId.toLowerCase()}`,
			assessedAt: at,
			updatedAt: at,
			status,
			// Drafts are the tablet's own unsent work; the rest came back from the server. Nothing is
			// 'ready', so the app's automatic send has nothing to do while other rows run.
			dirty: status === 'draft' ? 1 : 0
		});
	}
	const db = open(o.user);
	const started = performance.now();
	await db.transaction('rw', db.citizens, db.assessments, async () => {
		await db.citizens.bulkAdd(citizens);
		await db.assessments.bulkAdd(assessments);
	});
	const ms = performance.now() - started;
	db.close();
	return {
		ms,
		citizens: citizens.length,
		assessments: assessments.length,
		drafts: assessments.filter((a) => a.status === 'draft').length
	};
}

async function drafts(
	db: LocalDatabase,
	communeId: string,
	n: number
): Promise<AssessmentRecord[]> {
	const found = await db.assessments
		.where('[communeId+status+updatedAt]')
		.between([communeId, 'draft', ''], [communeId, 'draft', '\uffff'])
		.limit(n)
		.toArray();
	if (found.length === 0) throw new Error('no draft stored to save into');
	return found;
}

/** saveAnswer, one at a time, as the wizard calls it: each changes one answer of a draft. */
async function saves(o: { user: string; communeId: string; n: number }) {
	const db = open(o.user);
	await db.open();
	const work = await drafts(db, o.communeId, Math.min(o.n, 10));
	const samples: number[] = [];
	for (let i = 0; i < o.n; i++) {
		const a = work[i % work.length];
		const questions = applicableIndicators(set, a.group);
		const q = questions[Math.floor(i / work.length) % questions.length];
		const next =
			q.options[(q.options.findIndex((x) => x.key === a.answers[q.id]) + 1 + i) % q.options.length]
				.key;
		const started = performance.now();
		const outcome = await saveAnswer(db, a._id, q.id, next, 1);
		samples.push(performance.now() - started);
		if (!outcome.ok) throw new Error(`saveAnswer: ${outcome.reason.key}`);
	}
	db.close();
	return samples;
}

/**
 * markReady on answered drafts: the save that completes an assessment (every answer checked,
 * result recomputed). Each is put back to a draft after its timing (not timed), so a few drafts
 * serve any count and an app page opened later has nothing to send.
 */
async function readies(o: { user: string; communeId: string; n: number }) {
	const db = open(o.user);
	await db.open();
	const work = await drafts(db, o.communeId, Math.min(o.n, 10));
	const samples: number[] = [];
	for (let i = 0; i < o.n; i++) {
		const a = work[i % work.length];
		const started = performance.now();
		const outcome = await markReady(db, a._id);
		samples.push(performance.now() - started);
		if (!outcome.ok) throw new Error(`markReady: ${outcome.reason.key}`);
		await db.assessments.update(a._id, { status: 'draft', dirty: 1 });
	}
	db.close();
	return samples;
}

/** Each query as the register runs it: the page of 50 with the count (one call), then the latest assessment of each person shown. */
async function search(o: { user: string; communeId: string; queries: string[] }) {
	const db = open(o.user);
	await db.open();
	await listCitizens(db, o.communeId, { query: 'zz' });
	const rows: {
		query: string;
		ms: number;
		listMs: number;
		countMs: number;
		latestMs: number;
		total: number;
		shown: number;
	}[] = [];
	for (const query of o.queries) {
		let started = performance.now();
		const { people, total } = await searchCitizens(db, o.communeId, { query, limit: 50 });
		await latestAssessments(
			db,
			people.map((p) => p._id)
		);
		const ms = performance.now() - started;
		// The same parts one at a time: which one the query waits for.
		started = performance.now();
		await listCitizens(db, o.communeId, { query, limit: 50 });
		const listMs = performance.now() - started;
		started = performance.now();
		await countCitizens(db, o.communeId, { query });
		const countMs = performance.now() - started;
		started = performance.now();
		await latestAssessments(
			db,
			people.map((p) => p._id)
		);
		const latestMs = performance.now() - started;
		rows.push({ query, ms, listMs, countMs, latestMs, total, shown: people.length });
	}
	db.close();
	return rows;
}

(globalThis as unknown as { benchTablet: unknown }).benchTablet = { seed, saves, readies, search };
