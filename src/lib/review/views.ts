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

/** A view's query string: CouchDB reads every view parameter as JSON ("true", "4", "[2026]"). */
export function viewQuery(params: object): string {
	const query = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, JSON.stringify(value));
	return query.toString();
}

/**
 * The report's one query per commune: every assessment of the period counted by
 * [period, status, group, month]. The gateway keeps its answer warm after each write
 * (src/lib/server/gateway/view-cache.ts), so both sides build it here.
 */
export const reportQuery = (period: number) => ({ startkey: [period], endkey: [period, {}], group_level: 4 });
