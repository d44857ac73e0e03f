/**
 * The store path of a document. `_design/` and `_local/` stay literal: Apache CouchDB answers a GET
 * of `/db/_design%2Fx` with 301 (the embedded store with 200), and a client that does not follow
 * redirects stops there.
 */
export function docPath(db: string, id: string): string {
	const special = /^(_design|_local)\/(.+)$/.exec(id);
	const idPart = special
		? `${special[1]}/${encodeURIComponent(special[2])}`
		: encodeURIComponent(id);
	return `/${encodeURIComponent(db)}/${idPart}`;
}
