// Issue #19 end to end: a tablet with no line hands its work over as a signed file; a reviewer
// takes it in; the batch stands in the inbox; the tablet, online again, shows it sent and the
// server holds each document once. A tampered file, a replayed file and a disabled account's file.
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { AN, addCitizen, completeWizard, startAssessmentOfSaved } from './flows';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { newContext, openControlled, waitForAppReady } from './harness';
import { useStack } from './stack';
import { communeDocs, couch, signInBrowser, signInOverHttp } from './sync-helpers';

const stack = useStack();
const SHOTS = process.env.HANDOVER_SHOTS;
const serious = async (page: Page) =>
	(await new AxeBuilder({ page }).analyze()).violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => v.id);

test(
	'offline tablet makes a file → reviewer takes it in → inbox → tablet online shows it sent, nothing twice',
	{ timeout: 240_000 },
	async () => {
		const url = stack.server.url;
		const admin = await signInOverHttp(url, 'quantri');
		const tabletContext = await newContext(stack.browser);
		const tablet = await tabletContext.newPage();
		await openControlled(tablet, url + '/');
		await signInBrowser(tablet, 'canbo.c01');
		await tablet.goto(url + '/send');
		await waitForAppReady(tablet);
		// Online once: the tablet's key reaches the officer's account.
		await expect
			.poll(
				async () =>
					(await couch(url, admin, 'GET', '/_users/org.couchdb.user:canbo.c01')).body.handoverKeys
						?.length ?? 0,
				{ timeout: 30_000 }
			)
			.toBe(1);

		await tabletContext.setOffline(true);
		await addCitizen(tablet, AN);
		await startAssessmentOfSaved(tablet, AN.fullName);
		await completeWizard(tablet);
		await tablet.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
		await tablet.getByText('Đã lưu trên máy.').first().waitFor();
		await tablet.goto(url + '/send');
		await waitForAppReady(tablet);
		await tablet.getByRole('heading', { name: '1 phiếu sẵn sàng gửi' }).waitFor();
		const download = tablet.waitForEvent('download');
		await tablet.getByRole('button', { name: 'Gửi bằng tệp' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/^cdht-C01-\d{4}-\d{2}-\d{2}-1-phieu\.cdht$/);
		const path = join(tmpdir(), file.suggestedFilename());
		await file.saveAs(path);
		await tablet.getByText(`Đã tạo tệp ${file.suggestedFilename()} (1 phiếu).`).waitFor();
		await tablet.getByText('1 phiếu đã gửi bằng tệp, chờ máy chủ nhận.').waitFor();
		expect(await serious(tablet)).toEqual([]);
		// Said on the assessment itself too, in the list.
		await tablet.goto(url + '/assessments');
		await waitForAppReady(tablet);
		await tablet
			.locator('[data-handed-over-one]', { hasText: 'Đã gửi bằng tệp, chờ máy chủ nhận' })
			.waitFor();
		await tablet.goto(url + '/send');
		await waitForAppReady(tablet);
		if (SHOTS) {
			await tablet.screenshot({ path: `${SHOTS}/handover-tablet.png`, fullPage: true });
			await tablet.setViewportSize({ width: 360, height: 740 });
			await tablet.screenshot({ path: `${SHOTS}/handover-phone.png`, fullPage: true });
			await tablet.setViewportSize({ width: 800, height: 1280 });
		}

		// The reviewer: a tampered copy is refused, the file itself is previewed and taken in, once.
		const reviewerContext = await newContext(stack.browser, { width: 1280, height: 900 });
		const reviewer = await reviewerContext.newPage();
		expect(
			(
				await reviewer.request.post(url + '/couch/_session', {
					data: { name: 'duyet.p01', password: DEMO_PASSWORD }
				})
			).status()
		).toBe(200);
		await reviewer.goto(url + '/review');
		await waitForAppReady(reviewer);
		await reviewer.getByRole('link', { name: 'Nhận tệp từ xã' }).click();
		await reviewer.getByRole('heading', { level: 1, name: 'Nhận tệp từ xã' }).waitFor();

		const tampered = join(tmpdir(), 'tampered.cdht');
		await writeFile(
			tampered,
			gzipSync(
				gunzipSync(await readFile(path))
					.toString('utf8')
					.replace('"birthYear":', '"birthYear":1')
			)
		);
		await reviewer.getByLabel('Chọn tệp').setInputFiles(tampered);
		await reviewer.getByText(/^Chữ ký không khớp/).waitFor();

		await reviewer.getByLabel('Chọn tệp').setInputFiles(path);
		await reviewer.getByText('Chữ ký đúng. 1 phiếu mới, 0 phiếu máy chủ đã có.').waitFor();
		await reviewer.getByText(/Tệp của cán bộ canbo\.c01, Xã An Bình.*1 phiếu, 1 người/).waitFor();
		expect(await serious(reviewer)).toEqual([]);
		if (SHOTS)
			await reviewer.screenshot({ path: `${SHOTS}/handover-review-preview.png`, fullPage: true });
		await reviewer.getByRole('button', { name: 'Nhận tệp' }).click();
		await reviewer
			.getByText('Đã nhận: 1 phiếu mới, 0 phiếu đã có từ trước, 0 hồ sơ bị từ chối.')
			.waitFor();
		await reviewer.getByLabel('Chọn tệp').setInputFiles([]);
		await reviewer.getByLabel('Chọn tệp').setInputFiles(path);
		await reviewer.getByText('Chữ ký đúng. 0 phiếu mới, 1 phiếu máy chủ đã có.').waitFor();
		await reviewer.getByRole('button', { name: 'Nhận tệp' }).click();
		await reviewer
			.getByText('Đã nhận: 0 phiếu mới, 1 phiếu đã có từ trước, 0 hồ sơ bị từ chối.')
			.waitFor();

		await reviewer.getByRole('link', { name: 'Về hộp thư' }).click();
		await waitForAppReady(reviewer);
		await expect.poll(() => reviewer.locator('tr[data-batch]').count()).toBe(1);
		await expect
			.poll(() => reviewer.locator('tr[data-batch]').first().textContent())
			.toMatch(/Xã An Bình.*canbo\.c01.*1/);
		if (SHOTS) await reviewer.screenshot({ path: `${SHOTS}/handover-inbox.png`, fullPage: true });

		// The tablet online again: it sends, finds everything there, and shows it sent.
		await tabletContext.setOffline(false);
		await tablet.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		await tablet
			.getByRole('heading', { name: 'Không có phiếu nào chờ gửi.' })
			.waitFor({ timeout: 60_000 });
		await expect.poll(() => tablet.getByText('chờ máy chủ nhận').count()).toBe(0);
		await tablet.goto(url + '/assessments');
		await waitForAppReady(tablet);
		await tablet.getByText(AN.fullName).first().waitFor();
		expect(await tablet.locator('[data-handed-over-one]').count()).toBe(0);
		await tablet.goto(url + '/send');
		await waitForAppReady(tablet);
		const docs = await communeDocs(url, admin);
		expect(docs.filter((d) => d.type === 'assessment')).toHaveLength(1);
		expect(docs.filter((d) => d.type === 'citizen')).toHaveLength(1);
		expect(docs.filter((d) => d.type === 'batch')).toHaveLength(1);

		// The officer's account disabled: its file is refused with a sentence saying so.
		const account = (await couch(url, admin, 'GET', '/_users/org.couchdb.user:canbo.c01')).body;
		expect(
			(
				await couch(url, admin, 'PUT', '/_users/org.couchdb.user:canbo.c01', {
					...account,
					disabled: true
				})
			).status
		).toBe(201);
		await reviewer.goto(url + '/review/handover');
		await waitForAppReady(reviewer);
		await reviewer.getByLabel('Chọn tệp').setInputFiles(path);
		await reviewer
			.getByText('Tài khoản của cán bộ canbo.c01 đã bị khoá. Không nhận tệp của tài khoản này.')
			.waitFor();

		await tabletContext.close();
		await reviewerContext.close();
	}
);
