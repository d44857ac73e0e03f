// Whether the screen is tall enough, in lines of text, for a bar that stays at the bottom: at the
// browser's 200 % text on a phone, a sticky "Quay lại / Tiếp theo" bar would cover half the screen
// (issue 15.12). Measured in rem so any way of enlarging text counts (app setting, browser, zoom).

/** A sticky bottom bar only with room for at least this many lines of text (rem) on the screen. */
export const ROOMY_REM = 32;

export function isRoomy(viewportHeightPx: number, remPx: number): boolean {
	return remPx > 0 && viewportHeightPx / remPx >= ROOMY_REM;
}

/** Keep `html[data-roomy]` current as the window or the text size changes; returns the stop. */
export function watchRoom(): () => void {
	const html = document.documentElement;
	const update = () => {
		html.dataset.roomy = String(
			isRoomy(window.innerHeight, parseFloat(getComputedStyle(html).fontSize))
		);
	};
	update();
	// The body's size changes when the text size does; the window's when it turns or resizes.
	const observer = new ResizeObserver(update);
	observer.observe(document.body);
	addEventListener('resize', update);
	return () => {
		observer.disconnect();
		removeEventListener('resize', update);
	};
}
