import type { CriteriaSet } from '$lib/domain/criteria-set.schema';
import { CONFIG_DB } from '$lib/domain/ids';
import { couch } from '$lib/net/site';
import { jsonParam } from '$lib/net/view-query';
import { saveBlob } from '$lib/download';

/** Every published criteria set, newest publication first (a handful of versions, a few dozen KB each). */
export async function listCriteriaSets(): Promise<CriteriaSet[]> {
	const range = `startkey=${jsonParam('criteriaSet:')}&endkey=${jsonParam('criteriaSet:\ufff0')}`;
	const res = await couch.get<{ rows: { doc?: CriteriaSet }[] }>(
		`/${CONFIG_DB}/_all_docs?include_docs=true&${range}`
	);
	const time = (s: CriteriaSet) => Date.parse(s.publishedAt ?? '') || 0;
	return res.rows
		.flatMap((r) => (r.doc?.type === 'criteriaSet' ? [r.doc] : []))
		.sort((a, b) => time(b) - time(a) || b.version - a.version);
}

/** Publishes a prepared version; the server stamps who and when, and refuses any later change. */
export async function publishCriteriaSet(set: CriteriaSet): Promise<void> {
	await couch.put(`/${CONFIG_DB}/${encodeURIComponent(set._id)}`, set);
}

/** A local date (yyyy-mm-dd from a date field) as the instant it starts in Vietnam (UTC+7, no DST). */
export function startOfDayInVietnam(date: string): string {
	return new Date(`${date}T00:00:00+07:00`).toISOString();
}

/** Today in Vietnam, as a date field wants it. */
export function todayInVietnam(now = new Date()): string {
	return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Offers a text as a file download (the template), without a server round trip. */
export function download(filename: string, text: string): void {
	saveBlob(new Blob([text], { type: 'application/json' }), filename);
}
