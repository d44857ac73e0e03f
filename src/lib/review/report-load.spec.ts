import { describe, expect, it } from 'vitest';
import { demoOrgUnits } from '$lib/domain/demo-data';
import type { CommuneCounts } from '$lib/domain/report';
import { orgIndex } from '$lib/domain/scope';
import type { ReviewConfig } from './config';
import type { Couch } from '$lib/net/couch';
import { CountsCache, loadReport, type SavedCounts } from './report-load';

// A commune database seen through /couch: its update_seq and its report view, counting requests.
function fakeCouch(seqs: Record<string, number>, recognised: Record<string, number>) {
	const calls = { info: 0, view: 0 };
	const couch = {
		async get(path: string) {
			calls.info++;
			return { update_seq: seqs[path.slice('/cdht-c-'.length).toUpperCase()] };
		},
		async view(db: string) {
			calls.view++;
			const id = db.slice('cdht-c-'.length).toUpperCase();
			return { rows: [{ key: [2026, 'recognised', 'g', '2026-03'], value: recognised[id] }] };
		}
	} as unknown as Couch;
	return { couch, calls };
}

function memorySaved(): SavedCounts & { size: () => number } {
	const rows = new Map<string, { seq: string; counts: CommuneCounts }>();
	return {
		async get(id, period) {
			return rows.get(`${id}|${period}`);
		},
		async put(id, period, seq, counts) {
			rows.set(`${id}|${period}`, { seq, counts });
		},
		size: () => rows.size
	};
}

const config: ReviewConfig = {
	units: demoOrgUnits,
	unitById: new Map(demoOrgUnits.map((u) => [u.id, u])),
	index: orgIndex(demoOrgUnits),
	targets: [],
	criteriaSets: new Map()
};

describe('loadReport', () => {
	it('asks each commune once, keeps the answer in memory and on the device, and reuses it while nothing was written', async () => {
		const seqs = { C01: 10, C02: 4, C03: 7 };
		const { couch, calls } = fakeCouch(seqs, { C01: 5, C02: 2, C03: 1 });
		const saved = memorySaved();

		const first = await loadReport(couch, config, 'P01', 2026, new CountsCache(), undefined, saved);
		expect(first).toMatchObject({
			fetched: 3,
			unchanged: 0,
			cached: 0,
			report: { totals: { recognised: 8 } }
		});
		expect(saved.size()).toBe(3);

		// A reopened page (empty memory): three cheap info requests, no view query.
		calls.view = 0;
		const again = await loadReport(couch, config, 'P01', 2026, new CountsCache(), undefined, saved);
		expect(again).toMatchObject({ fetched: 0, unchanged: 3 });
		expect(calls.view).toBe(0);

		// An officer sent to C02: only C02 is counted again.
		seqs.C02 = 9;
		const { couch: after } = fakeCouch(seqs, { C01: 5, C02: 6, C03: 1 });
		const changed = await loadReport(
			after,
			config,
			'P01',
			2026,
			new CountsCache(),
			undefined,
			saved
		);
		expect(changed).toMatchObject({
			fetched: 1,
			unchanged: 2,
			report: { totals: { recognised: 12 } }
		});

		// The same visit: memory answers, nothing asked.
		const memory = new CountsCache();
		await loadReport(after, config, 'D01', 2026, memory);
		const { couch: silent, calls: none } = fakeCouch(seqs, {});
		expect(await loadReport(silent, config, 'D01', 2026, memory)).toMatchObject({
			cached: 1,
			fetched: 0
		});
		expect(none).toEqual({ info: 0, view: 0 });
	});

	it('reports progress commune by commune', async () => {
		const { couch } = fakeCouch({ C01: 1, C02: 1, C03: 1 }, { C01: 0, C02: 0, C03: 0 });
		const seen: string[] = [];
		await loadReport(couch, config, 'P01', 2026, new CountsCache(), (done, of) =>
			seen.push(`${done}/${of}`)
		);
		expect(seen).toEqual(['1/3', '2/3', '3/3']);
	});
});
