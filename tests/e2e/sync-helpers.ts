// Helpers of the sync browser tests: the server seen over HTTP as a reviewer or an administrator
// would see it, and the browser signed in through the same `/couch/_session` the app uses.
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import type { WireDoc } from '../../src/lib/sync/wire';

export async function signInOverHttp(baseUrl: string, name: string): Promise<string> {
	const res = await fetch(`${baseUrl}/couch/_session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name, password: DEMO_PASSWORD })
	});
	const cookie = res.headers.get('set-cookie');
	if (res.status !== 200 || !cookie)
		throw new Error(`sign-in of ${name}: ${res.status} ${await res.text()}`);
	return cookie.split(';', 1)[0];
}

export async function couch(
	baseUrl: string,
	cookie: string,
	method: string,
	path: string,
	body?: unknown
): Promise<{ status: number; body: any }> {
	const res = await fetch(`${baseUrl}/couch${path}`, {
		method,
		headers: {
			cookie,
			accept: 'application/json',
			...(body ? { 'content-type': 'application/json' } : {})
		},
		body: body ? JSON.stringify(body) : undefined
	});
	const text = await res.text();
	return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Every document of a commune database, by type. */
export async function communeDocs(
	baseUrl: string,
	cookie: string,
	db = 'cdht-c-c01'
): Promise<WireDoc[]> {
	const res = await couch(baseUrl, cookie, 'GET', `/${db}/_all_docs?include_docs=true`);
	if (res.status !== 200) throw new Error(`_all_docs ${res.status}`);
	return (res.body.rows as { id: string; doc: WireDoc }[])
		.filter((r) => !r.id.startsWith('_'))
		.map((r) => r.doc);
}

/** The tablet's browser signs in as the officer (the app's own sign-in screen does the same request). */
export async function signInBrowser(page: Page, name: string): Promise<void> {
	const status = await page.evaluate(
		async ([name, password]) =>
			(
				await fetch('/couch/_session', {
					method: 'POST',
					credentials: 'same-origin',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ name, password })
				})
			).status,
		[name, DEMO_PASSWORD] as const
	);
	if (status !== 200) throw new Error(`browser sign-in: ${status}`);
}

/** Records every state the progress bar shows, so a fast send is still seen. */
export async function watchProgress(page: Page): Promise<void> {
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { __progress: string[] }).__progress = seen;
		const record = () => {
			const bar = document.querySelector('[role="progressbar"]');
			const text = bar?.getAttribute('aria-valuetext');
			if (text && seen.at(-1) !== text) seen.push(text);
		};
		new MutationObserver(record).observe(document.body, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['aria-valuetext']
		});
	});
}

export function progressSeen(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
}
