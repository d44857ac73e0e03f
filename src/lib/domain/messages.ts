import type { Reason } from './assessment.schema';
import type { CriteriaSet } from './criteria-set.schema';
import type { FieldIssue } from './schemas';

// Schemas, scoring and the repositories speak in message keys; this module turns them into words
// for a reader who may be past 65 and not at ease with technology: plain Vietnamese first, short
// sentences that say what to do next, no codes. It is pure, so the gateway can name a refusal the
// same way the tablet does.

export type Lang = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

type Catalog = Record<string, string>;

const vi: Catalog = {
	// Field rules (the schemas' keys).
	'err.required': 'Không được để trống',
	'err.tooLong': 'Quá dài, hãy viết ngắn lại',
	'err.invalid': 'Giá trị không hợp lệ',
	'err.birthYear': 'Năm sinh không đúng: hãy ghi 4 chữ số, từ 1900 trở đi (ví dụ 1958)',
	'err.birthYearFuture': 'Năm sinh không thể sau năm nay',
	'err.gender': 'Hãy chọn giới tính',
	'err.group': 'Hãy chọn nhóm đối tượng',
	'err.phone': 'Số điện thoại không đúng, hãy ghi 10 chữ số (ví dụ 0912345678)',
	'err.idCardLast4': 'Hãy ghi đúng 4 chữ số cuối của căn cước công dân',
	'err.code': 'Mã không đúng: chỉ gồm chữ không dấu, chữ số và dấu gạch',
	'err.localId': 'Mã không đúng: chỉ gồm chữ thường không dấu, chữ số, dấu chấm và dấu gạch',
	'err.datetime': 'Ngày giờ không đúng',
	'err.year': 'Năm không đúng, hãy ghi năm từ 2000 đến 2100',
	'err.version': 'Phiên bản phải là số nguyên từ 1 trở lên',
	'err.minAge': 'Tuổi tối thiểu phải từ 0 đến 120',
	'err.points': 'Điểm phải từ 0 đến 100',
	'err.percentage': 'Tỉ lệ phải từ 0 đến 100',
	'err.population': 'Số người phải là số nguyên, không âm',
	'err.level': 'Cấp đơn vị không đúng',
	'err.status': 'Trạng thái phiếu không đúng',
	'err.options': 'Cần ít nhất hai cách trả lời',
	'err.indicators': 'Mỗi tiêu chí cần ít nhất một chỉ tiêu',
	'err.criteria': 'Bộ tiêu chí cần ít nhất một tiêu chí',
	'err.groups': 'Cần ít nhất một nhóm đối tượng',
	'err.emptyGroup': 'Nhóm đối tượng này chưa có chỉ tiêu nào',
	'err.unknownGroup': 'Nhóm đối tượng này không có trong bộ tiêu chí',
	'err.duplicateId': 'Mã này bị trùng',
	'err.batchEmpty': 'Lần gửi phải có ít nhất một phiếu đánh giá',
	'err.reviewComment': 'Khi trả lại hoặc không công nhận, hãy ghi rõ lý do',
	'err.notObject': 'Không phải là một hồ sơ',
	'err.unknownType': 'Không rõ đây là loại hồ sơ gì',
	'err.idType': 'Mã hồ sơ không khớp với loại hồ sơ',
	'err.unknownField': 'Trường này không có trong mẫu hồ sơ nên không được lưu',
	'err.hamlet': 'Hãy chọn thôn/ấp/tổ dân phố trong danh sách của xã',
	'err.notFound': 'Không tìm thấy hồ sơ này trên máy',
	// Eligibility (eligibility.ts).
	'elig.too_young': 'Người này mới {age} tuổi trong năm {period}; cần đủ {minAge} tuổi mới được đánh giá.',
	'elig.birth_year_after_period': 'Năm sinh {birthYear} sau năm đánh giá {period}. Hãy kiểm tra lại năm sinh.',
	// Assessments (db/assessments.ts).
	'assess.notFound': 'Không tìm thấy phiếu đánh giá này trên máy.',
	'assess.citizenNotFound': 'Không tìm thấy người dân này trên máy.',
	'assess.unanswered': 'Còn {count} câu chưa trả lời. Hãy trả lời hết rồi bấm lại.',
	'assess.notEditable': 'Phiếu này đã gửi đi, không sửa được nữa.',
	'assess.reopenFirst': 'Phiếu này đang chờ gửi hoặc bị trả lại. Bấm “Sửa phiếu” trước khi sửa câu trả lời.',
	'assess.waitSending': 'Máy đang gửi dữ liệu. Đợi gửi xong (dòng trên cùng sẽ báo) rồi bấm “Sửa câu trả lời” lại.',
	'assess.alreadyAssessed': 'Người này đã được đánh giá năm {period} và phiếu đã gửi đi.',
	'assess.unknownIndicator': 'Câu hỏi này không có trong phiếu.',
	'assess.unknownOption': 'Cách trả lời này không có trong câu hỏi.',
	'assess.criteriaMissing': 'Máy chưa có bộ tiêu chí của phiếu này. Hãy kết nối mạng và gửi/nhận dữ liệu.',
	'assess.unknownGroup': 'Nhóm đối tượng của người này không có trong bộ tiêu chí. Hãy sửa thông tin người dân.',
	// Export / import file (db/transfer.ts).
	'file.notJson': 'Tệp này không đọc được. Hãy chọn đúng tệp đã xuất từ ứng dụng (đuôi .json).',
	'file.format': 'Tệp này không phải tệp dữ liệu của ứng dụng Công dân học tập.',
	'file.version': 'Tệp này do phiên bản ứng dụng mới hơn tạo ra. Hãy cập nhật ứng dụng rồi thử lại.',
	'file.otherCommune': 'Tệp này là dữ liệu của đơn vị khác ({communeId}), không nhập vào máy này được.',
	'file.notCommuneDoc': 'Tệp chỉ được chứa người dân, phiếu đánh giá và lần gửi.',
	'file.docOtherCommune': 'Mục này thuộc đơn vị khác ({communeId}).',
	'file.duplicate': 'Mục này xuất hiện hai lần trong tệp.',
	'file.nothing': 'Tệp không có dữ liệu nào.',
	'file.citizenMissing': 'Phiếu đánh giá này thiếu thông tin người dân đi kèm.',
	'file.resultMismatch': 'Kết quả ghi trong phiếu không khớp với câu trả lời.',
	'file.imported':
		'Đã nhập xong: {added} mục mới, {updated} mục được cập nhật. {keptLocal} mục trên máy mới hơn nên được giữ nguyên.',
	// Storage.
	'err.quota': 'Máy đã hết chỗ lưu. Những gì đã lưu vẫn còn; hãy xóa bớt ảnh, ứng dụng không dùng rồi thử lại.',
	'err.storage': 'Không lưu được trên máy. Những gì đã lưu trước đó vẫn còn. Hãy thử lại.'
};

const en: Catalog = {
	'err.required': 'Must not be empty',
	'err.tooLong': 'Too long, please shorten it',
	'err.invalid': 'Not a valid value',
	'err.birthYear': 'Year of birth is not right: write 4 digits, 1900 or later (e.g. 1958)',
	'err.birthYearFuture': 'Year of birth cannot be after this year',
	'err.gender': 'Please choose a gender',
	'err.group': 'Please choose a citizen group',
	'err.phone': 'Phone number is not right: write 10 digits (e.g. 0912345678)',
	'err.idCardLast4': 'Write exactly the last 4 digits of the citizen ID card',
	'err.code': 'Code is not right: only unaccented letters, digits and dashes',
	'err.localId': 'Code is not right: only lower-case unaccented letters, digits, dots and dashes',
	'err.datetime': 'Date and time are not right',
	'err.year': 'Year is not right: write a year from 2000 to 2100',
	'err.version': 'Version must be a whole number of 1 or more',
	'err.minAge': 'Minimum age must be from 0 to 120',
	'err.points': 'Points must be from 0 to 100',
	'err.percentage': 'Percentage must be from 0 to 100',
	'err.population': 'Number of people must be a whole number, not negative',
	'err.level': 'Unit level is not right',
	'err.status': 'Assessment status is not right',
	'err.options': 'At least two answers are needed',
	'err.indicators': 'Each criterion needs at least one indicator',
	'err.criteria': 'The criteria set needs at least one criterion',
	'err.groups': 'At least one citizen group is needed',
	'err.emptyGroup': 'This citizen group has no indicators yet',
	'err.unknownGroup': 'This citizen group is not in the criteria set',
	'err.duplicateId': 'This code is used twice',
	'err.batchEmpty': 'A sending must hold at least one assessment',
	'err.reviewComment': 'When returning or not recognising, please write the reason',
	'err.notObject': 'Not a record',
	'err.unknownType': 'Unknown kind of record',
	'err.idType': 'Record id does not match the kind of record',
	'err.unknownField': 'This field is not part of the record and cannot be stored',
	'err.hamlet': 'Choose a hamlet from the commune’s list',
	'err.notFound': 'This record is not on this device',
	'elig.too_young': 'This person is only {age} in {period}; they must be {minAge} to be assessed.',
	'elig.birth_year_after_period': 'Year of birth {birthYear} is after the assessment year {period}. Please check the year of birth.',
	'assess.notFound': 'This assessment is not on this device.',
	'assess.citizenNotFound': 'This citizen is not on this device.',
	'assess.unanswered': '{count} questions are not answered yet. Answer them all, then try again.',
	'assess.notEditable': 'This assessment has been sent and can no longer be changed.',
	'assess.reopenFirst': 'This assessment is waiting to be sent or was returned. Tap “Edit” before changing answers.',
	'assess.waitSending': 'The tablet is sending. Wait until it has finished (the line at the top says so), then tap “Change answers” again.',
	'assess.alreadyAssessed': 'This person was already assessed for {period} and the assessment was sent.',
	'assess.unknownIndicator': 'This question is not in the form.',
	'assess.unknownOption': 'This answer is not one of the question’s answers.',
	'assess.criteriaMissing': 'This device does not have the criteria set of this assessment yet. Connect and send/receive data.',
	'assess.unknownGroup': 'This citizen’s group is not in the criteria set. Please correct the citizen’s details.',
	'file.notJson': 'This file cannot be read. Choose the file exported from the app (ending in .json).',
	'file.format': 'This is not a data file of the Learning Citizen app.',
	'file.version': 'This file was made by a newer version of the app. Update the app and try again.',
	'file.otherCommune': 'This file holds data of another unit ({communeId}) and cannot be imported on this device.',
	'file.notCommuneDoc': 'The file may only hold citizens, assessments and sendings.',
	'file.docOtherCommune': 'This record belongs to another unit ({communeId}).',
	'file.duplicate': 'This record appears twice in the file.',
	'file.nothing': 'The file holds no data.',
	'file.citizenMissing': 'This assessment’s citizen is missing from the file.',
	'file.resultMismatch': 'The result written in this assessment does not match its answers.',
	'file.imported':
		'Import done: {added} new records, {updated} updated. {keptLocal} records on this device are newer and were kept.',
	'err.quota': 'The device is out of storage. What was saved is still there; free some space, then try again.',
	'err.storage': 'Could not save on this device. What was saved before is still there. Please try again.'
};

const catalogs: Record<Lang, Catalog> = { vi, en };

/** Every key this module knows, for specs and for the UI's own checks. */
export const messageKeys: readonly string[] = Object.keys(vi);

/** Numbers as the reader writes them: "12,5" in Vietnamese, "12.5" in English; at most 2 decimals. */
export function formatNumber(n: number, lang: Lang): string {
	const text = String(Math.round(n * 100) / 100);
	return lang === 'vi' ? text.replace('.', ',') : text;
}

const fill = (template: string, lang: Lang, params?: MessageParams) =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params?.[name];
		if (value === undefined) return whole;
		// Years and ids are not amounts: "2026", not "2.026".
		return typeof value === 'number' && !Number.isInteger(value) ? formatNumber(value, lang) : String(value);
	});

/** The text for a message key; an unknown key falls back to the key itself, so nothing is blank. */
export function messageText(key: string, lang: Lang, params?: MessageParams): string {
	const template = Object.hasOwn(catalogs[lang], key) ? catalogs[lang][key] : undefined;
	return template === undefined ? key : fill(template, lang, params);
}

export const isMessageKey = (key: string) => Object.hasOwn(vi, key);

const quote = (text: string, lang: Lang) => (lang === 'vi' ? `“${text}”` : `"${text}"`);

function findIndicator(set: CriteriaSet, id: string | undefined) {
	for (const c of set.criteria) for (const i of c.indicators) if (i.id === id) return i;
	return undefined;
}

export function criterionTitle(set: CriteriaSet, id: string | undefined, lang: Lang): string {
	const c = set.criteria.find((x) => x.id === id);
	if (!c) return id ?? '';
	return lang === 'en' && c.titleEn ? c.titleEn : c.title;
}

export function indicatorText(set: CriteriaSet, id: string | undefined, lang: Lang): string {
	const i = findIndicator(set, id);
	if (!i) return id ?? '';
	return lang === 'en' && i.textEn ? i.textEn : i.text;
}

export function groupName(set: CriteriaSet, id: string, lang: Lang): string {
	const g = set.groups.find((x) => x.id === id);
	if (!g) return id;
	return lang === 'en' && g.nameEn ? g.nameEn : g.name;
}

/** One reason of a result in a plain sentence, e.g. "Tổng điểm 45/100, cần ít nhất 50 điểm để được công nhận." */
export function reasonText(reason: Reason, set: CriteriaSet, lang: Lang): string {
	const n = (x: number | undefined) => formatNumber(x ?? 0, lang);
	const vi = lang === 'vi';
	switch (reason.code) {
		case 'passed':
			return vi
				? 'Đạt đủ điều kiện để được công nhận Công dân học tập.'
				: 'Meets the conditions to be recognised as a Learning Citizen.';
		case 'total_below':
			return vi
				? `Tổng điểm ${n(reason.got)}/${n(reason.max)}, cần ít nhất ${n(reason.need)} điểm để được công nhận.`
				: `Total score ${n(reason.got)}/${n(reason.max)}; at least ${n(reason.need)} points are needed for recognition.`;
		case 'criterion_below': {
			const title = quote(criterionTitle(set, reason.criterionId, lang), lang);
			return vi
				? `Phần ${title} được ${n(reason.got)}/${n(reason.max)} điểm, cần ít nhất ${n(reason.need)} điểm.`
				: `The part ${title} scored ${n(reason.got)}/${n(reason.max)}; at least ${n(reason.need)} points are needed.`;
		}
		case 'required_missed': {
			const text = quote(indicatorText(set, reason.indicatorId, lang), lang);
			return vi ? `Chưa đạt yêu cầu bắt buộc: ${text}.` : `A required item is not met: ${text}.`;
		}
		case 'unanswered': {
			const text = quote(indicatorText(set, reason.indicatorId, lang), lang);
			return vi ? `Chưa trả lời câu: ${text}.` : `Not answered yet: ${text}.`;
		}
		case 'no_indicators':
			return vi
				? 'Bộ tiêu chí không có câu hỏi nào cho nhóm đối tượng này, nên chưa đánh giá được.'
				: 'The criteria set has no questions for this citizen group, so no assessment is possible.';
	}
}

// Field names as the form shows them. Looked up by the whole dotted path first (numbers as "*"),
// then by the last named segment, so "review.comment" and "comment" can read differently.
const fieldLabels: Record<Lang, Record<string, string>> = {
	vi: {
		_id: 'Mã hồ sơ',
		type: 'Loại hồ sơ',
		fullName: 'Họ và tên',
		birthYear: 'Năm sinh',
		gender: 'Giới tính',
		group: 'Nhóm đối tượng',
		phone: 'Số điện thoại',
		idCardLast4: '4 số cuối căn cước',
		hamletId: 'Thôn/ấp/tổ dân phố',
		household: 'Hộ gia đình',
		communeId: 'Xã/phường',
		createdAt: 'Ngày tạo',
		createdBy: 'Người tạo',
		updatedAt: 'Ngày sửa',
		citizenId: 'Người được đánh giá',
		removed: 'Xóa khỏi danh sách',
		'removed.by': 'Người xóa khỏi danh sách',
		'removed.at': 'Ngày xóa khỏi danh sách',
		merged: 'Gộp hồ sơ',
		'merged.into': 'Hồ sơ được giữ lại',
		'merged.by': 'Người gộp hồ sơ',
		'merged.at': 'Ngày gộp hồ sơ',
		mappedTo: 'Thôn, ấp chính thức',
		criteriaSetId: 'Bộ tiêu chí',
		criteriaSetVersion: 'Phiên bản bộ tiêu chí',
		period: 'Năm đánh giá',
		answers: 'Câu trả lời',
		returnedAnswers: 'Câu trả lời lúc bị trả lại',
		result: 'Kết quả',
		assessedBy: 'Người đánh giá',
		assessedAt: 'Ngày đánh giá',
		status: 'Trạng thái',
		review: 'Ý kiến duyệt',
		'review.comment': 'Lý do (ý kiến duyệt)',
		'review.decision': 'Quyết định duyệt',
		officer: 'Cán bộ gửi',
		sentAt: 'Ngày gửi',
		assessmentIds: 'Danh sách phiếu',
		count: 'Số phiếu',
		id: 'Mã',
		name: 'Tên',
		level: 'Cấp',
		parentId: 'Đơn vị cấp trên',
		kindLabel: 'Tên gọi',
		population: 'Số người từ 16 tuổi',
		orgUnitId: 'Đơn vị',
		percentage: 'Tỉ lệ',
		code: 'Số quyết định',
		slug: 'Mã bộ tiêu chí',
		version: 'Phiên bản',
		title: 'Tên',
		source: 'Nguồn',
		minAge: 'Tuổi tối thiểu',
		'rule.passPercent': 'Tỉ lệ điểm để công nhận',
		minPercent: 'Tỉ lệ điểm tối thiểu',
		text: 'Nội dung',
		hint: 'Gợi ý',
		key: 'Mã',
		label: 'Nhãn',
		points: 'Điểm',
		groups: 'Nhóm đối tượng',
		options: 'Cách trả lời',
		indicators: 'Chỉ tiêu',
		criteria: 'Tiêu chí'
	},
	en: {
		_id: 'Record id',
		type: 'Kind of record',
		fullName: 'Full name',
		birthYear: 'Year of birth',
		gender: 'Gender',
		group: 'Citizen group',
		phone: 'Phone number',
		idCardLast4: 'Last 4 digits of ID card',
		hamletId: 'Hamlet',
		household: 'Household',
		communeId: 'Commune',
		createdAt: 'Created on',
		createdBy: 'Created by',
		updatedAt: 'Changed on',
		citizenId: 'Citizen assessed',
		removed: 'Removal from the register',
		'removed.by': 'Removed by',
		'removed.at': 'Removed on',
		merged: 'Merge',
		'merged.into': 'Record kept',
		'merged.by': 'Merged by',
		'merged.at': 'Merged on',
		mappedTo: 'Official hamlet',
		criteriaSetId: 'Criteria set',
		criteriaSetVersion: 'Criteria set version',
		period: 'Assessment year',
		answers: 'Answers',
		returnedAnswers: 'Answers when returned',
		result: 'Result',
		assessedBy: 'Assessed by',
		assessedAt: 'Assessed on',
		status: 'Status',
		review: 'Review',
		'review.comment': 'Reason (review)',
		'review.decision': 'Review decision',
		officer: 'Sent by',
		sentAt: 'Sent on',
		assessmentIds: 'Assessments',
		count: 'Number of assessments',
		id: 'Code',
		name: 'Name',
		level: 'Level',
		parentId: 'Parent unit',
		kindLabel: 'Unit word',
		population: 'People aged 16+',
		orgUnitId: 'Unit',
		percentage: 'Percentage',
		code: 'Decision number',
		slug: 'Criteria set code',
		version: 'Version',
		title: 'Title',
		source: 'Source',
		minAge: 'Minimum age',
		'rule.passPercent': 'Share of points for recognition',
		minPercent: 'Minimum share of points',
		text: 'Text',
		hint: 'Hint',
		key: 'Code',
		label: 'Label',
		points: 'Points',
		groups: 'Citizen groups',
		options: 'Answers',
		indicators: 'Indicators',
		criteria: 'Criteria'
	}
};

// Lists whose items are numbered for people: "Tiêu chí 2", "Chỉ tiêu 3".
const listItems: Record<Lang, Record<string, string>> = {
	vi: { criteria: 'Tiêu chí', indicators: 'Chỉ tiêu', options: 'Cách trả lời', groups: 'Nhóm', documents: 'Hồ sơ' },
	en: { criteria: 'Criterion', indicators: 'Indicator', options: 'Answer', groups: 'Group', documents: 'Record' }
};

/** The field a dotted path names, in words: "fullName" → "Họ và tên", "criteria.0.indicators.2.text" → "Tiêu chí 1, Chỉ tiêu 3, Nội dung". */
export function fieldLabel(path: string, lang: Lang): string {
	if (path === '') return '';
	const labels = fieldLabels[lang];
	const whole = path.replace(/\.\d+/g, '.*');
	if (Object.hasOwn(labels, whole)) return labels[whole];
	const segments = path.split('.');
	const parts: string[] = [];
	for (let i = 0; i < segments.length; i++) {
		const seg = segments[i];
		const next = segments[i + 1];
		if (Object.hasOwn(listItems[lang], seg) && next !== undefined && /^\d+$/.test(next)) {
			parts.push(`${listItems[lang][seg]} ${Number(next) + 1}`);
			i++;
		} else if (seg === 'answers' && next !== undefined) {
			parts.push(`${labels.answers} ${quote(next, lang)}`);
			i++;
		} else if (i === segments.length - 1 || !Object.hasOwn(labels, `${seg}.${next}`)) {
			if (/^\d+$/.test(seg)) parts.push(`#${Number(seg) + 1}`);
			else parts.push(Object.hasOwn(labels, seg) ? labels[seg] : seg);
		} else {
			parts.push(labels[`${seg}.${next}`]);
			i++;
		}
	}
	return parts.join(', ');
}

/**
 * A refusal in words that name the field: "Họ và tên: Không được để trống". A message that is not
 * one of our keys (a library's own English text) is shown as the generic "not valid" message
 * rather than leaking English jargon to the officer.
 */
export function issueText(issue: FieldIssue, lang: Lang): string {
	const message = messageText(isMessageKey(issue.message) ? issue.message : 'err.invalid', lang);
	const field = fieldLabel(issue.path, lang);
	return field ? `${field}: ${message}` : message;
}
