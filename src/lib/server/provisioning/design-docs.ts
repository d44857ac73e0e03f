import { communeDbName, CONFIG_DB } from '../../domain/ids';
import { APP_ROLES } from '../../domain/scope';
import type { SecurityObject } from './upsert';
import { secondLine } from './validate-bundle';

// The design documents provisioning installs. The second line, validate_doc_update, is the
// shared write rules themselves (domain/second-line.ts, bundled by validate-bundle.ts): what
// Apache CouchDB enforces natively for any client that reaches it without the gateway.

export const RULES_DDOC = '_design/rules';
export const REPORTS_DDOC = '_design/reports';

/** The views the gateway lets readers query: design doc name → view names. */
export const APP_VIEWS: Readonly<Record<string, readonly string[]>> = {
	reports: ['by_period_status_group', 'by_batch'],
	rules: [
		'review_batches',
		'review_batch_status',
		'review_twins',
		'review_report',
		'review_recognised'
	]
};

/**
 * `_design/rules` of a commune database: its validate_doc_update (communeValidate; provisioning
 * always passes it) and the reviewer's views (reviewViews below).
 */
export function communeRulesDoc(communeId: string, scopes: readonly string[], rules?: SecondLine) {
	return {
		_id: RULES_DDOC,
		language: 'javascript',
		...rules,
		views: { ...reviewViews(), ...gatewayViews() }
	};
}

/** The view the gateway's checks read (never a reader: it is not in APP_VIEWS). */
export const CITIZEN_LINKS_VIEW = 'citizen_links';

/**
 * What points at a citizen: its assessments ('a') and the records merged into it ('m'). A citizen
 * is removed or merged only when nothing points at it (domain/citizen-close.ts).
 */
export function gatewayViews() {
	return {
		[CITIZEN_LINKS_VIEW]: {
			map: "function (doc) { if (doc.type === 'assessment') emit(doc.citizenId, 'a'); if (doc.type === 'citizen' && doc.merged) emit(doc.merged.into, 'm'); }"
		}
	};
}

/** The commune's second line: the shared write rules, with the commune and its scopes written in. */
export function communeValidate(communeId: string, scopes: readonly string[]): Promise<SecondLine> {
	return secondLine(communeDbName(communeId), communeId, scopes);
}

type SecondLine = Awaited<ReturnType<typeof secondLine>>;

/** A decision's month as people in Vietnam count it (UTC+7): a decision at 23:00 on 31 March is in April. */
const MONTH_OF =
	'function monthOf(at) { var t = Date.parse(at); return isNaN(t) ? "" : new Date(t + 7 * 3600000).toISOString().slice(0, 7); }';

/**
 * What the reviewer's workspace reads, so it never downloads a commune's assessments to count or
 * list them. They ride in `_design/rules` because provisioning installs exactly two design
 * documents per commune (rules, reports) and the `reports` view list is pinned by its test; their
 * own `_design/review` needs one line in provision.ts. Apache CouchDB and PouchDB index a view by
 * its functions, so a rules document rewritten for a moved commune does not rebuild them.
 */
export function reviewViews() {
	return {
		// The inbox: batches newest first (descending), without their long id lists.
		review_batches: {
			map: "function (doc) { if (doc.type === 'batch') emit(doc.sentAt || doc.createdAt, { officer: doc.officer, count: doc.count, sentAt: doc.sentAt || null, createdAt: doc.createdAt, status: doc.status }); }"
		},
		// A batch's state (new / in review / done) and periods: group_level=3 counts per batch, status, period.
		review_batch_status: {
			map: "function (doc) { if (doc.type === 'assessment' && doc.batchId) emit([doc.batchId, doc.status, doc.period], null); }",
			reduce: '_count'
		},
		// Possible duplicates: the commune's citizens of one hamlet and birth year, names compared by the
		// client; one removed or merged away (citizen-close.ts) is no longer anyone's twin.
		review_twins: {
			map: "function (doc) { if (doc.type === 'citizen' && !doc.removed && !doc.merged) emit([doc.hamletId, doc.birthYear], doc.fullName); }"
		},
		// The report: group_level=4 for one period gives every figure of a commune in one small answer.
		review_report: {
			map: `function (doc) {
  ${MONTH_OF}
  if (doc.type !== 'assessment' || doc.status === 'draft') return;
  var decided = doc.status === 'recognised' || doc.status === 'returned' || doc.status === 'rejected';
  var at = decided && doc.review && doc.review.at ? doc.review.at : doc.assessedAt;
  emit([doc.period, doc.status, doc.group, monthOf(at)], null);
}`,
			reduce: '_count'
		},
		// The printable list of recognised citizens of a period, by hamlet.
		review_recognised: {
			map: "function (doc) { if (doc.type === 'assessment' && doc.status === 'recognised') emit([doc.period, doc.hamletId], { citizenId: doc.citizenId, group: doc.group, total: doc.result && doc.result.total, max: doc.result && doc.result.max, at: doc.review && doc.review.at, by: doc.review && doc.review.by }); }"
		}
	};
}

export async function configRulesDoc() {
	return { _id: RULES_DDOC, language: 'javascript', ...(await secondLine(CONFIG_DB)) };
}

/** Counts for reports, so no report ever scans documents in a browser (DESIGN §6). */
export function reportsDoc() {
	return {
		_id: REPORTS_DDOC,
		language: 'javascript',
		views: {
			by_period_status_group: {
				map: "function (doc) { if (doc.type === 'assessment') emit([doc.period, doc.status, doc.group], null); }",
				reduce: '_count'
			},
			by_batch: {
				map: "function (doc) { if (doc.type === 'assessment' && doc.batchId) emit(doc.batchId, null); }",
				reduce: '_count'
			}
		}
	};
}

/**
 * A commune's database admits administrators and the `ou:` roles of the commune and every unit
 * above it: its officers, and the reviewers whose scope contains it. Nobody but the server admin
 * is a database admin, so only provisioning changes design documents and `_security`.
 */
export function communeSecurity(memberRoles: readonly string[]): SecurityObject {
	return {
		admins: { names: [], roles: [] },
		members: { names: [], roles: ['admin', ...memberRoles] }
	};
}

/** `cdht-config` is read by every user of the app; its rules doc keeps writes to administrators. */
export function configSecurity(): SecurityObject {
	return { admins: { names: [], roles: [] }, members: { names: [], roles: [...APP_ROLES] } };
}
