// Saving on the tablet with a commune's working set stored: the app's saveAnswer (one answer, as
// the wizard saves each tap) and markReady (the save that completes an assessment), called in the
// page on the real IndexedDB (bench/page/tablet.ts); each timed alone, one after another.
import { median, ms, spread, summarize } from '../stats';
import { throttleCpu } from '../throttle';
import { COMMUNE, USER } from '../tablet';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

export const save: RowModule = {
	ids: ['save'],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const { citizens, saves } = ctx.options.sizes;
		const base = {
			id: 'save',
			figure: 'Save one answer / one assessment',
			conditions: `${citizens.toLocaleString('en-US')} citizens and assessments already stored (real IndexedDB, Chromium); the app's \`saveAnswer\` / \`markReady\` called in the page; median and p95 of ${saves}, per run`,
			budget: '≤ 30 ms median'
		};
		try {
			const tablet = await ctx.tablet();
			const kinds = { answer: 'saves', assessment: 'readies' } as const;
			const perRun: Record<keyof typeof kinds, { median: number; p95: number }[]> = {
				answer: [],
				assessment: []
			};
			for (let r = 0; r < ctx.options.runs; r++)
				for (const [kind, fn] of Object.entries(kinds) as [keyof typeof kinds, string][]) {
					const samples = await tablet.call<number[]>(fn as 'saves', {
						user: USER,
						communeId: COMMUNE,
						n: saves
					});
					const s = summarize(samples);
					perRun[kind].push({ median: s.median, p95: s.p95 });
					ctx.log(`save ${kind} run ${r + 1}: median ${ms(s.median)}, p95 ${ms(s.p95)}`);
				}
			// The same once more with the CPU slowed 4× (the tablet's CPU; IndexedDB's own work runs
			// in the browser process and is not slowed).
			const page = await tablet.workPage();
			const slowed = await throttleCpu(page, 4);
			const slow = {
				answer: summarize(
					await tablet.call<number[]>('saves', { user: USER, communeId: COMMUNE, n: saves })
				),
				assessment: summarize(
					await tablet.call<number[]>('readies', { user: USER, communeId: COMMUNE, n: saves })
				)
			};
			await slowed.release();
			const words = (kind: keyof typeof kinds) => {
				const med = summarize(perRun[kind].map((x) => x.median));
				return `${kind}: ${spread(med, ms)}, p95 ${ms(median(perRun[kind].map((x) => x.p95)))}`;
			};
			const worst = Math.max(
				...(['answer', 'assessment'] as const).map(
					(k) => summarize(perRun[k].map((x) => x.median)).median
				)
			);
			return [
				{
					...base,
					result: `${words('answer')}; ${words('assessment')}`,
					verdict: worst <= 30 ? 'met' : 'missed',
					note: `At 4× CPU slowdown: answer median ${ms(slow.answer.median)} (p95 ${ms(slow.answer.p95)}), assessment median ${ms(slow.assessment.median)} (p95 ${ms(slow.assessment.p95)}). Each save is one read-write transaction (read, rescore, put). Seeding ${tablet.seeded.citizens.toLocaleString('en-US')} + ${tablet.seeded.assessments.toLocaleString('en-US')} records in bulk took ${ms(tablet.seeded.ms)}.`
				}
			];
		} catch (e) {
			return [notRun(base, (e as Error).message.split('\n')[0])];
		}
	}
};
