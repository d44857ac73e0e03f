import type { DocType } from './ids';

// How large one document of each type may be, JSON-encoded. Measured (sizes.spec.ts): a citizen
// with every field at its longest is 0.6 KB; an assessment of the default set with ten decisions,
// each with a 1,000-character Vietnamese comment, 16.5 KB (a comment of only 3-byte letters adds
// 3 KB); a batch of MAX_BATCH_ASSESSMENTS (1,000) members 85 KB; the default criteria set 12.6 KB.
// The bounds leave a wide margin above those, and keep one request of a hostile client small.

const KB = 1024;

export const DOC_BYTES: Readonly<Record<DocType, number>> = {
	citizen: 8 * KB,
	assessment: 64 * KB,
	batch: 256 * KB,
	hamlet: 4 * KB,
	orgUnit: 16 * KB,
	target: 4 * KB,
	criteriaSet: 512 * KB
};

/** The bound for a document of `type`, or `fallback` for one of no known type (it fails its schema anyway). */
export function docByteLimit(type: unknown, fallback: number): number {
	return typeof type === 'string' && Object.hasOwn(DOC_BYTES, type)
		? DOC_BYTES[type as DocType]
		: fallback;
}

/** "64 KB", "1 MB": a bound in words. */
export function bytesText(bytes: number): string {
	return bytes >= 1024 * KB ? `${Math.round(bytes / KB / KB)} MB` : `${Math.round(bytes / KB)} KB`;
}
