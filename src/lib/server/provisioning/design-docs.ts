import { APP_ROLES } from '../../domain/scope';
import type { SecurityObject } from './upsert';

// The second line: rules Apache CouchDB enforces natively for any client that reaches it without
// the gateway (a CouchDB port reachable on a LAN, a script with a user's password). Plain ES5
// strings, so CouchDB's JavaScript engines (SpiderMonkey, QuickJS) and the embedded store run them
// alike. They are a simplified form of lib/domain/write-rules.ts: role, commune, review fields,
// deletion; the schema and the recomputed result are checked by the gateway only.

export const RULES_DDOC = '_design/rules';
export const REPORTS_DDOC = '_design/reports';

/** The views the gateway lets readers query: design doc name → view names. */
export const APP_VIEWS: Readonly<Record<string, readonly string[]>> = {
	reports: ['by_period_status_group', 'by_batch'],
	rules: ['review_batches', 'review_batch_status', 'review_twins', 'review_report', 'review_recognised']
};

const COMMUNE_VALIDATE = `function (newDoc, oldDoc, userCtx) {
  var COMMUNE = %COMMUNE%;
  var SCOPES = %SCOPES%;
  var DECISIONS = ['recognised', 'returned', 'rejected'];
  var REVIEWER_FIELDS = ['_rev', '_revisions', 'status', 'review', 'history', 'updatedAt'];
  var roles = userCtx.roles || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function deny(reason) { throw({ forbidden: reason }); }
  function canon(v) {
    if (v === undefined || v === null) return 'null';
    if (typeof v !== 'object') return JSON.stringify(v);
    if (Object.prototype.toString.call(v) === '[object Array]') {
      var items = [];
      for (var i = 0; i < v.length; i++) items.push(canon(v[i]));
      return '[' + items.join(',') + ']';
    }
    var keys = [];
    for (var k in v) if (v.hasOwnProperty(k) && v[k] !== undefined) keys.push(k);
    keys.sort();
    var parts = [];
    for (var j = 0; j < keys.length; j++) parts.push(JSON.stringify(keys[j]) + ':' + canon(v[keys[j]]));
    return '{' + parts.join(',') + '}';
  }
  function without(doc, skip) {
    var copy = {};
    for (var k in doc) if (doc.hasOwnProperty(k) && skip.indexOf(k) === -1) copy[k] = doc[k];
    return copy;
  }
  var old = oldDoc && !oldDoc._deleted ? oldDoc : null;

  if (has('_admin') || has('admin')) return;
  if (newDoc._deleted) deny('Chỉ quản trị viên được xoá hồ sơ');
  var type = newDoc.type;
  if (type !== 'citizen' && type !== 'assessment' && type !== 'batch') deny('type: Loại hồ sơ này không lưu ở đây');
  if (newDoc.communeId !== COMMUNE || String(newDoc._id).split(':')[1] !== COMMUNE)
    deny('communeId: Hồ sơ thuộc đơn vị khác, không ghi vào dữ liệu của đơn vị ' + COMMUNE);

  var refusal = 'Bạn không có quyền ghi dữ liệu của đơn vị ' + COMMUNE;
  if (has('officer') && has('ou:' + COMMUNE)) {
    if (type !== 'assessment') return;
    if (old && canon(without(newDoc, ['_rev', '_revisions'])) === canon(without(old, ['_rev', '_revisions']))) return;
    if (old && (old.status === 'recognised' || old.status === 'rejected')) refusal = 'status: Phiếu đã được duyệt xong, không sửa được nữa';
    else if (canon(newDoc.review) !== canon(old && old.review) || canon(newDoc.history) !== canon(old && old.history))
      refusal = 'review: Cán bộ xã không được sửa phần duyệt';
    else if (DECISIONS.indexOf(newDoc.status) !== -1 && newDoc.status !== (old && old.status))
      refusal = 'status: Cán bộ xã không được đặt trạng thái đã duyệt';
    else return;
  }
  var inScope = false;
  for (var s = 0; s < SCOPES.length; s++) if (has('ou:' + SCOPES[s])) inScope = true;
  if (has('reviewer') && inScope) {
    if (type !== 'assessment' || !old) deny('Người duyệt chỉ sửa được phiếu đánh giá đã có');
    if (canon(without(newDoc, REVIEWER_FIELDS)) !== canon(without(old, REVIEWER_FIELDS)))
      deny('Người duyệt chỉ sửa trạng thái và phần duyệt');
    var before = old.history || [];
    var after = newDoc.history || [];
    if (after.length < before.length) deny('history: Lịch sử duyệt chỉ được ghi thêm');
    for (var h = 0; h < before.length; h++) if (canon(before[h]) !== canon(after[h])) deny('history: Lịch sử duyệt chỉ được ghi thêm');
    if (canon(newDoc.review) !== canon(old.review) && newDoc.review && newDoc.review.by !== userCtx.name)
      deny('review.by: Người duyệt phải là chính người đang đăng nhập');
    if (newDoc.status !== old.status && (DECISIONS.indexOf(newDoc.status) === -1 || !newDoc.review || newDoc.review.decision !== newDoc.status))
      deny('status: Trạng thái phải là quyết định duyệt');
    return;
  }
  deny(refusal);
}`;

// Published criteria sets are immutable for administrators too (drafts and sent assessments name
// them); the gateway, acting as server admin, enforces the same rule with the shared write rules.
const CONFIG_VALIDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (roles.indexOf('admin') === -1) throw({ forbidden: 'Chỉ quản trị viên được sửa cấu hình chung' });
  if (oldDoc && !oldDoc._deleted && oldDoc.type === 'criteriaSet')
    throw({ forbidden: 'Bộ tiêu chí đã công bố không được sửa hoặc xoá; hãy công bố một phiên bản mới.' });
}`;

/**
 * `_design/rules` of a commune database, with the commune and the scopes above it written in, and
 * the reviewer's views (reviewViews below).
 */
export function communeRulesDoc(communeId: string, scopes: readonly string[]) {
	return {
		_id: RULES_DDOC,
		language: 'javascript',
		validate_doc_update: COMMUNE_VALIDATE.replace('%COMMUNE%', JSON.stringify(communeId)).replace('%SCOPES%', JSON.stringify(scopes)),
		views: reviewViews()
	};
}

/** A decision's month as people in Vietnam count it (UTC+7): a decision at 23:00 on 31 March is in April. */
const MONTH_OF = 'function monthOf(at) { var t = Date.parse(at); return isNaN(t) ? "" : new Date(t + 7 * 3600000).toISOString().slice(0, 7); }';

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
		// Possible duplicates: the commune's citizens of one hamlet and birth year, names compared by the client.
		review_twins: {
			map: "function (doc) { if (doc.type === 'citizen') emit([doc.hamletId, doc.birthYear], doc.fullName); }"
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

export function configRulesDoc() {
	return { _id: RULES_DDOC, language: 'javascript', validate_doc_update: CONFIG_VALIDATE };
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
	return { admins: { names: [], roles: [] }, members: { names: [], roles: ['admin', ...memberRoles] } };
}

/** `cdht-config` is read by every user of the app; its rules doc keeps writes to administrators. */
export function configSecurity(): SecurityObject {
	return { admins: { names: [], roles: [] }, members: { names: [], roles: [...APP_ROLES] } };
}
