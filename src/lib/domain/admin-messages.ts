import { criteriaIssueText, isCriteriaIssueKey } from './admin-criteria';
import { isOrgIssueKey, orgIssueText } from './admin-org';
import { fieldLabel, issueText, type Lang } from './messages';
import type { FieldIssue } from './schemas';

// The administration's own refusals (org.*, criteria.*) beside the schemas' (err.*), in the same
// shape as the write rules': "Field: what is wrong", with the path kept for the reader who edits
// the JSON file by hand.

export function adminIssueText(issue: FieldIssue, lang: Lang): string {
	const own = isOrgIssueKey(issue.message)
		? orgIssueText(issue.message, lang)
		: isCriteriaIssueKey(issue.message)
			? criteriaIssueText(issue.message, lang)
			: null;
	if (own === null) return issueText(issue, lang);
	const label = fieldLabel(issue.path, lang);
	return label ? `${label}: ${own}` : own;
}

/** One sentence for a refusal: every issue, each followed by its path, as the gateway's reasons read. */
export function adminReason(issues: readonly FieldIssue[], lang: Lang = 'vi'): string {
	return issues
		.map((i) => (i.path ? `${adminIssueText(i, lang)} (${i.path})` : adminIssueText(i, lang)))
		.join('; ');
}
