import { describe, expect, it } from 'vitest';
import type { RunOutcome } from './engine';
import { SyncScheduler } from './triggers';

const ok: RunOutcome = {
	ok: true,
	at: 'now',
	pulled: 0,
	push: { acknowledged: 0, assessments: 0, refused: 0, conflicts: 0, batchesSent: [] }
};

/** Timers under the test's control: nothing fires until `advance`. */
function clock() {
	let now = 0;
	const timers: { at: number; fn: () => void; id: number }[] = [];
	let ids = 0;
	return {
		setTimer: (fn: () => void, ms: number) => {
			const id = ++ids;
			timers.push({ at: now + ms, fn, id });
			return id;
		},
		clearTimer: (id: unknown) => {
			const i = timers.findIndex((t) => t.id === id);
			if (i >= 0) timers.splice(i, 1);
		},
		pending: () => timers.map((t) => t.at - now),
		async advance(ms: number) {
			now += ms;
			for (const t of timers.filter((t) => t.at <= now)) {
				timers.splice(timers.indexOf(t), 1);
				t.fn();
			}
			await new Promise((r) => setTimeout(r, 0));
		}
	};
}

function setup(outcomes: RunOutcome[], online = () => true) {
	const c = clock();
	const runs: number[] = [];
	const s = new SyncScheduler({
		run: async () => {
			runs.push(runs.length);
			return outcomes.shift() ?? ok;
		},
		online,
		graceMs: 3000,
		periodMs: 600_000,
		random: () => 0.5,
		backoff: { baseMs: 10_000, capMs: 60_000 },
		setTimer: c.setTimer,
		clearTimer: c.clearTimer
	});
	return { s, c, runs };
}

describe('SyncScheduler', () => {
	it('runs after the grace period, once for a burst of triggers', async () => {
		const { s, c, runs } = setup([]);
		s.request('start');
		s.request('online');
		s.request('ready');
		await c.advance(2999);
		expect(runs).toHaveLength(0);
		await c.advance(1);
		expect(runs).toHaveLength(1);
	});

	it('after a success, checks again later for review decisions', async () => {
		const { s, c, runs } = setup([]);
		s.request('start');
		await c.advance(3000);
		expect(c.pending()).toEqual([600_000]);
		await c.advance(600_000);
		expect(runs).toHaveLength(2);
	});

	it('backs off with jitter after failures, growing, capped', async () => {
		const fail: RunOutcome = { ok: false, kind: 'network', message: '' };
		const { s, c } = setup([fail, fail, fail, fail, fail]);
		s.request('start');
		const waits: number[] = [];
		await c.advance(3000);
		for (let i = 0; i < 4; i++) {
			waits.push(c.pending()[0]);
			await c.advance(c.pending()[0]);
		}
		expect(waits).toEqual([5000, 10_000, 20_000, 30_000]);
		expect(s.failures).toBe(5);
	});

	it('an expired session stops all runs until the officer signs in; then it carries on', async () => {
		const { s, c, runs } = setup([{ ok: false, kind: 'auth', message: '' }]);
		s.request('start');
		await c.advance(3000);
		expect(s.needsSignIn).toBe(true);
		s.request('online');
		await c.advance(100_000);
		expect(runs).toHaveLength(1);
		s.signedIn();
		await c.advance(3000);
		expect(runs).toHaveLength(2);
		expect(s.needsSignIn).toBe(false);
	});

	it('offline: pending runs are cancelled, and a run that fires finds no network without trying', async () => {
		let online = true;
		const { s, c, runs } = setup([], () => online);
		s.request('start');
		s.offline();
		await c.advance(10_000);
		expect(runs).toHaveLength(0);
		online = false;
		expect(await s.runNow()).toMatchObject({ ok: false, kind: 'network' });
		expect(runs).toHaveLength(0);
	});

	it('the button runs at once and forgives the backoff', async () => {
		const { s, c, runs } = setup([{ ok: false, kind: 'server', message: '' }]);
		s.request('start');
		await c.advance(3000);
		expect(s.failures).toBe(1);
		expect(await s.runNow()).toMatchObject({ ok: true });
		expect(runs).toHaveLength(2);
		expect(s.failures).toBe(0);
	});
});
