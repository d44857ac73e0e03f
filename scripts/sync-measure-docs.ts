// The documents the sync measurements push and pull (scripts/sync-measure-page.ts in Chromium,
// bench/rows/many-officers.ts and restore.ts in Node): one module, so every row measures the same data.
import { citizenKeys } from '../src/lib/db/citizen-keys';
import { toWire, type AssessmentRecord, type CitizenRecord } from '../src/lib/db/records';
import { defaultCriteriaSet } from '../src/lib/domain/criteria-default';
import { ulid } from '../src/lib/domain/ids';
import { applicableIndicators, score } from '../src/lib/domain/scoring';
import { FAMILY, GIVEN, MIDDLE } from '../bench/names';

// Documents as varied as real ones (names, households, years, answers, times, random ULIDs), so
// gzip compresses them as it would real data (~10×), not the ~35× of the specs' repetitive fixtures.
export function realisticWork(from: number, n: number, communeId: string) {
	let x = from + 1;
	const random = () => (x = (x * 48271) % 2147483647) / 2147483647;
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
	const at = (day: number) =>
		new Date(Date.UTC(2026, 2, day, 0, 0, 0) + Math.floor(random() * 86_400_000)).toISOString();
	const citizens: CitizenRecord[] = [];
	const assessments: AssessmentRecord[] = [];
	for (let i = 0; i < n; i++) {
		const created = at(1 + Math.floor(random() * 20));
		const fullName = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
		const group = pick(defaultCriteriaSet.groups).id;
		const doc = {
			_id: `citizen:${communeId}:${ulid(Date.parse(created))}`,
			type: 'citizen' as const,
			communeId,
			hamletId: `${communeId}-H0${1 + Math.floor(random() * 3)}`,
			household: `Hộ ${random() < 0.5 ? 'ông' : 'bà'} ${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
			fullName,
			birthYear: 1940 + Math.floor(random() * 68),
			gender: random() < 0.5 ? ('male' as const) : ('female' as const),
			group,
			...(random() < 0.5
				? { phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}` }
				: {}),
			...(random() < 0.3
				? { idCardLast4: String(Math.floor(random() * 1e4)).padStart(4, '0') }
				: {}),
			createdAt: created,
			createdBy: `canbo.${communeId.toLowerCase()}`,
			updatedAt: created
		};
		citizens.push({ ...doc, ...citizenKeys(doc), dirty: 1 });
		const answers: Record<string, string> = {};
		for (const indicator of applicableIndicators(defaultCriteriaSet, group))
			answers[indicator.id] = pick(indicator.options).key;
		const assessed = at(21 + Math.floor(random() * 7));
		assessments.push({
			_id: `assessment:${communeId}:${ulid(Date.parse(assessed))}`,
			type: 'assessment',
			citizenId: doc._id,
			communeId,
			hamletId: doc.hamletId,
			criteriaSetId: defaultCriteriaSet._id,
			criteriaSetVersion: defaultCriteriaSet.version,
			period: 2026,
			group,
			answers,
			result: score(defaultCriteriaSet, group, answers),
			assessedBy: `canbo.${communeId.toLowerCase()}`,
			assessedAt: assessed,
			updatedAt: assessed,
			status: 'ready',
			dirty: 1
		});
	}
	return { citizens, assessments };
}

/**
 * The same work as the server holds it once pushed (citizens, assessments 'sent' in batches of at
 * most 1,000, the batch documents), or once reviewed too (`reviewed`: each assessment recognised,
 * or returned with a comment, by the province's reviewer, with its history).
 */
export function serverDocs(
	from: number,
	n: number,
	communeId: string,
	options: { reviewed?: boolean; batchId?: (i: number) => string } = {}
) {
	const work = realisticWork(from, n, communeId);
	const officer = `canbo.${communeId.toLowerCase()}`;
	const batchIdOf =
		options.batchId ??
		((i: number) => `batch:${communeId}:${ulid(Date.UTC(2026, 2, 28) + from + i)}`);
	const citizens = work.citizens.map((c) => toWire(c) as Record<string, unknown>);
	const assessments: Record<string, unknown>[] = [];
	const batches: Record<string, unknown>[] = [];
	for (let i = 0; i < work.assessments.length; i += 1000) {
		const members = work.assessments.slice(i, i + 1000);
		const batchId = batchIdOf(i / 1000);
		const createdAt = new Date(Date.UTC(2026, 2, 28)).toISOString();
		for (const [k, a] of members.entries()) {
			const doc: Record<string, unknown> = { ...toWire(a), status: 'sent', batchId };
			if (options.reviewed) {
				const returned = k % 10 === 0;
				const review = {
					by: 'duyet.p01',
					at: new Date(Date.UTC(2026, 3, 2) + k * 60_000).toISOString(),
					decision: returned ? 'returned' : 'recognised',
					...(returned ? { comment: 'Xin bổ sung chỉ số học tập của hộ.' } : {})
				};
				Object.assign(doc, { status: review.decision, review, history: [review] });
			}
			assessments.push(doc);
		}
		batches.push({
			_id: batchId,
			type: 'batch',
			communeId,
			officer,
			createdAt,
			sentAt: createdAt,
			assessmentIds: members.map((a) => a._id),
			citizenIds: [...new Set(members.map((a) => a.citizenId))],
			count: members.length,
			status: 'sent'
		});
	}
	return { citizens, assessments, batches };
}
