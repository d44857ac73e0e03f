import type { Catalog } from '../text';
import { officer } from './officer';

// The import and export screens (citizens/import, citizens/export): the officer's words and these,
// so those screens load one catalog and the officer's first screen does not carry these.

export const importWords = {
	...officer,
	'import.title': ['Nhập danh sách từ Excel', 'Import a list from Excel'],
	'import.intro': [
		'Chọn tệp danh sách người dân trên máy: tệp Excel (.xlsx) hoặc CSV. Tệp chỉ được đọc trên máy này, không gửi đi đâu.',
		'Choose a list of people on this device: an Excel file (.xlsx) or CSV. The file is read on this device only and sent nowhere.'
	],
	'import.needs': [
		'Tệp cần có cột Họ và tên, Năm sinh (hoặc Ngày sinh) và Giới tính. Dòng tiêu đề, dòng tổng cộng, chữ ký và nhiều trang (mỗi thôn một trang) đều được. Nếu một trang có nhiều thôn, cần thêm cột Thôn.',
		'The file needs Full name, Birth year (or date of birth) and Gender columns. Title rows, totals, signatures and several sheets (one per hamlet) are fine. If one sheet holds several hamlets, add a Hamlet column.'
	],
	'import.pick': ['Chọn tệp', 'Choose a file'],
	'import.pickOther': ['Chọn tệp khác', 'Choose another file'],
	'import.reading': ['Đang đọc tệp…', 'Reading the file…'],
	'import.planning': ['Đang kiểm tra từng dòng…', 'Checking each row…'],
	'import.refused.xls': [
		'Tệp .xls (Excel đời cũ) chưa đọc được. Hãy mở tệp trong Excel, chọn “Lưu thành” kiểu “Excel Workbook (.xlsx)”, rồi chọn lại tệp mới.',
		'Old .xls files cannot be read yet. Open the file in Excel, “Save as” “Excel Workbook (.xlsx)”, then choose the new file.'
	],
	'import.refused.encoding': [
		'Chữ trong tệp dùng bảng mã cũ mà ứng dụng không đọc chắc chắn được. Hãy chuyển tệp sang Unicode bằng Unikey (Công cụ chuyển mã), rồi chọn lại.',
		'The text uses an old Vietnamese encoding the app cannot read for certain. Convert the file to Unicode with Unikey, then choose it again.'
	],
	'import.refused.empty': ['Tệp trống, không có dòng nào.', 'The file is empty.'],
	'import.refused.unreadable': [
		'Không đọc được tệp này. Hãy chọn tệp Excel (.xlsx) hoặc CSV.',
		'This file cannot be read. Choose an Excel (.xlsx) or CSV file.'
	],
	'import.refused.noTable': [
		'Không thấy dòng tiêu đề có cột “Họ và tên” trong tệp. Hãy kiểm tra tệp có cột họ tên, năm sinh.',
		'No header row with a “Full name” column was found. Check that the file has name and birth year columns.'
	],
	'import.failed': [
		'Có lỗi khi đọc tệp. Chưa có gì được ghi vào máy. Hãy thử lại.',
		'Something went wrong reading the file. Nothing was stored. Try again.'
	],
	'import.previewTitle': ['Xem trước khi nhập', 'Check before importing'],
	'import.file': ['Tệp: {name}', 'File: {name}'],
	'import.legacy': [
		'Tệp dùng bảng mã cũ ({encoding}). Chữ đã được chuyển sang chữ thường dùng — hãy xem tên người có đúng không.',
		'The file uses an old encoding ({encoding}). The text was converted — check that the names look right.'
	],
	'import.willAdd': ['Sẽ thêm {n} người mới', '{n} new people will be added'],
	'import.noneNew': [
		'0 người mới: mọi người trong tệp đã có trong danh sách.',
		'0 new people: everyone in the file is already in the list.'
	],
	'import.needLook': ['{n} dòng cần xem lại (chưa nhập)', '{n} rows need a look (not imported)'],
	'import.needLookNone': ['Không có dòng nào cần xem lại.', 'No row needs a look.'],
	'import.group': ['Nhóm đối tượng cho cả danh sách', 'Citizen group for the whole list'],
	'import.groupHint': [
		'Tệp không ghi nhóm. Chọn một nhóm cho mọi người; sau này có thể sửa từng người.',
		'The file has no group. Pick one for everyone; each person can be changed later.'
	],
	'import.phonesDropped': [
		'{n} số điện thoại không đúng dạng nên sẽ để trống (người đó vẫn được thêm; sửa sau ở trang người dân):',
		'{n} phone numbers are not in a usable form and will be left empty (the people are still added; correct them later on their page):'
	],
	'import.phoneRow': [
		'Dòng {row}, trang “{sheet}”: {name} — “{text}”',
		'Row {row}, sheet “{sheet}”: {name} — “{text}”'
	],
	'import.groupFromFile': [
		'{n} người đã lấy nhóm theo cột nghề nghiệp trong tệp.',
		'{n} people got their group from the file’s occupation column.'
	],
	'import.groupNeeded': [
		'Hãy chọn nhóm đối tượng trước khi nhập.',
		'Pick a citizen group before importing.'
	],
	'import.hamletsTitle': ['Thôn, ấp chưa có trong xã', 'Hamlets not in the commune'],
	'import.hamletsHint': [
		'Ứng dụng chưa cho thêm thôn, ấp mới. Hãy chọn thôn, ấp đã có cho từng tên dưới đây; nếu bỏ trống, những người này chưa được nhập.',
		'The app cannot add a hamlet yet. Pick an existing hamlet for each name below; if left empty, those people are not imported.'
	],
	'import.hamletOf': [
		'Trong tệp ghi “{text}” ({n} người). Thuộc thôn, ấp:',
		'The file says “{text}” ({n} people). Hamlet:'
	],
	'import.hamletBlank': [
		'Không ghi thôn, ấp ({n} người). Thuộc thôn, ấp:',
		'No hamlet written ({n} people). Hamlet:'
	],
	'import.hamletNone': ['— Chưa chọn —', '— Not chosen —'],
	'import.young': [
		'Cũng ghi {n} người chưa đủ 16 tuổi (chưa đánh giá được)',
		'Also record {n} people under 16 (they cannot be assessed yet)'
	],
	'import.columnsTitle': ['Cách đọc các cột', 'How the columns are read'],
	'import.columnsFix': [
		'Chưa thấy cột họ tên, năm sinh hoặc giới tính. Bấm vào cột đó trong danh sách dưới đây và chọn cột đó là gì.',
		'No name, birth year or gender column was found. Pick that column in the list below and say what it holds.'
	],
	'import.seeRows': ['Xem các dòng cần xem lại', 'See the rows that need a look'],
	'import.columnsShow': ['Xem và sửa cách đọc các cột', 'See and correct how the columns are read'],
	'import.sheet': [
		'Trang “{sheet}”: tiêu đề ở dòng {row}, {n} dòng dưới đó',
		'Sheet “{sheet}”: headers on row {row}, {n} rows below'
	],
	'import.sheetsSkipped': [
		'Bỏ qua trang không có danh sách: {names}',
		'Sheets without a list were skipped: {names}'
	],
	'import.columnLabel': ['Cột “{label}”', 'Column “{label}”'],
	'import.columnNoLabel': ['Cột {n} (không có tiêu đề)', 'Column {n} (no header)'],
	'import.columnSample': ['Ví dụ: {values}', 'For example: {values}'],
	'import.field.unknown': ['— Chưa nhận ra (bỏ qua) —', '— Not recognised (skipped) —'],
	'import.field.stt': ['Số thứ tự (bỏ qua)', 'Row number (skipped)'],
	'import.field.fullName': ['Họ và tên', 'Full name'],
	'import.field.birth': ['Năm sinh / ngày sinh', 'Birth year / date'],
	'import.field.birthMale': ['Năm sinh của Nam', 'Birth year of men'],
	'import.field.birthFemale': ['Năm sinh của Nữ', 'Birth year of women'],
	'import.field.gender': ['Giới tính', 'Gender'],
	'import.field.hamlet': ['Thôn, ấp', 'Hamlet'],
	'import.field.idCard': [
		'Số CCCD (chỉ giữ 4 số cuối)',
		'ID card number (only the last 4 digits kept)'
	],
	'import.field.household': ['Hộ, chủ hộ', 'Household, head of household'],
	'import.field.occupation': ['Nghề nghiệp', 'Occupation'],
	'import.field.phone': ['Số điện thoại', 'Phone number'],
	'import.field.ignore': ['Bỏ qua cột này', 'Skip this column'],
	'import.lookTitle': ['Các dòng cần xem lại', 'Rows that need a look'],
	'import.reason.invalid': ['Thiếu hoặc sai thông tin', 'Missing or wrong details'],
	'import.reason.young': ['Chưa đủ 16 tuổi', 'Under 16'],
	'import.reason.inFile': ['Trùng người trong tệp', 'Same person twice in the file'],
	'import.reason.inRegister': ['Đã có trong danh sách', 'Already in the list'],
	'import.reason.noHamlet': ['Chưa rõ thôn, ấp', 'Hamlet unknown'],
	'import.rowAt': ['Dòng {row}, trang “{sheet}”', 'Row {row}, sheet “{sheet}”'],
	'import.noName': ['Không có họ tên', 'No name'],
	'import.noBirth': ['Không có năm sinh', 'No birth year'],
	'import.noGender': ['Chưa ghi giới tính (Nam hay Nữ)', 'No gender (male or female)'],
	'import.youngRow': ['sinh năm {year}, chưa đủ 16 tuổi', 'born {year}, under 16'],
	'import.sameInFile': [
		'giống dòng {row} (trang “{sheet}”): {name}',
		'same as row {row} (sheet “{sheet}”): {name}'
	],
	'import.sameInRegister': ['đã có: {name}', 'already there: {name}'],
	'import.hamletUnknown': [
		'thôn, ấp “{text}” chưa có trong xã',
		'hamlet “{text}” is not in the commune'
	],
	'import.hamletMissing': ['không ghi thôn, ấp', 'no hamlet written'],
	'import.moreRows': ['Và {n} dòng nữa', 'And {n} more rows'],
	'import.showMore': ['Xem thêm dòng', 'Show more rows'],
	'import.confirm': ['Nhập {n} người vào máy', 'Import {n} people to this device'],
	'import.saving': ['Đang lưu: {done}/{total} người…', 'Saving: {done}/{total} people…'],
	'import.done': ['Đã lưu trên máy {n} người mới.', 'Saved on this device: {n} new people.'],
	'import.doneAlready': [
		'{n} người đã có sẵn, không thêm lại.',
		'{n} people were already there and were not added again.'
	],
	'import.doneSend': [
		'Những người này sẽ được gửi đi khi bấm “Gửi dữ liệu” lúc có mạng.',
		'They will be sent when you press “Send data” with a connection.'
	],
	'import.toList': ['Về danh sách người dân', 'Back to the list of people'],
	'import.nameHint': ['Họ tên, năm sinh', 'Name, birth year'],

	'export.title': ['Xuất danh sách ra Excel', 'Export the list to Excel'],
	'export.intro': [
		'Lưu danh sách người dân của xã, kèm tình trạng đánh giá năm {year} của từng người, ra tệp Excel để nộp Ủy ban nhân dân xã.',
		'Save the commune’s list of people, with each person’s assessment status for {year}, as an Excel file for the commune People’s Committee.'
	],
	'export.button': ['Lưu tệp Excel', 'Save the Excel file'],
	'export.working': ['Đang tạo tệp…', 'Making the file…'],
	'export.done': ['Đã lưu tệp {file} ({n} người).', 'Saved {file} ({n} people).'],
	'export.failed': [
		'Chưa tạo được tệp. Dữ liệu trên máy vẫn an toàn. Hãy thử lại.',
		'The file could not be made. The data on this device is safe. Try again.'
	]
} satisfies Catalog;
