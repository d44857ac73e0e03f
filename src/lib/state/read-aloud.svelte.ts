import { browser } from '$app/environment';
import { RATE, pickVietnamese } from './read-aloud';

/**
 * The speaker: whether a Vietnamese voice exists on this device (the read-aloud buttons show only
 * then), what is being read, and stop. Voices arrive late on some browsers ("voiceschanged").
 */
class ReadAloud {
	#voice = $state.raw<SpeechSynthesisVoice | null>(null);
	#reading = $state<string | null>(null);
	#watching = false;

	get available(): boolean {
		return this.#voice !== null;
	}
	/** The key of what is being read, or null. */
	get reading(): string | null {
		return this.#reading;
	}

	read(key: string, text: string): void {
		const synth = browser ? globalThis.speechSynthesis : undefined;
		if (!synth || !this.#voice) return;
		synth.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.voice = this.#voice;
		utterance.lang = this.#voice.lang;
		utterance.rate = RATE;
		utterance.onend = utterance.onerror = () => {
			if (this.#reading === key) this.#reading = null;
		};
		this.#reading = key;
		synth.speak(utterance);
	}

	/** She moved on (another step, another screen): silence at once. */
	stop(): void {
		if (this.#reading === null) return;
		this.#reading = null;
		globalThis.speechSynthesis?.cancel();
	}

	/** Look for a Vietnamese voice (the page calls it once mounted). */
	start(): void {
		if (this.#watching || !browser || !globalThis.speechSynthesis) return;
		this.#watching = true;
		const synth = globalThis.speechSynthesis;
		const update = () => (this.#voice = pickVietnamese(synth.getVoices()));
		update();
		synth.addEventListener?.('voiceschanged', update);
	}
}

export const readAloud = new ReadAloud();
