import type { SvelteKitPWAOptions } from '@vite-pwa/sveltekit';

/** The PWA: precached shell, offline navigation, an update prompt instead of a silent reload. */
export const pwaOptions: Partial<SvelteKitPWAOptions> = {
	registerType: 'prompt',
	// Registered by $lib/state/app-update.svelte.ts through `virtual:pwa-register`.
	injectRegister: false,
	strategies: 'generateSW',
	// Absolute: SvelteKit's relative base would register `./sw.js` from wherever the app is first
	// opened (/citizens/sw.js on a deep link), and that worker would never control the app.
	base: '/',
	scope: '/',
	manifest: {
		id: '/',
		name: 'Công dân học tập — Hội Khuyến học',
		short_name: 'Công dân học tập',
		description: 'Ghi nhận và đánh giá Công dân học tập, dùng được cả khi không có mạng.',
		lang: 'vi',
		dir: 'ltr',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		orientation: 'any',
		theme_color: '#0b4f8a',
		background_color: '#ffffff',
		categories: ['education', 'productivity'],
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	},
	workbox: {
		// The built shell: client assets and every prerendered page (all routes are prerendered).
		globPatterns: [
			'client/**/*.{js,css,ico,png,svg,webp,woff,woff2,webmanifest}',
			'prerendered/**/*.html'
		],
		// Ids travel in the query string (/assess?id=…): the page's shell is the same for every id.
		ignoreURLParametersMatching: [/.*/],
		// Any other URL opens the shell, whose router shows "Không tìm thấy trang" for unknown paths.
		navigateFallback: '/',
		// /couch is the data API: never answered from the cache. The public summary pages
		// (/cong-khai/<unit>/<year>) are online pages rendered by the server for anyone: not the shell.
		navigateFallbackDenylist: [/^\/couch/, /^\/cong-khai\//],
		clientsClaim: true,
		// A new version waits for the officer's tap on "Cập nhật" (never over a half-filled form).
		skipWaiting: false,
		cleanupOutdatedCaches: true
	},
	kit: { includeVersionFile: true }
};
