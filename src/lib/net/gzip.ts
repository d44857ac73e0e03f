// On a 2G line bytes dominate (DESIGN §4: 158 s uncompressed vs 18 s gzip'd for the same 4,000
// documents), and neither browsers nor CouchDB clients compress request bodies by themselves.
// `CompressionStream` exists in Chromium and in Node ≥ 18, so the browser and the tests share this.

export function canGzip(): boolean {
	return typeof CompressionStream === 'function';
}

export async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function gunzip(data: Uint8Array<ArrayBuffer>): Promise<string> {
	const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Response(stream).text();
}
