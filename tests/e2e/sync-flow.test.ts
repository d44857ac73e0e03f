// Issue #4 end to end: assessments recorded offline are sent when the connection returns, a
// reviewer's return comes back to the tablet with its comment, and the fix reaches the server.
import { expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import {
	AN,
	addCitizen,
	completeWizard,
	currentStep,
	startAssessmentOfSaved,
	type NewCitizen
} from './flows';
import { newContext, openControlled, waitForAppReady } from './harness';
import { useStack } from './stack';
import {
	communeDocs,
	couch,
	progressSeen,
	signInBrowser,
	signInOverHttp,
	watchProgress
} from './sync-helpers';

const stack = useStack();

const PEOPLE: NewCitizen[] = [
	AN,
	{
		...AN,
		fullName: 'Trần Thị Bình',
		birthYear: '1970',
		gender: 'Nữ',
		household: 'Hộ bà Trần Thị Bình'
	},
	{
		...AN,
		fullName: 'Lê Văn Cường',
		birthYear: '1985',
		hamlet: 'Thôn Tây',
		household: 'Hộ ông Lê Văn Cường'
	}
];

test(
	'recorded offline → sent when online → returned by a reviewer → fixed → sent again',
	{ timeout: 240_000 },
	async () => {
		const context = await newContext(stack.browser);
		const page = await context.newPage();
		await openControlled(page, stack.server.url + '/');
		await signInBrowser(page, 'canbo.c01');

		// Offline: three citizens assessed and marked ready.
		await context.setOffline(true);
		for (const person of PEOPLE) {
			await addCitizen(page, person);
			await startAssessmentOfSaved(page, person.fullName);
			await completeWizard(page);
			await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
			await page.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();
		}
		await page.goto(stack.server.url + '/send');
		await waitForAppReady(page);
		await page.getByRole('heading', { name: '3 phiếu sẵn sàng gửi' }).waitFor();
		await page.getByText('Không có mạng').first().waitFor();
		await page.getByRole('list', { name: 'Theo thôn, ấp' }).getByText('Thôn Tây').waitFor();

		// A slow line (so the bar is on screen a while), then the connection returns: it sends by itself.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await watchProgress(page);
		await context.setOffline(false);
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 400,
			downloadThroughput: 50_000,
			uploadThroughput: 50_000
		});
		await page.getByText('Đã gửi xong 3 phiếu').waitFor({ timeout: 60_000 });
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 0,
			downloadThroughput: -1,
			uploadThroughput: -1
		});
		const seen = await progressSeen(page);
		expect(seen.length).toBeGreaterThan(0);
		// In words a person reads (UI.md: never KB or record counts on an officer's screen).
		expect(seen.at(-1)).toBe('Đã gửi được 100%');
		await page.getByRole('heading', { name: 'Không có phiếu nào chờ gửi.' }).waitFor();
		await page.getByText('Đã gửi, chờ duyệt').first().waitFor();
		const axe = await new AxeBuilder({ page }).analyze();
		expect(
			axe.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => v.id)
		).toEqual([]);

		// The server holds them: checked over HTTP as the administrator.
		const admin = await signInOverHttp(stack.server.url, 'quantri');
		const docs = await communeDocs(stack.server.url, admin);
		const assessments = docs.filter((d) => d.type === 'assessment');
		const batch = docs.find((d) => d.type === 'batch')!;
		expect(assessments).toHaveLength(3);
		expect(docs.filter((d) => d.type === 'citizen')).toHaveLength(3);
		expect(batch).toMatchObject({ status: 'sent', count: 3, officer: 'canbo.c01' });
		expect(assessments.every((a) => a.status === 'sent' && a.batchId === batch._id)).toBe(true);

		// A reviewer returns one, over HTTP.
		const reviewer = await signInOverHttp(stack.server.url, 'duyet.p01');
		const target = assessments.find(
			(a) => a.citizenId === docs.find((d) => d.fullName === 'Trần Thị Bình')!._id
		)!;
		const comment = 'Kiểm tra lại câu trả lời về học tập suốt đời';
		const entry = { by: 'duyet.p01', at: new Date().toISOString(), decision: 'returned', comment };
		const put = await couch(
			stack.server.url,
			reviewer,
			'PUT',
			`/cdht-c-c01/${encodeURIComponent(target._id)}`,
			{ ...target, status: 'returned', review: entry, history: [entry] }
		);
		expect(put.status).toBe(201);

		// The tablet hears of it at its next send, and shows it returned with the comment.
		await page.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		await page.getByText('Có 1 phiếu bị trả lại').waitFor();
		await page.getByRole('link', { name: 'Xem phiếu bị trả lại' }).click();
		await page.getByRole('link', { name: /Trần Thị Bình/ }).click();
		await page.getByText(comment).waitFor();

		// Fixed offline, marked ready: it goes in the next batch when the line is back.
		await context.setOffline(true);
		await page.getByRole('button', { name: 'Sửa lại phiếu này' }).click();
		await page.getByText(/Bước 1\/\d+/).waitFor();
		const question = page.locator('[data-indicator]').first();
		await question.getByRole('button').nth(1).click();
		await expect
			.poll(() => question.getByRole('button').nth(1).getAttribute('aria-pressed'))
			.toBe('true');
		// The other answers stay as they were: through the steps to the summary.
		for (
			let [n, total] = await currentStep(page);
			n < total;
			[n, total] = await currentStep(page)
		) {
			await page.getByRole('button', { name: 'Tiếp theo' }).click();
			await page.getByText(`Bước ${n + 1}/${total}`).waitFor();
		}
		await page.getByRole('heading', { level: 1, name: 'Kết quả' }).waitFor();
		await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
		await page.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();
		await page.goto(stack.server.url + '/send');
		await waitForAppReady(page);
		await page.getByRole('heading', { name: '1 phiếu sẵn sàng gửi' }).waitFor();
		await context.setOffline(false);
		await page.getByText('Đã gửi xong 1 phiếu').waitFor({ timeout: 60_000 });

		const after = (await communeDocs(stack.server.url, admin)).find((d) => d._id === target._id)!;
		expect(after.status).toBe('sent');
		expect(after.answers).not.toEqual(target.answers);
		expect(after.history).toEqual([entry]);
		expect(after.batchId).not.toBe(batch._id);
		const batches = (await communeDocs(stack.server.url, admin)).filter((d) => d.type === 'batch');
		expect(batches).toHaveLength(2);
		expect(batches.find((b) => b._id === after.batchId)).toMatchObject({
			count: 1,
			assessmentIds: [target._id]
		});
		await context.close();
	}
);
