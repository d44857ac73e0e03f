import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '$lib/admin/users';
import { w } from '$lib/admin/words';
import { accountDocId } from '$lib/domain/admin-account';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { CouchFailure } from '$lib/net/failure';
import { UserEditor } from './editor.svelte';

// The account page without its form: accounts kept in memory, the way to the new account recorded.

let accounts: Map<string, Account>;
let created: string[];
const saveAccount = vi.fn(
	async (a: Account, _current?: string) => void accounts.set(a.name, { ...a, _rev: '2-b' })
);

const account = (name: string, roles: string[], more: Partial<Account> = {}): Account => ({
	_id: accountDocId(name),
	_rev: '1-a',
	type: 'user',
	name,
	roles,
	...more
});

beforeEach(() => {
	accounts = new Map([
		['canbo.c01', account('canbo.c01', ['officer', 'ou:C01'], { fullName: 'Cán bộ xã An Bình' })],
		['duyet.nhieu', account('duyet.nhieu', ['reviewer', 'ou:C01', 'ou:C02'])],
		['quantri', account('quantri', ['admin'])]
	]);
	created = [];
	saveAccount.mockClear();
});

async function editing(name: string | null, me = 'quantri') {
	const e = new UserEditor({
		me: () => me,
		created: async (n) => void created.push(n),
		api: {
			loadUnits: async () => demoOrgUnits,
			getAccount: async (n) => {
				const a = accounts.get(n);
				if (!a) throw new CouchFailure('rejected', 'missing', 404, 'missing', 'not_found');
				return { ...a };
			},
			saveAccount
		}
	});
	await e.load(name);
	return e;
}

describe('a new account', () => {
	it('starts as an officer with nothing filled in', async () => {
		const e = await editing(null);
		expect(e).toMatchObject({ loaded: true, isNew: true, role: 'officer', name: '', scope: '' });
	});

	it('every problem is named at its field, and the first field is given to focus; nothing is asked', async () => {
		const e = await editing(null);
		e.name = 'Tên Có Dấu';
		e.password = 'ngan';
		expect(e.ask('save')).toBe('f-name');
		expect(e.fieldProblems).toEqual({
			name: w('user.problem.name'),
			password: w('user.problem.password'),
			scope: w('user.problem.scope')
		});
		expect(e.confirming).toBeNull();
	});

	it('asked in words, then created with its role and unit; the page moves to it', async () => {
		const e = await editing(null);
		Object.assign(e, {
			name: ' canbo.moi ',
			password: 'mat-khau-1',
			fullName: ' Cán bộ mới ',
			scope: 'C02'
		});
		expect(e.ask('save')).toBeNull();
		expect(e.confirmText).toBe(
			w('user.confirmCreate', { name: 'canbo.moi', role: w('role.officer'), scope: 'Xã Hòa Lợi' })
		);
		await e.run();
		expect(saveAccount).toHaveBeenCalledWith(
			{
				_id: accountDocId('canbo.moi'),
				type: 'user',
				name: 'canbo.moi',
				roles: ['officer', 'ou:C02'],
				fullName: 'Cán bộ mới',
				password: 'mat-khau-1'
			},
			undefined
		);
		expect(created).toEqual(['canbo.moi']);
		expect(e.done).toBe(w('user.created', { name: 'canbo.moi' }));
	});

	it('a name already taken is said at the name', async () => {
		const e = await editing(null);
		Object.assign(e, { name: 'canbo.c01', password: 'mat-khau-1', scope: 'C01' });
		saveAccount.mockRejectedValueOnce(
			new CouchFailure('conflict', 'Document update conflict.', 409)
		);
		e.ask('save');
		await e.run();
		expect(e.fieldProblems).toEqual({ name: w('user.problem.nameTaken') });
		expect(e.confirming).toBeNull();
	});
});

describe('an existing account', () => {
	it('shows its name, role and unit; an unknown name is missing', async () => {
		const e = await editing('canbo.c01');
		expect(e).toMatchObject({
			isNew: false,
			name: 'canbo.c01',
			fullName: 'Cán bộ xã An Bình',
			role: 'officer',
			scope: 'C01'
		});
		expect((await editing('khong.co')).missing).toBe(true);
	});

	it('another role keeps a unit it can work in and clears one it cannot', async () => {
		const e = await editing('canbo.c01');
		e.pickRole('reviewer');
		expect(e.scope).toBe('C01');
		e.scope = 'P01';
		e.pickRole('officer');
		expect(e.scope).toBe('');
	});

	it('saving with role and unit unchanged keeps every unit the account had', async () => {
		const e = await editing('duyet.nhieu');
		expect(e.originalScopes).toEqual(['C01', 'C02']);
		e.fullName = 'Người duyệt';
		e.ask('save');
		await e.run();
		expect(saveAccount.mock.calls[0][0]).toMatchObject({
			roles: ['reviewer', 'ou:C01', 'ou:C02'],
			fullName: 'Người duyệt'
		});
		expect(saveAccount.mock.calls[0][0]).not.toHaveProperty('password');
		expect(e.done).toBe(w('user.saved', { name: 'duyet.nhieu' }));
	});

	it('a new password: too short is refused at the field; otherwise it is sent and said', async () => {
		const e = await editing('canbo.c01');
		e.newPassword = 'ngan';
		expect(e.ask('reset')).toBe('f-newPassword');
		e.newPassword = 'mat-khau-moi';
		expect(e.ask('reset')).toBeNull();
		expect(e.confirmText).toBe(w('user.confirmReset', { name: 'canbo.c01' }));
		await e.run();
		expect(saveAccount.mock.calls[0][0]).toMatchObject({
			name: 'canbo.c01',
			password: 'mat-khau-moi',
			roles: ['officer', 'ou:C01']
		});
		expect(e.done).toBe(w('user.resetDone', { name: 'canbo.c01' }));
		expect(e.newPassword).toBe('');
	});

	it('one’s own new password needs the current one, sent beside it; another’s does not', async () => {
		const e = await editing('quantri');
		e.newPassword = 'mat-khau-moi';
		expect(e.ask('reset')).toBe('f-currentPassword');
		e.currentPassword = 'demo1234';
		expect(e.ask('reset')).toBeNull();
		await e.run();
		expect(saveAccount.mock.calls[0]).toEqual([
			expect.objectContaining({ name: 'quantri', password: 'mat-khau-moi' }),
			'demo1234'
		]);
		expect(e.currentPassword).toBe('');
		const other = await editing('canbo.c01');
		other.newPassword = 'mat-khau-moi';
		expect(other.ask('reset')).toBeNull();
		await other.run();
		expect(saveAccount.mock.calls[1][1]).toBeUndefined();
	});

	it('disabling, then enabling again', async () => {
		const e = await editing('canbo.c01');
		e.ask('disable');
		expect(e.confirmText).toBe(w('user.confirmDisable', { name: 'canbo.c01' }));
		await e.run();
		expect(e.account?.disabled).toBe(true);
		expect(e.done).toBe(w('user.disabledNow', { name: 'canbo.c01' }));
		e.ask('disable');
		expect(e.confirmText).toBe(w('user.confirmEnable', { name: 'canbo.c01' }));
		await e.run();
		expect(e.done).toBe(w('user.enabledNow', { name: 'canbo.c01' }));
	});

	it('the administrator’s own account is marked as such', async () => {
		expect((await editing('quantri')).isSelf).toBe(true);
		expect((await editing('canbo.c01')).isSelf).toBe(false);
	});

	it('a server that cannot be reached is said in one sentence', async () => {
		const e = await editing('canbo.c01');
		saveAccount.mockRejectedValueOnce(new CouchFailure('network', 'Failed to fetch'));
		e.ask('disable');
		await e.run();
		expect(e.problem).toBe(w('error.network'));
		expect(e.busy).toBe(false);
	});
});
