import { browser } from '$app/environment';

export type Lang = 'vi' | 'en';
const KEY = 'cdht.lang';

/** The reader's language: Vietnamese unless they chose English; kept on this device. */
class Language {
	#current = $state<Lang>('vi');

	constructor() {
		if (!browser) return;
		const saved = localStorage.getItem(KEY);
		if (saved === 'en' || saved === 'vi') this.#current = saved;
		document.documentElement.lang = this.#current;
	}

	get current(): Lang {
		return this.#current;
	}

	set(lang: Lang): void {
		this.#current = lang;
		if (!browser) return;
		localStorage.setItem(KEY, lang);
		document.documentElement.lang = lang;
	}
}

export const language = new Language();
