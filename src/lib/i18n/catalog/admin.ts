import type { Catalog } from '../text';

// Every word of the administration screens, Vietnamese first, English beside it.
export const admin = {
	'app.title': ['Quản trị', 'Administration'],
	'app.name': ['Công dân học tập — Quản trị', 'Learning Citizen — Administration'],
	'nav.label': ['Các mục quản trị', 'Administration sections'],
	'nav.home': ['Tổng quan', 'Overview'],
	'nav.units': ['Đơn vị', 'Units'],
	'nav.users': ['Tài khoản', 'Accounts'],
	'nav.criteria': ['Bộ tiêu chí', 'Criteria sets'],
	'nav.targets': ['Chỉ tiêu tỉ lệ', 'Target rates'],
	'nav.audit': ['Nhật ký thay đổi', 'Change log'],
	'nav.signedInAs': ['Đăng nhập: {name}', 'Signed in: {name}'],
	'nav.signOut': ['Đăng xuất', 'Sign out'],
	'nav.language': ['English', 'Tiếng Việt'],
	'nav.languageLabel': ['Switch to English', 'Chuyển sang tiếng Việt'],
	'guard.checking': ['Đang kiểm tra đăng nhập…', 'Checking the sign-in…'],
	'guard.needAdmin': [
		'Cần đăng nhập với tài khoản quản trị',
		'Sign in with an administrator account'
	],
	'guard.needAdminHint': [
		'Trang này chỉ dành cho quản trị viên của Hội Khuyến học tỉnh.',
		'This page is for administrators of the province association only.'
	],
	'guard.signIn': ['Đăng nhập', 'Sign in'],
	'guard.offline': [
		'Không kết nối được máy chủ. Trang quản trị cần có mạng; hãy kiểm tra mạng rồi tải lại trang.',
		'The server cannot be reached. Administration needs a connection; check it, then reload the page.'
	],
	'guard.retry': ['Thử lại', 'Try again'],
	'common.loading': ['Đang tải…', 'Loading…'],
	'common.save': ['Lưu', 'Save'],
	'common.saving': ['Đang lưu…', 'Saving…'],
	'common.cancel': ['Không, quay lại', 'No, go back'],
	'common.edit': ['Sửa', 'Edit'],
	'common.required': ['bắt buộc', 'required'],
	'common.none': ['(không có)', '(none)'],
	'common.yes': ['Có', 'Yes'],
	'common.no': ['Không', 'No'],
	'error.network': [
		'Không kết nối được máy chủ. Chưa có gì thay đổi; hãy kiểm tra mạng rồi thử lại.',
		'The server cannot be reached. Nothing was changed; check the connection and try again.'
	],
	'error.signIn': [
		'Phiên đăng nhập đã hết. Hãy đăng nhập lại với tài khoản quản trị.',
		'The sign-in has expired. Sign in again with an administrator account.'
	],
	'error.conflict': [
		'Người khác vừa sửa mục này. Hãy tải lại trang để thấy bản mới nhất rồi sửa lại.',
		'Someone else has just changed this. Reload the page to see the latest version, then make the change again.'
	],
	'error.other': [
		'Máy chủ không nhận thay đổi này: {reason}',
		'The server did not accept this change: {reason}'
	],
	// Home
	'home.title': ['Quản trị hệ thống', 'System administration'],
	'home.intro': [
		'Mọi thay đổi ở đây được ghi vào nhật ký: ai đổi, lúc nào, đổi gì.',
		'Every change made here is recorded in the change log: who, when, and what.'
	],
	'home.units': [
		'Cây đơn vị: thêm xã, đổi tên, chuyển xã sang đơn vị khác, số người từ 16 tuổi.',
		'The unit tree: add communes, rename, move a commune to another unit, people aged 16+.'
	],
	'home.users': [
		'Tài khoản cán bộ xã và người duyệt: tạo mới, đặt lại mật khẩu, khoá.',
		'Accounts of commune officers and reviewers: create, reset a password, disable.'
	],
	'home.criteria': [
		'Nhập bộ tiêu chí từ tệp, xem trước, xuất bản phiên bản mới.',
		'Import a criteria set from a file, preview it, publish a new version.'
	],
	'home.targets': [
		'Tỉ lệ công nhận cần đạt của tỉnh, huyện, xã theo từng năm (mặc định 60%).',
		'The recognition rate each province, district and commune must reach, per year (60% unless set).'
	],
	'home.audit': [
		'Xem lại mọi thay đổi quản trị, mới nhất trước.',
		'Every administrative change, newest first.'
	],
	// Levels and roles
	'level.province': ['Tỉnh/thành phố', 'Province/city'],
	'level.district': ['Huyện/quận (cũ)', 'District (former)'],
	'level.commune': ['Xã/phường', 'Commune/ward'],
	'level.hamlet': ['Thôn/ấp/tổ dân phố', 'Hamlet/neighbourhood'],
	'role.officer': ['Cán bộ xã', 'Commune officer'],
	'role.reviewer': ['Người duyệt', 'Reviewer'],
	'role.admin': ['Quản trị viên', 'Administrator'],
	// Units
	'units.title': ['Đơn vị', 'Units'],
	'units.intro': [
		'Tỉnh → (huyện cũ) → xã → thôn. Chuyển một xã sang đơn vị khác không làm mất phiếu đánh giá của xã.',
		'Province → (former district) → commune → hamlet. Moving a commune to another unit keeps all of its assessments.'
	],
	'units.addTop': ['Thêm tỉnh/thành phố', 'Add a province/city'],
	'units.addChildShort': ['Thêm đơn vị con', 'Add a unit'],
	'units.childOf': ['của {name}', 'under {name}'],
	'units.period': ['Năm của số người từ 16 tuổi', 'Year of the population figures'],
	'units.population': ['{n} người từ 16 tuổi', '{n} people aged 16+'],
	'units.noPopulation': ['chưa có số người năm {year}', 'no population for {year} yet'],
	'units.retired': ['đã sáp nhập / ngừng hoạt động', 'merged / no longer active'],
	'units.treeLabel': ['Cây đơn vị', 'Unit tree'],
	'units.count': [
		'{communes} xã/phường, {units} đơn vị',
		'{communes} communes/wards, {units} units'
	],
	// Unit form
	'unit.titleNew': ['Thêm đơn vị', 'Add a unit'],
	'unit.titleEdit': ['Sửa đơn vị: {name}', 'Edit unit: {name}'],
	'unit.notFound': ['Không tìm thấy đơn vị này.', 'This unit was not found.'],
	'unit.toList': ['Về danh sách đơn vị', 'Back to the units'],
	'unit.id': ['Mã đơn vị', 'Unit code'],
	'unit.idHint': [
		'Mã chính thức, chỉ gồm chữ không dấu, số và dấu gạch (ví dụ 26734). Không đổi được sau khi lưu.',
		'The official code: unaccented letters, digits and dashes only (e.g. 26734). It cannot change once saved.'
	],
	'unit.name': ['Tên đơn vị', 'Unit name'],
	'unit.level': ['Cấp', 'Level'],
	'unit.parent': ['Thuộc đơn vị', 'Belongs to'],
	'unit.parentNone': ['Không có (cấp cao nhất)', 'None (top level)'],
	'unit.parentHint': [
		'Chuyển xã sang đơn vị khác (sáp nhập, sắp xếp lại năm 2025): phiếu đánh giá vẫn ở lại với xã.',
		'Moving a commune to another unit (mergers, the 2025 reorganisation) keeps its assessments with it.'
	],
	'unit.kindLabel': ['Tên gọi riêng', 'Its own word'],
	'unit.kindLabelHint': [
		'Ví dụ: Thôn, Ấp, Tổ dân phố, Phường. Để trống nếu không cần.',
		'For example: Thôn, Ấp, Tổ dân phố, Phường. Leave empty if not needed.'
	],
	'unit.population': ['Số người từ 16 tuổi trở lên', 'People aged 16 and over'],
	'unit.populationCount': ['Số người năm {year}', 'People in {year}'],
	'unit.populationHint': [
		'Dùng để tính tỉ lệ Công dân học tập của xã. Để trống nếu chưa có số liệu.',
		'Used to compute the commune’s Learning Citizen rate. Leave empty if there is no figure yet.'
	],
	'unit.retired': [
		'Đã sáp nhập hoặc ngừng hoạt động (giữ lại dữ liệu cũ)',
		'Merged or no longer active (its data is kept)'
	],
	'unit.successor': ['Xã, phường tiếp nhận', 'Successor commune or ward'],
	'unit.successorNone': [
		'Chưa chọn (số liệu vẫn tính cho xã cũ)',
		'None yet (counted under the old commune)'
	],
	'unit.successorHint': [
		'Trong các báo cáo (của người duyệt, báo cáo định kỳ, trang công khai), người dân và phiếu đánh giá của xã cũ được tính cho xã tiếp nhận. Dữ liệu của xã cũ giữ nguyên, không mất gì; cán bộ xã cũ vẫn gửi dữ liệu được.',
		'In every report (the reviewer’s, the periodic report, the public page) the old commune’s people and assessments count under the successor. The old commune’s data stays as it is; its officer can still send data.'
	],
	'unit.successorSuggested': [
		'Theo danh sách chính thức sau sắp xếp năm 2025: {name} ({id}).',
		'The official list after the 2025 reorganisation says: {name} ({id}).'
	],
	'unit.successorUse': ['Chọn xã này', 'Choose this one'],
	'unit.public': [
		'Công khai bản tổng hợp trên cổng thông tin của tỉnh',
		'Publish the summary on the province’s web portal'
	],
	'unit.publicHint': [
		'Khi bật, ai cũng xem được (không cần đăng nhập) tỉ lệ Công dân học tập của từng đơn vị và từng nhóm đối tượng so với chỉ tiêu. Không có tên hay thông tin riêng của ai; số nào dưới 10 người được ẩn để không ai bị nhận ra.',
		'When on, anyone (without signing in) can see the Learning Citizen rates of each unit and citizen group against the target. No names or personal details; any count under 10 people is hidden so nobody can be singled out.'
	],
	'unit.publicLink': ['Xem trang công khai năm {year}', 'See the public page for {year}'],
	'unit.confirmNewCommune': [
		'Thêm xã {name} ({id}) vào {parent}? Máy chủ sẽ tạo ngay kho dữ liệu và quyền truy cập cho xã này.',
		'Add the commune {name} ({id}) under {parent}? The server creates its database and access rights at once.'
	],
	'unit.confirmNew': ['Thêm {name} ({id}) vào {parent}?', 'Add {name} ({id}) under {parent}?'],
	'unit.confirmMove': [
		'Chuyển {name} từ {from} sang {to}? {n} xã/phường trong đó sẽ được cập nhật quyền xem: người duyệt của {from} sẽ không còn xem được, người duyệt của {to} sẽ xem được. Phiếu đánh giá vẫn giữ nguyên.',
		'Move {name} from {from} to {to}? Access to the {n} communes/wards in it will be updated: reviewers of {from} will no longer see them, reviewers of {to} will. The assessments stay as they are.'
	],
	'unit.confirmSave': ['Lưu thay đổi của {name}?', 'Save the changes to {name}?'],
	'unit.confirmYes': ['Đồng ý, lưu', 'Yes, save'],
	'unit.saved': ['Đã lưu {name} trên máy chủ.', '{name} is saved on the server.'],
	'proposal.title': ['Thôn, ấp do cán bộ xã thêm', 'Hamlets added by commune officers'],
	'proposal.intro': [
		'Cán bộ xã đã thêm các thôn, ấp này khi ghi người dân. Hãy nhận (sửa tên nếu cần) hoặc gộp vào thôn, ấp đã có; người dân đã ghi vẫn giữ nguyên.',
		'Commune officers added these hamlets while registering people. Accept each (renamed if need be) or merge it into an existing hamlet; the people registered stay as they are.'
	],
	'proposal.by': ['{by} thêm ngày {at}', 'added by {by} on {at}'],
	'proposal.name': ['Tên chính thức', 'Official name'],
	'proposal.accept': ['Nhận thôn, ấp này', 'Accept this hamlet'],
	'proposal.mergeInto': ['Hoặc gộp vào', 'Or merge into'],
	'proposal.pick': ['— Chọn thôn, ấp —', '— Choose a hamlet —'],
	'proposal.merge': ['Gộp', 'Merge'],
	'proposal.accepted': [
		'Đã nhận {name} vào danh sách thôn, ấp của xã.',
		'{name} is now a hamlet of the commune.'
	],
	'proposal.merged': [
		'Đã gộp {name}; người dân ghi ở đó nay thuộc thôn, ấp đã chọn.',
		'{name} was merged; its people now belong to the chosen hamlet.'
	],
	'unit.savedCommune': [
		'Đã lưu {name}. Kho dữ liệu và quyền truy cập của {n} xã/phường đã được cập nhật.',
		'{name} is saved. The database and access rights of {n} communes/wards were updated.'
	],
	'unit.problem.idTaken': [
		'Mã này đã có đơn vị khác dùng.',
		'Another unit already uses this code.'
	],
	'unit.problem.population': [
		'Số người phải là số nguyên, không âm.',
		'The number of people must be a whole number, not negative.'
	],
	// Users
	'users.title': ['Tài khoản', 'Accounts'],
	'users.add': ['Tạo tài khoản', 'Create an account'],
	'users.listLabel': ['Danh sách tài khoản', 'Accounts'],
	'users.name': ['Tên đăng nhập', 'User name'],
	'users.fullName': ['Họ tên', 'Full name'],
	'users.role': ['Vai trò', 'Role'],
	'users.scope': ['Đơn vị', 'Unit'],
	'users.state': ['Trạng thái', 'State'],
	'users.active': ['Đang dùng', 'Active'],
	'users.disabled': ['Đã khoá', 'Disabled'],
	'users.filter': ['Lọc theo vai trò', 'Filter by role'],
	'users.filterAll': ['Tất cả', 'All'],
	'users.count': ['{n} tài khoản', '{n} accounts'],
	// User form
	'user.titleNew': ['Tạo tài khoản', 'Create an account'],
	'user.titleEdit': ['Tài khoản {name}', 'Account {name}'],
	'user.notFound': ['Không tìm thấy tài khoản này.', 'This account was not found.'],
	'user.toList': ['Về danh sách tài khoản', 'Back to the accounts'],
	'user.name': ['Tên đăng nhập', 'User name'],
	'user.nameHint': [
		'Chữ thường không dấu, số, dấu chấm hoặc gạch (ví dụ canbo.anbinh). Không đổi được sau khi tạo.',
		'Lower-case unaccented letters, digits, dots or dashes (e.g. canbo.anbinh). It cannot change once created.'
	],
	'user.fullName': ['Họ tên', 'Full name'],
	'user.role': ['Vai trò', 'Role'],
	'user.scopeOfficer': ['Xã/phường làm việc', 'Commune/ward of work'],
	'user.scopeReviewer': [
		'Đơn vị được duyệt (cả các xã trực thuộc)',
		'Unit reviewed (with every commune under it)'
	],
	'user.scopeAdmin': ['Đơn vị (không bắt buộc)', 'Unit (optional)'],
	'user.scopeChoose': ['Chọn đơn vị…', 'Choose a unit…'],
	'user.password': ['Mật khẩu', 'Password'],
	'user.passwordHint': [
		'Ít nhất 8 ký tự. Hãy báo mật khẩu cho người dùng trực tiếp.',
		'At least 8 characters. Tell it to the person directly.'
	],
	'user.create': ['Tạo tài khoản', 'Create the account'],
	'user.saveChanges': ['Lưu thay đổi', 'Save the changes'],
	'user.created': ['Đã tạo tài khoản {name}.', 'The account {name} was created.'],
	'user.saved': [
		'Đã lưu tài khoản {name}. Thay đổi có hiệu lực ngay ở lần dùng tiếp theo.',
		'The account {name} is saved. The change applies from its next use.'
	],
	'user.confirmCreate': [
		'Tạo tài khoản {name} — {role}, {scope}?',
		'Create the account {name} — {role}, {scope}?'
	],
	'user.confirmSave': [
		'Lưu thay đổi tài khoản {name}: {role}, {scope}?',
		'Save the account {name}: {role}, {scope}?'
	],
	'user.confirmYes': ['Đồng ý', 'Yes'],
	'user.multiScope': [
		'Tài khoản này đang có {n} đơn vị: {scopes}. Lưu vai trò hoặc đơn vị mới sẽ thay bằng một đơn vị.',
		'This account has {n} units: {scopes}. Saving a new role or unit replaces them with one unit.'
	],
	'user.resetTitle': ['Đặt lại mật khẩu', 'Reset the password'],
	'user.newPassword': ['Mật khẩu mới', 'New password'],
	'user.resetTitleSelf': ['Đổi mật khẩu của bạn', 'Change your password'],
	'user.passwordHintSelf': [
		'Ít nhất 8 ký tự. Các máy khác đang đăng nhập bằng tài khoản này sẽ phải đăng nhập lại.',
		'At least 8 characters. Other devices signed in with this account will have to sign in again.'
	],
	'user.currentPassword': ['Mật khẩu hiện tại của bạn', 'Your current password'],
	'user.problem.currentPassword': [
		'Hãy nhập mật khẩu hiện tại của bạn để đổi sang mật khẩu mới.',
		'Enter your current password to change to a new one.'
	],
	'user.reset': ['Đặt mật khẩu mới', 'Set the new password'],
	'user.confirmReset': [
		'Đặt mật khẩu mới cho {name}? Người này sẽ phải đăng nhập lại trên mọi máy.',
		'Set a new password for {name}? They will have to sign in again on every device.'
	],
	'user.resetDone': [
		'Đã đặt mật khẩu mới cho {name}. Mọi phiên đăng nhập cũ đã hết hiệu lực.',
		'A new password is set for {name}. Every earlier sign-in has ended.'
	],
	'user.disableTitle': ['Khoá tài khoản', 'Disable the account'],
	'user.disableHint': [
		'Khoá khi người dùng nghỉ việc hoặc mất máy. Dữ liệu chưa gửi trên máy tính bảng vẫn được giữ và xuất ra tệp được (mục Cài đặt); máy chủ sẽ từ chối dữ liệu tài khoản này gửi lên.',
		'Disable it when the person leaves or loses the device. Unsent data on the tablet is kept and can be exported to a file (Settings); the server refuses any data this account sends.'
	],
	'user.disable': ['Khoá tài khoản', 'Disable the account'],
	'user.enable': ['Mở khoá tài khoản', 'Enable the account'],
	'user.confirmDisable': [
		'Khoá tài khoản {name}? Từ lần dùng tiếp theo, máy chủ từ chối mọi yêu cầu của tài khoản này.',
		'Disable the account {name}? From its next use, the server refuses every request of this account.'
	],
	'user.confirmEnable': ['Mở khoá tài khoản {name}?', 'Enable the account {name}?'],
	'user.disabledNow': ['Tài khoản {name} đã bị khoá.', 'The account {name} is disabled.'],
	'user.enabledNow': ['Tài khoản {name} đã được mở khoá.', 'The account {name} is enabled.'],
	'user.isDisabled': ['Tài khoản này đang bị khoá.', 'This account is disabled.'],
	'user.self': [
		'Đây là tài khoản của bạn: bạn không tự khoá hay bỏ quyền quản trị của mình được.',
		'This is your own account: you cannot disable it or remove your own administrator role.'
	],
	'user.problem.name': [
		'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (2–60 ký tự).',
		'User names are lower-case unaccented letters, digits, dots and dashes (2–60 characters).'
	],
	'user.problem.nameTaken': [
		'Tên đăng nhập này đã có người dùng.',
		'This user name is already taken.'
	],
	'user.problem.password': [
		'Mật khẩu cần ít nhất 8 ký tự.',
		'The password needs at least 8 characters.'
	],
	'user.problem.scope': ['Hãy chọn đơn vị.', 'Choose a unit.'],
	// Criteria
	'criteria.title': ['Bộ tiêu chí', 'Criteria sets'],
	'criteria.published': ['Các phiên bản đã xuất bản', 'Published versions'],
	'criteria.publishedNone': ['Chưa có bộ tiêu chí nào.', 'No criteria set yet.'],
	'criteria.version': ['Phiên bản {n}', 'Version {n}'],
	'criteria.effectiveFrom': ['Áp dụng từ {date}', 'Applies from {date}'],
	'criteria.publishedBy': ['Xuất bản {when} bởi {by}', 'Published {when} by {by}'],
	'criteria.bundled': ['Đi kèm ứng dụng', 'Bundled with the app'],
	'criteria.unverified': [
		'Chưa đối chiếu văn bản chính thức',
		'Not yet checked against the official text'
	],
	'criteria.verified': ['Đã đối chiếu văn bản chính thức', 'Checked against the official text'],
	'criteria.notYet': ['Chưa đến ngày áp dụng', 'Not in force yet'],
	'criteria.view': ['Xem trước phiên bản {n}', 'Preview version {n}'],
	'criteria.hide': ['Ẩn bản xem trước', 'Hide the preview'],
	'criteria.importTitle': ['Xuất bản phiên bản mới', 'Publish a new version'],
	'criteria.importSteps': [
		'1. Tải tệp mẫu và sửa theo văn bản chính thức. 2. Chọn tệp đã sửa. 3. Xem trước như cán bộ xã sẽ thấy. 4. Chọn ngày áp dụng và xuất bản.',
		'1. Download the template and edit it to the official text. 2. Choose the edited file. 3. Preview it as a commune officer will see it. 4. Choose the date it applies from and publish.'
	],
	'criteria.template': ['Tải tệp mẫu (JSON)', 'Download the template (JSON)'],
	'criteria.file': [
		'Tệp bộ tiêu chí (JSON) hoặc bảng tính Excel (.xlsx)',
		'Criteria set file (JSON) or Excel spreadsheet (.xlsx)'
	],
	'criteria.fileHint': [
		'Bảng tính .xlsx theo mẫu Excel (mỗi dòng một chỉ tiêu), hoặc tệp .json. Mọi lỗi sẽ được liệt kê kèm vị trí: trang tính, dòng, cột.',
		'An .xlsx spreadsheet following the Excel template (one row per indicator), or a .json file. Every error is listed with its place: sheet, row, column.'
	],
	'criteria.problems': [
		'Tệp có {n} lỗi, chưa xuất bản được:',
		'The file has {n} errors and cannot be published yet:'
	],
	'criteria.problemAt': ['Vị trí trong tệp: {path}', 'Place in the file: {path}'],
	'criteria.fileOk': [
		'Tệp hợp lệ: {title}, {criteria} tiêu chí, {indicators} chỉ tiêu.',
		'The file is valid: {title}, {criteria} criteria, {indicators} indicators.'
	],
	'criteria.nextVersion': [
		'Sẽ xuất bản thành phiên bản {n} của bộ {slug}.',
		'It will be published as version {n} of {slug}.'
	],
	'criteria.effective': ['Áp dụng từ ngày', 'Applies from'],
	'criteria.effectiveHint': [
		'Máy tính bảng dùng phiên bản này cho phiếu mới từ ngày này. Phiếu đang làm dở giữ phiên bản cũ.',
		'Tablets use this version for new assessments from this date. Assessments already begun keep their version.'
	],
	'criteria.publish': ['Xuất bản phiên bản {n}', 'Publish version {n}'],
	'criteria.confirmPublish': [
		'Xuất bản “{title}” phiên bản {n}, áp dụng từ {date}? Sau khi xuất bản không sửa hay xoá được. Các máy tính bảng sẽ nhận khi gửi dữ liệu lần tới; {count} phiên bản cũ vẫn được giữ cho các phiếu đã làm.',
		'Publish “{title}” version {n}, applying from {date}? Once published it can be neither changed nor deleted. Tablets receive it at their next send; the {count} earlier versions are kept for the assessments made with them.'
	],
	'criteria.confirmYes': ['Đồng ý, xuất bản', 'Yes, publish'],
	'criteria.publishedNow': [
		'Đã xuất bản phiên bản {n}. Máy tính bảng sẽ nhận khi gửi dữ liệu lần tới.',
		'Version {n} is published. Tablets receive it at their next send.'
	],
	'criteria.previewTitle': [
		'Xem trước như cán bộ xã sẽ thấy',
		'Preview as a commune officer will see it'
	],
	'criteria.previewGroup': ['Nhóm đối tượng', 'Citizen group'],
	'criteria.previewRule': [
		'Được công nhận khi đạt ít nhất {percent}% của {max} điểm.',
		'Recognised with at least {percent}% of {max} points.'
	],
	'criteria.previewMinAge': [
		'Đánh giá người từ {age} tuổi trở lên.',
		'Assesses people aged {age} and over.'
	],
	'criteria.step': ['Bước {n}/{total}', 'Step {n}/{total}'],
	'criteria.points': ['{n} điểm', '{n} points'],
	'criteria.required': ['Bắt buộc đạt', 'Must be met'],
	'criteria.minPercent': [
		'Cần ít nhất {percent}% số điểm của phần này.',
		'At least {percent}% of this part’s points are needed.'
	],
	'criteria.answers': ['Cách trả lời', 'Answers'],
	// Targets
	'targets.title': ['Chỉ tiêu tỉ lệ Công dân học tập', 'Learning Citizen target rates'],
	'targets.intro': [
		'Tỉ lệ người từ 16 tuổi trở lên được công nhận mà mỗi đơn vị cần đạt trong năm. Đơn vị không có chỉ tiêu riêng thì theo chỉ tiêu của đơn vị cấp trên gần nhất; không đơn vị nào đặt thì là {percent} % (mặc định). Thôn/ấp không có chỉ tiêu riêng.',
		'The share of people aged 16+ to be recognised that each unit aims for in a year. A unit without its own target follows that of its nearest unit above; where none is set, it is {percent} % (the default). Hamlets have no target of their own.'
	],
	'targets.year': ['Năm', 'Year'],
	'targets.tableLabel': ['Chỉ tiêu năm {year} của các đơn vị', 'Targets of the units for {year}'],
	'targets.unit': ['Đơn vị', 'Unit'],
	'targets.code': ['Mã', 'Code'],
	'targets.own': ['Chỉ tiêu riêng (%)', 'Own target (%)'],
	'targets.applied': ['Chỉ tiêu áp dụng', 'Target that applies'],
	'targets.actions': ['Lưu hoặc bỏ', 'Save or clear'],
	'targets.inputLabel': [
		'Chỉ tiêu riêng năm {year} của {name}, tính bằng phần trăm',
		'Own target of {name} for {year}, in percent'
	],
	'targets.hint': [
		'Ghi số từ 0 đến 100, ví dụ 70 hoặc 62,5, rồi bấm Lưu ở dòng đó. Muốn bỏ chỉ tiêu riêng để đơn vị theo cấp trên: bấm Bỏ chỉ tiêu riêng.',
		'Write a number from 0 to 100, e.g. 70 or 62.5, then press Save on that row. To clear a unit’s own target so that it follows the unit above, press Clear own target.'
	],
	'targets.save': ['Lưu', 'Save'],
	'targets.saveFor': ['chỉ tiêu của {name}', 'the target of {name}'],
	'targets.clear': ['Bỏ chỉ tiêu riêng', 'Clear own target'],
	'targets.clearFor': ['của {name}', 'of {name}'],
	'targets.fromOwn': ['{percent} % (riêng của đơn vị)', '{percent} % (its own)'],
	'targets.fromUnit': ['{percent} % (theo {name})', '{percent} % (from {name})'],
	'targets.fromDefault': ['{percent} % (mặc định)', '{percent} % (default)'],
	'targets.confirmSet': [
		'Đặt chỉ tiêu {percent} % cho {name} ({id}), năm {year}? Trước đây: {before}.',
		'Set a target of {percent} % for {name} ({id}), year {year}? Until now: {before}.'
	],
	'targets.confirmChange': [
		'Đổi chỉ tiêu riêng của {name} ({id}), năm {year}, từ {before} % thành {percent} %?',
		'Change the own target of {name} ({id}), year {year}, from {before} % to {percent} %?'
	],
	'targets.confirmClear': [
		'Bỏ chỉ tiêu riêng {before} % của {name} ({id}), năm {year}? Sau đó đơn vị theo {after}.',
		'Clear the own target of {before} % of {name} ({id}), year {year}? It then follows {after}.'
	],
	'targets.confirmFollowers': [
		'{n} đơn vị trực thuộc đang theo chỉ tiêu này cũng sẽ áp dụng {percent} %: {names}.',
		'{n} units under it that follow this target will also apply {percent} %: {names}.'
	],
	'targets.confirmYes': ['Đồng ý, lưu', 'Yes, save'],
	'targets.saved': [
		'Đã lưu: chỉ tiêu năm {year} của {name} là {percent} %.',
		'Saved: the {year} target of {name} is {percent} %.'
	],
	'targets.cleared': [
		'Đã bỏ chỉ tiêu riêng của {name} năm {year}. Đơn vị theo {after}.',
		'The own target of {name} for {year} is cleared. It follows {after}.'
	],
	'targets.unchanged': [
		'Chỉ tiêu của {name} không thay đổi, không cần lưu.',
		'The target of {name} is unchanged; there is nothing to save.'
	],
	'targets.conflict': [
		'Người khác vừa đổi chỉ tiêu của {name}. Bảng đã được tải lại với số mới nhất; hãy xem lại rồi lưu lại nếu cần.',
		'Someone else has just changed the target of {name}. The table was reloaded with the latest figures; check it, then save again if needed.'
	],
	'targets.none': [
		'Chưa có đơn vị nào. Hãy thêm đơn vị ở mục Đơn vị.',
		'There are no units yet. Add units under Units.'
	],
	'targets.problem.format': [
		'Hãy ghi một số từ 0 đến 100, nhiều nhất một chữ số sau dấu phẩy (ví dụ 62,5).',
		'Write a number from 0 to 100, with at most one decimal (e.g. 62.5).'
	],
	'targets.groupAll': ['Mọi nhóm đối tượng', 'Every citizen group'],
	// Audit
	'audit.title': ['Nhật ký thay đổi', 'Change log'],
	'audit.intro': [
		'Máy chủ tự ghi mỗi thay đổi quản trị; không ai sửa hay xoá được nhật ký.',
		'The server records every administrative change itself; nobody can change or delete the log.'
	],
	'audit.filter': ['Loại thay đổi', 'Kind of change'],
	'audit.all': ['Tất cả', 'All'],
	'audit.none': ['Chưa có thay đổi nào.', 'No changes yet.'],
	'audit.more': ['Xem thêm', 'Show more'],
	'audit.listLabel': ['Các thay đổi, mới nhất trước', 'Changes, newest first'],
	'audit.kind.orgUnit': ['Đơn vị', 'Unit'],
	'audit.kind.criteriaSet': ['Bộ tiêu chí', 'Criteria set'],
	'audit.kind.target': ['Chỉ tiêu tỉ lệ', 'Target rate'],
	'audit.kind.user': ['Tài khoản', 'Account'],
	'audit.kind.security': ['Quyền truy cập', 'Access rights'],
	'audit.kind.record': ['Hồ sơ của xã', 'Commune record'],
	'audit.action.create': ['Thêm', 'added'],
	'audit.action.update': ['Sửa', 'changed'],
	'audit.action.delete': ['Xoá', 'deleted'],
	'audit.headline': ['{who} — {action} {kind}: {what}', '{who} — {action} {kind}: {what}'],
	'audit.noChanges': ['Không có trường nào thay đổi.', 'No field changed.'],
	'audit.passwordSet': ['đặt mật khẩu mới', 'new password set'],
	'audit.empty': ['(trống)', '(empty)'],
	'audit.changeLabel': ['{field}: {before} → {after}', '{field}: {before} → {after}'],
	'audit.target.create': [
		'{who} — Đặt chỉ tiêu {percent} % cho {unit}, năm {year}',
		'{who} — set a target of {percent} % for {unit}, year {year}'
	],
	'audit.target.update': [
		'{who} — Đổi chỉ tiêu của {unit}, năm {year}: {before} % → {percent} %',
		'{who} — changed the target of {unit}, year {year}: {before} % → {percent} %'
	],
	'audit.target.delete': [
		'{who} — Bỏ chỉ tiêu riêng {before} % của {unit}, năm {year}',
		'{who} — cleared the own target of {before} % of {unit}, year {year}'
	],
	'audit.target.group': ['{unit}, nhóm {group}', '{unit}, group {group}'],
	'field.roles': ['Vai trò', 'Roles'],
	'field.disabled': ['Bị khoá', 'Disabled'],
	'field.password': ['Mật khẩu', 'Password'],
	'field.retired': ['Đã sáp nhập / ngừng', 'Merged / inactive'],
	'field.effectiveFrom': ['Áp dụng từ', 'Applies from'],
	'field.publishedAt': ['Xuất bản lúc', 'Published at'],
	'field.publishedBy': ['Người xuất bản', 'Published by'],
	'field.verified': ['Đã đối chiếu', 'Checked'],
	'field.groups': ['Số nhóm đối tượng', 'Citizen groups'],
	'field.criteria': ['Số tiêu chí', 'Criteria'],
	'field.indicators': ['Số chỉ tiêu', 'Indicators'],
	'field.population': ['Số người từ 16 tuổi, năm {year}', 'People aged 16+, {year}'],
	'field.members.roles': ['Vai trò được đọc', 'Roles that may read'],
	'field.members.names': ['Người được đọc', 'People who may read'],
	'field.admins.roles': ['Vai trò quản trị kho', 'Database admin roles'],
	'field.admins.names': ['Người quản trị kho', 'Database admins'],
	'home.gaps': ['Xã chưa dùng được ngay', 'Communes not usable yet'],
	'home.gapsNone': [
		'Mọi xã, phường đều đã có thôn/ấp, cán bộ xã và số người từ 16 tuổi năm nay.',
		'Every commune and ward has hamlets, an officer and this year’s number of people aged 16+.'
	],
	'home.gapMissing': ['còn thiếu:', 'missing:'],
	'home.gap.hamlets': ['thôn/ấp/tổ dân phố', 'hamlets/neighbourhoods'],
	'home.gap.officers': ['tài khoản cán bộ xã', 'an officer account'],
	'home.gap.population': [
		'số người từ 16 tuổi năm {year}',
		'the number of people aged 16+ for {year}'
	],
	'home.gapFixUnit': ['Sửa đơn vị', 'Edit the unit'],
	'home.gapFixOfficer': ['Tạo tài khoản cán bộ xã', 'Create an officer account'],
	'official.link': [
		'Thêm xã/phường theo danh sách chính thức',
		'Add communes from the official list'
	],
	'official.title': [
		'Thêm xã/phường theo danh sách chính thức sau sắp xếp 2025',
		'Add communes from the official list after the 2025 reform'
	],
	'official.intro': [
		'Danh sách 34 tỉnh/thành phố và 3.321 xã/phường theo Nghị quyết 202/2025/QH15. Mã đơn vị là mã chính thức 5 chữ số. Sau khi thêm, hãy nhập thôn/ấp và số người từ 16 tuổi cho từng xã.',
		'The 34 provinces and 3,321 communes and wards of Resolution 202/2025/QH15. The unit code is the official 5-digit code. Afterwards, enter each commune’s hamlets and number of people aged 16+.'
	],
	'official.source': ['Nguồn: {source}.', 'Source: {source}.'],
	'official.province': [
		'Tỉnh/thành phố trong danh sách chính thức',
		'Province in the official list'
	],
	'official.parent': ['Thêm vào đơn vị', 'Add under the unit'],
	'official.all': ['Chọn mọi xã/phường chưa có ({n})', 'Choose every commune not here yet ({n})'],
	'official.exists': ['đã có', 'already here'],
	'official.listLabel': ['Các xã/phường của {province}', 'The communes of {province}'],
	'official.add': ['Thêm {n} xã/phường', 'Add {n} communes'],
	'official.confirm': [
		'Thêm {n} xã/phường vào {parent}? Máy chủ sẽ tạo kho dữ liệu cho từng xã.',
		'Add {n} communes under {parent}? The server creates a database for each.'
	],
	'official.progress': ['Đã thêm {done}/{n} xã/phường…', '{done}/{n} communes added…'],
	'official.done': [
		'Đã thêm {n} xã/phường. Trang Tổng quan liệt kê những xã còn thiếu thôn/ấp, cán bộ hoặc số dân.',
		'{n} communes added. The Overview lists those still without hamlets, an officer or a population figure.'
	],
	'official.noParent': [
		'Hãy thêm tỉnh/thành phố trước (mục Đơn vị), rồi quay lại đây.',
		'Add the province first (under Units), then come back here.'
	],
	'unit.hamlets': ['Các thôn, ấp, tổ dân phố của xã', 'The commune’s hamlets and neighbourhoods'],
	'unit.hamletsMore': ['Thêm thôn, ấp, tổ dân phố', 'Add hamlets or neighbourhoods'],
	'unit.hamletsHint': [
		'Mỗi dòng một tên, ví dụ “Thôn Đông”. Có thể dán cả cột tên từ Excel. Cán bộ xã chọn thôn/ấp từ danh sách này khi ghi người dân.',
		'One name a line, e.g. “Thôn Đông”. A column of names pasted from Excel works too. Officers pick a hamlet from this list for every citizen.'
	],
	'unit.hamletsHave': [
		' Xã đã có {n} thôn/ấp/tổ dân phố.',
		' The commune has {n} hamlets/neighbourhoods.'
	],
	'unit.hamletsPreview': ['Sẽ thêm {n}: {names}.', '{n} will be added: {names}.'],
	'unit.problem.hamlets': [
		'Hãy ghi ít nhất một thôn, ấp hoặc tổ dân phố: cán bộ xã cần chọn thôn/ấp cho mỗi người dân.',
		'Write at least one hamlet or neighbourhood: officers must pick one for every citizen.'
	],
	'unit.problem.hamletName': [
		'Có tên thôn/ấp quá dài (nhiều nhất 120 chữ).',
		'A hamlet’s name is too long (120 characters at most).'
	],
	'unit.confirmHamlets': [
		'Cùng với {n} thôn/ấp/tổ dân phố: {names}.',
		'With {n} hamlets/neighbourhoods: {names}.'
	],
	'unit.savedHamlets': ['Đã thêm {n} thôn/ấp/tổ dân phố.', '{n} hamlets/neighbourhoods added.'],
	'criteria.templateXlsx': ['Tải mẫu Excel (.xlsx)', 'Download the Excel template (.xlsx)'],
	'criteria.sheetProblems': [
		'Bảng tính có {n} lỗi, chưa xuất bản được:',
		'The spreadsheet has {n} errors and cannot be published yet:'
	],
	'criteria.atCell': [
		'Trang “{sheet}”, dòng {row}, cột {column}:',
		'Sheet “{sheet}”, row {row}, column {column}:'
	],
	'criteria.atRow': ['Trang “{sheet}”, dòng {row}:', 'Sheet “{sheet}”, row {row}:'],
	'criteria.atSheet': ['Trang “{sheet}”:', 'Sheet “{sheet}”:'],
	'criteria.notXlsx': [
		'Không đọc được bảng tính này. Hãy lưu lại dưới dạng .xlsx từ Excel, hoặc bắt đầu từ mẫu Excel.',
		'This spreadsheet cannot be read. Save it again as .xlsx from Excel, or start from the Excel template.'
	],
	'targets.group': ['Nhóm đối tượng', 'Citizen group'],
	'targets.groupHint': [
		'Quyết định 677/QĐ-TTg: đến năm 2025, 60 % cán bộ, công chức, viên chức, người lao động và 40 % người lớn khác. Chỉ tiêu riêng của một nhóm được dùng trước chỉ tiêu chung mọi nhóm của cùng đơn vị.',
		'Decision 677/QĐ-TTg: by 2025, 60 % of officials, public employees and workers and 40 % of other adults. A group’s own target is used before the target for every group of the same unit.'
	],
	'targets.tableLabelGroup': [
		'Chỉ tiêu năm {year} của các đơn vị, nhóm {group}',
		'Targets of the units for {year}, group {group}'
	],
	'targets.inputLabelGroup': [
		'Chỉ tiêu riêng năm {year} của {name}, nhóm {group}, tính bằng phần trăm',
		'Own target of {name} for {year}, group {group}, in percent'
	],
	'targets.nameForGroup': ['{name}, nhóm {group}', '{name}, group {group}'],
	'targets.fromOwnAll': [
		'{percent} % (chỉ tiêu chung mọi nhóm của đơn vị)',
		'{percent} % (the unit’s target for every group)'
	],
	'targets.fromUnitAll': [
		'{percent} % (chỉ tiêu chung mọi nhóm của {name})',
		'{percent} % (the target for every group of {name})'
	]
} satisfies Catalog;
