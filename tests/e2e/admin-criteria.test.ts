// Issue #6 end to end: the administrator publishes a new criteria version from a file (after a
// broken file is refused with every problem and its place); the officer's tablet gets it at its
// next send; a new assessment uses it while the draft begun before keeps its own version.
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { criteriaTemplate } from '../../src/lib/domain/admin-criteria';
import { defaultCriteriaSet } from '../../src/lib/domain/criteria-default';
import { openAsAdmin, seriousViolations } from './admin-helpers';
import {
	AN,
	addCitizen,
	answerStepWithFirstOptions,
	completeWizard,
	startAssessmentOfSaved
} from './flows';
import { newContext, openControlled, waitForAppReady } from './harness';
import { useStack } from './stack';
import { communeDocs, signInOverHttp } from './sync-helpers';

const stack = useStack();

const V1_STEP = defaultCriteriaSet.criteria[0].title;
const V2_STEP = 'Năng lực tự học và học tập suốt đời (văn bản chính thức)';

function file(edit: (set: Record<string, any>) => void) {
	const set = JSON.parse(criteriaTemplate(defaultCriteriaSet));
	edit(set);
	return {
		name: 'bo-tieu-chi.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(set))
	};
}

test(
	'a new version reaches the tablet at its next send; new assessments use it, a draft keeps its own',
	{ timeout: 240_000 },
	async () => {
		// The tablet: a draft begun on version 1.
		const tablet = await (await newContext(stack.browser)).newPage();
		await openControlled(tablet, stack.server.url + '/');
		await addCitizen(tablet, AN);
		await startAssessmentOfSaved(tablet, AN.fullName);
		await tablet.getByRole('heading', { level: 1, name: V1_STEP }).waitFor();
		await answerStepWithFirstOptions(tablet);
		const draftUrl = tablet.url();

		// The administrator: a broken file is refused, every problem with its place in the file.
		const adminContext = await stack.browser.newContext({
			viewport: { width: 1280, height: 900 },
			locale: 'vi-VN',
			acceptDownloads: true
		});
		const admin = await adminContext.newPage();
		await openAsAdmin(admin, stack.server.url, '/admin/criteria');
		// The template to start from: the bundled default, without a publication stamp.
		const [download] = await Promise.all([
			admin.waitForEvent('download'),
			admin.getByRole('button', { name: 'Tải tệp mẫu (JSON)' }).click()
		]);
		const template = JSON.parse(await readFile((await download.path())!, 'utf8'));
		expect(template).toMatchObject({
			type: 'criteriaSet',
			slug: defaultCriteriaSet.slug,
			title: defaultCriteriaSet.title
		});
		expect(template).not.toHaveProperty('publishedAt');

		const input = admin.getByLabel('Tệp bộ tiêu chí (JSON)');
		await input.setInputFiles(
			file((s) => {
				s.rule.passPercent = 140;
				s.criteria[1].indicators[0].options = [s.criteria[1].indicators[0].options[0]];
			})
		);
		await admin.getByText('Tệp có 2 lỗi, chưa xuất bản được:').waitFor();
		await admin.getByText('Vị trí trong tệp: rule.passPercent').waitFor();
		await admin.getByText('Vị trí trong tệp: criteria.1.indicators.0.options').waitFor();
		expect(await admin.getByRole('button', { name: /Xuất bản phiên bản/ }).count()).toBe(0);

		// The corrected file: previewed as the officer will see it, then published as version 2.
		await input.setInputFiles(
			file((s) => {
				s.title = 'Bộ tiêu chí Công dân học tập (chính thức)';
				s.verified = true;
				s.criteria[0].title = V2_STEP;
			})
		);
		await admin.getByText('Sẽ xuất bản thành phiên bản 2 của bộ cdht-324.').waitFor();
		const preview = admin.getByRole('region', { name: /Xem trước như cán bộ xã sẽ thấy/ });
		await preview.getByRole('heading', { level: 3, name: V2_STEP }).waitFor();
		await preview.getByRole('button', { name: 'Nông dân, lao động nông thôn' }).click();
		await preview.getByText('Bước 1/4').waitFor();
		const violations = await seriousViolations(admin, 'criteria with preview');
		await admin.getByRole('button', { name: 'Xuất bản phiên bản 2' }).click();
		await admin.getByText(/Sau khi xuất bản không sửa hay xoá được\..*1 phiên bản cũ/).waitFor();
		await admin.getByRole('button', { name: 'Đồng ý, xuất bản' }).click();
		await admin.getByText('Đã xuất bản phiên bản 2.', { exact: false }).waitFor();
		await admin
			.getByRole('heading', {
				level: 3,
				name: 'Bộ tiêu chí Công dân học tập (chính thức) — Phiên bản 2'
			})
			.waitFor();

		// The tablet sends (no assessment waiting) and so receives the new version.
		await tablet.goto(stack.server.url + '/send');
		await waitForAppReady(tablet);
		await tablet.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		await tablet.getByText(/^Đã (kiểm tra|gửi) xong/).waitFor({ timeout: 60_000 });

		// A new assessment begins on version 2…
		const BINH = {
			...AN,
			fullName: 'Trần Thị Bình',
			gender: 'Nữ' as const,
			household: 'Hộ bà Trần Thị Bình'
		};
		await addCitizen(tablet, BINH);
		await startAssessmentOfSaved(tablet, BINH.fullName);
		await tablet.getByRole('heading', { level: 1, name: V2_STEP }).waitFor();
		await completeWizard(tablet);
		await tablet.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
		await tablet.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();

		// …while the draft goes on with version 1, its first answers kept.
		await tablet.goto(draftUrl);
		await waitForAppReady(tablet);
		await tablet.getByRole('heading', { level: 1, name: V1_STEP }).waitFor();
		expect(
			await tablet.locator('[data-indicator] button[aria-pressed="true"]').count()
		).toBeGreaterThan(0);
		await completeWizard(tablet);
		await tablet.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
		await tablet.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();

		// Both reach the server, each scored and accepted against the version it names.
		await tablet.goto(stack.server.url + '/send');
		await waitForAppReady(tablet);
		await tablet.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		await tablet.getByText(/^Đã gửi xong \d+/).waitFor({ timeout: 60_000 });
		const docs = await communeDocs(
			stack.server.url,
			await signInOverHttp(stack.server.url, 'quantri')
		);
		const nameOf = (citizenId: unknown) => docs.find((d) => d._id === citizenId)?.fullName;
		const versions = Object.fromEntries(
			docs
				.filter((d) => d.type === 'assessment')
				.map((a) => [nameOf(a.citizenId), a.criteriaSetVersion])
		);
		expect(versions).toEqual({ [AN.fullName]: 1, [BINH.fullName]: 2 });

		expect(violations).toEqual([]);
	}
);
