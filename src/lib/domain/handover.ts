import * as z from 'zod/mini';
import { canonicalJson } from './canonical-json';
import { handover } from '../i18n/catalog/handover';
import { textIn, type Params } from '../i18n/format';

// A hand-over file (docs/handover.md): the documents of a send, signed on the officer's tablet with
// a non-extractable device key, checked on the server before a single document is looked at.
// Pure: WebCrypto and CompressionStream only, the same in the browser and in Node.

export const HANDOVER_FORMAT = 'cdht-handover';
export const HANDOVER_VERSION = 1;
export const HANDOVER_EXTENSION = '.cdht';
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface PublicJwk {
	kty: 'EC';
	crv: 'P-256';
	x: string;
	y: string;
}

/** A device key as the officer's account records it. */
export interface HandoverKey {
	id: string;
	jwk: PublicJwk;
	createdAt: string;
	/** Set by an administrator: files signed with it are refused from then on, whatever their date. */
	revokedAt?: string;
}

/** What the check needs of an account: its name, whether it is disabled, its device keys. */
export interface HandoverAccount {
	name: string;
	disabled?: boolean;
	keys: readonly HandoverKey[];
}

type Doc = Record<string, unknown> & { _id: string };

const docList = z.array(z.looseObject({ _id: z.string() }));
const text = z.string().check(z.minLength(1), z.maxLength(200));
export const handoverSchema = z.strictObject({
	signed: z.strictObject({
		header: z.strictObject({
			format: z.literal(HANDOVER_FORMAT),
			version: z.literal(HANDOVER_VERSION),
			officer: text,
			communeId: text,
			keyId: text,
			createdAt: z.iso.datetime(),
			counts: z.strictObject({ citizens: z.int(), assessments: z.int(), batches: z.int() })
		}),
		docs: z.strictObject({ citizens: docList, assessments: docList, batches: docList })
	}),
	signature: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/))
});
export type HandoverFile = z.infer<typeof handoverSchema>;
export type HandoverSigned = HandoverFile['signed'];
export type HandoverHeader = HandoverSigned['header'];

export type RefusalCode =
	'unreadable' | 'signature' | 'unknown_key' | 'other_officer' | 'revoked' | 'disabled';
export type Verdict =
	{ ok: true; file: HandoverFile } | { ok: false; code: RefusalCode; reason: string };

/** Plain sentences for the reviewer (and the script that posted the file), in Vietnamese: the server says them. */
export function refusalReason(
	code: RefusalCode,
	header?: Pick<HandoverHeader, 'officer' | 'keyId'>,
	extra = ''
): string {
	const officer = header?.officer ?? '';
	const say = (key: keyof typeof handover, params?: Params) => textIn(handover, 'vi', key, params);
	switch (code) {
		case 'unreadable':
			return extra ? say('refused.unreadableWhy', { why: extra }) : say('refused.unreadable');
		case 'signature':
			return say('refused.signature', { officer });
		case 'unknown_key':
			return say('refused.unknownKey', { officer });
		case 'other_officer':
			return say('refused.otherOfficer', { officer, signer: extra });
		case 'revoked':
			return extra
				? say('refused.revokedOn', { date: extra.slice(0, 10) })
				: say('refused.revoked');
		case 'disabled':
			return say('refused.disabled', { officer });
	}
}

const refuse = (code: RefusalCode, header?: HandoverHeader, extra?: string): Verdict => ({
	ok: false,
	code,
	reason: refusalReason(code, header, extra)
});

/** The bytes the signature covers: a fixed prefix (no other signed thing of ours can pass for one) and the canonical JSON. */
export function signingPayload(signed: HandoverSigned): Uint8Array<ArrayBuffer> {
	return new TextEncoder().encode(
		`${HANDOVER_FORMAT}/${HANDOVER_VERSION}\n${canonicalJson(signed)}`
	);
}

/** The key's id: its owner (so a file names whose key signed it) and its JWK thumbprint (RFC 7638). */
export async function keyIdFor(officer: string, jwk: PublicJwk): Promise<string> {
	const digest = await crypto.subtle.digest(
		'SHA-256',
		new TextEncoder().encode(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))
	);
	return `${officer}~${base64url(new Uint8Array(digest)).slice(0, 16)}`;
}

/** Whose key an id says it is (checked against that account: an id proves nothing by itself). */
export const keyOwnerOf = (keyId: string): string =>
	keyId.slice(0, Math.max(0, keyId.lastIndexOf('~')));

export function publicJwkOf(jwk: JsonWebKey): PublicJwk {
	if (
		jwk.kty !== 'EC' ||
		jwk.crv !== 'P-256' ||
		typeof jwk.x !== 'string' ||
		typeof jwk.y !== 'string'
	)
		throw new Error('Not a P-256 public key.');
	return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

export async function newDeviceKey(): Promise<CryptoKeyPair> {
	return crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
}

export interface HandoverContent {
	officer: string;
	communeId: string;
	keyId: string;
	createdAt: string;
	citizens: Doc[];
	assessments: Doc[];
	batches: Doc[];
}

export function signedPart(c: HandoverContent): HandoverSigned {
	return {
		header: {
			format: HANDOVER_FORMAT,
			version: HANDOVER_VERSION,
			officer: c.officer,
			communeId: c.communeId,
			keyId: c.keyId,
			createdAt: c.createdAt,
			counts: {
				citizens: c.citizens.length,
				assessments: c.assessments.length,
				batches: c.batches.length
			}
		},
		docs: { citizens: c.citizens, assessments: c.assessments, batches: c.batches }
	};
}

export async function signHandover(
	content: HandoverContent,
	privateKey: CryptoKey
): Promise<HandoverFile> {
	const signed = signedPart(content);
	const signature = await crypto.subtle.sign(SIGNATURE, privateKey, signingPayload(signed));
	return { signed, signature: base64url(new Uint8Array(signature)) };
}

/** The file's shape, with its counts agreeing with its documents. */
export function parseHandover(value: unknown): Verdict {
	const parsed = handoverSchema.safeParse(value);
	if (!parsed.success) return refuse('unreadable');
	const { header, docs } = parsed.data.signed;
	if (
		header.counts.citizens !== docs.citizens.length ||
		header.counts.assessments !== docs.assessments.length ||
		header.counts.batches !== docs.batches.length
	)
		return refuse('unreadable', header, textIn(handover, 'vi', 'refused.countMismatch'));
	return { ok: true, file: parsed.data as HandoverFile };
}

/**
 * The whole check, in the order that says the most useful thing first: the file's shape, the
 * officer's account, whose key it is, whether it was revoked, and only then the signature.
 * `accountOf` gives an account by name (null: none); only the file's officer and the key's owner are asked.
 */
export async function verifyHandover(
	value: unknown,
	accountOf: (name: string) => Promise<HandoverAccount | null>
): Promise<Verdict> {
	const shape = parseHandover(value);
	if (!shape.ok) return shape;
	const { header } = shape.file.signed;
	const officer = await accountOf(header.officer);
	if (!officer || officer.disabled) return refuse('disabled', header);
	const owner = keyOwnerOf(header.keyId);
	if (owner !== header.officer) {
		const other = owner ? await accountOf(owner) : null;
		return other?.keys.some((k) => k.id === header.keyId)
			? refuse('other_officer', header, owner)
			: refuse('unknown_key', header);
	}
	const key = officer.keys.find((k) => k.id === header.keyId);
	if (!key) return refuse('unknown_key', header);
	if (key.revokedAt) return refuse('revoked', header, key.revokedAt);
	if (!(await signatureHolds(shape.file, key.jwk))) return refuse('signature', header);
	return shape;
}

async function signatureHolds(file: HandoverFile, jwk: PublicJwk): Promise<boolean> {
	try {
		const key = await crypto.subtle.importKey('jwk', { ...jwk, ext: true }, ALGORITHM, false, [
			'verify'
		]);
		return await crypto.subtle.verify(
			SIGNATURE,
			key,
			fromBase64url(file.signature),
			signingPayload(file.signed)
		);
	} catch {
		return false;
	}
}

/** The file's name, so a person knows what it is: `cdht-C01-2026-12-04-3-phieu.cdht`. */
export function handoverFileName(
	header: Pick<HandoverHeader, 'communeId' | 'createdAt' | 'counts'>
): string {
	return `cdht-${header.communeId}-${header.createdAt.slice(0, 10)}-${header.counts.assessments}-phieu${HANDOVER_EXTENSION}`;
}

/** gzip'd UTF-8 JSON. */
export async function encodeHandover(file: HandoverFile): Promise<Uint8Array<ArrayBuffer>> {
	const stream = new Blob([JSON.stringify(file)])
		.stream()
		.pipeThrough(new CompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The JSON inside a file; throws on bytes that are not gzip'd JSON. */
export async function decodeHandover(bytes: Uint8Array<ArrayBuffer>): Promise<unknown> {
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
	return JSON.parse(await new Response(stream).text());
}

function base64url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const out = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
	return out;
}
