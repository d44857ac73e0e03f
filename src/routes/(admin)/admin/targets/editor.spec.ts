import { beforeEach, describe, expect, it, vi } from 'vitest';
import { w } from '$lib/admin/words';
import { targetDoc } from '$lib/domain/admin-targets';
import { GROUP_OFFICIALS } from '$lib/domain/criteria-default';
import { demoOrgUnits } from '$lib/domain/demo-data';
import type { Target } from '$lib/domain/org-unit.schema';
import { CouchFailure } from '$lib/net/failure';
import { TargetsEditor, type TargetsApi } from './editor.svelte';

// The targets page without its table: a server in memory (a list of targets with revisions).

const YEAR = 2026;
let stored: Target[];
let api: TargetsApi & {
	saveTarget: ReturnType<typeof vi.fn>;
	deleteTarget: ReturnType<typeof vi.fn>;
};

beforeEach(() => {
	stored = [{ ...targetDoc('P01', YEAR, 60, null), _rev: '1-a' }];
	api = {
		loadUnits: async () => demoOrgUnits,
		loadTargets: async () => stored.map((t) => ({ ...t })),
		saveTarget: vi.fn(
			async (t: Target) =>
				void (stored = [...stored.filter((s) => s._id !== t._id), { ...t, _rev: '2-b' }])
		),
		deleteTarget: vi.fn(
			async (t: Pick<Target, '_id'>) => void (stored = stored.filter((s) => s._id !== t._id))
		)
	};
});

async function opened() {
	const e = new TargetsEditor(api, YEAR);
	await e.start();
	return e;
}
const rowOf = (e: TargetsEditor, id: string) => e.rows.find((r) => r.unit.id === id)!;

describe('TargetsEditor', () => {
	it('opens on this year: a row per unit above the hamlets, each box filled with its own target', async () => {
		const e = await opened();
		expect(e.rows.map((r) => r.unit.id)).toEqual(['P01', 'C01', 'C02', 'D01', 'C03']);
		expect(e.typed).toEqual({ P01: '60', C01: '', C02: '', D01: '', C03: '' });
		expect(e.sourceText(rowOf(e, 'C01'))).toBe(
			w('targets.fromUnit', { percent: '60', name: 'Tỉnh Demo' })
		);
		expect(e.years).toEqual([2025, 2026, 2027]);
	});

	it('a citizen group chosen: its own target is set for that group, and the all-groups one is said to apply until then', async () => {
		const e = await opened();
		e.group = GROUP_OFFICIALS;
		e.changeYear();
		expect(e.groups).toContain(GROUP_OFFICIALS);
		expect(e.sourceText(rowOf(e, 'C01'))).toBe(
			w('targets.fromUnitAll', { percent: '60', name: 'Tỉnh Demo' })
		);
		e.typed.C01 = '60';
		expect(e.ask(rowOf(e, 'C01'))).toBeNull();
		expect(e.confirmText).toContain(
			w('targets.nameForGroup', { name: 'Xã An Bình', group: e.groupLabel(GROUP_OFFICIALS) })
		);
		await e.save();
		expect(api.saveTarget.mock.calls[0][0]).toMatchObject({
			orgUnitId: 'C01',
			period: YEAR,
			group: GROUP_OFFICIALS,
			percentage: 60
		});
		expect(e.sourceText(rowOf(e, 'C01'))).toBe(w('targets.fromOwn', { percent: '60' }));
	});

	it('a server that cannot be reached is the page’s problem, in words', async () => {
		api.loadUnits = async () => {
			throw new CouchFailure('network', 'Failed to fetch');
		};
		const e = await opened();
		expect(e.problem).toBe(w('error.network'));
	});

	it('a box that is not a percentage is refused at the row, and its id given to focus', async () => {
		const e = await opened();
		e.typed.C01 = '62,55';
		expect(e.ask(rowOf(e, 'C01'))).toBe('C01');
		expect(e.issues.C01).toBe(w('targets.problem.format'));
		expect(e.pending).toBeNull();
	});

	it('a value out of the schema’s range is refused with the schema’s words', async () => {
		const e = await opened();
		e.typed.C01 = '150';
		expect(e.ask(rowOf(e, 'C01'))).toBe('C01');
		expect(e.issues.C01).toBeTruthy();
	});

	it('an unchanged box says so and asks nothing', async () => {
		const e = await opened();
		expect(e.ask(rowOf(e, 'P01'))).toBeNull();
		expect(e.done).toEqual({
			id: 'P01',
			ok: true,
			text: w('targets.unchanged', { name: 'Tỉnh Demo' })
		});
		expect(e.pending).toBeNull();
	});

	it('setting a target asks first, naming the units that follow it; confirmed, it is saved and the table reloaded', async () => {
		const e = await opened();
		e.typed.D01 = '70';
		expect(e.ask(rowOf(e, 'D01'))).toBeNull();
		expect(e.pending).toMatchObject({ percentage: 70 });
		expect(e.confirmText).toContain('Xã Tân Phú');
		expect(await e.save()).toBe('D01');
		expect(api.saveTarget).toHaveBeenCalledWith(targetDoc('D01', YEAR, 70, null));
		expect(e.done).toEqual({
			id: 'D01',
			ok: true,
			text: w('targets.saved', { name: 'Huyện Cũ', year: YEAR, percent: '70' })
		});
		expect(rowOf(e, 'C03').applied).toBe(70);
		expect(e.pending).toBeNull();
	});

	it('after a save, another row’s box edited but not saved keeps what was typed', async () => {
		const e = await opened();
		e.typed.C02 = '55';
		e.typed.C01 = '65';
		e.ask(rowOf(e, 'C01'));
		await e.save();
		expect(e.typed).toMatchObject({ C01: '65', C02: '55' });
		e.changeYear();
		expect(e.typed.C02).toBe('');
	});

	it('clearing deletes the unit’s own target: the parent’s applies', async () => {
		const e = await opened();
		e.ask(rowOf(e, 'P01'), true);
		await e.save();
		expect(api.deleteTarget).toHaveBeenCalledWith(
			expect.objectContaining({ _id: targetDoc('P01', YEAR, 60, null)._id, _rev: '1-a' })
		);
		expect(rowOf(e, 'P01').source).toEqual({ kind: 'default' });
		expect(e.done?.ok).toBe(true);
	});

	it('someone else’s newer change: the table reloads and the row says so', async () => {
		const e = await opened();
		api.saveTarget.mockRejectedValueOnce(
			new CouchFailure('conflict', 'Document update conflict.', 409)
		);
		stored = [{ ...stored[0], percentage: 64, _rev: '2-x' }];
		e.typed.P01 = '61';
		e.ask(rowOf(e, 'P01'));
		await e.save();
		expect(e.done).toEqual({
			id: 'P01',
			ok: false,
			text: w('targets.conflict', { name: 'Tỉnh Demo' })
		});
		expect(e.typed.P01).toBe('64');
	});

	it('a refusal with field issues shows them at the row', async () => {
		const e = await opened();
		api.saveTarget.mockRejectedValueOnce(
			new CouchFailure('forbidden', 'Không hợp lệ', 403, 'Không hợp lệ', 'forbidden', [
				{ path: 'percentage', message: 'err.percentage' }
			])
		);
		e.typed.C01 = '65';
		e.ask(rowOf(e, 'C01'));
		await e.save();
		expect(e.done).toMatchObject({ id: 'C01', ok: false });
		expect(e.issues.C01).toBeTruthy();
	});
});
