// Issue 15 point 12: every officer screen fits a phone (360×740) at the app's normal and largest
// text and at the browser's 200 % text: the next step's control is on the first screen and not
// under a bar, nothing scrolls sideways, and a bar kept at the bottom takes at most a quarter of it.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { AN, addCitizen, completeWizard, startAssessmentOfSaved } from './flows';
import { newContext, openControlled, waitForAppReady } from './harness';
import { markReturned } from './local-db';
import { useStack } from './stack';

const stack = useStack();
const SHOTS = process.env.FIT_SHOTS_DIR ?? '/tmp';

/**
 * How the text is enlarged. The browser's own text size (Chromium's Settings → Appearance → Font
 * size; Android's text scaling does the same to the root size) is its default font size: 32 px
 * instead of 16 px is 200 %. DevTools sets that preference for the page with Page.setFontSizes.
 */
type Mode = 'app-normal' | 'app-largest' | 'browser-200';

async function applyMode(context: BrowserContext, page: Page, mode: Mode): Promise<void> {
	await page.evaluate(
		(size) => localStorage.setItem('cdht.textSize', size),
		mode === 'app-largest' ? 'larger' : 'normal'
	);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Page.setFontSizes', {
		fontSizes: {
			standard: mode === 'browser-200' ? 32 : 16,
			fixed: mode === 'browser-200' ? 26 : 13
		}
	});
}

interface Fit {
	wide: number;
	control: string | null;
	widest: string;
	/** Below the first screen, and uncovered once scrolled to. */
	below: boolean;
	bars: { what: string; height: number }[];
	rootPx: number;
}

/** Measured on the first screen (scrolled to the top): what does not fit, in words. */
async function measure(
	page: Page,
	name: string,
	locate: (page: Page) => ReturnType<Page['locator']>
): Promise<Fit> {
	const control = locate(page).first();
	await control.waitFor({ state: 'attached' });
	await page.evaluate(() => window.scrollTo(0, 0));
	return control.evaluate((el, label) => {
		const vw = window.innerWidth;
		const vh = window.innerHeight;
		const uncovered = (r: DOMRect) => {
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			return hit && (hit === el || el.contains(hit))
				? null
				: `${label} is covered by ${hit?.tagName.toLowerCase()}.${hit?.className} "${hit?.textContent?.trim().slice(0, 40)}"`;
		};
		const r = el.getBoundingClientRect();
		let problem: string | null = null;
		let below = false;
		if (r.top < 0 || r.left < 0 || r.bottom > vh || r.right > vw) {
			problem = `${label} is at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}, outside ${vw}×${vh}`;
			// Scrolled to, nothing may cover it (a bar kept at the bottom, say).
			el.scrollIntoView({ block: 'center' });
			const covered = uncovered(el.getBoundingClientRect());
			if (covered) problem += `; scrolled to, ${covered}`;
			below = r.left >= 0 && r.right <= vw && !covered;
			window.scrollTo(0, 0);
		} else problem = uncovered(r);
		// Bars that stay put while the page scrolls.
		const bars = [...document.querySelectorAll('body *')]
			.filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position))
			.map((e) => ({
				what: `${e.tagName.toLowerCase()}.${e.className}`,
				height: Math.round(e.getBoundingClientRect().height)
			}))
			.filter((b) => b.height > 0);
		// What sticks out on the right, to say where.
		const wide = document.documentElement.scrollWidth - vw;
		const sticking =
			wide > 0
				? [...document.querySelectorAll('main *')]
						.filter((e) => e.getBoundingClientRect().right > vw + 0.5)
						.at(-1)
				: null;
		return {
			wide,
			widest: sticking
				? `${sticking.tagName.toLowerCase()}.${sticking.className} "${sticking.textContent?.trim().slice(0, 40)}"`
				: '',
			control: problem,
			below,
			bars,
			rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize)
		};
	}, name);
}

interface Screen {
	name: string;
	open: (page: Page) => Promise<void>;
	/** The control of the next step on this screen, by its accessible name. */
	next: (page: Page) => ReturnType<Page['locator']>;
	/** Where the next step may be below the first screen: what must at least start on it. */
	starts?: (page: Page) => ReturnType<Page['locator']>;
}

const BINH = {
	fullName: 'Trần Thị Bình',
	birthYear: '1975',
	gender: 'Nữ' as const,
	group: 'Nông dân, lao động nông thôn',
	hamlet: 'Thôn Tây',
	household: 'Hộ bà Trần Thị Bình'
};
const CUONG = {
	fullName: 'Lê Văn Cường',
	birthYear: '1958',
	gender: 'Nam' as const,
	group: 'Người dân khác trong cộng đồng',
	hamlet: 'Thôn Đông',
	household: 'Hộ ông Nguyễn Văn Ba'
};

let tried = 0;
/** A list's row is one tall link (name, hamlet, score, the reviewer's words): its first line, the name. */
const rowName = (page: Page, name: string) =>
	page.getByRole('link', { name: new RegExp(name) }).getByText(name, { exact: true });
const firstAnswer = (page: Page) =>
	page.locator('[data-indicator]').first().getByRole('group').getByRole('button').first();

function screens(
	url: string,
	ids: { citizen: string; draft: string; summary: string; returned: string }
): Screen[] {
	const go = (path: string) => async (page: Page) => {
		await page.goto(url + path);
		await waitForAppReady(page);
	};
	return [
		{
			name: 'home',
			open: go('/'),
			next: (p) => p.getByRole('link', { name: 'Sửa 1 phiếu bị trả lại' })
		},
		{
			name: 'register',
			open: go('/citizens'),
			next: (p) => p.getByRole('link', { name: 'Thêm người dân' })
		},
		{ name: 'citizen-form', open: go('/citizens/edit'), next: (p) => p.getByLabel('Họ và tên') },
		{
			name: 'citizen-edit',
			open: go(`/citizens/edit?id=${encodeURIComponent(ids.citizen)}`),
			next: (p) => p.getByLabel('Họ và tên')
		},
		{
			name: 'citizen-saved',
			// Registered just now (a new one each time): the screen that offers the assessment.
			open: async (page) => {
				await go('/citizens/edit?hamlet=C01-H01')(page);
				await page.getByLabel('Họ và tên').fill(`Đỗ Văn Thử ${++tried}`);
				await page.getByLabel('Năm sinh').fill('1970');
				await page.getByRole('button', { name: 'Nam', exact: true }).click();
				await page.getByRole('button', { name: CUONG.group }).click();
				await page.getByRole('button', { name: 'Lưu', exact: true }).click();
				await page.getByText('Đã lưu trên máy').first().waitFor();
			},
			next: (p) => p.getByRole('link', { name: `Đánh giá Đỗ Văn Thử ${tried}` })
		},
		{
			name: 'wizard-step1',
			open: go(`/assess?id=${encodeURIComponent(ids.draft)}`),
			next: firstAnswer,
			starts: (p) => p.locator('[data-indicator]').first().getByRole('heading', { level: 2 })
		},
		{
			name: 'result',
			open: go(`/assess?id=${encodeURIComponent(ids.summary)}`),
			next: (p) => p.getByRole('button', { name: 'Sẵn sàng gửi' })
		},
		{
			name: 'returned',
			open: go(`/assess?id=${encodeURIComponent(ids.returned)}`),
			next: (p) => p.getByRole('button', { name: 'Sửa lại phiếu này' })
		},
		{
			name: 'send',
			open: go('/send'),
			next: (p) => p.getByRole('button', { name: 'Gửi dữ liệu' })
		},
		{
			name: 'drafts',
			open: go('/assessments?status=draft'),
			next: (p) => rowName(p, BINH.fullName)
		},
		{
			name: 'returned-list',
			open: go('/assessments?status=returned'),
			next: (p) => rowName(p, CUONG.fullName)
		},
		{
			name: 'settings',
			open: go('/settings'),
			next: (p) => p.getByRole('button', { name: 'Rất lớn' })
		}
	];
}

/** Taps on controls (a list opened and chosen from is two) and characters typed, from now on. */
async function countInput(page: Page): Promise<void> {
	await page.evaluate(() => {
		const n = { taps: 0, chars: 0 };
		(window as unknown as { __input: typeof n }).__input = n;
		addEventListener(
			'click',
			(e) => {
				if ((e.target as Element).closest('a, button, label, input, select')) n.taps++;
			},
			true
		);
		addEventListener(
			'change',
			(e) => {
				const el = e.target as HTMLInputElement | HTMLSelectElement;
				if (el instanceof HTMLSelectElement) n.taps += 2;
				else if (
					el instanceof HTMLInputElement &&
					['text', 'search', 'tel', 'number', ''].includes(el.type)
				)
					n.chars += el.value.length;
			},
			true
		);
	});
}

const MODES: Mode[] = ['app-normal', 'app-largest', 'browser-200'];
const PHONE = { width: 360, height: 740 };
const TABLET = { width: 800, height: 1280 };

/**
 * At the browser's 200 % on a 360 px phone a line holds about 14 letters and the screen 13 lines;
 * the top bar, cut to the way home, the network and the counts (app.css, max-width: 12rem), still
 * takes 4 of them. These screens' next step then starts on the first screen but ends below it (the
 * saved citizen's "Đánh giá", settings' "Rất lớn") or, for the wizard's answers, comes after the
 * question: it must still be reached by scrolling without anything covering it.
 */
const BELOW_AT_200_ON_PHONE = ['citizen-saved', 'wizard-step1', 'settings'];

let context: BrowserContext;
let page: Page;
let ids: { citizen: string; draft: string; summary: string; returned: string };
let entry = { taps: 0, chars: 0 };

beforeAll(async () => {
	await mkdir(SHOTS, { recursive: true });
	context = await newContext(stack.browser, PHONE);
	page = await context.newPage();
	await openControlled(page, stack.server.url + '/');

	// A day's data: one at its summary, one returned, one draft at step 1.
	await addCitizen(page, AN);
	await startAssessmentOfSaved(page, AN.fullName);
	await completeWizard(page);
	const summary = new URL(page.url()).searchParams.get('id')!;
	// Register and assess one person from the home screen, counting taps and typed characters.
	await page.goto(stack.server.url + '/');
	await waitForAppReady(page);
	await countInput(page);
	await addCitizen(page, CUONG);
	await startAssessmentOfSaved(page, CUONG.fullName);
	const returned = new URL(page.url()).searchParams.get('id')!;
	await completeWizard(page);
	await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
	await page.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();
	entry = await page.evaluate(() => (window as unknown as { __input: typeof entry }).__input);
	await markReturned(page, CUONG.fullName);
	await addCitizen(page, BINH);
	await startAssessmentOfSaved(page, BINH.fullName);
	const draft = new URL(page.url()).searchParams.get('id')!;
	const citizen = await page.evaluate(async () => {
		const db: IDBDatabase = await new Promise(
			(res) =>
				(indexedDB.open('cdht-canbo.c01').onsuccess = (e) =>
					res((e.target as IDBOpenDBRequest).result))
		);
		const all: { _id: string; fullName: string }[] = await new Promise(
			(res) =>
				(db.transaction('citizens').objectStore('citizens').getAll().onsuccess = (e) =>
					res((e.target as IDBRequest).result))
		);
		db.close();
		return all.find((c) => c.fullName === 'Trần Thị Bình')!._id;
	});
	ids = { citizen, draft, summary, returned };
}, 180_000);
afterAll(async () => {
	console.log(
		`register and assess one person (360×740, from the home screen): ${entry.taps} taps on controls, ${entry.chars} characters typed`
	);
	await context?.close();
});

/** Walk every screen at one size; what does not fit, in words. */
async function walk(
	viewport: { width: number; height: number },
	below: (mode: Mode, screen: string) => boolean
): Promise<string[]> {
	await page.setViewportSize(viewport);
	const problems: string[] = [];
	const size = `${viewport.width}x${viewport.height}`;
	const check = (where: string, fit: Fit, mayBeBelow: boolean) => {
		// Said where the next step is not on the first screen, allowed or not.
		if (fit.control)
			console.log(
				`${where}: root ${fit.rootPx}px, bars ${JSON.stringify(fit.bars)}, ${fit.control}`
			);
		if (fit.wide > 0) problems.push(`${where}: ${fit.wide}px sideways (${fit.widest})`);
		if (fit.control && !(mayBeBelow && fit.below)) problems.push(`${where}: ${fit.control}`);
		for (const bar of fit.bars)
			if (bar.height > viewport.height / 4)
				problems.push(`${where}: ${bar.what} is ${bar.height}px tall`);
	};
	for (const mode of MODES) {
		await applyMode(context, page, mode);
		for (const screen of screens(stack.server.url, ids)) {
			await screen.open(page);
			const fit = await measure(page, screen.name, screen.next);
			await page.screenshot({ path: `${SHOTS}/fit-${size}-${mode}-${screen.name}.png` });
			check(`${size} ${mode} ${screen.name}`, fit, below(mode, screen.name));
			if (screen.starts && fit.below) {
				const top = await screen.starts(page).evaluate((el) => el.getBoundingClientRect().top);
				if (top >= viewport.height)
					problems.push(
						`${size} ${mode} ${screen.name}: starts at ${Math.round(top)}px, below the first screen`
					);
			}
		}
	}
	// The sign-in screen, on a tablet nobody is signed in on: her first step is her name.
	for (const mode of MODES) {
		const fresh = await newContext(stack.browser, viewport);
		const login = await fresh.newPage();
		await login.goto(stack.server.url + '/login');
		await applyMode(fresh, login, mode);
		await login.reload();
		await login.locator('main.login').waitFor();
		const fit = await measure(login, 'login', (p) => p.getByLabel('Tên đăng nhập'));
		await login.screenshot({ path: `${SHOTS}/fit-${size}-${mode}-login.png` });
		check(`${size} ${mode} login`, fit, false);
		await fresh.close();
	}
	return problems;
}

test(
	'a phone (360×740) at the app’s normal and largest text and the browser’s 200 %: each officer screen’s next step on the first screen and uncovered, no sideways scrolling, no bar taller than a quarter of the screen',
	{ timeout: 300_000 },
	async () => {
		const problems = await walk(
			PHONE,
			(mode, screen) => mode === 'browser-200' && BELOW_AT_200_ON_PHONE.includes(screen)
		);
		expect(problems).toEqual([]);
	}
);

test(
	'a tablet (800×1280) at the same three text sizes: the same, on every screen',
	{ timeout: 300_000 },
	async () => {
		const problems = await walk(TABLET, () => false);
		expect(problems).toEqual([]);
	}
);
