import type { Catalog } from '../text';
import { common } from './common';

// The reviewer's words, Vietnamese first, English beside it; read in the language the reader
// chose (language.svelte.ts). Status and decision words are the ones of UI.md.
export const review = {
	...common,
	'app.title': ['Duyệt Công dân học tập', 'Learning Citizen review'],
	'nav.inbox': ['Đợt gửi', 'Batches'],
	'nav.report': ['Báo cáo', 'Reports'],
	'nav.label': ['Các trang của người duyệt', 'Reviewer pages'],
	'lang.switch': ['English', 'Tiếng Việt'],
	'lang.switchLabel': ['Switch to English', 'Chuyển sang tiếng Việt'],
	who: ['Người duyệt: {name}', 'Reviewer: {name}'],
	signOut: ['Đăng xuất', 'Sign out'],
	'guard.checking': ['Đang kiểm tra đăng nhập…', 'Checking your sign-in…'],
	'guard.denied': ['Cần đăng nhập với tài khoản người duyệt', 'Sign in with a reviewer account'],
	'guard.deniedHint': [
		'Trang này dành cho cán bộ duyệt của Hội Khuyến học cấp huyện, tỉnh.',
		'This page is for the district and province reviewers of the Association for Promoting Education.'
	],
	'guard.signIn': ['Đăng nhập', 'Sign in'],
	'guard.offline': [
		'Không có mạng. Hãy kết nối mạng rồi mở lại trang này.',
		'No connection. Connect to the network and open this page again.'
	],
	'guard.failed': [
		'Không mở được trang duyệt. Hãy thử lại.',
		'The review pages could not open. Try again.'
	],
	retry: ['Thử lại', 'Try again'],
	'queue.waiting': [
		'{n} quyết định đã lưu trên máy, chờ gửi',
		'{n} decisions saved on this device, waiting to be sent'
	],
	'queue.sending': ['Đang gửi quyết định…', 'Sending decisions…'],
	'queue.allSent': ['Mọi quyết định đã được ghi lên máy chủ', 'Every decision is on the server'],
	'queue.sendNow': ['Gửi ngay', 'Send now'],
	'queue.signInAgain': [
		'Phiên đăng nhập đã hết. Hãy đăng nhập lại; các quyết định vẫn được giữ trên máy.',
		'Your session has ended. Sign in again; the decisions stay on this device.'
	],
	loading: ['Đang tải…', 'Loading…'],
	'error.offline': [
		'Chưa có mạng. Hãy kết nối mạng rồi thử lại.',
		'No connection yet. Connect and try again.'
	],
	'error.auth': [
		'Phiên đăng nhập đã hết. Hãy đăng nhập lại.',
		'Your session has ended. Sign in again.'
	],
	'error.forbidden': ['Bạn không có quyền xem dữ liệu này.', 'You may not see this data.'],
	'error.other': ['Có lỗi khi tải dữ liệu: {reason}', 'The data could not be loaded: {reason}'],

	'inbox.title': ['Các đợt gửi từ xã', 'Batches sent by communes'],
	'inbox.filters': ['Lọc danh sách', 'Filter the list'],
	'inbox.commune': ['Xã, phường', 'Commune'],
	'inbox.state': ['Tình trạng', 'State'],
	'inbox.period': ['Năm đánh giá', 'Assessment year'],
	'inbox.all': ['Tất cả', 'All'],
	'inbox.count': ['{n} đợt gửi', '{n} batches'],
	'inbox.empty': ['Không có đợt gửi nào khớp bộ lọc.', 'No batch matches the filters.'],
	'inbox.failed': [
		'Không đọc được dữ liệu của: {communes}',
		'Could not read the data of: {communes}'
	],
	'inbox.refresh': ['Tải lại', 'Reload'],
	'col.commune': ['Xã, phường', 'Commune'],
	'col.officer': ['Cán bộ gửi', 'Sent by'],
	'col.sentAt': ['Gửi lúc', 'Sent at'],
	'col.count': ['Số phiếu', 'Assessments'],
	'col.state': ['Tình trạng', 'State'],
	'col.open': ['Mở', 'Open'],
	'open.batch': ['Xem đợt gửi', 'Open batch'],
	'open.batchLabel': [
		'Xem đợt gửi của {commune} lúc {at}',
		'Open the batch of {commune} sent at {at}'
	],
	'state.new': ['Mới', 'New'],
	'state.in_review': ['Đang duyệt', 'In review'],
	'state.done': ['Đã duyệt xong', 'Done'],

	'batch.title': ['Đợt gửi của {commune}', 'Batch from {commune}'],
	'batch.meta': [
		'Cán bộ {officer} gửi lúc {at} · {n} phiếu',
		'Sent by {officer} at {at} · {n} assessments'
	],
	'batch.back': ['Về danh sách đợt gửi', 'Back to the batches'],
	'batch.table': ['Các phiếu đánh giá trong đợt gửi', 'Assessments in the batch'],
	'batch.missing': [
		'{n} phiếu trong đợt gửi không có trên máy chủ.',
		'{n} assessments of the batch are not on the server.'
	],
	'batch.flagged': [
		'{n} phiếu có cảnh báo: hãy mở từng phiếu để xem.',
		'{n} assessments have warnings: open each one to check it.'
	],
	'batch.recogniseAll': [
		'Công nhận tất cả phiếu không có cảnh báo ({n})',
		'Recognise all without warnings ({n})'
	],
	'batch.confirmAll': [
		'Công nhận {n} người trong đợt gửi này? Các phiếu có cảnh báo không nằm trong số này.',
		'Recognise {n} people in this batch? Assessments with warnings are not among them.'
	],
	'batch.confirmAllYes': ['Công nhận {n} người', 'Recognise {n} people'],
	'batch.nothingClean': [
		'Không còn phiếu nào chờ duyệt mà không có cảnh báo.',
		'No assessment without warnings is waiting.'
	],
	'col.name': ['Họ và tên', 'Full name'],
	'col.nameYear': ['Họ và tên, năm sinh', 'Name, birth year'],
	'col.hamletGroup': ['Thôn, ấp và nhóm', 'Hamlet and group'],
	'col.scoreResult': ['Điểm và kết quả chấm', 'Score and result'],
	'col.birthYear': ['Năm sinh', 'Birth year'],
	'col.hamlet': ['Thôn, ấp', 'Hamlet'],
	'col.group': ['Nhóm', 'Group'],
	'col.score': ['Điểm', 'Score'],
	'col.status': ['Trạng thái', 'Status'],
	'col.flags': ['Cảnh báo', 'Warnings'],
	'result.pass': ['Đạt', 'Passes'],
	'result.fail': ['Chưa đạt', 'Does not pass'],
	'flags.none': ['Không có', 'None'],
	'flag.result_mismatch': [
		'Kết quả lưu không khớp với kết quả tính lại từ câu trả lời',
		'The stored result differs from the one recomputed from the answers'
	],
	'flag.criteria_missing': [
		'Không có bộ tiêu chí mà phiếu dùng, không tính lại được',
		'The criteria set it used is missing; it cannot be recomputed'
	],
	'flag.under_age': [
		'Chưa đủ {minAge} tuổi (năm đánh giá: {age} tuổi)',
		'Under {minAge} ({age} in the assessment year)'
	],
	'flag.citizen_missing': [
		'Không có hồ sơ người dân trên máy chủ',
		'The citizen record is not on the server'
	],
	'flag.possible_duplicate': [
		'Có thể trùng người: {names}',
		'Possibly the same person as: {names}'
	],
	'open.assessmentLabel': ['Xem phiếu của {name}', 'Open the assessment of {name}'],

	'status.rejected': ['Không công nhận', 'Rejected'],
	'decide.recognised': ['Công nhận', 'Recognise'],
	'decide.returned': ['Trả lại', 'Return'],
	'decide.rejected': ['Không công nhận', 'Reject'],
	'decide.recognisedLabel': ['Công nhận {name}', 'Recognise {name}'],
	'decide.returnedLabel': ['Trả lại phiếu của {name}', 'Return the assessment of {name}'],
	'decide.rejectedLabel': ['Không công nhận {name}', 'Reject {name}'],
	'decide.commentReturned': [
		'Lời nhắn cho cán bộ xã: cần sửa gì (bắt buộc)',
		'Note to the commune officer: what to correct (required)'
	],
	'decide.commentRejected': ['Lý do không công nhận (bắt buộc)', 'Reason for rejecting (required)'],
	'decide.commentRequired': [
		'Hãy ghi lý do trước khi xác nhận.',
		'Write the reason before confirming.'
	],
	'decide.commentTooLong': [
		'Lời nhắn dài quá 1000 chữ.',
		'The note is longer than 1000 characters.'
	],
	'decide.confirmReturned': ['Trả lại phiếu', 'Return the assessment'],
	'decide.confirmRejected': ['Không công nhận', 'Reject'],
	'decide.cancel': ['Thôi', 'Cancel'],
	'decide.change': [
		'Phiếu đã có quyết định. Quyết định mới sẽ được ghi thêm vào lịch sử, không xoá quyết định cũ.',
		'This assessment already has a decision. A new one is added to the history; the earlier one stays.'
	],
	'decide.done': [
		'Đã ghi quyết định: {decision} — {name}.',
		'Decision recorded: {decision} — {name}.'
	],
	'decide.doneMany': [
		'Đã ghi quyết định công nhận cho {n} người.',
		'Recognition recorded for {n} people.'
	],
	'queued.waiting': [
		'Chờ gửi: đã lưu trên máy, sẽ tự gửi khi có mạng',
		'Waiting: saved on this device, sent when connected'
	],
	'queued.conflict': [
		'Người khác đã duyệt phiếu này trước bạn: {who} — {decision} lúc {at}. Quyết định của bạn chưa được ghi.',
		'Someone decided first: {who} — {decision} at {at}. Your decision was not recorded.'
	],
	'queued.refused': [
		'Máy chủ không nhận quyết định này: {reason}',
		'The server refused this decision: {reason}'
	],
	'queued.dismiss': ['Đã hiểu', 'Understood'],

	'resent.badge': ['Gửi lại sau khi sửa', 'Sent again after correction'],
	'resent.title': [
		'Gửi lại sau khi sửa: {n} câu trả lời đã đổi',
		'Sent again after correction: {n} answers changed'
	],
	'resent.comment': [
		'Lúc trả lại, người duyệt ghi: “{comment}”',
		'When returning it, the reviewer wrote: “{comment}”'
	],
	'resent.before': ['Lúc bị trả lại', 'When returned'],
	'resent.after': ['Sau khi sửa', 'After correction'],
	'resent.none': [
		'Không câu trả lời nào đổi (có thể cán bộ chỉ sửa thông tin người dân).',
		'No answer changed (the officer may have corrected the person’s details only).'
	],
	'resent.unknown': [
		'Máy của cán bộ không gửi kèm câu trả lời lúc bị trả lại, nên không so được.',
		'The officer’s tablet did not send the answers as returned, so they cannot be compared.'
	],
	'assessment.title': ['Phiếu đánh giá của {name}', 'Assessment of {name}'],
	'assessment.back': ['Về đợt gửi', 'Back to the batch'],
	'assessment.criteria': ['Bộ tiêu chí', 'Criteria set'],
	'assessment.criteriaValue': ['{code} · phiên bản {version}', '{code} · version {version}'],
	'assessment.officer': ['Cán bộ đánh giá', 'Assessed by'],
	'assessment.at': ['Thời gian đánh giá', 'Assessed at'],
	'assessment.period': ['Năm đánh giá', 'Assessment year'],
	'assessment.total': ['Tổng điểm', 'Total score'],
	'assessment.answers': ['Câu trả lời theo từng tiêu chí', 'Answers by criterion'],
	'assessment.indicator': ['Chỉ tiêu', 'Indicator'],
	'assessment.answer': ['Trả lời', 'Answer'],
	'assessment.points': ['Điểm', 'Points'],
	'assessment.criterionScore': [
		'Điểm phần này: {score}/{max}',
		'Score of this part: {score}/{max}'
	],
	'assessment.noAnswer': ['Chưa trả lời', 'Not answered'],
	'assessment.why': ['Kết quả chấm lại từ câu trả lời', 'Result recomputed from the answers'],
	'assessment.history': ['Lịch sử duyệt', 'Review history'],
	'assessment.noHistory': ['Chưa có quyết định nào.', 'No decision yet.'],
	'assessment.historyEntry': ['{decision} — {by}, {at}', '{decision} — {by}, {at}'],
	'assessment.decide': ['Quyết định', 'Decision'],
	'assessment.noSet': [
		'Không có bộ tiêu chí {id} trên máy chủ: không hiện được câu hỏi.',
		'The criteria set {id} is not on the server: the questions cannot be shown.'
	],
	'assessment.notFound': ['Không tìm thấy phiếu này.', 'This assessment was not found.'],

	'report.title': ['Báo cáo kết quả công nhận', 'Recognition report'],
	'report.unit': ['Đơn vị', 'Unit'],
	'report.period': ['Năm', 'Year'],
	'report.show': ['Xem báo cáo', 'Show the report'],
	'report.refresh': ['Làm mới số liệu', 'Refresh the figures'],
	'report.progress': ['Đang lấy số liệu: {done}/{of} xã', 'Fetching figures: {done}/{of} communes'],
	'report.loadedIn': [
		'Số liệu của {n} xã, có trong {ms} ms ({fetched} xã đếm lại trên máy chủ, các xã khác chưa thay đổi).',
		'Figures of {n} communes, ready in {ms} ms ({fetched} counted again on the server, the others unchanged).'
	],
	'report.table': ['Kết quả theo đơn vị, năm {period}', 'Results by unit, {period}'],
	'report.totals': ['Tổng cộng', 'Total'],
	'report.missingPopulation': [
		'{n} xã chưa có số dân từ 16 tuổi cho năm này: tỷ lệ tính trên các xã đã có.',
		'{n} communes have no population figure (16+) for this year: rates count the others only.'
	],
	'report.col.unit': ['Đơn vị', 'Unit'],
	'report.col.code': ['Mã', 'Code'],
	'report.col.population': ['Dân số từ 16 tuổi', 'Citizens 16+'],
	'report.col.assessed': ['Đã đánh giá', 'Assessed'],
	'report.col.recognised': ['Đã công nhận', 'Recognised'],
	'report.col.returned': ['Bị trả lại', 'Returned'],
	'report.col.rejected': ['Không công nhận', 'Rejected'],
	'report.col.pending': ['Chờ duyệt', 'Waiting'],
	'report.col.rate': ['Tỷ lệ công nhận', 'Recognition rate'],
	'report.col.target': ['Chỉ tiêu', 'Target'],
	'report.col.gap': ['Còn thiếu', 'Gap'],
	'report.gapReached': ['Đã đạt', 'Reached'],
	'report.gapPeople': ['thiếu {points}% ({people} người)', '{points}% short ({people} people)'],
	'report.noFigure': ['chưa có số dân', 'no population figure'],
	'report.legacy': ['(cũ)', '(former)'],
	'report.merged': ['(gồm cả {names} cũ)', '(including the former {names})'],
	'report.groups': ['Theo nhóm đối tượng', 'By citizen group'],
	'report.col.groupName': ['Nhóm', 'Group'],
	'report.col.share': ['Tỷ lệ trên số đã đánh giá', 'Share of those assessed'],
	'report.rateChart': [
		'Tỷ lệ công nhận theo xã, so với chỉ tiêu',
		'Recognition rate by commune, against the target'
	],
	'report.rateChartDesc': [
		'Mỗi cột là một xã; đường ngang là chỉ tiêu {target}%.',
		'One bar per commune; the horizontal line is the {target}% target.'
	],
	'report.trendChart': [
		'Tỷ lệ công nhận cộng dồn theo tháng, năm {period}',
		'Cumulative recognition rate by month, {period}'
	],
	'report.trendChartDesc': [
		'Đường: tỷ lệ công nhận cộng dồn từ đầu năm. Số ghi trên mỗi điểm: số người được công nhận trong tháng. Đường đứt: chỉ tiêu {target}%.',
		'Line: the cumulative recognition rate since the start of the year. The number on each point: people recognised in that month. Dashed line: the {target}% target.'
	],
	'report.targetLine': ['Chỉ tiêu {target}%', 'Target {target}%'],
	'report.export': ['Tải báo cáo', 'Download the report'],
	'report.xlsx': ['Tải Excel (.xlsx)', 'Download Excel (.xlsx)'],
	'report.csv': ['Tải CSV', 'Download CSV'],
	'report.print': ['Danh sách được công nhận để in', 'Printable lists of recognised citizens'],
	'report.printFor': ['In danh sách {commune}', 'Print the list of {commune}'],
	'report.noCommunes': ['Đơn vị này không có xã nào.', 'This unit has no commune.'],

	'print.title': [
		'Danh sách công dân được công nhận danh hiệu “Công dân học tập” năm {period}',
		'Citizens recognised as “Learning Citizens” in {period}'
	],
	'print.unit': ['{commune} ({code})', '{commune} ({code})'],
	'print.generated': ['Ngày lập: {date}', 'Made on: {date}'],
	'print.print': ['In danh sách', 'Print the list'],
	'print.back': ['Về báo cáo', 'Back to the report'],
	'print.count': ['Tổng số: {n} người', 'In all: {n} people'],
	'print.empty': [
		'Chưa có ai được công nhận trong năm này.',
		'Nobody has been recognised in this year yet.'
	],
	'print.col.no': ['STT', 'No.'],
	'print.col.gender': ['Giới tính', 'Gender'],
	'print.col.decidedAt': ['Ngày công nhận', 'Recognised on'],
	'print.sign': ['Người lập danh sách', 'Prepared by'],
	'gender.male': ['Nam', 'Male'],
	'gender.female': ['Nữ', 'Female'],
	'gender.other': ['Khác', 'Other'],
	'report.periodic': [
		'Báo cáo định kỳ gửi cấp trên (in, PDF, Word)',
		'Periodic report for the level above (print, PDF, Word)'
	],
	'periodic.title': ['Báo cáo định kỳ gửi cấp trên', 'Periodic report for the level above'],
	'periodic.intro': [
		'Chọn đơn vị và kỳ báo cáo. Trang dưới đây là văn bản sẽ in hoặc gửi đi; số liệu giống hệt trang Báo cáo.',
		'Choose the unit and the period. The page below is the document to print or send; its figures are the Reports page’s.'
	],
	'periodic.period': ['Kỳ báo cáo', 'Period'],
	'periodic.toDate': ['Từ trước đến nay', 'Everything to date'],
	'periodic.year': ['Năm {year}', 'Year {year}'],
	'periodic.print': ['In hoặc lưu PDF', 'Print or save as PDF'],
	'periodic.printHint': [
		'Muốn có tệp PDF: bấm “In hoặc lưu PDF”, rồi chọn “Lưu dưới dạng PDF” ở ô máy in.',
		'For a PDF file: press “Print or save as PDF”, then choose “Save as PDF” as the printer.'
	],
	'periodic.docx': ['Tải Word (.docx)', 'Download Word (.docx)'],
	'periodic.back': ['Về báo cáo', 'Back to the report'],
	'periodic.document': ['Văn bản báo cáo', 'The report document']
} satisfies Catalog;
