import type { Catalog } from '../text';
import { common } from './common';

// The words of the officer's screens (UI.md: the same word for the same thing everywhere).
// Criterion texts are never here: they come from the loaded criteria set.
export const officer = {
	...common,
	'app.name': ['Công dân học tập', 'Learning Citizen'],
	'app.loading': ['Đang mở dữ liệu trên máy…', 'Opening the data on this device…'],
	'app.openFailed': [
		'Không mở được dữ liệu trên máy. Hãy đóng ứng dụng rồi mở lại.',
		'Could not open the data on this device. Close the app and open it again.'
	],
	'app.skip': ['Bỏ qua, đến nội dung chính', 'Skip to main content'],

	'status.rejected': ['Không công nhận', 'Not recognised'],
	'status.none': ['Chưa đánh giá', 'Not assessed'],

	'sync.waiting': ['{n} phiếu chờ gửi', 'Waiting to send: {n}'],
	'sync.lastSent': ['Lần gửi gần nhất: {when}', 'Last sent: {when}'],
	'sync.returned': ['{n} phiếu bị trả lại', '{n} returned'],
	'sync.sendNow': ['Gửi {n} phiếu đang chờ', 'Send {n} waiting'],
	'home.returnedTitle': ['Bị trả lại — cần sửa', 'Returned — to correct'],
	'home.returnedBy': ['{by} trả lại lúc {when}:', 'Returned by {by} at {when}:'],
	'home.openReturned': ['Sửa phiếu của {name}', 'Correct the assessment of {name}'],
	'home.returnedShown': [
		'Đây là {shown} phiếu mới nhất trong {n} phiếu bị trả lại.',
		'The {shown} newest of {n} returned assessments.'
	],
	'home.returnedAll': ['Xem tất cả phiếu bị trả lại ({n})', 'See all returned assessments ({n})'],
	'sync.never': ['chưa có', 'never'],
	'sync.sending': ['Đang gửi…', 'Sending…'],
	'sync.send': ['Gửi dữ liệu', 'Send data'],

	'header.officer': ['Cán bộ: {name}', 'Officer: {name}'],
	'header.home': ['Trang chính', 'Home'],
	'header.status': ['Tình trạng', 'Status'],

	'nav.home': ['Về trang chính', 'Back to home'],
	'nav.back': ['Quay lại', 'Back'],

	'home.title': ['Trang chính', 'Home'],
	'home.counts': ['Các phiếu đánh giá của xã', "The commune's assessments"],
	'home.assess': ['Đánh giá người dân', 'Assess citizens'],
	'home.fixReturned': ['Sửa {n} phiếu bị trả lại', 'Fix returned assessments ({n})'],
	'home.continueDrafts': ['Làm tiếp {n} bản nháp', 'Continue drafts ({n})'],
	'home.citizens': ['Danh sách người dân', 'List of citizens'],
	'home.assessments': ['Các phiếu đánh giá', 'Assessments'],
	'home.settings': ['Cài đặt', 'Settings'],
	'home.more': ['Việc khác', 'Other tasks'],

	'progress.title': ['Kết quả của xã năm nay', 'The commune this year'],
	'progress.sentence': [
		'Năm {year}, xã đã có {n} người được công nhận; chỉ tiêu là {goal} người ({target}% số người từ 16 tuổi).',
		'In {year}, {n} people of the commune are recognised; the target is {goal} people ({target}% of those aged 16 and over).'
	],
	'progress.reached': [
		'Năm {year}, xã đã có {n} người được công nhận: đã đạt chỉ tiêu {goal} người ({target}% số người từ 16 tuổi).',
		'In {year}, {n} people of the commune are recognised: the target of {goal} people ({target}% of those aged 16 and over) is reached.'
	],
	'progress.merged': [
		'Xã đã được sáp nhập vào {name}. Bạn vẫn ghi và gửi phiếu như thường, không mất dữ liệu gì; trong báo cáo, người được công nhận của xã được tính cho {name}.',
		'The commune was merged into {name}. Keep recording and sending assessments as usual, nothing is lost; reports count its recognised people under {name}.'
	],
	'progress.noPopulation': [
		'Năm {year}, xã đã có {n} người được công nhận. Chưa có số người từ 16 tuổi của xã để so với chỉ tiêu.',
		'In {year}, {n} people of the commune are recognised. The number of people aged 16 and over is not known yet, so there is no target to compare with.'
	],
	'citizens.title': ['Danh sách người dân', 'List of citizens'],
	'citizens.hamlet': ['Chọn thôn, ấp', 'Choose a hamlet'],
	'citizens.allHamlets': ['Tất cả các thôn, ấp', 'All hamlets'],
	'citizens.search': ['Tìm theo tên', 'Search by name'],
	'citizens.searchHint': [
		'Gõ tên, có dấu hoặc không dấu đều được.',
		'Type the name, with or without accents.'
	],
	'citizens.add': ['Thêm người dân', 'Add a citizen'],
	'import.open': ['Nhập danh sách từ Excel', 'Import a list from Excel'],
	'export.open': ['Xuất danh sách ra Excel', 'Export the list to Excel'],
	'citizens.count': ['{n} người', 'People: {n}'],
	'citizens.none': [
		'Chưa có người dân nào ở đây. Bấm “Thêm người dân” để ghi người đầu tiên.',
		'No citizens here yet. Tap “Add a citizen” to record the first one.'
	],
	'citizens.noMatch': ['Không tìm thấy ai có tên như vậy.', 'Nobody with such a name.'],
	'citizens.household': ['Hộ: {name}', 'Household: {name}'],
	'citizens.noHousehold': ['Chưa ghi hộ', 'No household recorded'],
	'citizens.born': ['Sinh năm {year}', 'Born {year}'],
	'citizens.bornInline': ['sinh năm {year}', 'born {year}'],
	'citizens.assess': ['Đánh giá', 'Assess'],
	'citizens.underAge': ['Chưa đủ {minAge} tuổi', 'Under {minAge}'],
	'citizens.assessName': ['Đánh giá {name}', 'Assess {name}'],
	'citizens.continue': ['Làm tiếp', 'Continue'],
	'citizens.view': ['Xem phiếu', 'View'],
	'citizens.edit': ['Sửa thông tin', 'Edit details'],
	'citizens.editName': ['Sửa thông tin {name}', 'Edit details of {name}'],
	'citizens.showMore': ['Xem thêm người', 'Show more people'],
	'citizens.status': ['Phiếu đánh giá: {status}', 'Assessment: {status}'],

	'form.titleNew': ['Thêm người dân', 'Add a citizen'],
	'form.titleEdit': ['Sửa thông tin người dân', "Edit a citizen's details"],
	'form.fullName': ['Họ và tên', 'Full name'],
	'form.birthYear': ['Năm sinh', 'Year of birth'],
	'form.birthYearHint': ['Ví dụ: 1965', 'For example: 1965'],
	'form.gender': ['Giới tính', 'Gender'],
	'form.gender.male': ['Nam', 'Male'],
	'form.gender.female': ['Nữ', 'Female'],
	'form.gender.other': ['Khác', 'Other'],
	'form.group': ['Nhóm đối tượng', 'Citizen group'],
	'form.hamlet': ['Thôn, ấp', 'Hamlet'],
	'form.pickHamlet': ['— Chọn —', '— Choose —'],
	'form.household': ['Hộ gia đình (tên chủ hộ)', 'Household (head of household)'],
	'form.householdHint': [
		'Ví dụ: Hộ ông Nguyễn Văn Ba',
		'For example: Household of Mr Nguyễn Văn Ba'
	],
	'form.phone': ['Số điện thoại (không bắt buộc)', 'Phone number (optional)'],
	'form.idCard': ['4 số cuối CCCD (không bắt buộc)', 'Last 4 digits of the ID card (optional)'],
	'form.idCardHint': [
		'Chỉ ghi 4 số cuối của căn cước công dân, để phân biệt người trùng tên. Không ghi cả số.',
		'Only the last 4 digits of the citizen ID card, to tell people with the same name apart. Never the whole number.'
	],
	'form.underAge': [
		'Người này mới {age} tuổi, chưa đủ {minAge} tuổi. Vẫn ghi được, nhưng chưa đánh giá được.',
		'This person is only {age}, under {minAge}. They can be recorded, but not assessed yet.'
	],
	'form.savedUnderAge': [
		'Chưa đủ {minAge} tuổi nên chưa đánh giá. Đã ghi vào danh sách.',
		'Under {minAge}, so not assessed. Recorded in the list.'
	],
	'form.save': ['Lưu', 'Save'],
	'form.saveAssess': ['Lưu và đánh giá', 'Save and assess'],
	'form.saveAnyway': ['Vẫn lưu người mới', 'Save as a new person anyway'],
	'form.saved': ['Đã lưu trên máy.', 'Saved on this device.'],
	'form.draftKept': ['Phần đang nhập dở đã được giữ lại.', 'What you had typed was kept.'],
	'form.discard': ['Xóa phần đang nhập', 'Clear what I typed'],
	'form.discardConfirm': ['Xóa hết phần đang nhập dở?', 'Clear everything typed so far?'],
	'form.discardYes': ['Xóa', 'Clear'],
	'form.discardNo': ['Không xóa', 'Keep it'],
	'form.fix': [
		'Còn {n} chỗ cần sửa, xem ghi chú màu đỏ.',
		'{n} fields need fixing, see the notes in red.'
	],
	'form.duplicate': ['Có thể trùng với:', 'Possibly the same as:'],
	'form.duplicateHint': [
		'Nếu đúng là người này, hãy mở người đã có thay vì thêm mới.',
		'If it is this person, open the existing record instead of adding a new one.'
	],
	'form.openExisting': ['Mở {name}', 'Open {name}'],
	'form.notFound': [
		'Không tìm thấy người dân này trên máy.',
		'This citizen is not on this device.'
	],
	'form.required': ['Bắt buộc', 'Required'],
	'form.addAnother': ['Thêm người khác', 'Add another person'],
	'form.addHamlet': ['+ Thêm thôn, ấp', '+ Add a hamlet'],
	'form.noHamlets': [
		'Xã chưa có thôn, ấp nào trên máy. Hãy thêm thôn, ấp của người này; quản trị viên sẽ xem lại sau.',
		'The commune has no hamlets on this device yet. Add this person’s hamlet; the administrator will check it later.'
	],
	'form.newHamlet': ['Tên thôn, ấp mới', 'Name of the new hamlet'],
	'form.newHamletHint': [
		'Ví dụ: Thôn Đồng Chùa. Thêm được cả khi không có mạng.',
		'For example: Thôn Đồng Chùa. Works without a connection too.'
	],
	'form.newHamletSave': ['Thêm thôn, ấp này', 'Add this hamlet'],
	'form.newHamletCancel': ['Thôi', 'Cancel'],
	'form.hamletAdded': [
		'Đã thêm {name} trên máy và chọn cho người này.',
		'{name} was added on this device and chosen for this person.'
	],
	'close.section': ['Nhập nhầm hoặc bị trùng?', 'Entered by mistake, or a duplicate?'],
	'close.remove': ['Xóa {name} khỏi danh sách', 'Remove {name} from the list'],
	'close.removeConfirm': [
		'Xóa {name} khỏi danh sách người dân?',
		'Remove {name} from the list of citizens?'
	],
	'close.removeHint': [
		'Chỉ xóa người ghi nhầm, chưa có phiếu đánh giá. Hồ sơ vẫn được giữ lại để đối chiếu, nhưng không còn trong danh sách.',
		'Only for someone entered by mistake, with no assessment. The record is kept for checking, but leaves the list.'
	],
	'close.reason': ['Lý do (không bắt buộc)', 'Reason (optional)'],
	'close.removeYes': ['Xóa khỏi danh sách', 'Remove from the list'],
	'close.removeNo': ['Không xóa', 'Keep'],
	'close.removed': [
		'Đã xóa {name} khỏi danh sách trên máy. Sẽ gửi lên khi gửi dữ liệu.',
		'{name} was removed from the list on this device. It goes with the next send.'
	],
	'close.isRemoved': [
		'{name} đã được xóa khỏi danh sách người dân.',
		'{name} was removed from the list of citizens.'
	],
	'close.isMerged': [
		'Hồ sơ này đã được gộp vào hồ sơ của {name}.',
		'This record was merged into the record of {name}.'
	],
	'close.openKept': ['Mở hồ sơ của {name}', 'Open the record of {name}'],
	'close.merge': ['Gộp với người khác', 'Merge with another record'],
	'close.mergeTitle': ['Gộp hai hồ sơ của cùng một người', 'Merge two records of the same person'],
	'close.mergeIntro': [
		'Hồ sơ đang mở: {name}. Hãy chọn hồ sơ bị trùng với người này.',
		'Open record: {name}. Choose the record that duplicates this person.'
	],
	'close.suggested': ['Có thể là cùng một người:', 'Possibly the same person:'],
	'close.noSuggestion': [
		'Không thấy hồ sơ nào cùng tên, năm sinh và thôn, ấp. Hãy tìm theo tên.',
		'No record with the same name, birth year and hamlet. Search by name.'
	],
	'close.pick': ['Chọn {name}', 'Choose {name}'],
	'close.compare': ['Hãy chọn hồ sơ muốn giữ lại', 'Choose the record to keep'],
	'close.keep': ['Giữ hồ sơ này', 'Keep this record'],
	'close.keepName': ['Giữ hồ sơ {n}: {name}', 'Keep record {n}: {name}'],
	'close.recordN': ['Hồ sơ {n}', 'Record {n}'],
	'close.assessmentsN': ['{n} phiếu đánh giá', '{n} assessments'],
	'close.mergeConfirm': [
		'Gộp vào hồ sơ {n}? Phiếu đang làm của hồ sơ kia sẽ chuyển sang hồ sơ này; hồ sơ kia không còn trong danh sách.',
		'Merge into record {n}? The other record’s assessments in progress move to this one; the other leaves the list.'
	],
	'close.mergeYes': ['Gộp hai hồ sơ', 'Merge the two records'],
	'close.mergeNo': ['Chọn lại', 'Choose again'],
	'close.merged': [
		'Đã gộp trên máy. Sẽ gửi lên khi gửi dữ liệu.',
		'Merged on this device. It goes with the next send.'
	],
	'close.notFound': [
		'Không tìm thấy hồ sơ này, hoặc hồ sơ đã bị xóa hay gộp.',
		'This record is not here, or was removed or merged.'
	],
	'close.hasAssessments': [
		'Người này đã có phiếu đánh giá nên không xóa được. Nếu bị trùng người, hãy dùng “Gộp với người khác”.',
		'This person has assessments and cannot be removed. If it is a duplicate, use “Merge with another record”.'
	],
	'close.same': ['Hãy chọn một hồ sơ khác.', 'Choose another record.'],
	'close.dropSent': [
		'Hồ sơ này có phiếu đã gửi lên nên không gộp đi được. Hãy giữ hồ sơ này.',
		'This record has a sent assessment and cannot be merged away. Keep this one.'
	],
	'close.samePeriod': [
		'Cả hai hồ sơ đều có phiếu đánh giá năm {period}, nên chưa gộp được.',
		'Both records have an assessment for {period}, so they cannot be merged yet.'
	],
	'close.chain': [
		'Đã có hồ sơ khác gộp vào hồ sơ này. Hãy giữ hồ sơ này.',
		'Another record was merged into this one. Keep this one.'
	],
	'close.quota': [
		'Máy đã hết chỗ lưu. Những gì đã lưu vẫn còn; hãy xóa bớt ảnh, ứng dụng không dùng rồi thử lại.',
		'The device is out of space. What was saved is still there; free some space and try again.'
	],

	'assess.title': ['Đánh giá', 'Assessment'],
	'assess.step': ['Bước {n}/{total}', 'Step {n}/{total}'],
	'assess.citizen': ['{name} — {hamlet}', '{name} — {hamlet}'],
	'assess.score': ['Điểm: {score}/{max}', 'Score: {score}/{max}'],
	'assess.back': ['Quay lại', 'Back'],
	'read.aloud': ['Đọc to câu này', 'Read this question aloud'],
	'read.stop': ['Dừng đọc', 'Stop reading'],
	'assess.next': ['Tiếp theo', 'Next'],
	'assess.answered': ['Đã trả lời {n}/{total} câu', '{n}/{total} questions answered'],
	'assess.saved': ['Câu trả lời đã lưu trên máy.', 'Answers saved on this device.'],
	'assess.summary': ['Kết quả', 'Result'],
	'assess.pass': ['Đạt — đủ điều kiện công nhận', 'Passed — eligible for recognition'],
	'assess.fail': ['Chưa đạt', 'Not passed'],
	'assess.reasons': ['Lý do', 'Reasons'],
	'assess.subtotals': ['Điểm từng tiêu chí', 'Score per criterion'],
	'assess.markReady': ['Sẵn sàng gửi', 'Ready to send'],
	'assess.readyDone': [
		'Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.',
		'Saved on this device. It will be sent when there is a connection.'
	],
	'assess.notEligible': [
		'Người này chưa đủ tuổi để đánh giá.',
		'This person is not old enough to be assessed.'
	],
	'assess.notFound': [
		'Không tìm thấy phiếu đánh giá này trên máy.',
		'This assessment is not on this device.'
	],
	'assess.readOnly': [
		'Phiếu này đã gửi đi, chỉ xem được, không sửa được.',
		'This assessment was sent: it can be viewed, not changed.'
	],
	'assess.returnedComment': ['Ý kiến của người duyệt:', "The reviewer's comment:"],
	'assess.reopen': ['Sửa lại phiếu này', 'Correct this assessment'],
	'assess.fixAnswers': ['Sửa câu trả lời', 'Change answers'],
	'assess.answers': ['Các câu trả lời', 'Answers'],
	'assess.noAnswer': ['Chưa trả lời', 'Not answered'],
	'assess.period': ['Năm đánh giá: {year}', 'Year: {year}'],
	'assess.group': ['Nhóm: {group}', 'Group: {group}'],
	'assess.toList': ['Về danh sách người dân', 'Back to the list of citizens'],
	'assess.nextCitizen': ['Đánh giá người tiếp theo', 'Assess the next person'],
	'assess.unanswered': ['Còn {n} câu chưa trả lời.', 'Questions not answered yet: {n}.'],

	'list.title': ['Các phiếu đánh giá', 'Assessments'],
	'list.all': ['Tất cả', 'All'],
	'list.none': ['Không có phiếu nào ở mục này.', 'No assessments here.'],
	'list.updated': ['Cập nhật: {when}', 'Updated: {when}'],
	'list.open': ['Mở phiếu của {name}', "Open {name}'s assessment"],
	'list.returnedComment': ['Bị trả lại: “{comment}”', 'Returned: “{comment}”'],
	'list.filter': ['Lọc theo tình trạng', 'Filter by status'],

	'settings.title': ['Cài đặt', 'Settings'],
	'settings.language': ['Ngôn ngữ', 'Language'],
	'settings.textSize': ['Cỡ chữ', 'Text size'],
	'settings.textSize.normal': ['Vừa', 'Normal'],
	'settings.textSize.large': ['Lớn', 'Large'],
	'settings.textSize.larger': ['Rất lớn', 'Larger'],
	'settings.storage': ['Bộ nhớ trên máy', 'Storage on this device'],
	'settings.storageRoom': ['Bộ nhớ trên máy còn đủ chỗ.', 'There is enough room on this device.'],
	'settings.storageFull': [
		'Bộ nhớ trên máy sắp đầy. Hãy gửi dữ liệu, rồi xóa bớt ảnh, video.',
		'The device is nearly full. Send the data, then delete some photos or videos.'
	],
	'settings.storageUnknown': [
		'Máy không cho biết dung lượng bộ nhớ.',
		'This device does not tell how much storage there is.'
	],
	'settings.persisted': [
		'Máy đã cho phép giữ dữ liệu lâu dài: dữ liệu không bị tự xóa.',
		'This device keeps the data for good: it is not cleared automatically.'
	],
	'settings.notPersisted': [
		'Máy chưa hứa giữ dữ liệu lâu dài. Hãy gửi dữ liệu hoặc xuất ra tệp thường xuyên, và đừng xóa dữ liệu của ứng dụng này trong cài đặt của máy.',
		'This device has not agreed to keep the data for good. Do not clear browser data; send or export often.'
	],
	'settings.version': ['Phiên bản ứng dụng: {version}', 'App version: {version}'],
	'settings.about': ['Thông tin', 'About'],
	'settings.backup': ['Sao lưu dữ liệu', 'Backup'],
	'settings.export': ['Xuất dữ liệu chưa gửi', 'Export unsent data'],
	'settings.exportHint': [
		'Lưu người dân và phiếu chưa gửi ra một tệp, để chép sang máy khác khi máy này hỏng.',
		'Save the unsent assessments to a file, to move them to another device if this one breaks.'
	],
	'settings.exported': ['Đã xuất tệp {file}.', 'Exported file {file}.'],
	'settings.import': ['Nhập dữ liệu từ tệp', 'Import data from a file'],
	'settings.importHint': [
		'Chọn tệp đã xuất từ ứng dụng này.',
		'Choose a file exported from this app.'
	],
	'settings.imported': [
		'Đã nhập: {citizens} người dân, {assessments} phiếu đánh giá.',
		'Imported: {citizens} citizens, {assessments} assessments.'
	],
	'settings.importFailed': [
		'Không nhập được tệp này. Không có gì được ghi vào máy.',
		'This file cannot be imported. Nothing was written on this device.'
	],
	'settings.importReading': ['Đang đọc tệp…', 'Reading the file…'],
	'settings.problemAt': ['Mục thứ {n} trong tệp — ', 'Record {n} in the file — '],
	'settings.officer': ['Cán bộ: {name}', 'Officer: {name}'],
	'settings.loginName': ['Tên đăng nhập: {name}', 'User name: {name}'],
	'settings.commune': ['Đơn vị: {name}', 'Unit: {name}'],
	'settings.criteria': [
		'Bộ tiêu chí: {title} (phiên bản {version})',
		'Criteria set: {title} (version {version})'
	],
	'settings.unverified': [
		'Nội dung bộ tiêu chí chưa được đối chiếu với văn bản chính thức.',
		'The criteria wording has not been checked against the official text.'
	],

	'update.available': ['Có phiên bản mới — cập nhật', 'A new version is available — update'],
	'update.now': ['Cập nhật', 'Update'],
	'update.later': ['Để sau', 'Later'],
	'update.unsaved': [
		'Bạn đang nhập dở thông tin người dân. Hãy bấm “Lưu” trước. Nếu cập nhật ngay, phần đang nhập vẫn được giữ làm bản nháp.',
		'You are in the middle of entering a citizen. Tap “Save” first. If you update now, what you typed is kept as a draft.'
	],
	'update.anyway': ['Vẫn cập nhật', 'Update anyway'],
	'update.offlineReady': [
		'Ứng dụng đã sẵn sàng dùng khi không có mạng.',
		'The app is ready to work without a connection.'
	],
	'update.ok': ['Đã hiểu', 'OK'],

	'error.quota': [
		'Bộ nhớ máy đã đầy, không lưu được. Hãy xóa bớt ảnh, video hoặc ứng dụng khác; dữ liệu đã lưu vẫn còn.',
		'The device storage is full, nothing could be saved. Delete some photos, videos or other apps; the data already saved is still there.'
	],
	'error.save': [
		'Chưa lưu được. Dữ liệu đã lưu trước đó vẫn còn. Hãy thử lại.',
		'Not saved yet. The data saved before is still there. Please try again.'
	],
	'error.close': ['Đóng thông báo', 'Close the message'],

	'notFound.title': ['Không tìm thấy trang', 'Page not found'],
	'notFound.text': ['Trang này không có trong ứng dụng.', 'This page does not exist in the app.'],
	'notFound.home': ['Về trang chính', 'Back to home'],
	'error.title': ['Có lỗi', 'Something went wrong'],
	'error.text': [
		'Đã có lỗi khi mở trang này. Dữ liệu trên máy vẫn an toàn.',
		'Something went wrong opening this page. The data on this device is safe.'
	],
	'login.title': ['Đăng nhập', 'Sign in'],
	'login.intro': [
		'Đăng nhập bằng tài khoản Hội Khuyến học cấp cho bạn.',
		'Sign in with the account the Association gave you.'
	],
	'login.name': ['Tên đăng nhập', 'User name'],
	'login.password': ['Mật khẩu', 'Password'],
	'login.showPassword': ['Hiện mật khẩu', 'Show password'],
	'login.submit': ['Đăng nhập', 'Sign in'],
	'login.working': ['Đang đăng nhập…', 'Signing in…'],
	'login.wrong': [
		'Tên đăng nhập hoặc mật khẩu không đúng. Hãy gõ lại.',
		'Wrong user name or password. Please type them again.'
	],
	'login.disabled': [
		'Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên của Hội.',
		"This account is locked. Please contact the Association's administrator."
	],
	'login.tooMany': [
		'Đã thử quá nhiều lần. Hãy đợi một phút rồi thử lại.',
		'Too many tries. Please wait a minute and try again.'
	],
	'login.unreachable': [
		'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.',
		'Cannot reach the server. Check the connection and try again.'
	],
	'login.offlineFirst': [
		'Chưa có mạng. Lần đầu dùng trên máy này cần có mạng để đăng nhập.',
		'No connection. The first sign-in on this device needs a connection.'
	],
	'login.offlineWrong': [
		'Mật khẩu không đúng. Không có mạng: máy chỉ cho thử thêm {n} lần nữa.',
		'Wrong password. No connection: this device allows {n} more tries.'
	],
	'login.offlineLocked': [
		'Đã gõ sai mật khẩu nhiều lần. Để giữ an toàn, hãy đăng nhập khi có mạng. Dữ liệu vẫn an toàn trên máy.',
		'The password was wrong too many times. To stay safe, sign in when there is a connection. Your data is safe on this device.'
	],
	'login.serverError': [
		'Máy chủ đang gặp sự cố. Hãy thử lại sau ít phút.',
		'The server has a problem. Please try again in a few minutes.'
	],
	'login.noRole': [
		'Tài khoản này chưa được giao việc trong ứng dụng. Hãy liên hệ quản trị viên.',
		'This account has no work in the app yet. Please contact the administrator.'
	],
	'login.needName': ['Hãy nhập tên đăng nhập.', 'Please enter your user name.'],
	'login.needPassword': ['Hãy nhập mật khẩu.', 'Please enter your password.'],
	'login.expired': [
		'Phiên đăng nhập đã hết hạn. Dữ liệu vẫn an toàn trên máy. Hãy đăng nhập lại để gửi dữ liệu.',
		'Your sign-in has expired. Your data is safe on this device. Sign in again to send it.'
	],
	'login.again': ['Đăng nhập lại', 'Sign in again'],
	'session.expired': [
		'Cần đăng nhập lại để gửi dữ liệu. Dữ liệu vẫn an toàn trên máy.',
		'Sign in again to send data. Your data is safe on this device.'
	],
	'signOut.button': ['Đăng xuất', 'Sign out'],
	'signOut.title': ['Đăng xuất khỏi máy này', 'Sign out of this device'],
	'signOut.hint': [
		'Sau khi đăng xuất, muốn dùng lại phải gõ mật khẩu. Dữ liệu của bạn vẫn nằm trên máy này. Không có mạng vẫn đăng nhập lại được bằng mật khẩu đã dùng trên máy này. Người khác đăng nhập trên máy này không thấy dữ liệu của bạn.',
		'After signing out, your password is needed to come back. Your data stays on this device. With no connection you can still sign back in with the password you used on this device. Someone else signing in here does not see your data.'
	],
	'signOut.unsent': [
		'Còn {what} chưa gửi. Dữ liệu vẫn được giữ trên máy này và sẽ gửi khi bạn đăng nhập lại. Vẫn đăng xuất?',
		'Not sent yet: {what}. It stays on this device and will be sent when you sign in again. Sign out anyway?'
	],
	'signOut.people': ['{n} người dân', '{n} citizens'],
	'signOut.forms': ['{n} phiếu', '{n} assessments'],
	'signOut.hamlets': ['{n} thôn, ấp mới thêm', '{n} added hamlets'],
	'signOut.and': [' và ', ' and '],
	'signOut.other': ['một phần dữ liệu', 'some data'],
	'signOut.confirm': ['Vẫn đăng xuất', 'Sign out anyway'],
	'signOut.cancel': ['Ở lại', 'Stay']
} satisfies Catalog;
