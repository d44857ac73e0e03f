// Issue #13.2 as a row: an officer's reads (the database, its changes, its documents, one after
// another as a tablet's sync makes them) while wrong sign-ins arrive at 30 a second, beside the
// same reads without them. bench/signin-storm.ts does the work on an in-process embedded store.
import { DEFAULT_PASSWORD_ITERATIONS } from '../../src/lib/server/auth/work-factor';
import { signInStorm } from '../signin-storm';
import { ms, num } from '../stats';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

export const signinStorm: RowModule = {
	ids: ['signin-storm'],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const tiny = ctx.options.size === 'tiny';
		// Tiny: a short burst at a cheap work factor, so the smoke test stays quick (its figure means nothing).
		const attempts = tiny ? 6 : 30;
		const iterations = tiny ? 10_000 : DEFAULT_PASSWORD_ITERATIONS;
		const base = {
			id: 'signin-storm',
			figure: 'Reads during a sign-in storm',
			conditions: `${attempts} wrong sign-ins sent at once (one second's worth at 30/s), each a different name, pbkdf2 ${num(iterations)} iterations; meanwhile reads of the commune database as a tablet's sync makes them (database, _changes, _all_docs), one after another, until the burst is answered; embedded store in-process, no line emulation`,
			budget: 'report (p99 beside the reads without the storm)'
		};
		try {
			const r = await signInStorm({ attempts, iterations });
			const answers = Object.entries(r.signIns)
				.map(([status, n]) => `${n}× ${status}`)
				.join(', ');
			return [
				{
					...base,
					result: `p50 ${ms(r.p50)}, p99 ${ms(r.p99)} (max ${ms(r.max)}, ${r.reads} reads); without the storm p50 ${ms(r.baselineP50)}, p99 ${ms(r.baselineP99)}`,
					verdict: 'report',
					note: `The burst was answered in ${ms(r.burstMs)} (${answers}).`
				}
			];
		} catch (e) {
			return [notRun(base, (e as Error).message.split('\n')[0])];
		}
	}
};
