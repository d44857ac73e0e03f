/**
 * JSON with object keys sorted at every depth, so equal content gives equal text: the sync's notion
 * of "the same content" and the bytes a hand-over file's signature covers. Written out directly
 * rather than through a sorting replacer (which copies every object): it runs several times per
 * document sent.
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	const json = (value as { toJSON?: () => unknown }).toJSON;
	if (typeof json === 'function') return canonicalJson(json.call(value));
	if (Array.isArray(value))
		return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
	const record = value as Record<string, unknown>;
	const parts: string[] = [];
	for (const key of Object.keys(record).sort()) {
		const v = record[key];
		if (v !== undefined && typeof v !== 'function')
			parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
	}
	return `{${parts.join(',')}}`;
}
