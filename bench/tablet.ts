// The tablet the save, search, heap and warm-start rows share: one browser profile, the officer
// canbo.c01 signed in through the app's form (service worker controlling), its own database
// (cdht-canbo.c01) filled with `sizes.citizens` citizens and as many assessments, in bulk, by the
// app's own Dexie schema. Browser-side code (bench/page/tablet.ts) runs in a same-origin page
// without app code (the gateway's JSON at /couch/), so no app screen reacts to the writes.
import { build } from 'esbuild';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { demoOrgUnits } from '../src/lib/domain/demo-data';
import { newContext, openControlled, ROOT } from '../tests/e2e/harness';
import type { BenchContext } from './types';

export const USER = 'canbo.c01';
export const COMMUNE = 'C01';

let bundle: Promise<string> | null = null;
function tabletBundle(): Promise<string> {
	bundle ??= build({
		entryPoints: [join(ROOT, 'bench/page/tablet.ts')],
		bundle: true,
		format: 'iife',
		write: false,
		alias: { $lib: join(ROOT, 'src/lib') },
		platform: 'browser',
		define: { 'process.env.NODE_ENV': '"production"' },
		logLevel: 'error'
	}).then((r) => r.outputFiles[0].text);
	return bundle;
}

export interface Tablet {
	url: string;
	context: BrowserContext;
	seeded: { citizens: number; assessments: number; drafts: number; ms: number };
	/** Call a function of bench/page/tablet.ts in the app's origin, outside any app screen. */
	call<T>(fn: 'seed' | 'saves' | 'readies' | 'search', arg: object): Promise<T>;
	/** The page `call` runs in (for CDP: CPU throttling). */
	workPage(): Promise<Page>;
	close(): Promise<void>;
}

export async function openTablet(ctx: BenchContext): Promise<Tablet> {
	const url = await ctx.appUrl();
	const context = await newContext(await ctx.browser());
	const signIn = await context.newPage();
	await openControlled(signIn, url + '/', USER);
	await signIn.close();
	const code = await tabletBundle();
	let work: Page | null = null;
	const workPage = async () => {
		if (work && !work.isClosed()) return work;
		work = await context.newPage();
		await work.goto(url + '/couch/');
		await work.evaluate(code);
		return work;
	};
	const call = async <T>(fn: string, arg: object): Promise<T> =>
		(await workPage()).evaluate(([fn, arg]) => (globalThis as any).benchTablet[fn](arg), [
			fn,
			arg
		] as const) as Promise<T>;
	const hamlets = demoOrgUnits
		.filter((u) => u.level === 'hamlet' && u.parentId === COMMUNE)
		.map((u) => u.id);
	const seeded = await call<Tablet['seeded']>('seed', {
		user: USER,
		communeId: COMMUNE,
		hamlets,
		n: ctx.options.sizes.citizens
	});
	ctx.log(
		`tablet seeded: ${seeded.citizens} citizens + ${seeded.assessments} assessments in ${Math.round(seeded.ms)} ms`
	);
	return {
		url,
		context,
		seeded,
		call,
		workPage,
		async close() {
			await context.close();
		}
	};
}
