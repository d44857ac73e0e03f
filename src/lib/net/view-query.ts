/** A view's query string: CouchDB reads every view parameter as JSON ("true", "4", "[2026]"). */
export function viewQuery(params: object): string {
	const query = new URLSearchParams();
	for (const [name, value] of Object.entries(params))
		if (value !== undefined) query.set(name, JSON.stringify(value));
	return query.toString();
}

/** A CouchDB query value for a URL (keys are JSON). */
export const jsonParam = (value: unknown) => encodeURIComponent(JSON.stringify(value));
