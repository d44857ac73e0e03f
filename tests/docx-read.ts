// Reads a .docx back for the tests: unzip, parse word/document.xml with a strict XML parser (a
// malformed file fails here as Word would refuse it), and return its paragraphs and tables as text.
import { strFromU8, unzipSync } from 'fflate';

export interface DocxText {
	/** Every paragraph outside tables and inside them, in order. */
	paragraphs: string[];
	/** Each table's rows, each row's cells' text. */
	tables: string[][][];
	files: string[];
}

const texts = (xml: string) =>
	[...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
		.map((m) =>
			m[1]
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&')
		)
		.join('');

export function readDocx(bytes: Uint8Array): DocxText {
	const files = unzipSync(bytes);
	const xml = strFromU8(files['word/document.xml']);
	wellFormed(xml);
	const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
		[...t[1].matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) =>
			[...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => texts(c[1]))
		)
	);
	const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p) => texts(p[1]));
	return { paragraphs, tables, files: Object.keys(files) };
}

/** Every tag closed in order (no DOMParser in Node: a stack is enough for the writer's XML). */
function wellFormed(xml: string): void {
	const stack: string[] = [];
	for (const m of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
		const [, close, name, self] = m;
		if (self) continue;
		if (!close) stack.push(name);
		else if (stack.pop() !== name)
			throw new Error(`document.xml: </${name}> closes another element`);
	}
	if (stack.length) throw new Error(`document.xml: <${stack.at(-1)}> never closed`);
	if (/&(?!amp;|lt;|gt;|quot;|apos;)/.test(xml)) throw new Error('document.xml: a bare &');
}
