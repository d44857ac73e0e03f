import { describe, expect, it } from 'vitest';
import {
	CouchFailure,
	failureOfAnswer,
	isFailure,
	kindOfStatus,
	networkFailure,
	type FailureKind
} from './failure';

describe('kindOfStatus', () => {
	it.each<[number, FailureKind]>([
		[400, 'rejected'],
		[401, 'auth'],
		[403, 'forbidden'],
		[404, 'rejected'],
		[409, 'conflict'],
		[412, 'rejected'],
		[413, 'tooLarge'],
		[415, 'rejected'],
		[429, 'server'],
		[500, 'server'],
		[502, 'server'],
		[503, 'server'],
		[504, 'server']
	])('HTTP %i is %s', (status, kind) => {
		expect(kindOfStatus(status)).toBe(kind);
	});
});

describe('failureOfAnswer', () => {
	it('keeps the gateway’s reason, its error code and the field issues of a refused document', () => {
		const issues = [{ path: 'fullName', message: 'Thiếu họ tên' }];
		const f = failureOfAnswer(
			403,
			'Forbidden',
			JSON.stringify({ error: 'forbidden', reason: 'Không được phép', issues })
		);
		expect(f).toBeInstanceOf(CouchFailure);
		expect(f).toMatchObject({
			kind: 'forbidden',
			status: 403,
			reason: 'Không được phép',
			error: 'forbidden',
			issues,
			message: 'Không được phép'
		});
	});

	it('without a reason the message is the error code, then the status text', () => {
		expect(failureOfAnswer(401, 'Unauthorized', '{"error":"account_disabled"}')).toMatchObject({
			kind: 'auth',
			error: 'account_disabled',
			reason: '',
			message: 'account_disabled'
		});
		expect(failureOfAnswer(502, 'Bad Gateway', '<html>proxy</html>')).toMatchObject({
			kind: 'server',
			status: 502,
			reason: '',
			error: '',
			message: 'Bad Gateway'
		});
	});
});

describe('networkFailure and isFailure', () => {
	it('no answer is a network failure with status 0', () => {
		expect(networkFailure(new TypeError('fetch failed'))).toMatchObject({
			kind: 'network',
			status: 0,
			message: 'fetch failed'
		});
	});

	it('isFailure narrows to the kinds asked, or any kind', () => {
		const f = new CouchFailure('conflict', 'x', 409);
		expect(isFailure(f)).toBe(true);
		expect(isFailure(f, 'conflict', 'rejected')).toBe(true);
		expect(isFailure(f, 'auth')).toBe(false);
		expect(isFailure(new Error('x'))).toBe(false);
	});
});
