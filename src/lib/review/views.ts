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
