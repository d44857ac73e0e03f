import type { Catalog } from '../format';

// The domain's words (src/lib/domain/messages.ts looks them up): the schemas' and the rules' message
// keys, the names of fields as the forms show them, and a result's reasons. Pure: the tablet, the
// gateway and the second line (validate_doc_update) say a refusal in the same words.

export const domainMessages = {
	// Field rules (the schemas' keys).
	'err.required': ['Không được để trống', 'Must not be empty'],
	'err.tooLong': ['Quá dài, hãy viết ngắn lại', 'Too long, please shorten it'],
	'err.invalid': ['Giá trị không hợp lệ', 'Not a valid value'],
	'err.birthYear': [
		'Năm sinh không đúng: hãy ghi 4 chữ số, từ 1900 trở đi (ví dụ 1958)',
		'Year of birth is not right: write 4 digits, 1900 or later (e.g. 1958)'
	],
	'err.birthYearFuture': [
		'Năm sinh không thể sau năm nay',
		'Year of birth cannot be after this year'
	],
	'err.gender': ['Hãy chọn giới tính', 'Please choose a gender'],
	'err.group': ['Hãy chọn nhóm đối tượng', 'Please choose a citizen group'],
	'err.phone': [
		'Số điện thoại không đúng, hãy ghi 10 chữ số (ví dụ 0912345678)',
		'Phone number is not right: write 10 digits (e.g. 0912345678)'
	],
	'err.idCardLast4': [
		'Hãy ghi đúng 4 chữ số cuối của căn cước công dân',
		'Write exactly the last 4 digits of the citizen ID card'
	],
	'err.code': [
		'Mã không đúng: chỉ gồm chữ không dấu, chữ số và dấu gạch',
		'Code is not right: only unaccented letters, digits and dashes'
	],
	'err.localId': [
		'Mã không đúng: chỉ gồm chữ thường không dấu, chữ số, dấu chấm và dấu gạch',
		'Code is not right: only lower-case unaccented letters, digits, dots and dashes'
	],
	'err.datetime': ['Ngày giờ không đúng', 'Date and time are not right'],
	'err.year': [
		'Năm không đúng, hãy ghi năm từ 2000 đến 2100',
		'Year is not right: write a year from 2000 to 2100'
	],
	'err.version': [
		'Phiên bản phải là số nguyên từ 1 trở lên',
		'Version must be a whole number of 1 or more'
	],
	'err.minAge': ['Tuổi tối thiểu phải từ 0 đến 120', 'Minimum age must be from 0 to 120'],
	'err.points': ['Điểm phải từ 0 đến 100', 'Points must be from 0 to 100'],
	'err.percentage': ['Tỉ lệ phải từ 0 đến 100', 'Percentage must be from 0 to 100'],
	'err.population': [
		'Số người phải là số nguyên, không âm',
		'Number of people must be a whole number, not negative'
	],
	'err.level': ['Cấp đơn vị không đúng', 'Unit level is not right'],
	'err.status': ['Trạng thái phiếu không đúng', 'Assessment status is not right'],
	'err.options': ['Cần ít nhất hai cách trả lời', 'At least two answers are needed'],
	'err.indicators': [
		'Mỗi tiêu chí cần ít nhất một chỉ tiêu',
		'Each criterion needs at least one indicator'
	],
	'err.criteria': [
		'Bộ tiêu chí cần ít nhất một tiêu chí',
		'The criteria set needs at least one criterion'
	],
	'err.groups': ['Cần ít nhất một nhóm đối tượng', 'At least one citizen group is needed'],
	'err.emptyGroup': [
		'Nhóm đối tượng này chưa có chỉ tiêu nào',
		'This citizen group has no indicators yet'
	],
	'err.unknownGroup': [
		'Nhóm đối tượng này không có trong bộ tiêu chí',
		'This citizen group is not in the criteria set'
	],
	'err.duplicateId': ['Mã này bị trùng', 'This code is used twice'],
	'err.batchEmpty': [
		'Lần gửi phải có ít nhất một phiếu đánh giá',
		'A sending must hold at least one assessment'
	],
	'err.reviewComment': [
		'Khi trả lại hoặc không công nhận, hãy ghi rõ lý do',
		'When returning or not recognising, please write the reason'
	],
	'err.notObject': ['Không phải là một hồ sơ', 'Not a record'],
	'err.unknownType': ['Không rõ đây là loại hồ sơ gì', 'Unknown kind of record'],
	'err.idType': [
		'Mã hồ sơ không khớp với loại hồ sơ',
		'Record id does not match the kind of record'
	],
	'err.unknownField': [
		'Trường này không có trong mẫu hồ sơ nên không được lưu',
		'This field is not part of the record and cannot be stored'
	],
	'err.hamlet': [
		'Hãy chọn thôn/ấp/tổ dân phố trong danh sách của xã',
		'Choose a hamlet from the commune’s list'
	],
	'err.notFound': ['Không tìm thấy hồ sơ này trên máy', 'This record is not on this device'],
	// Eligibility (eligibility.ts).
	'elig.too_young': [
		'Người này mới {age} tuổi trong năm {period}; cần đủ {minAge} tuổi mới được đánh giá.',
		'This person is only {age} in {period}; they must be {minAge} to be assessed.'
	],
	'elig.birth_year_after_period': [
		'Năm sinh {birthYear} sau năm đánh giá {period}. Hãy kiểm tra lại năm sinh.',
		'Year of birth {birthYear} is after the assessment year {period}. Please check the year of birth.'
	],
	// Assessments (db/assessments.ts).
	'assess.notFound': [
		'Không tìm thấy phiếu đánh giá này trên máy.',
		'This assessment is not on this device.'
	],
	'assess.citizenNotFound': [
		'Không tìm thấy người dân này trên máy.',
		'This citizen is not on this device.'
	],
	'assess.unanswered': [
		'Còn {count} câu chưa trả lời. Hãy trả lời hết rồi bấm lại.',
		'{count} questions are not answered yet. Answer them all, then try again.'
	],
	'assess.notEditable': [
		'Phiếu này đã gửi đi, không sửa được nữa.',
		'This assessment has been sent and can no longer be changed.'
	],
	'assess.reopenFirst': [
		'Phiếu này đang chờ gửi hoặc bị trả lại. Bấm “Sửa phiếu” trước khi sửa câu trả lời.',
		'This assessment is waiting to be sent or was returned. Tap “Edit” before changing answers.'
	],
	'assess.waitSending': [
		'Máy đang gửi dữ liệu. Đợi gửi xong (dòng trên cùng sẽ báo) rồi bấm “Sửa câu trả lời” lại.',
		'The tablet is sending. Wait until it has finished (the line at the top says so), then tap “Change answers” again.'
	],
	'assess.alreadyAssessed': [
		'Người này đã được đánh giá năm {period} và phiếu đã gửi đi.',
		'This person was already assessed for {period} and the assessment was sent.'
	],
	'assess.unknownIndicator': [
		'Câu hỏi này không có trong phiếu.',
		'This question is not in the form.'
	],
	'assess.unknownOption': [
		'Cách trả lời này không có trong câu hỏi.',
		'This answer is not one of the question’s answers.'
	],
	'assess.criteriaMissing': [
		'Máy chưa có bộ tiêu chí của phiếu này. Hãy kết nối mạng và gửi/nhận dữ liệu.',
		'This device does not have the criteria set of this assessment yet. Connect and send/receive data.'
	],
	'assess.unknownGroup': [
		'Nhóm đối tượng của người này không có trong bộ tiêu chí. Hãy sửa thông tin người dân.',
		'This citizen’s group is not in the criteria set. Please correct the citizen’s details.'
	],
	// Export / import file (db/transfer.ts).
	'file.notJson': [
		'Tệp này không đọc được. Hãy chọn đúng tệp đã xuất từ ứng dụng (đuôi .json).',
		'This file cannot be read. Choose the file exported from the app (ending in .json).'
	],
	'file.format': [
		'Tệp này không phải tệp dữ liệu của ứng dụng Công dân học tập.',
		'This is not a data file of the Learning Citizen app.'
	],
	'file.version': [
		'Tệp này do phiên bản ứng dụng mới hơn tạo ra. Hãy cập nhật ứng dụng rồi thử lại.',
		'This file was made by a newer version of the app. Update the app and try again.'
	],
	'file.otherCommune': [
		'Tệp này là dữ liệu của đơn vị khác ({communeId}), không nhập vào máy này được.',
		'This file holds data of another unit ({communeId}) and cannot be imported on this device.'
	],
	'file.notCommuneDoc': [
		'Tệp chỉ được chứa người dân, phiếu đánh giá và lần gửi.',
		'The file may only hold citizens, assessments and sendings.'
	],
	'file.docOtherCommune': [
		'Mục này thuộc đơn vị khác ({communeId}).',
		'This record belongs to another unit ({communeId}).'
	],
	'file.duplicate': [
		'Mục này xuất hiện hai lần trong tệp.',
		'This record appears twice in the file.'
	],
	'file.nothing': ['Tệp không có dữ liệu nào.', 'The file holds no data.'],
	'file.citizenMissing': [
		'Phiếu đánh giá này thiếu thông tin người dân đi kèm.',
		'This assessment’s citizen is missing from the file.'
	],
	'file.resultMismatch': [
		'Kết quả ghi trong phiếu không khớp với câu trả lời.',
		'The result written in this assessment does not match its answers.'
	],
	'file.imported': [
		'Đã nhập xong: {added} mục mới, {updated} mục được cập nhật. {keptLocal} mục trên máy mới hơn nên được giữ nguyên.',
		'Import done: {added} new records, {updated} updated. {keptLocal} records on this device are newer and were kept.'
	],
	// Storage.
	'err.quota': [
		'Máy đã hết chỗ lưu. Những gì đã lưu vẫn còn; hãy xóa bớt ảnh, ứng dụng không dùng rồi thử lại.',
		'The device is out of storage. What was saved is still there; free some space, then try again.'
	],
	'err.storage': [
		'Không lưu được trên máy. Những gì đã lưu trước đó vẫn còn. Hãy thử lại.',
		'Could not save on this device. What was saved before is still there. Please try again.'
	]
} satisfies Catalog;

// Field names as the form shows them. Looked up by the whole dotted path first (numbers as "*"),
// then by the last named segment, so "review.comment" and "comment" can read differently.
export const fieldLabelWords = {
	_id: ['Mã hồ sơ', 'Record id'],
	type: ['Loại hồ sơ', 'Kind of record'],
	fullName: ['Họ và tên', 'Full name'],
	birthYear: ['Năm sinh', 'Year of birth'],
	gender: ['Giới tính', 'Gender'],
	group: ['Nhóm đối tượng', 'Citizen group'],
	phone: ['Số điện thoại', 'Phone number'],
	idCardLast4: ['4 số cuối căn cước', 'Last 4 digits of ID card'],
	hamletId: ['Thôn/ấp/tổ dân phố', 'Hamlet'],
	household: ['Hộ gia đình', 'Household'],
	communeId: ['Xã/phường', 'Commune'],
	createdAt: ['Ngày tạo', 'Created on'],
	createdBy: ['Người tạo', 'Created by'],
	updatedAt: ['Ngày sửa', 'Changed on'],
	citizenId: ['Người được đánh giá', 'Citizen assessed'],
	removed: ['Xóa khỏi danh sách', 'Removal from the register'],
	'removed.by': ['Người xóa khỏi danh sách', 'Removed by'],
	'removed.at': ['Ngày xóa khỏi danh sách', 'Removed on'],
	merged: ['Gộp hồ sơ', 'Merge'],
	'merged.into': ['Hồ sơ được giữ lại', 'Record kept'],
	'merged.by': ['Người gộp hồ sơ', 'Merged by'],
	'merged.at': ['Ngày gộp hồ sơ', 'Merged on'],
	mappedTo: ['Thôn, ấp chính thức', 'Official hamlet'],
	criteriaSetId: ['Bộ tiêu chí', 'Criteria set'],
	criteriaSetVersion: ['Phiên bản bộ tiêu chí', 'Criteria set version'],
	period: ['Năm đánh giá', 'Assessment year'],
	answers: ['Câu trả lời', 'Answers'],
	returnedAnswers: ['Câu trả lời lúc bị trả lại', 'Answers when returned'],
	result: ['Kết quả', 'Result'],
	assessedBy: ['Người đánh giá', 'Assessed by'],
	assessedAt: ['Ngày đánh giá', 'Assessed on'],
	status: ['Trạng thái', 'Status'],
	review: ['Ý kiến duyệt', 'Review'],
	'review.comment': ['Lý do (ý kiến duyệt)', 'Reason (review)'],
	'review.decision': ['Quyết định duyệt', 'Review decision'],
	officer: ['Cán bộ gửi', 'Sent by'],
	sentAt: ['Ngày gửi', 'Sent on'],
	assessmentIds: ['Danh sách phiếu', 'Assessments'],
	count: ['Số phiếu', 'Number of assessments'],
	id: ['Mã', 'Code'],
	name: ['Tên', 'Name'],
	level: ['Cấp', 'Level'],
	parentId: ['Đơn vị cấp trên', 'Parent unit'],
	successorId: ['Xã tiếp nhận', 'Successor commune'],
	publicSummary: ['Trang công khai', 'Public page'],
	kindLabel: ['Tên gọi', 'Unit word'],
	population: ['Số người từ 16 tuổi', 'People aged 16+'],
	orgUnitId: ['Đơn vị', 'Unit'],
	percentage: ['Tỉ lệ', 'Percentage'],
	code: ['Số quyết định', 'Decision number'],
	slug: ['Mã bộ tiêu chí', 'Criteria set code'],
	version: ['Phiên bản', 'Version'],
	title: ['Tên', 'Title'],
	source: ['Nguồn', 'Source'],
	minAge: ['Tuổi tối thiểu', 'Minimum age'],
	'rule.passPercent': ['Tỉ lệ điểm để công nhận', 'Share of points for recognition'],
	minPercent: ['Tỉ lệ điểm tối thiểu', 'Minimum share of points'],
	text: ['Nội dung', 'Text'],
	hint: ['Gợi ý', 'Hint'],
	key: ['Mã', 'Code'],
	label: ['Nhãn', 'Label'],
	points: ['Điểm', 'Points'],
	groups: ['Nhóm đối tượng', 'Citizen groups'],
	options: ['Cách trả lời', 'Answers'],
	indicators: ['Chỉ tiêu', 'Indicators'],
	criteria: ['Tiêu chí', 'Criteria']
} satisfies Catalog;

// Lists whose items are numbered for people: "Tiêu chí 2", "Chỉ tiêu 3".
export const listItemWords = {
	criteria: ['Tiêu chí', 'Criterion'],
	indicators: ['Chỉ tiêu', 'Indicator'],
	options: ['Cách trả lời', 'Answer'],
	groups: ['Nhóm', 'Group'],
	documents: ['Hồ sơ', 'Record']
} satisfies Catalog;

// A result's reasons in plain sentences ({title} and {text} come quoted, the numbers written).
export const reasonWords = {
	passed: [
		'Đạt đủ điều kiện để được công nhận Công dân học tập.',
		'Meets the conditions to be recognised as a Learning Citizen.'
	],
	totalBelow: [
		'Tổng điểm {got}/{max}, cần ít nhất {need} điểm để được công nhận.',
		'Total score {got}/{max}; at least {need} points are needed for recognition.'
	],
	criterionBelow: [
		'Phần {title} được {got}/{max} điểm, cần ít nhất {need} điểm.',
		'The part {title} scored {got}/{max}; at least {need} points are needed.'
	],
	requiredMissed: ['Chưa đạt yêu cầu bắt buộc: {text}.', 'A required item is not met: {text}.'],
	unanswered: ['Chưa trả lời câu: {text}.', 'Not answered yet: {text}.'],
	noIndicators: [
		'Bộ tiêu chí không có câu hỏi nào cho nhóm đối tượng này, nên chưa đánh giá được.',
		'The criteria set has no questions for this citizen group, so no assessment is possible.'
	]
} satisfies Catalog;
