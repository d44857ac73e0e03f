// Many small requests at once, but not all of them: a province has up to ~200 commune databases,
// and the browser, the gateway and the store each do better with a few in flight than with 200.

/** `fn` over every item with at most `limit` running at a time; results in the items' order. */
export async function mapLimit<T, R>(
	items: readonly T[],
	limit: number,
	fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i], i);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
	return results;
}
