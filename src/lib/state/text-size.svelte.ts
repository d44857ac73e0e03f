import { browser } from '$app/environment';

export const textSizes = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof textSizes)[number];
const KEY = 'cdht.textSize';

/**
 * Base text size, as a share of the browser's own setting (16 px by default → 18/22/24 px), so a
 * tablet whose owner already enlarged text keeps that on top.
 */
const percent: Record<TextSize, string> = { normal: '112.5%', large: '137.5%', larger: '150%' };

class TextSizeSetting {
	#current = $state<TextSize>('normal');

	constructor() {
		if (!browser) return;
		const saved = localStorage.getItem(KEY);
		if ((textSizes as readonly string[]).includes(saved ?? '')) this.#current = saved as TextSize;
		this.#apply();
	}

	get current(): TextSize {
		return this.#current;
	}

	set(size: TextSize): void {
		this.#current = size;
		if (!browser) return;
		localStorage.setItem(KEY, size);
		this.#apply();
	}

	#apply() {
		document.documentElement.style.fontSize = percent[this.#current];
		document.documentElement.dataset.textSize = this.#current;
	}
}

export const textSize = new TextSizeSetting();
