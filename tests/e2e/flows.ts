// What an officer does, step by step, in the words on the screen (so a renamed button fails here).
// No vitest import: scripts/screenshots.ts uses these too.
import type { Page } from 'playwright-core';
import { waitForAppReady } from './harness';

export interface NewCitizen {
	fullName: string;
	birthYear: string;
	gender: 'Nam' | 'Nữ';
	group: string;
	hamlet: string;
	household: string;
}

export const AN: NewCitizen = {
	fullName: 'Nguyễn Văn An',
	birthYear: '1962',
	gender: 'Nam',
	group: 'Nông dân, lao động nông thôn',
	hamlet: 'Thôn Đông',
	household: 'Hộ ông Nguyễn Văn Ba'
};

/** From any officer screen: home → register → add a citizen → saved. */
export async function addCitizen(page: Page, citizen: NewCitizen): Promise<void> {
	await page
		.getByRole('link', { name: 'Trang chính' })
		.or(page.getByRole('heading', { name: 'Trang chính' }))
		.first()
		.click();
	await page.getByRole('link', { name: 'Đánh giá người dân' }).click();
	await page.getByRole('heading', { level: 1, name: 'Danh sách người dân' }).waitFor();
	await page.getByRole('link', { name: 'Thêm người dân' }).click();
	await page.getByRole('heading', { level: 1, name: 'Thêm người dân' }).waitFor();
	await page.getByLabel('Họ và tên').fill(citizen.fullName);
	await page.getByLabel('Năm sinh').fill(citizen.birthYear);
	await page.getByRole('button', { name: citizen.gender, exact: true }).click();
	await page.getByRole('button', { name: citizen.group }).click();
	await page.getByLabel('Thôn, ấp').selectOption({ label: citizen.hamlet });
	await page.getByLabel('Hộ gia đình').fill(citizen.household);
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await page.getByText('Đã lưu trên máy').first().waitFor();
}

/** On the saved-citizen screen: start the assessment. */
export async function startAssessmentOfSaved(page: Page, fullName: string): Promise<void> {
	await page.getByRole('link', { name: `Đánh giá ${fullName}` }).click();
	await page.getByText(/Bước 1\/\d+/).waitFor();
}

/** The step shown, as [n, total]. */
export async function currentStep(page: Page): Promise<[number, number]> {
	const text = await page
		.getByText(/Bước \d+\/\d+/)
		.first()
		.textContent();
	const m = /Bước (\d+)\/(\d+)/.exec(text ?? '');
	if (!m) throw new Error(`No step on the screen: ${text}`);
	return [Number(m[1]), Number(m[2])];
}

/** Answer every question of the current step with its first (best) option. */
export async function answerStepWithFirstOptions(page: Page): Promise<void> {
	const questions = page.locator('[data-indicator]');
	const count = await questions.count();
	if (count === 0) throw new Error('No question on this step');
	for (let i = 0; i < count; i++) {
		// The answer choices (the question may also have a "Đọc to câu này" button).
		const choices = questions.nth(i).getByRole('group');
		await choices.getByRole('button').first().click();
		await choices.locator('button[aria-pressed="true"]').first().waitFor();
	}
}

/** Answer every step and arrive at the summary. */
export async function completeWizard(page: Page): Promise<void> {
	for (;;) {
		const [n, total] = await currentStep(page);
		if (n === total) break;
		await answerStepWithFirstOptions(page);
		await page.getByRole('button', { name: 'Tiếp theo' }).click();
		await page.getByText(`Bước ${n + 1}/${total}`).waitFor();
	}
	await page.getByRole('heading', { level: 1, name: 'Kết quả' }).waitFor();
}

export async function reloadAndWait(page: Page): Promise<void> {
	// An answer tapped a moment ago is shown at once and stored a moment later: reload once stored.
	await page.locator('main[data-saving="true"]').waitFor({ state: 'detached', timeout: 30_000 });
	await page.reload();
	await waitForAppReady(page);
}
