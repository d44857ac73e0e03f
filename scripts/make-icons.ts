// Renders the app icons (static/icons/*.png) from one SVG drawing with the system Chromium.
// Run: node --import tsx scripts/make-icons.ts   (the PNGs are committed; rerun after a change)
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const BLUE = '#0b4f8a';

/** An open book under a rising sun-like arc, with "CDHT": readable at 48 px. `scale` shrinks it into the maskable safe zone. */
function drawing(scale: number): string {
	const s = scale;
	const t = (1 - s) * 256;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
	<rect width="512" height="512" fill="${BLUE}"/>
	<g transform="translate(${t} ${t}) scale(${s})">
		<circle cx="256" cy="196" r="62" fill="#ffd24a"/>
		<path d="M56 210 C130 180 200 190 248 226 L248 404 C200 370 130 362 56 388 Z" fill="#ffffff"/>
		<path d="M456 210 C382 180 312 190 264 226 L264 404 C312 370 382 362 456 388 Z" fill="#ffffff"/>
		<path d="M96 250 C150 236 196 244 226 264 M96 292 C150 278 196 286 226 306 M96 334 C150 320 196 328 226 348
			M416 250 C362 236 316 244 286 264 M416 292 C362 278 316 286 286 306 M416 334 C362 320 316 328 286 348"
			stroke="${BLUE}" stroke-width="10" fill="none" stroke-linecap="round"/>
		<text x="256" y="478" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700"
			font-size="76" fill="#ffffff" letter-spacing="4">CDHT</text>
	</g>
</svg>`;
}

const icons = [
	{ file: 'icon-192.png', size: 192, scale: 0.92 },
	{ file: 'icon-512.png', size: 512, scale: 0.92 },
	// Maskable: everything inside the central circle of 80% diameter (the platform crops the rest).
	{ file: 'maskable-512.png', size: 512, scale: 0.68 }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu']
});
try {
	await mkdir('static/icons', { recursive: true });
	for (const icon of icons) {
		const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
		const svg = drawing(icon.scale).replace(
			'width="512" height="512"',
			`width="${icon.size}" height="${icon.size}"`
		);
		await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
		await writeFile(
			`static/icons/${icon.file}`,
			await page.screenshot({ type: 'png', omitBackground: false })
		);
		await page.close();
		console.log('wrote static/icons/' + icon.file);
	}
} finally {
	await browser.close();
}
