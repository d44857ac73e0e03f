// Changes made straight in the tablet's IndexedDB, for states a test or a screenshot needs without
// a reviewer. No vitest import: scripts/screenshots.ts uses these too.
import type { Page } from 'playwright-core';

/** Turn the assessment of `citizenName` into a returned one with a reviewer's comment. */
export async function markReturned(page: Page, citizenName: string): Promise<void> {
	await page.evaluate(async (name) => {
		const open = indexedDB.open('cdht-canbo.c01');
		const db: IDBDatabase = await new Promise((res, rej) => {
			open.onsuccess = () => res(open.result);
			open.onerror = () => rej(open.error);
		});
		const tx = db.transaction(['citizens', 'assessments'], 'readwrite');
		const citizens: { _id: string; fullName: string }[] = await new Promise((res) => {
			const r = tx.objectStore('citizens').getAll();
			r.onsuccess = () => res(r.result);
		});
		const ids = citizens.filter((c) => c.fullName === name).map((c) => c._id);
		const all: { citizenId: string; status: string; review?: unknown }[] = await new Promise(
			(res) => {
				const r = tx.objectStore('assessments').getAll();
				r.onsuccess = () => res(r.result);
			}
		);
		const a = all.find((x) => ids.includes(x.citizenId));
		if (!a)
			throw new Error(
				`No assessment of ${name}: ${citizens.length} citizens, ${all.length} assessments`
			);
		a.status = 'returned';
		a.review = {
			by: 'duyet.p01',
			at: new Date().toISOString(),
			decision: 'returned',
			comment: 'Năm sinh ghi chưa đúng, đề nghị kiểm tra lại với sổ hộ khẩu.'
		};
		tx.objectStore('assessments').put(a);
		await new Promise((res) => (tx.oncomplete = res));
		db.close();
	}, citizenName);
}
