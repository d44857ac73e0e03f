import 'fake-indexeddb/auto';
import { defaultCriteriaSet as set } from '../src/lib/domain/criteria-default';
import { demoOrgUnits } from '../src/lib/domain/demo-data';
import { newDocId } from '../src/lib/domain/ids';
import { applicableIndicators, score } from '../src/lib/domain/scoring';
import { countByStatus, listAssessments, saveAnswer } from '../src/lib/db/assessments';
import { toCitizenRecord } from '../src/lib/db/citizen-keys';
import { countCitizens, listCitizens } from '../src/lib/db/citizens';
import { ensureBundledCriteria } from '../src/lib/db/criteria';
import type { LocalDatabase } from '../src/lib/db/db';
import { ensureOrgUnits } from '../src/lib/db/org';
import type { AssessmentRecord, CitizenRecord } from '../src/lib/db/records';
import { freshDb } from '../src/lib/db/test-db';
import { FAMILY as family } from './names';

// `node --import tsx bench/local-db.ts`: figures, not assertions, for a commune's working set
// (10,000 citizens and as many assessments) in fake-indexeddb under Node (moved out of the unit
// tests: it took most of their time). A real tablet's IndexedDB differs (usually faster
// per operation, slower CPU), so these show the shape: index ranges, not scans.

const N = 10_000;
const middle = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Xuân', 'Thu'];
const given = [
	'An',
	'Bình',
	'Cường',
	'Dũng',
	'Giang',
	'Hà',
	'Hải',
	'Hoa',
	'Hùng',
	'Hương',
	'Khánh',
	'Lan',
	'Long',
	'Mai',
	'Nam',
	'Nga',
	'Phúc',
	'Quang',
	'Sơn',
	'Tâm',
	'Thảo',
	'Trang',
	'Tuấn',
	'Việt',
	'Yến'
];
const hamlets = ['C01-H01', 'C01-H02', 'C01-H03'];
const groups = set.groups.map((g) => g.id);

let db: LocalDatabase;
const figures: string[] = [];

async function timed<T>(label: string, runs: number, fn: (i: number) => Promise<T>): Promise<T> {
	let last!: T;
	const start = performance.now();
	for (let i = 0; i < runs; i++) last = await fn(i);
	figures.push(`${label}: ${((performance.now() - start) / runs).toFixed(2)} ms`);
	return last;
}

/** A figure over a wrong answer would mislead: stop instead. */
function check(ok: boolean, what: string): void {
	if (!ok) throw new Error(`local-db bench: ${what}`);
}

async function seed(): Promise<void> {
	db = freshDb();
	await ensureOrgUnits(db, demoOrgUnits);
	await ensureBundledCriteria(db);
	const now = Date.now();
	const citizens: CitizenRecord[] = [];
	const assessments: AssessmentRecord[] = [];
	for (let i = 0; i < N; i++) {
		const at = new Date(now - (N - i) * 60_000).toISOString();
		const group = groups[i % groups.length];
		const fullName = `${family[i % family.length]} ${middle[(i >> 4) % middle.length]} ${given[(i * 7) % given.length]}`;
		const c = toCitizenRecord(
			{
				_id: newDocId('citizen', 'C01', now + i),
				type: 'citizen',
				communeId: 'C01',
				hamletId: hamlets[i % hamlets.length],
				fullName,
				birthYear: 1940 + (i % 66),
				gender: i % 2 ? 'female' : 'male',
				group,
				createdAt: at,
				createdBy: 'canbo.c01',
				updatedAt: at
			},
			{ dirty: 0 }
		);
		citizens.push(c);
		const answers = Object.fromEntries(
			applicableIndicators(set, group).map((x, k) => [
				x.id,
				x.options[(i + k) % x.options.length].key
			])
		);
		assessments.push({
			_id: newDocId('assessment', 'C01', now + i),
			type: 'assessment',
			citizenId: c._id,
			communeId: 'C01',
			hamletId: c.hamletId,
			criteriaSetId: set._id,
			criteriaSetVersion: 1,
			period: 2026,
			group,
			answers,
			result: score(set, group, answers),
			assessedBy: 'canbo.c01',
			assessedAt: at,
			updatedAt: at,
			status: (['draft', 'ready', 'sent', 'recognised', 'returned'] as const)[i % 5],
			dirty: 0
		});
	}
	const start = performance.now();
	await db.citizens.bulkAdd(citizens);
	await db.assessments.bulkAdd(assessments);
	figures.push(
		`seeding ${N} citizens + ${N} assessments: ${(performance.now() - start).toFixed(0)} ms`
	);
}

async function search(): Promise<void> {
	for (const query of ['nguyen van an', 'an nguyen', 'dang', 'thu hoa', 'hu', 'n']) {
		const found = await timed(`search ${JSON.stringify(query)} (first 50 of the matches)`, 5, () =>
			listCitizens(db, 'C01', { query })
		);
		check(found.length > 0, `nothing found for ${query}`);
	}
	figures.push(`  matches for "hu": ${await countCitizens(db, 'C01', { query: 'hu' })}`);
}

async function pages(): Promise<void> {
	await timed('first page of the commune (50)', 5, () => listCitizens(db, 'C01'));
	await timed('page 100 of the commune (offset 5000)', 5, () =>
		listCitizens(db, 'C01', { offset: 5000 })
	);
	await timed('first page of one hamlet', 5, () =>
		listCitizens(db, 'C01', { hamletId: 'C01-H02' })
	);
}

async function saving(): Promise<void> {
	// One transaction, the result recomputed.
	const draft = (await listAssessments(db, 'C01', { status: 'draft', limit: 1 }))[0];
	const questions = applicableIndicators(set, draft.group);
	const r = await timed('saveAnswer', 100, (i) => {
		const q = questions[i % questions.length];
		return saveAnswer(db, draft._id, q.id, q.options[i % q.options.length].key);
	});
	check(r.ok, 'saveAnswer refused');
}

async function counts(): Promise<void> {
	const byStatus = await timed('countByStatus', 5, () => countByStatus(db, 'C01'));
	check(byStatus.draft === N / 5, 'countByStatus');
	await timed('listAssessments (50, joined with citizens)', 5, () =>
		listAssessments(db, 'C01', { status: 'ready' })
	);
}

db = freshDb();
try {
	await seed();
	await search();
	await pages();
	await saving();
	await counts();
	console.log(
		`[local db, fake-indexeddb, ${N} citizens + ${N} assessments]\n${figures.join('\n')}`
	);
} finally {
	await db.delete();
}
