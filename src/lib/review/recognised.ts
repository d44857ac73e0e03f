import type { Citizen } from '$lib/domain/citizen.schema';
import { communeDbName } from '$lib/domain/ids';
import { sortKey } from '$lib/domain/search-key';
import type { Couch } from '$lib/net/couch';
import { RULES, VIEWS } from './views';

// The list that goes with a commune's recognition decision: every citizen recognised in a period,
// by hamlet, in the order commune lists are kept. The view gives who and when; the names come
// from the citizens' own records (only those recognised, never the whole commune).

export interface RecognisedRow {
	citizenId: string;
	hamletId: string;
	fullName: string;
	birthYear: number | null;
	gender: Citizen['gender'] | null;
	group: string;
	total: number | null;
	max: number | null;
	at: string | null;
	by: string | null;
}

interface RecognisedValue {
	citizenId: string;
	group: string;
	total?: number;
	max?: number;
	at?: string;
	by?: string;
}

export async function loadRecognised(
	couch: Couch,
	communeId: string,
	period: number
): Promise<RecognisedRow[]> {
	const db = communeDbName(communeId);
	const answer = await couch.view<[number, string], RecognisedValue>(db, RULES, VIEWS.recognised, {
		startkey: [period],
		endkey: [period, {}]
	});
	const ids = [...new Set(answer.rows.map((r) => r.value.citizenId))];
	const citizens = new Map<string, Citizen>();
	// Bounded requests: a commune may recognise thousands in a year.
	for (let i = 0; i < ids.length; i += 500)
		for (const c of await couch.docs<Citizen>(db, ids.slice(i, i + 500)))
			if (c) citizens.set(c._id, c);
	const seen = new Set<string>();
	const rows: RecognisedRow[] = [];
	for (const { key, value } of answer.rows) {
		// A citizen recognised twice in a period (two assessments) is listed once.
		if (seen.has(value.citizenId)) continue;
		seen.add(value.citizenId);
		const c = citizens.get(value.citizenId);
		rows.push({
			citizenId: value.citizenId,
			hamletId: key[1],
			fullName: c?.fullName ?? value.citizenId,
			birthYear: c?.birthYear ?? null,
			gender: c?.gender ?? null,
			group: value.group,
			total: value.total ?? null,
			max: value.max ?? null,
			at: value.at ?? null,
			by: value.by ?? null
		});
	}
	return rows.sort((a, b) =>
		a.hamletId === b.hamletId
			? sortKey(a.fullName) < sortKey(b.fullName)
				? -1
				: 1
			: a.hamletId < b.hamletId
				? -1
				: 1
	);
}
