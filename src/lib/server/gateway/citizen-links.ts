import type { CitizenLinks } from '../../domain/citizen-close';
import { CITIZEN_LINKS_VIEW, RULES_DDOC } from '../provisioning/design-docs';
import type { Call } from './context';
import { storePath } from './forward';

type Doc = Record<string, unknown>;

/**
 * For the citizens of a request being removed or merged: what will point at each once the request
 * is stored (its assessments, the records merged into it). The store's view gives what is stored;
 * the request's own documents replace their stored versions, so an assessment moved to the kept
 * record in the same request no longer counts for the one merged away. One view query, or none.
 */
export async function citizenLinks(
	call: Call,
	dbName: string,
	docs: Doc[]
): Promise<(citizenId: string) => CitizenLinks> {
	const closing = docs
		.filter((d) => d.type === 'citizen' && typeof d._id === 'string' && (d.removed || d.merged))
		.map((d) => d._id as string);
	const empty = (): CitizenLinks => ({ assessments: 0, mergedHere: 0 });
	if (closing.length === 0) return empty;
	type Row = { id: string; key: string; value: 'a' | 'm' };
	const res = await call.ctx.store.ok<{ rows: Row[] }>(
		'POST',
		`${storePath(dbName)}/${RULES_DDOC}/_view/${CITIZEN_LINKS_VIEW}`,
		{ keys: closing }
	);
	const inRequest = new Map(
		docs.filter((d) => typeof d._id === 'string').map((d) => [d._id as string, d])
	);
	const pointers = new Map<string, string>();
	for (const row of res.body.rows)
		if (!inRequest.has(row.id)) pointers.set(row.id, `${row.value}${row.key}`);
	for (const [id, d] of inRequest) {
		if (d.type === 'assessment' && typeof d.citizenId === 'string')
			pointers.set(id, `a${d.citizenId}`);
		const into =
			d.type === 'citizen' && d.merged && typeof d.merged === 'object'
				? (d.merged as Doc).into
				: undefined;
		if (typeof into === 'string') pointers.set(id, `m${into}`);
	}
	return (citizenId) => {
		const links = empty();
		for (const p of pointers.values()) {
			if (p === `a${citizenId}`) links.assessments++;
			if (p === `m${citizenId}`) links.mergedHere++;
		}
		return links;
	};
}
