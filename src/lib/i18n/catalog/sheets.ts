import type { Catalog } from '../format';

// The words of the files the app writes for other offices and reads back: the report file (.xlsx,
// .csv: domain/report-sheet.ts), the periodic report (printable page and .docx:
// domain/periodic-report.ts) and the criteria set's spreadsheet (domain/criteria-sheet.ts).
// The files go to other offices, so they are written in Vietnamese whatever the reader's language;
// English stands beside each for the reader of this file.

export const sheets = {
	'col.unitId': ['Mã đơn vị', 'Unit code'],
	'col.unit': ['Đơn vị', 'Unit'],
	'col.level': ['Cấp', 'Level'],
	'col.population': ['Dân số từ 16 tuổi', 'Population aged 16 and over'],
	'col.assessed': ['Đã đánh giá', 'Assessed'],
	'col.recognised': ['Đã công nhận', 'Recognised'],
	'col.returned': ['Bị trả lại', 'Returned'],
	'col.rejected': ['Không công nhận', 'Not recognised'],
	'col.pending': ['Chờ duyệt', 'Waiting for review'],
	'col.rate': ['Tỷ lệ công nhận (%)', 'Recognition rate (%)'],
	'col.target': ['Chỉ tiêu (%)', 'Target (%)'],
	'col.gap': ['Còn thiếu so với chỉ tiêu (%)', 'Short of the target (%)'],
	'col.needed': ['Số người cần công nhận thêm', 'People still to recognise'],
	'level.province': ['Tỉnh/Thành phố', 'Province/City'],
	'level.district': ['Huyện', 'District'],
	'level.commune': ['Xã/Phường', 'Commune/Ward'],
	'level.hamlet': ['Thôn', 'Hamlet'],
	retired: ['{name} (cũ)', '{name} (former)'],
	mergedFrom: [' (gồm cả {names} cũ)', ' (including former {names})'],
	totals: ['Tổng cộng ({name})', 'Total ({name})'],
	title: [
		'Báo cáo kết quả công nhận Công dân học tập năm {period} — {name} ({id})',
		'Learning Citizen recognition report {period} — {name} ({id})'
	],
	generated: ['Ngày lập: {date}', 'Made on: {date}'],

	// The periodic report (an official document: heading, sentences, tables, signature block).
	'periodic.org': ['HỘI KHUYẾN HỌC', 'ASSOCIATION FOR THE PROMOTION OF LEARNING'],
	'periodic.nation': ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SOCIALIST REPUBLIC OF VIET NAM'],
	'periodic.motto': ['Độc lập - Tự do - Hạnh phúc', 'Independence - Freedom - Happiness'],
	'periodic.placeDate': ['{place}, ngày {dd} tháng {mm} năm {yyyy}', '{place}, {dd}/{mm}/{yyyy}'],
	'periodic.title': ['BÁO CÁO', 'REPORT'],
	'periodic.subtitleToDate': [
		'Kết quả công nhận danh hiệu “Công dân học tập” của {name}, tính đến ngày {date}',
		'“Learning Citizen” recognitions in {name}, up to {date}'
	],
	'periodic.subtitleYear': [
		'Kết quả công nhận danh hiệu “Công dân học tập” của {name} năm {year}',
		'“Learning Citizen” recognitions in {name}, {year}'
	],
	'periodic.summaryHeading': ['I. Tóm tắt kết quả', 'I. Summary'],
	'periodic.unitsHeading': [
		'II. Tỉ lệ công nhận theo đơn vị, so với chỉ tiêu',
		'II. Recognition rate by unit, against the target'
	],
	'periodic.groupsHeading': [
		'III. Theo nhóm đối tượng, so với chỉ tiêu',
		'III. By citizen group, against the target'
	],
	'periodic.signatureRole': ['NGƯỜI LẬP BÁO CÁO', 'PREPARED BY'],
	'periodic.signatureHint': ['(Ký, ghi rõ họ tên)', '(Signature and full name)'],
	'periodic.recipients': ['Nơi nhận:', 'To:'],
	'periodic.recipientsAbove': ['- Như trên;', '- As above;'],
	'periodic.recipientsFiled': ['- Lưu: VT.', '- Filed: office.'],
	'periodic.col.unit': ['Đơn vị', 'Unit'],
	'periodic.col.code': ['Mã', 'Code'],
	'periodic.col.population': ['Số người từ 16 tuổi', 'People aged 16 and over'],
	'periodic.col.recognised': ['Đã công nhận', 'Recognised'],
	'periodic.col.rate': ['Tỉ lệ', 'Rate'],
	'periodic.col.target': ['Chỉ tiêu', 'Target'],
	'periodic.col.standing': ['So với chỉ tiêu', 'Against the target'],
	'periodic.col.group': ['Nhóm đối tượng', 'Citizen group'],
	'periodic.col.assessed': ['Đã đánh giá', 'Assessed'],
	'periodic.col.rateAssessed': ['Tỉ lệ trên số đã đánh giá', 'Share of those assessed'],
	'periodic.noPopulation': ['chưa có số dân', 'no population yet'],
	'periodic.reached': ['đạt chỉ tiêu', 'target reached'],
	'periodic.short': ['còn thiếu {n} người', '{n} people short'],
	'periodic.year': ['năm {year}', 'for {year}'],
	'periodic.unitNoRate': [
		'{name}: {recognised} người được công nhận; chưa có số người từ 16 tuổi {period} nên chưa tính được tỉ lệ.',
		'{name}: {recognised} people recognised; no count of people aged 16 and over {period}, so no rate yet.'
	],
	'periodic.unitHead': [
		'{name} đạt {rate} (chỉ tiêu {target})',
		'{name} reached {rate} (target {target})'
	],
	'periodic.headReached': ['{head}, đã đạt chỉ tiêu.', '{head}, target reached.'],
	'periodic.headShort': [
		'{head}, còn thiếu {n} người để đạt chỉ tiêu.',
		'{head}, {n} people short of the target.'
	],
	'periodic.rootReached': [
		'{name} có {population} người từ 16 tuổi trở lên; {recognised} người đã được công nhận danh hiệu Công dân học tập, đạt {rate} (chỉ tiêu {target}), đã đạt chỉ tiêu.',
		'{name} has {population} people aged 16 and over; {recognised} have been recognised as Learning Citizens, {rate} (target {target}), target reached.'
	],
	'periodic.rootShort': [
		'{name} có {population} người từ 16 tuổi trở lên; {recognised} người đã được công nhận danh hiệu Công dân học tập, đạt {rate} (chỉ tiêu {target}), còn thiếu {n} người để đạt chỉ tiêu.',
		'{name} has {population} people aged 16 and over; {recognised} have been recognised as Learning Citizens, {rate} (target {target}), {n} people short of the target.'
	],
	'periodic.assessed': [
		'Đã đánh giá {assessed} phiếu: công nhận {recognised}, trả lại {returned}, không công nhận {rejected}, đang chờ duyệt {pending}.',
		'{assessed} assessments: {recognised} recognised, {returned} returned, {rejected} not recognised, {pending} waiting for review.'
	],
	'periodic.communesReached': [
		'{reached}/{of} xã, phường đạt chỉ tiêu: {names}.',
		'{reached}/{of} communes reached the target: {names}.'
	],
	'periodic.noCommuneReached': [
		'Chưa có xã, phường nào trong {of} xã, phường đạt chỉ tiêu.',
		'None of the {of} communes has reached the target yet.'
	],
	'periodic.unitRate': ['{name} {rate} (chỉ tiêu {target})', '{name} {rate} (target {target})'],
	'periodic.lowest': ['Thấp nhất: {list}.', 'Lowest: {list}.'],
	'periodic.highest': ['Cao nhất: {list}.', 'Highest: {list}.'],
	'periodic.communesNoRate': [
		'{n} xã, phường chưa có số người từ 16 tuổi {period}, chưa tính được tỉ lệ: {names}.',
		'{n} communes have no count of people aged 16 and over {period}, so no rate yet: {names}.'
	],
	'periodic.group': [
		'Nhóm {group}: {recognised}/{assessed} phiếu đã đánh giá được công nhận ({rate}; chỉ tiêu {target}).',
		'Group {group}: {recognised}/{assessed} assessments recognised ({rate}; target {target}).'
	],

	// The criteria set as a spreadsheet: sheet names and headers are read back by these words too.
	'criteria.sheetSet': ['Bộ tiêu chí', 'Criteria set'],
	'criteria.sheetGroups': ['Nhóm đối tượng', 'Citizen groups'],
	'criteria.sheetIndicators': ['Chỉ tiêu', 'Indicators'],
	'criteria.item': ['Mục', 'Item'],
	'criteria.value': ['Giá trị', 'Value'],
	'criteria.set.code': ['Số quyết định ban hành', 'Decision number'],
	'criteria.set.slug': [
		'Mã bộ tiêu chí (chữ thường, không dấu)',
		'Set code (lower case, no accents)'
	],
	'criteria.set.title': ['Tên bộ tiêu chí', 'Set name'],
	'criteria.set.source': ['Nguồn (văn bản gốc)', 'Source (the original text)'],
	'criteria.set.minAge': ['Tuổi tối thiểu', 'Minimum age'],
	'criteria.set.passPercent': [
		'Tỉ lệ điểm cần đạt để được công nhận (%)',
		'Share of points needed to be recognised (%)'
	],
	'criteria.set.verified': [
		'Đã đối chiếu với văn bản gốc (Có/Không)',
		'Checked against the original text (Có/Không)'
	],
	'criteria.col.groupId': ['Mã nhóm', 'Group code'],
	'criteria.col.groupName': ['Tên nhóm', 'Group name'],
	'criteria.col.criterionId': ['Mã nhóm năng lực', 'Competency code'],
	'criteria.col.criterionTitle': ['Tên nhóm năng lực', 'Competency name'],
	'criteria.col.minPercent': ['Tỉ lệ tối thiểu của nhóm năng lực (%)', 'Competency minimum (%)'],
	'criteria.col.indicatorId': ['Mã chỉ tiêu', 'Indicator code'],
	'criteria.col.text': ['Nội dung chỉ tiêu', 'Indicator text'],
	'criteria.col.hint': ['Ví dụ, gợi ý', 'Examples, hints'],
	'criteria.col.options': [
		'Các lựa chọn và điểm (mỗi dòng: lựa chọn = điểm)',
		'Choices and points (one a line: choice = points)'
	],
	'criteria.col.groups': [
		'Áp dụng cho nhóm (mã, cách nhau bởi dấu phẩy; để trống: mọi nhóm)',
		'For groups (codes, separated by commas; empty: every group)'
	],
	'criteria.col.required': ['Bắt buộc đạt (Có/Không)', 'Must be met (Có/Không)'],
	'criteria.yes': ['Có', 'Có'],
	'criteria.no': ['Không', 'Không'],
	'criteria.noSheet': [
		'Không có trang tính “{name}”. Hãy bắt đầu từ tệp mẫu.',
		'There is no sheet “{name}”. Start from the template.'
	],
	'criteria.noRow': ['Thiếu dòng “{label}”.', 'The row “{label}” is missing.'],
	'criteria.number': ['Hãy ghi một số.', 'Write a number.'],
	'criteria.yesNo': ['Hãy ghi “Có” hoặc “Không”.', 'Write “Có” (yes) or “Không” (no).'],
	'criteria.percent': [
		'Hãy ghi một số từ 0 đến 100, hoặc để trống.',
		'Write a number from 0 to 100, or leave it empty.'
	],
	'criteria.otherTitle': [
		'Nhóm năng lực “{id}” đã có tên khác ở dòng trên: để trống ô này hoặc ghi đúng tên đó.',
		'Competency “{id}” already has another name on a row above: leave this cell empty or write that name.'
	],
	'criteria.optionLine': [
		'Dòng “{line}” phải có dạng “lựa chọn = điểm”, ví dụ “Thường xuyên = 10”.',
		'The line “{line}” must read “choice = points”, e.g. “Thường xuyên = 10”.'
	],
	'criteria.yesNoOrEmpty': [
		'Hãy ghi “Có” hoặc “Không”, hoặc để trống.',
		'Write “Có” (yes) or “Không” (no), or leave it empty.'
	],
	'criteria.noIndicators': [
		'Chưa có chỉ tiêu nào (mỗi dòng từ dòng 2 là một chỉ tiêu).',
		'There are no indicators yet (each row from row 2 is one indicator).'
	]
} satisfies Catalog;
