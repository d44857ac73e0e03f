import type { IncomingMessage } from 'node:http';
import { createGunzip, createInflate, type Gunzip, type Inflate } from 'node:zlib';
import { badRequest, HttpError, tooLarge, unsupportedMedia } from './errors';
import { t } from '../words';

export interface BodyLimits {
	/** Bound on the body after inflating: what a gzip bomb would blow past. */
	maxBytes: number;
}

/**
 * Reads a request body, inflating `Content-Encoding: gzip` (the sync sends compressed chunks) and
 * counting the inflated bytes as they come: past the bound the stream is cut, so a small gzip
 * bomb never becomes a large buffer.
 */
export async function readBody(req: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
	const encoding = String(req.headers['content-encoding'] ?? 'identity')
		.trim()
		.toLowerCase();
	const declared = Number(req.headers['content-length']);
	if (Number.isFinite(declared) && declared > limits.maxBytes) throw tooLarge(bigReason(limits));

	let inflater: Gunzip | Inflate | null = null;
	if (encoding === 'gzip' || encoding === 'x-gzip') inflater = createGunzip();
	else if (encoding === 'deflate') inflater = createInflate();
	else if (encoding !== 'identity' && encoding !== '')
		throw unsupportedMedia(t('body.encoding', { encoding }));

	const source = inflater ? req.pipe(inflater) : req;
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		for await (const chunk of source) {
			total += (chunk as Buffer).length;
			if (total > limits.maxBytes) throw tooLarge(bigReason(limits));
			chunks.push(chunk as Buffer);
		}
	} catch (err) {
		inflater?.destroy();
		if (err instanceof HttpError) {
			req.resume();
			throw err;
		}
		throw badRequest(t('body.corrupt'));
	}
	return Buffer.concat(chunks);
}

function bigReason(limits: BodyLimits): string {
	return t('body.tooBig', { mb: Math.round(limits.maxBytes / 1024 / 1024) });
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Parses a JSON body, refusing anything else with a reason (415). JSON only, sign-in included: a
 * page of another site can send a form without the browser asking, but not JSON.
 */
export function parseBody(req: IncomingMessage, raw: Buffer): unknown {
	const type = String(req.headers['content-type'] ?? '');
	if (!JSON_TYPE.test(type)) throw unsupportedMedia(t('body.notJson'));
	try {
		return JSON.parse(raw.toString('utf8'));
	} catch (err) {
		throw badRequest(t('body.badJson', { detail: (err as Error).message }));
	}
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
