// Reading a question aloud in Vietnamese (Web Speech API): the words to say and the voice to say
// them with. Pure, so it is tested without a browser; ./read-aloud.svelte.ts drives the speaker.

/** Slower than the default (1): an older listener, a door-step, a cheap speaker. */
export const RATE = 0.8;

export interface VoiceLike {
	lang: string;
	name: string;
	localService?: boolean;
}

/** A Vietnamese voice, one on the device first (it works offline); null when there is none. */
export function pickVietnamese<V extends VoiceLike>(voices: readonly V[]): V | null {
	const vi = voices.filter((v) => v.lang.replace('_', '-').toLowerCase().startsWith('vi'));
	return vi.find((v) => v.localService) ?? vi[0] ?? null;
}

/** "Câu 1. <question>. Các cách trả lời: Thường xuyên. Thỉnh thoảng. Chưa." */
export function questionSpeech(n: number, question: string, choices: readonly string[]): string {
	// Each its own sentence, so the voice pauses; a question keeps its question mark (its tune).
	const sentence = (s: string) =>
		/[.?!]$/.test(s.trim()) ? s.trim() : `${s.trim().replace(/[:;,]+$/, '')}.`;
	return [
		`Câu ${n}. ${sentence(question)}`,
		`Các cách trả lời: ${choices.map(sentence).join(' ')}`
	].join(' ');
}
