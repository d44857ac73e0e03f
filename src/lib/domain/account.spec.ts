import { describe, expect, it } from 'vitest';
import { accountOf, homePathOf } from './account';

describe('accountOf', () => {
	it.each([
		[
			'an officer of a commune',
			{ name: 'canbo.c01', roles: ['officer', 'ou:C01'] },
			{ role: 'officer', scope: 'C01' }
		],
		[
			'a reviewer of a province',
			{ name: 'duyet.p01', roles: ['reviewer', 'ou:P01'] },
			{ role: 'reviewer', scope: 'P01' }
		],
		[
			'an administrator',
			{ name: 'quantri', roles: ['admin', 'ou:P01'] },
			{ role: 'admin', scope: 'P01' }
		],
		[
			'an administrator who also reviews',
			{ name: 'x', roles: ['reviewer', 'admin', 'ou:P01'] },
			{ role: 'admin', scope: 'P01' }
		],
		[
			'an administrator without scope',
			{ name: 'root', roles: ['admin'] },
			{ role: 'admin', scope: null }
		]
	])('%s', (_, user, expected) => {
		expect(accountOf(user)).toMatchObject({ name: user.name, ...expected });
	});

	it.each([
		['anonymous', { name: null as unknown as string, roles: [] }],
		['no app role', { name: 'khach', roles: ['ou:C01'] }],
		['an officer without a commune', { name: 'canbo.x', roles: ['officer'] }],
		['nobody', null]
	])('refuses %s', (_, user) => {
		expect(accountOf(user)).toBeNull();
	});
});

describe('homePathOf', () => {
	it.each([
		['officer', '/'],
		['reviewer', '/review'],
		['admin', '/admin']
	] as const)('%s starts at %s', (role, path) => expect(homePathOf(role)).toBe(path));
});
