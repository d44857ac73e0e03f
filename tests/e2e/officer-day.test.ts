// Issue 15: the officer's day as a 65-year-old lives it: what the walk-through tripped on.
import { expect, test } from 'vitest';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import {
	AN,
	addCitizen,
	answerStepWithFirstOptions as answerStep,
	completeWizard,
	currentStep,
	startAssessmentOfSaved
} from './flows';
import { newContext, openControlled, waitForAppReady } from './harness';
import { useStack } from './stack';
import { communeDocs, couch, signInOverHttp } from './sync-helpers';

const stack = useStack();

test('5. "Gửi dữ liệu" with no network says at once that the data is safe and will go by itself', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/', 'canbo.c02');
	await addCitizen(page, { ...AN, hamlet: 'Ấp Hòa Thạnh' });
	await page.goto(stack.server.url + '/send');
	await context.setOffline(true);
	await page.getByText('Không có mạng').first().waitFor();
	await page.getByRole('button', { name: 'Gửi dữ liệu' }).click();
	// Said without trying the network (the old screen said nothing at all).
	await page
		.getByRole('alert')
		.filter({ hasText: 'Chưa có mạng. Dữ liệu vẫn an toàn trên máy, sẽ tự gửi khi có mạng.' })
		.waitFor();
	await context.setOffline(false);
	await page.getByRole('alert').filter({ hasText: 'Chưa có mạng.' }).waitFor({ state: 'detached' });
	await context.close();
});

test('6. an under-16 is said at once at registration, recorded marked "Chưa đủ 16 tuổi", with no assessment button', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/citizens/edit', 'canbo.c03');
	const year = String(new Date().getFullYear() - 14);
	await page.getByLabel('Họ và tên').fill('Phạm Bé Na');
	await page.getByLabel('Năm sinh').fill(year);
	// Said before anything else is filled in, without leaving the field.
	await page
		.getByText('Người này mới 14 tuổi, chưa đủ 16 tuổi. Vẫn ghi được, nhưng chưa đánh giá được.')
		.waitFor();
	await page.getByRole('button', { name: 'Nữ', exact: true }).click();
	await page.getByRole('button', { name: 'Học sinh, sinh viên' }).click();
	await page.getByLabel('Thôn, ấp').selectOption({ label: 'Tổ dân phố 1' });
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await page.getByText('Đã lưu trên máy').first().waitFor();
	await page.getByText('Chưa đủ 16 tuổi nên chưa đánh giá.', { exact: false }).waitFor();
	expect(await page.getByRole('link', { name: /^Đánh giá/ }).count()).toBe(0);

	await page.getByRole('link', { name: 'Về danh sách người dân' }).click();
	const card = page.locator('.person').filter({ hasText: 'Phạm Bé Na' });
	await card.getByText('Chưa đủ 16 tuổi').waitFor();
	expect(await card.getByRole('link', { name: /Đánh giá/ }).count()).toBe(0);
	await context.close();
});

test(
	'4. the reviewer’s comment stays on every step of the fix and in the drafts list; the reviewer sees the re-sent one with what changed',
	{ timeout: 180_000 },
	async () => {
		const context = await newContext(stack.browser);
		const page = await context.newPage();
		await openControlled(page, stack.server.url + '/', 'canbo.c01');
		const person = { ...AN, fullName: 'Võ Thị Sửa', birthYear: '1966', gender: 'Nữ' as const };
		await addCitizen(page, person);
		await startAssessmentOfSaved(page, person.fullName);
		const id = new URL(page.url()).searchParams.get('id')!;
		await completeWizard(page);
		await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
		await page.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();
		await page.goto(stack.server.url + '/send');
		await waitForAppReady(page);
		// Online, it goes by itself (or at the tap): wait until the server has it.
		const admin = await signInOverHttp(stack.server.url, 'quantri');
		const onServer = async () =>
			(await communeDocs(stack.server.url, admin)).find((d) => d._id === id);
		await page.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		await expect.poll(async () => (await onServer())?.status, { timeout: 60_000 }).toBe('sent');

		// The reviewer returns it, over HTTP.
		const reviewer = await signInOverHttp(stack.server.url, 'duyet.p01');
		const sent = (await onServer())!;
		const comment = 'Hỏi lại bà câu đầu tiên cho chắc';
		const entry = { by: 'duyet.p01', at: new Date().toISOString(), decision: 'returned', comment };
		const put = await couch(
			stack.server.url,
			reviewer,
			'PUT',
			`/cdht-c-c01/${encodeURIComponent(id)}`,
			{ ...sent, status: 'returned', review: entry, history: [entry] }
		);
		expect(put.status).toBe(201);
		await page.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		await page.getByText('Có 1 phiếu bị trả lại').waitFor();

		// Home → the returned one → fix it: the comment is on every step.
		await page.goto(stack.server.url + '/');
		await page.getByRole('link', { name: 'Sửa phiếu của Võ Thị Sửa' }).click();
		await page.getByText(comment).waitFor();
		await page.getByRole('button', { name: 'Sửa lại phiếu này' }).click();
		const note = page.locator('[data-returned-note]');
		for (let [n, total] = await currentStep(page); ; [n, total] = await currentStep(page)) {
			expect(await note.textContent()).toContain(comment);
			if (n === 1) {
				const question = page.locator('[data-indicator]').first();
				await question.getByRole('button').nth(1).click();
				await expect
					.poll(() => question.getByRole('button').nth(1).getAttribute('aria-pressed'))
					.toBe('true');
			}
			if (n === total) break;
			await page.getByRole('button', { name: 'Tiếp theo' }).click();
			await page.getByText(`Bước ${n + 1}/${total}`).waitFor();
		}
		// In the drafts list too, until it is sent again.
		await page.goto(stack.server.url + '/assessments?status=draft');
		await page
			.locator('[data-returned-note]')
			.filter({ hasText: `Bị trả lại: “${comment}”` })
			.waitFor();
		await page.getByRole('link', { name: /Võ Thị Sửa/ }).click();
		await page
			.getByText(/Bước \d+\/\d+/)
			.first()
			.waitFor();
		// Back where she left off (or, if the last step change had not landed yet, one step before it).
		for (
			let [n, total] = await currentStep(page);
			n < total;
			[n, total] = await currentStep(page)
		) {
			await page.getByRole('button', { name: 'Tiếp theo' }).click();
			await page.getByText(`Bước ${n + 1}/${total}`).waitFor();
		}
		await page.getByRole('heading', { level: 1, name: 'Kết quả' }).waitFor();
		expect(await note.textContent()).toContain(comment);
		await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
		await page.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();
		expect(await note.textContent()).toContain(comment);
		await page.goto(stack.server.url + '/send');
		await waitForAppReady(page);
		await page.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		await expect
			.poll(async () => (await onServer())?.returnedAnswers, { timeout: 60_000 })
			.toEqual(sent.answers);
		await page.goto(stack.server.url + '/assess?id=' + encodeURIComponent(id));
		await page.getByText('Phiếu này đã gửi đi, chỉ xem được, không sửa được.').waitFor();
		expect(await note.count()).toBe(0);

		// The reviewer: marked re-sent, the changed answer side by side.
		const reviewing = await newContext(stack.browser, { width: 1280, height: 900 });
		const desk = await reviewing.newPage();
		expect(
			(
				await desk.request.post(stack.server.url + '/couch/_session', {
					data: { name: 'duyet.p01', password: DEMO_PASSWORD }
				})
			).status()
		).toBe(200);
		await desk.goto(stack.server.url + '/review/assessment?id=' + encodeURIComponent(id));
		await desk.getByText('Gửi lại sau khi sửa').first().waitFor();
		const changes = desk.locator('[data-resent]');
		await changes
			.getByRole('heading', { name: 'Gửi lại sau khi sửa: 1 câu trả lời đã đổi' })
			.waitFor();
		await changes.getByText(`Lúc trả lại, người duyệt ghi: “${comment}”`).waitFor();
		expect(await changes.locator('tbody tr').count()).toBe(1);
		const cells = await changes.locator('tbody tr td').allTextContents();
		expect(cells[1]).not.toBe(cells[2]);
		await reviewing.close();
		await context.close();
	}
);

test('9. one word for one thing: no "bài", "hồ sơ", KB or MB on the officer’s screens', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/', 'canbo.c02');
	await addCitizen(page, { ...AN, fullName: 'Đỗ Văn Từ', hamlet: 'Ấp Hòa Hưng' });
	for (const path of ['/', '/citizens', '/assessments', '/send', '/settings']) {
		await page.goto(stack.server.url + path);
		await waitForAppReady(page);
		await page.locator('h1').first().waitFor();
		const text = await page.locator('body').innerText();
		expect(text, path).not.toMatch(/\bbài\b|hồ sơ|\b[KM]B\b|dữ liệu trình duyệt|điểm %/i);
	}
	await page.goto(stack.server.url + '/settings');
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await page.getByText('Còn 1 người dân chưa gửi.', { exact: false }).waitFor();
	await context.close();
});

/** A stand-in for the Web Speech API that records what was spoken (and what was stopped). */
function stubSpeech(voices: { lang: string; name: string }[]) {
	return `(() => {
		const spoken = [];
		window.__speech = { spoken, cancels: 0 };
		class Utterance { constructor(text) { this.text = text; this.rate = 1; this.lang = ''; this.voice = null; } }
		window.SpeechSynthesisUtterance = Utterance;
		const synth = {
			getVoices: () => ${JSON.stringify(voices)}.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
			speak: (u) => spoken.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice && u.voice.lang }),
			cancel: () => { window.__speech.cancels++; },
			addEventListener: () => {},
			speaking: false
		};
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	})();`;
}

test('11. read aloud: each question and its choices in Vietnamese, slower; stops on moving on; no button without a Vietnamese voice', async () => {
	const context = await newContext(stack.browser);
	await context.addInitScript(
		stubSpeech([
			{ lang: 'en-US', name: 'English' },
			{ lang: 'vi-VN', name: 'Tiếng Việt' }
		])
	);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/', 'canbo.c02');
	const person = { ...AN, fullName: 'Hồ Văn Nghe', hamlet: 'Ấp Hòa Thạnh' };
	await addCitizen(page, person);
	await startAssessmentOfSaved(page, person.fullName);
	const first = page.locator('[data-indicator]').first();
	const question = (await first.locator('h2').textContent())!.replace(/^\d+\.\s*/, '');
	const choices = await first.getByRole('group').getByRole('button').allTextContents();
	await first.getByRole('button', { name: 'Đọc to câu này' }).click();
	const spoken = await page.evaluate(
		() =>
			(
				window as unknown as {
					__speech: { spoken: { text: string; rate: number; lang: string; voice: string }[] };
				}
			).__speech.spoken
	);
	expect(spoken).toHaveLength(1);
	expect(spoken[0]).toMatchObject({ lang: 'vi-VN', voice: 'vi-VN' });
	expect(spoken[0].rate).toBeLessThan(1);
	expect(spoken[0].text).toContain(`Câu 1. ${question.trim()}`);
	for (const choice of choices) expect(spoken[0].text).toContain(choice.trim());
	await first.getByRole('button', { name: 'Dừng đọc' }).waitFor();

	// Moving on silences it.
	const cancels = () =>
		page.evaluate(() => (window as unknown as { __speech: { cancels: number } }).__speech.cancels);
	const before = await cancels();
	await answerStep(page);
	await page.getByRole('button', { name: 'Tiếp theo' }).click();
	await page.getByText(/Bước 2\/\d+/).waitFor();
	expect(await cancels()).toBeGreaterThan(before);
	expect(await page.getByRole('button', { name: 'Dừng đọc' }).count()).toBe(0);
	await context.close();

	// No Vietnamese voice on this device: no button.
	const english = await newContext(stack.browser);
	await english.addInitScript(stubSpeech([{ lang: 'en-US', name: 'English' }]));
	const other = await english.newPage();
	await openControlled(other, stack.server.url + '/', 'canbo.c02');
	await addCitizen(other, { ...person, fullName: 'Hồ Thị Lặng' });
	await startAssessmentOfSaved(other, 'Hồ Thị Lặng');
	await other.locator('[data-indicator]').first().waitFor();
	expect(await other.getByRole('button', { name: 'Đọc to câu này' }).count()).toBe(0);
	await english.close();
});

test('10. the home screen shows the commune’s progress this year against its target, in a sentence and a bar', async () => {
	const admin = await signInOverHttp(stack.server.url, 'quantri');
	const year = new Date().getFullYear();
	// The province's target for this year applies to the commune (targetFor, as the reviewer's report).
	const target = {
		_id: `target:P01:${year}:all`,
		type: 'target',
		orgUnitId: 'P01',
		period: year,
		group: 'all',
		percentage: 70
	};
	const existing = await couch(
		stack.server.url,
		admin,
		'GET',
		`/cdht-config/${encodeURIComponent(target._id)}`
	);
	const put = await couch(
		stack.server.url,
		admin,
		'PUT',
		`/cdht-config/${encodeURIComponent(target._id)}`,
		{ ...target, ...(existing.body?._rev ? { _rev: existing.body._rev } : {}) }
	);
	expect(put.status, JSON.stringify(put.body)).toBe(201);
	const population = (
		await couch(stack.server.url, admin, 'GET', `/cdht-config/${encodeURIComponent('orgUnit:C03')}`)
	).body.population?.[String(year)];
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/', 'canbo.c03');
	const box = page.locator('[data-progress]');
	if (population) {
		const goal = Math.ceil((population * 70) / 100).toLocaleString('vi-VN');
		await box
			.getByText(
				`Năm ${year}, xã đã có 0 người được công nhận; chỉ tiêu là ${goal} người (70% số người từ 16 tuổi).`
			)
			.waitFor();
		expect(await box.locator('progress').getAttribute('max')).toBe(
			String(Math.ceil((population * 70) / 100))
		);
	} else {
		await box
			.getByText(
				`Năm ${year}, xã đã có 0 người được công nhận. Chưa có số người từ 16 tuổi của xã để so với chỉ tiêu.`
			)
			.waitFor();
	}
	await context.close();
});
