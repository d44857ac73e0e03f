import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startServer, type RunningServer } from './harness';

/** The built app's server and a Chromium, started before a file's tests and stopped after them. */
export function useStack(): { readonly server: RunningServer; readonly browser: Browser } {
	const stack = {} as { server: RunningServer; browser: Browser };
	beforeAll(async () => {
		[stack.server, stack.browser] = await Promise.all([startServer(), launchBrowser()]);
	});
	afterAll(async () => {
		await stack.browser?.close();
		await stack.server?.stop();
	});
	return stack;
}
