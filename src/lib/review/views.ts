// Where the reviewer's views live (reviewViews in src/lib/server/provisioning/design-docs.ts, whose
// APP_VIEWS lets the gateway serve them). Names only: $lib/server is never bundled for the
// browser; views.spec.ts checks the two agree.
export const RULES = 'rules';
export const VIEWS = {
	batches: 'review_batches',
	batchStatus: 'review_batch_status',
	twins: 'review_twins',
	report: 'review_report',
	recognised: 'review_recognised'
} as const;

// The gateway reads this module too (relative paths: it runs outside Vite).
export { viewQuery } from '../net/view-query';

/**
 * The report's one query per commune: every assessment of the period counted by
 * [period, status, group, month]. The gateway keeps its answer warm after each write
 * (src/lib/server/gateway/view-cache.ts), so both sides build it here.
 */
export const reportQuery = (period: number) => ({
	startkey: [period],
	endkey: [period, {}],
	group_level: 4
});
