// Shared by the administration browser tests: the administrator's browser signed in through the
// same `/couch/_session` the app uses, and axe over an admin page.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';

/** Signs the page's browser context in as the administrator and opens `path`, past the guard. */
export async function openAsAdmin(page: Page, baseUrl: string, path = '/admin'): Promise<void> {
	const res = await page.request.post(`${baseUrl}/couch/_session`, {
		data: { name: 'quantri', password: DEMO_PASSWORD }
	});
	if (res.status() !== 200) throw new Error(`admin sign-in: ${res.status()}`);
	await page.goto(baseUrl + path);
	await page.getByRole('navigation', { name: 'Các mục quản trị' }).waitFor();
}

/** Serious or critical axe violations of the page as it is now, named by where. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	if (bad.length)
		console.log(
			where,
			JSON.stringify(
				bad.map((v) => ({
					id: v.id,
					help: v.help,
					nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5)
				})),
				null,
				2
			)
		);
	return bad.map((v) => `${where}: ${v.id}`);
}
