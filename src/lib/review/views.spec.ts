import { describe, expect, it } from 'vitest';
import { APP_VIEWS, communeRulesDoc, gatewayViews } from '$lib/server/provisioning/design-docs';
import { RULES, VIEWS } from './views';

describe('the reviewer’s view names', () => {
	it('are the views provisioning installs and the gateway lets readers query', () => {
		const gatewayOnly = Object.keys(gatewayViews());
		const installed = Object.keys(communeRulesDoc('C01', ['P01']).views)
			.filter((v) => !gatewayOnly.includes(v))
			.sort();
		expect(Object.values(VIEWS).sort()).toEqual(installed);
		expect([...APP_VIEWS[RULES]].sort()).toEqual(installed);
	});
});
