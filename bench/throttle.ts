import type { CDPSession, Page } from 'playwright-core';

/**
 * CDP CPU slowdown of one page's renderer: what a cheap tablet's CPU is emulated as. Emulation
 * lasts as long as the CDP session that set it, so the session is kept until `release()`.
 */
export async function throttleCpu(
	page: Page,
	rate: number
): Promise<{ cdp: CDPSession; release(): Promise<void> }> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	return {
		cdp,
		async release() {
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
			await cdp.detach().catch(() => {});
		}
	};
}
