import type { HandoverHeader } from '$lib/domain/handover';
import type { FieldIssue } from '$lib/domain/schemas';

// "Nhận tệp từ xã": the reviewer's browser posts the file as it is (gzip'd JSON) to the gateway,
// first as a preview (`?dryRun=1`: the signature's verdict, what is new), then for real. The
// server does every check (docs/handover.md); this only carries the bytes and reads the answer.

export interface HandoverAnswer {
	header: HandoverHeader;
	new: string[];
	already: string[];
	refused: { id: string | null; reason: string; issues?: FieldIssue[] }[];
}

export type ImportResult =
	{ ok: true; answer: HandoverAnswer } | { ok: false; kind: 'refused' | 'network'; reason: string };

export async function postHandover(
	bytes: Uint8Array<ArrayBuffer>,
	dryRun: boolean,
	fetcher: typeof fetch = fetch
): Promise<ImportResult> {
	let res: Response;
	try {
		res = await fetcher(`/couch/_handover${dryRun ? '?dryRun=1' : ''}`, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'Content-Encoding': 'gzip',
				Accept: 'application/json'
			},
			body: bytes,
			credentials: 'same-origin'
		});
	} catch (e) {
		return { ok: false, kind: 'network', reason: (e as Error).message };
	}
	const body = (await res.json().catch(() => null)) as
		(HandoverAnswer & { reason?: string }) | null;
	if (res.ok && body) return { ok: true, answer: body };
	return { ok: false, kind: 'refused', reason: body?.reason ?? `HTTP ${res.status}` };
}
