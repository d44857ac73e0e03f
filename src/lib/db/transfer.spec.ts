import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '$lib/domain/assessment.schema';
import { defaultCriteriaSet as set } from '$lib/domain/criteria-default';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { validateDocument } from '$lib/domain/schemas';
import { applicableIndicators } from '$lib/domain/scoring';
import { markReady, saveAnswer, startAssessment } from './assessments';
import { listCitizens, saveCitizen } from './citizens';
import { ensureBundledCriteria } from './criteria';
import type { LocalDatabase } from './db';
import { ensureOrgUnits } from './org';
import { toWire, type AssessmentRecord, type CitizenRecord } from './records';
import { freshDb } from './test-db';
import { exportFileName, exportUnsent, importFile, type ExportFile } from './transfer';

const ctx = { user: 'canbo.c01', communeId: 'C01' };
let source: LocalDatabase;
let target: LocalDatabase;

async function prepared(): Promise<LocalDatabase> {
	const db = freshDb();
	await ensureOrgUnits(db, demoOrgUnits);
	await ensureBundledCriteria(db);
	return db;
}
async function person(db: LocalDatabase, fullName: string): Promise<CitizenRecord> {
	const r = await saveCitizen(
		db,
		{ fullName, birthYear: 1960, gender: 'male', group: 'nong-dan', hamletId: 'C01-H01' },
		ctx
	);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.citizen;
}
async function assessed(
	db: LocalDatabase,
	c: CitizenRecord,
	ready = true
): Promise<AssessmentRecord> {
	const r = await startAssessment(db, c, set, 2026, ctx);
	if (!r.ok) throw new Error(r.reason.key);
	for (const i of applicableIndicators(set, 'nong-dan'))
		await saveAnswer(db, r.assessment._id, i.id, i.options[0].key);
	if (ready) await markReady(db, r.assessment._id);
	return (await db.assessments.get(r.assessment._id))!;
}
const parse = (text: string) => JSON.parse(text) as ExportFile;
const tick = () => new Promise((r) => setTimeout(r, 5));

beforeEach(async () => {
	source = await prepared();
	target = await prepared();
});
afterEach(async () => {
	await source.delete();
	await target.delete();
});

describe('exportUnsent', () => {
	it('holds what the server has not acknowledged, what it refers to, and nothing else', async () => {
		const sent = await person(source, 'Lê Văn Đã Gửi');
		const acknowledged = await person(source, 'Trần Thị Có Phiếu');
		const fresh = await person(source, 'Nguyễn Văn Mới');
		const a = await assessed(source, acknowledged);
		const member = await assessed(source, sent);
		await source.citizens.update(sent._id, { dirty: 0 });
		await source.citizens.update(acknowledged._id, { dirty: 0 });
		await source.assessments.update(member._id, { dirty: 0 });
		await source.batches.add({
			_id: 'batch:C01:01J00000000000000000000000',
			type: 'batch',
			communeId: 'C01',
			officer: 'canbo.c01',
			createdAt: new Date().toISOString(),
			assessmentIds: [member._id],
			citizenIds: [sent._id],
			count: 1,
			status: 'sending',
			dirty: 1
		});
		// Another commune's record on the same tablet never leaves in this commune's file.
		await source.citizens.add({
			...fresh,
			_id: 'citizen:C02:01J00000000000000000000000',
			communeId: 'C02'
		});

		const file = parse(await exportUnsent(source, ctx, new Date('2026-03-05T07:30:00Z')));
		expect(file).toMatchObject({
			format: 'cdht-export',
			version: 1,
			exportedAt: '2026-03-05T07:30:00.000Z',
			exportedBy: 'canbo.c01',
			communeId: 'C01'
		});
		expect(file.documents.map((d) => d._id)).toEqual([
			fresh._id,
			acknowledged._id,
			sent._id,
			a._id,
			member._id,
			'batch:C01:01J00000000000000000000000'
		]);
		for (const doc of file.documents) {
			expect(validateDocument(doc)).toMatchObject({ ok: true });
			for (const local of [
				'dirty',
				'searchKey',
				'nameWords',
				'sortKey',
				'dupKey',
				'wizardStep',
				'syncError'
			])
				expect(doc).not.toHaveProperty(local);
		}
	});

	it('an export with nothing unsent is a valid, empty file', async () => {
		expect(parse(await exportUnsent(source, ctx)).documents).toEqual([]);
	});

	it('names the file after the commune and the time', () => {
		expect(exportFileName('C01', new Date(2026, 2, 5, 14, 7))).toBe(
			'cdht-C01-2026-03-05-1407.json'
		);
	});
});

describe('importFile', () => {
	it('restores the unsent work on another tablet: searchable, marked to send, the same documents', async () => {
		const c = await person(source, 'Đặng Thị Hồng');
		const a = await assessed(source, c);
		const r = await importFile(target, await exportUnsent(source, ctx), ctx);
		expect(r).toEqual({
			ok: true,
			counts: {
				added: 2,
				updated: 0,
				keptLocal: 0,
				unchanged: 0,
				citizens: 1,
				assessments: 1,
				batches: 0
			}
		});
		expect(toWire((await target.citizens.get(c._id))!)).toEqual(toWire(c));
		expect(toWire((await target.assessments.get(a._id))!)).toEqual(toWire(a));
		expect(await target.assessments.get(a._id)).toMatchObject({ dirty: 1, status: 'ready' });
		expect((await listCitizens(target, 'C01', { query: 'dang hong' })).map((x) => x._id)).toEqual([
			c._id
		]);
	});

	it('importing the same file twice changes nothing the second time', async () => {
		await assessed(source, await person(source, 'Bùi Văn Hai'));
		const text = await exportUnsent(source, ctx);
		await importFile(target, text, ctx);
		expect(await importFile(target, text, ctx)).toMatchObject({
			ok: true,
			counts: { added: 0, updated: 0, unchanged: 2 }
		});
	});

	it('keeps the tablet’s newer copy and takes the file’s newer copy', async () => {
		const c = await person(source, 'Phạm Văn Ba');
		const older = await exportUnsent(source, ctx);
		await importFile(target, older, ctx);
		await tick();
		// The target tablet corrects the name: the older file must not undo it.
		await saveCitizen(target, { ...c, fullName: 'Phạm Văn Bảy' }, ctx);
		expect(await importFile(target, older, ctx)).toMatchObject({
			ok: true,
			counts: { keptLocal: 1, updated: 0 }
		});
		expect((await target.citizens.get(c._id))?.fullName).toBe('Phạm Văn Bảy');
		// A later edit on the source tablet is newer still: the file wins, with its derived keys.
		await tick();
		await saveCitizen(source, { ...c, fullName: 'Phạm Văn Tám' }, ctx);
		expect(await importFile(target, await exportUnsent(source, ctx), ctx)).toMatchObject({
			ok: true,
			counts: { updated: 1 }
		});
		expect(await target.citizens.get(c._id)).toMatchObject({
			fullName: 'Phạm Văn Tám',
			searchKey: 'pham van tam',
			dirty: 1
		});
	});

	it('a file made before a send never takes a sent or reviewed assessment back', async () => {
		const a = await assessed(source, await person(source, 'Hồ Thị Năm'));
		const text = await exportUnsent(source, ctx);
		await importFile(target, text, ctx);
		await target.assessments.update(a._id, {
			status: 'recognised',
			updatedAt: '2000-01-01T00:00:00.000Z',
			_rev: '3-x'
		});
		expect(await importFile(target, text, ctx)).toMatchObject({
			ok: true,
			counts: { keptLocal: 1 }
		});
		expect(await target.assessments.get(a._id)).toMatchObject({
			status: 'recognised',
			_rev: '3-x'
		});
	});

	it('keeps the newest CouchDB revision either side knows', async () => {
		const c = await person(source, 'Vũ Văn Sáu');
		await source.citizens.update(c._id, { _rev: '2-aaa' });
		const text = await exportUnsent(source, ctx);
		await target.citizens.put({
			...(await source.citizens.get(c._id))!,
			_rev: '5-bbb',
			updatedAt: '2000-01-01T00:00:00.000Z'
		});
		await importFile(target, text, ctx);
		expect(await target.citizens.get(c._id)).toMatchObject({
			_rev: '5-bbb',
			updatedAt: c.updatedAt
		});
	});

	describe('refuses a bad or foreign file, with a clear message, writing nothing', () => {
		let good: ExportFile;
		beforeEach(async () => {
			await assessed(source, await person(source, 'Ngô Văn Bảy'));
			good = parse(await exportUnsent(source, ctx));
		});
		const edit = (f: (file: ExportFile) => unknown) => () =>
			JSON.stringify(f(structuredClone(good)));

		it.each<[string, () => string, object[]]>([
			['not JSON', () => 'PK\u0003\u0004 binary', [{ path: '', message: 'file.notJson' }]],
			['JSON but not our file', () => '[1,2,3]', [{ path: 'format', message: 'file.format' }]],
			[
				'another format',
				edit((f) => ({ ...f, format: 'kobo' })),
				[{ path: 'format', message: 'file.format' }]
			],
			[
				'a newer file version',
				edit((f) => ({ ...f, version: 2 })),
				[{ path: 'version', message: 'file.version' }]
			],
			[
				'no version',
				edit((f) => ({ ...f, version: undefined })),
				[{ path: 'version', message: 'file.format' }]
			],
			[
				'another commune',
				edit((f) => ({ ...f, communeId: 'C02' })),
				[{ path: 'communeId', message: 'file.otherCommune', params: { communeId: 'C02' } }]
			],
			[
				'no document list',
				edit((f) => ({ ...f, documents: {} })),
				[{ path: 'documents', message: 'file.format' }]
			],
			[
				'a document failing its schema',
				edit((f) => (((f.documents[0] as { fullName: string }).fullName = ' '), f)),
				[{ index: 0, path: 'documents.0.fullName', message: 'err.required' }]
			],
			[
				'a document that is no document',
				edit((f) => (f.documents.push(42 as never), f)),
				[{ index: 2, path: 'documents.2', message: 'err.notObject' }]
			],
			[
				'a criteria set slipped in',
				edit((f) => (f.documents.push(set as never), f)),
				[{ index: 2, path: 'documents.2.type', message: 'file.notCommuneDoc' }]
			],
			[
				'a document of another commune',
				edit(
					(f) => (
						f.documents.push({
							...f.documents[0],
							_id: 'citizen:C02:01J00000000000000000000000',
							communeId: 'C02'
						}),
						f
					)
				),
				[
					{
						index: 2,
						path: 'documents.2.communeId',
						message: 'file.docOtherCommune',
						params: { communeId: 'C02' }
					}
				]
			],
			[
				'the same document twice',
				edit((f) => (f.documents.push(f.documents[0]), f)),
				[{ index: 2, path: 'documents.2._id', message: 'file.duplicate' }]
			],
			[
				'a result that does not match the answers',
				edit((f) => (((f.documents[1] as Assessment).result.total = 99), f)),
				[{ index: 1, path: 'documents.1.result', message: 'file.resultMismatch' }]
			],
			[
				'an assessment without its citizen',
				edit((f) => (f.documents.shift(), f)),
				[{ index: 0, path: 'documents.0.citizenId', message: 'file.citizenMissing' }]
			]
		])('%s', async (_, text, problems) => {
			expect(await importFile(target, text(), ctx)).toEqual({ ok: false, problems });
			expect(await target.citizens.count()).toBe(0);
			expect(await target.assessments.count()).toBe(0);
		});
	});

	it('a full device mid-import rolls back everything and says so', async () => {
		await assessed(source, await person(source, 'Lý Văn Chín'));
		const text = await exportUnsent(source, ctx);
		const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		const spy = vi.spyOn(target.assessments, 'put').mockRejectedValue(full);
		expect(await importFile(target, text, ctx)).toEqual({
			ok: false,
			problems: [{ path: '', message: 'err.quota' }]
		});
		spy.mockRestore();
		expect(await target.citizens.count()).toBe(0);
	});
});
