import type { SvelteKitPWAOptions } from '@vite-pwa/sveltekit';

/** The PWA: precached shell, offline navigation, an update prompt instead of a silent reload. */
export const pwaOptions: Partial<SvelteKitPWAOptions> = {
	registerType: 'prompt',
	injectRegister: false,
	strategies: 'generateSW',
	manifest: {
		name: 'Công dân học tập — Hội Khuyến học',
		short_name: 'Công dân học tập',
		description: 'Ghi nhận và đánh giá Công dân học tập, dùng được cả khi không có mạng.',
		lang: 'vi',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		orientation: 'any',
		theme_color: '#0b5394',
		background_color: '#ffffff',
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
			{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	},
	workbox: {
		globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff,woff2,webmanifest}', 'prerendered/**/*.html'],
		navigateFallback: '/',
		// /couch is the data API: never answered from the cache.
		navigateFallbackDenylist: [/^\/couch/],
		clientsClaim: true,
		skipWaiting: false,
		cleanupOutdatedCaches: true
	},
	kit: { includeVersionFile: true }
};
