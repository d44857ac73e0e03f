import { strToU8, zipSync } from 'fflate';
import type { PeriodicDocument, PeriodicTable } from '$lib/domain/periodic-report';

// The periodic report as a Word file: the smallest OOXML package Word, LibreOffice and Google Docs
// open (content types, the package relation, document.xml), A4 portrait, Times New Roman 13 pt as
// Vietnamese administrative documents are set. Zipped with fflate (already what the .xlsx writer
// uses). Only text and tables: every number is the model's text, the same as the page shows.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface RunStyle {
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	size?: number;
}

function run(text: string, style: RunStyle = {}): string {
	const props = [
		style.bold ? '<w:b/>' : '',
		style.italic ? '<w:i/>' : '',
		style.underline ? '<w:u w:val="single"/>' : '',
		style.size ? `<w:sz w:val="${style.size * 2}"/>` : ''
	].join('');
	return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(
	text: string,
	style: RunStyle & { align?: 'center' | 'right' | 'both'; indent?: number } = {}
): string {
	const props = [
		style.align ? `<w:jc w:val="${style.align}"/>` : '',
		style.indent ? `<w:ind w:left="${style.indent}"/>` : '',
		'<w:spacing w:after="80"/>'
	].join('');
	return `<w:p><w:pPr>${props}</w:pPr>${run(text, style)}</w:p>`;
}

const border = (tag: string) => `<w:${tag} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;

/** A table across the page's width, its header row repeated on every page, the totals row in bold. */
function table(t: PeriodicTable): string {
	const cell = (text: string, i: number, opts: RunStyle & { depth?: number }) =>
		`<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:pPr>${t.numeric.includes(i) ? '<w:jc w:val="right"/>' : ''}${opts.depth ? `<w:ind w:left="${opts.depth * 240}"/>` : ''}</w:pPr>${run(text, { bold: opts.bold, size: 12 })}</w:p></w:tc>`;
	const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${t.headers.map((h, i) => cell(h, i, { bold: true })).join('')}</w:tr>`;
	const rows = t.rows.map(
		(r) =>
			`<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.cells.map((c, i) => cell(c, i, { bold: r.total, depth: i === 0 ? r.depth : 0 })).join('')}</w:tr>`
	);
	return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>${borders}<w:tblLayout w:type="autofit"/></w:tblPr>${header}${rows.join('')}</w:tbl>`;
}

/** Two columns without borders: the unit on the left, the nation's heading on the right. */
function heading(doc: PeriodicDocument): string {
	const side = (lines: string[]) =>
		`<w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/></w:tcPr>${lines.join('')}</w:tc>`;
	return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tr>${side([
		para(doc.org[0], { bold: true, align: 'center' }),
		para(doc.org[1], { bold: true, align: 'center' })
	])}${side([para(doc.nation[0], { bold: true, align: 'center', size: 12 }), para(doc.nation[1], { bold: true, underline: true, align: 'center' })])}</w:tr></w:tbl>`;
}

export function periodicDocumentXml(doc: PeriodicDocument): string {
	const body = [
		heading(doc),
		para(doc.placeDate, { italic: true, align: 'right' }),
		para(doc.title, { bold: true, align: 'center', size: 14 }),
		para(doc.subtitle, { bold: true, align: 'center' }),
		para(doc.summaryHeading, { bold: true }),
		...doc.summary.map((s) => para(s, { align: 'both', indent: 360 })),
		para(doc.unitsHeading, { bold: true }),
		table(doc.units),
		para(''),
		para(doc.groupsHeading, { bold: true }),
		table(doc.groups),
		para(''),
		// Recipients on the left, the signature on the right, as official letters end.
		`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/></w:tcPr>${doc.recipients
			.map((r, i) => para(r, { bold: i === 0, italic: i === 0, size: 11 }))
			.join(
				''
			)}</w:tc><w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/></w:tcPr>${para(doc.signature.role, { bold: true, align: 'center' })}${para(doc.signature.hint, { italic: true, align: 'center' })}</w:tc></w:tr></w:tbl>`
	].join('');
	// A4 portrait (11906 × 16838 twentieths of a point), margins 2 cm, left 3 cm (Decree 30/2020).
	const section =
		'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}${section}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;

/** The .docx file's bytes. */
export function periodicDocx(doc: PeriodicDocument): Uint8Array {
	return zipSync({
		'[Content_Types].xml': strToU8(CONTENT_TYPES),
		'_rels/.rels': strToU8(RELS),
		'word/_rels/document.xml.rels': strToU8(DOC_RELS),
		'word/document.xml': strToU8(periodicDocumentXml(doc)),
		'word/styles.xml': strToU8(STYLES)
	});
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
