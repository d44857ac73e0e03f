// A reload (or the tablet killing the tab) in the middle of an assessment loses nothing.
import { expect, test } from 'vitest';
import {
	addCitizen,
	answerStepWithFirstOptions,
	currentStep,
	reloadAndWait,
	startAssessmentOfSaved
} from './flows';
import { newContext, openControlled } from './harness';
import { useStack } from './stack';

const stack = useStack();

test('reloading in the middle of the wizard keeps the answers and the step', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/');

	const citizen = {
		fullName: 'Trần Thị Bình',
		birthYear: '1975',
		gender: 'Nữ' as const,
		group: 'Nông dân, lao động nông thôn',
		hamlet: 'Thôn Tây',
		household: 'Hộ bà Trần Thị Bình'
	};
	await addCitizen(page, citizen);
	await startAssessmentOfSaved(page, citizen.fullName);

	await answerStepWithFirstOptions(page);
	await page.getByRole('button', { name: 'Tiếp theo' }).click();
	const [, total] = await currentStep(page);
	await page.getByText(`Bước 2/${total}`).waitFor();

	// Answer only the second question of step 2 with its last option.
	const second = page.locator('[data-indicator]').nth(1);
	const chosen = second.getByRole('button').last();
	const chosenLabel = (await chosen.textContent())?.trim() ?? '';
	await chosen.click();
	await expect.poll(() => chosen.getAttribute('aria-pressed')).toBe('true');
	const scoreBefore = await page
		.getByText(/Điểm: \d+/)
		.first()
		.textContent();

	await reloadAndWait(page);
	await page.getByText(`Bước 2/${total}`).waitFor();
	expect(await page.getByText(citizen.fullName).count()).toBeGreaterThan(0);
	const again = page
		.locator('[data-indicator]')
		.nth(1)
		.getByRole('button', { name: chosenLabel, exact: true });
	expect(await again.getAttribute('aria-pressed')).toBe('true');
	expect(
		await page.locator('[data-indicator]').nth(0).locator('[aria-pressed="true"]').count()
	).toBe(0);
	expect(
		await page
			.getByText(/Điểm: \d+/)
			.first()
			.textContent()
	).toBe(scoreBefore);

	// Step 1's answers are still there.
	await page.getByRole('button', { name: 'Quay lại' }).click();
	await page.getByText(`Bước 1/${total}`).waitFor();
	const questions = page.locator('[data-indicator]');
	const count = await questions.count();
	for (let i = 0; i < count; i++) {
		expect(await questions.nth(i).getByRole('button').first().getAttribute('aria-pressed')).toBe(
			'true'
		);
	}

	// And the step moved back is kept too.
	await reloadAndWait(page);
	await page.getByText(`Bước 1/${total}`).waitFor();

	await context.close();
});

test('leaving a half-filled citizen form keeps what was typed', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/');
	await page.getByRole('link', { name: 'Đánh giá người dân' }).click();
	await page.getByRole('link', { name: 'Thêm người dân' }).click();
	await page.getByLabel('Họ và tên').fill('Phạm Thị Dung');
	await page.getByLabel('Năm sinh').fill('1980');
	await page.getByRole('button', { name: 'Nữ', exact: true }).click();

	// A wrong tap: back home, then a reload for good measure.
	await page.getByRole('link', { name: 'Trang chính' }).click();
	await page.getByRole('heading', { level: 1, name: 'Trang chính' }).waitFor();
	await reloadAndWait(page);
	await page.getByRole('link', { name: 'Đánh giá người dân' }).click();
	await page.getByRole('link', { name: 'Thêm người dân' }).click();

	await page.getByText('Phần đang nhập dở đã được giữ lại.').waitFor();
	expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Phạm Thị Dung');
	expect(await page.getByLabel('Năm sinh').inputValue()).toBe('1980');
	expect(
		await page.getByRole('button', { name: 'Nữ', exact: true }).getAttribute('aria-pressed')
	).toBe('true');

	// Clearing it is asked in words first.
	await page.getByRole('button', { name: 'Xóa phần đang nhập' }).click();
	await page.getByRole('button', { name: 'Xóa', exact: true }).click();
	await expect.poll(() => page.getByLabel('Họ và tên').inputValue()).toBe('');

	await context.close();
});
