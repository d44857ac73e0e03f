import type { Catalog } from '../format';

// What the server says: the /couch gateway's refusal reasons (the app shows them to the person, so
// they are plain words and say what to do), the server's own pages and its start-up lines for the
// operator. The server answers in Vietnamese (src/lib/server/words.ts); English stands beside each
// for the reader of this file and for a later English server.

export const server = {
	// Who may do what.
	'auth.signIn': ['Bạn cần đăng nhập.', 'You need to sign in.'],
	'auth.badCredentials': [
		'Tên đăng nhập hoặc mật khẩu không đúng.',
		'Wrong user name or password.'
	],
	'auth.disabled': [
		'Tài khoản này đã bị khoá hoặc chưa được cấp quyền. Hãy liên hệ quản trị viên.',
		'This account is locked or has no role yet. Please contact the administrator.'
	],
	'auth.nameAndPassword': [
		'Hãy gửi tên đăng nhập (name) và mật khẩu (password).',
		'Send a user name (name) and a password (password).'
	],
	'auth.basicInvalid': [
		'Phần Authorization: Basic không hợp lệ.',
		'The Authorization: Basic header is not valid.'
	],
	'auth.tooManySignIns': [
		'Quá nhiều lần đăng nhập. Hãy đợi một chút rồi thử lại.',
		'Too many sign-ins. Please wait a moment and try again.'
	],
	'auth.busy': [
		'Máy chủ đang bận kiểm tra mật khẩu của nhiều người. Hãy đợi vài giây rồi thử lại.',
		'The server is busy checking many passwords. Please wait a few seconds and try again.'
	],
	'auth.seconds': ['{n} giây', '{n} seconds'],
	'auth.minutes': ['{n} phút', '{n} minutes'],
	'auth.wait': [
		'Mật khẩu đã sai nhiều lần. Hãy đợi {wait} rồi thử lại.',
		'The password was wrong several times. Please wait {wait} and try again.'
	],
	'auth.lockedHere': [
		'Tài khoản này tạm thời không đăng nhập được từ máy này vì sai mật khẩu quá nhiều lần. Hãy thử lại sau {wait}, hoặc nhờ quản trị viên đặt lại mật khẩu.',
		'This account cannot sign in from this device for now: the password was wrong too many times. Try again in {wait}, or ask the administrator to reset the password.'
	],
	'auth.accountLocked': [
		'Tài khoản này vừa bị thử sai mật khẩu quá nhiều lần. Hãy đợi {wait} rồi thử lại.',
		'Someone just tried this account with a wrong password too many times. Please wait {wait} and try again.'
	],
	'access.adminOnly': [
		'Chỉ quản trị viên được làm việc này.',
		'Only an administrator may do this.'
	],
	'access.ownAccount': [
		'Bạn chỉ xem được tài khoản của chính mình.',
		'You can only see your own account.'
	],
	'access.configAdmin': [
		'Chỉ quản trị viên được sửa cấu hình chung.',
		'Only an administrator may change the shared configuration.'
	],
	'access.unit': [
		'Bạn không có quyền với dữ liệu của đơn vị {unit}.',
		'You have no access to the data of unit {unit}.'
	],
	'access.foreignOrigin': [
		'Yêu cầu này đến từ một trang web khác nên bị từ chối. Hãy mở ứng dụng từ địa chỉ của nó.',
		'This request comes from another website, so it is refused. Open the app from its own address.'
	],

	// Addresses, parameters and bodies.
	'path.notFound': ['Không có địa chỉ này.', 'There is no such address.'],
	'public.none': ['Không có bản tổng hợp công khai này.', 'There is no such public summary.'],
	'path.notFoundNamed': [
		'Không có địa chỉ này: {method} /{path}',
		'There is no such address: {method} /{path}'
	],
	'path.invalid': ['Đường dẫn không hợp lệ.', 'The path is not valid.'],
	'path.noDb': ['Không có cơ sở dữ liệu này.', 'There is no such database.'],
	'path.noView': ['Không có khung nhìn này.', 'There is no such view.'],
	'param.once': [
		'Tham số "{name}" chỉ được gửi một lần.',
		'The parameter "{name}" may be sent only once.'
	],
	'param.notHere': [
		'Tham số "{name}" không dùng được ở địa chỉ này.',
		'The parameter "{name}" cannot be used at this address.'
	],
	'param.mustBe': ['Tham số "{name}" phải là {hint}.', 'The parameter "{name}" must be {hint}.'],
	'hint.bool': ['true hoặc false', 'true or false'],
	'hint.count': ['một số nguyên không âm', 'a whole number, not negative'],
	'hint.json': ['một giá trị JSON', 'a JSON value'],
	'hint.jsonString': ['một chuỗi JSON, ví dụ "abc"', 'a JSON string, e.g. "abc"'],
	'hint.rev': ['mã phiên bản dạng 1-abc…', 'a revision such as 1-abc…'],
	'hint.or': ['hoặc', 'or'],
	'hint.range': ['một số nguyên từ {min} đến {max}', 'a whole number from {min} to {max}'],
	'hint.seq': ['now hoặc một số thứ tự', 'now or a sequence number'],
	'hint.docIds': ['một danh sách JSON các mã hồ sơ', 'a JSON list of document ids'],
	'hint.jsonList': ['một danh sách JSON', 'a JSON list'],
	'hint.openRevs': [
		'all hoặc một danh sách JSON các mã phiên bản',
		'all or a JSON list of revisions'
	],
	'hint.dryRun': ['1 (chỉ xem trước, không lưu)', '1 (preview only, nothing saved)'],
	'body.encoding': [
		'Không đọc được nội dung nén kiểu "{encoding}".',
		'Cannot read a body compressed as "{encoding}".'
	],
	'body.corrupt': [
		'Nội dung nén bị hỏng, không giải nén được.',
		'The compressed body is damaged and cannot be unpacked.'
	],
	'body.tooBig': [
		'Nội dung quá lớn (giới hạn {mb} MB sau khi giải nén).',
		'The body is too large (limit {mb} MB once unpacked).'
	],
	'body.notJson': [
		'Nội dung phải là JSON (Content-Type: application/json).',
		'The body must be JSON (Content-Type: application/json).'
	],
	'body.badJson': ['JSON không hợp lệ: {detail}', 'Invalid JSON: {detail}'],
	'body.notObject': ['Nội dung phải là một đối tượng JSON.', 'The body must be a JSON object.'],
	'body.none': ['Địa chỉ này không nhận nội dung.', 'This address takes no body.'],
	'body.field': [
		'Trường "{name}" không dùng được ở địa chỉ này.',
		'The field "{name}" cannot be used at this address.'
	],
	'body.docIds': [
		'doc_ids: phải là một danh sách mã hồ sơ.',
		'doc_ids: must be a list of document ids.'
	],
	'body.keys': ['keys: phải là một danh sách khoá.', 'keys: must be a list of keys.'],
	'body.revsDocs': ['docs: phải là một danh sách {id, rev}.', 'docs: must be a list of {id, rev}.'],
	'body.revsDocId': [
		'docs: mỗi mục phải có id là một chuỗi.',
		'docs: each item needs an id that is a string.'
	],
	'body.revsDocRev': [
		'docs: rev của "{id}" không hợp lệ.',
		'docs: the rev of "{id}" is not valid.'
	],
	'body.revsAttsSince': [
		'docs: atts_since của "{id}" phải là một danh sách mã phiên bản.',
		'docs: atts_since of "{id}" must be a list of revisions.'
	],
	'body.tooManyIds': ['Quá nhiều hồ sơ trong một yêu cầu.', 'Too many documents in one request.'],
	'body.revList': [
		'"{id}": phải là một danh sách mã phiên bản.',
		'"{id}": must be a list of revisions.'
	],
	'body.docIdsFilter': [
		'filter=_doc_ids cần đúng một danh sách doc_ids (trong địa chỉ hoặc trong nội dung).',
		'filter=_doc_ids needs exactly one doc_ids list (in the address or in the body).'
	],
	'body.docIdsAlone': [
		'doc_ids chỉ dùng được cùng filter=_doc_ids.',
		'doc_ids can only be used with filter=_doc_ids.'
	],

	// Writes.
	'write.docsList': ['docs: phải là một danh sách hồ sơ.', 'docs: must be a list of documents.'],
	'write.newEdits': ['new_edits: phải là true hoặc false.', 'new_edits: must be true or false.'],
	'write.newEditsFalse': [
		'new_edits=false không được hỗ trợ; hãy gửi kèm _rev.',
		'new_edits=false is not supported; send the _rev instead.'
	],
	'write.idMismatch': [
		'_id: Mã hồ sơ trong nội dung khác với mã trên đường dẫn (_id).',
		'_id: The document id in the body differs from the one in the path (_id).'
	],
	'write.idMissing': [
		'_id: Hãy gửi kèm mã hồ sơ (_id), dạng <loại>:<mã xã>:<mã riêng>, ví dụ citizen:C01:01J…; máy chủ không tự đặt mã.',
		'_id: Send the document id (_id), as <type>:<commune>:<own id>, e.g. citizen:C01:01J…; the server makes no ids.'
	],
	'write.deleteRev': [
		'Hãy gửi kèm ?rev= của hồ sơ cần xoá.',
		'Send the ?rev= of the document to delete.'
	],
	'write.revMissing': [
		'_rev: Bản sao chép phải có mã phiên bản hợp lệ.',
		'_rev: A replicated copy needs a valid revision.'
	],
	'write.revisions': [
		'_revisions: Lịch sử phiên bản không khớp với _rev.',
		'_revisions: The revision history does not match _rev.'
	],
	'write.conflict': [
		'Hồ sơ đã được thay đổi trên máy chủ: hãy lấy bản mới nhất rồi sửa lại.',
		'The document was changed on the server: fetch the latest copy, then edit it again.'
	],
	'write.tooMany': [
		'Quá nhiều hồ sơ trong một lần gửi (tối đa {max}); hãy chia nhỏ.',
		'Too many documents in one request (at most {max}); split it.'
	],
	'write.docTooBig': [
		'Hồ sơ quá lớn (giới hạn {limit}).',
		'The document is too large (limit {limit}).'
	],
	'write.checkpointTooBig': ['Điểm mốc đồng bộ quá lớn.', 'The sync checkpoint is too large.'],
	'security.shape': [
		'{section}: phải có dạng {names: [...], roles: [...]}.',
		'{section}: must look like {names: [...], roles: [...]}.'
	],
	'security.membersEmpty': [
		'members: Không được để trống, nếu không ai cũng đọc được dữ liệu.',
		'members: Must not be empty, or anyone could read the data.'
	],

	// Accounts.
	'user.field': [
		'{key}: Trường này không dùng cho tài khoản.',
		'{key}: This field is not used for accounts.'
	],
	'user.passwordShort': [
		'password: Mật khẩu cần ít nhất {min} ký tự (password).',
		'password: The password needs at least {min} characters (password).'
	],
	'user.name': [
		'name: Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (2–60 ký tự).',
		'name: A user name has only plain lower-case letters, digits, dots and dashes (2–60 characters).'
	],
	'user.passwordNew': [
		'password: Tài khoản mới cần mật khẩu (password).',
		'password: A new account needs a password (password).'
	],
	'user.selfAdmin': [
		'Bạn không tự khoá hay tự bỏ quyền quản trị của chính mình được; hãy nhờ một quản trị viên khác.',
		'You cannot lock yourself or drop your own administrator role; ask another administrator.'
	],
	'user.disabled': ['disabled: phải là true hoặc false.', 'disabled: must be true or false.'],
	'user.fullName': [
		'fullName: Họ tên tối đa 120 ký tự.',
		'fullName: A full name has at most 120 characters.'
	],
	'user.createAdmin': [
		'Chỉ quản trị viên được tạo tài khoản.',
		'Only an administrator may create accounts.'
	],
	'user.ownPassword': [
		'Bạn chỉ đổi được mật khẩu của chính mình; vai trò do quản trị viên đặt.',
		'You can only change your own password; roles are set by an administrator.'
	],
	'user.currentPassword': [
		'currentPassword: Hãy nhập mật khẩu hiện tại để đổi sang mật khẩu mới.',
		'currentPassword: Enter your current password to change to a new one.'
	],
	'user.currentWrong': [
		'currentPassword: Mật khẩu hiện tại không đúng.',
		'currentPassword: The current password is wrong.'
	],
	'user.rolesList': ['roles: phải là danh sách vai trò.', 'roles: must be a list of roles.'],
	'user.oneRole': [
		'roles: Cần đúng một vai trò: officer, reviewer hoặc admin (roles).',
		'roles: Exactly one role is needed: officer, reviewer or admin (roles).'
	],
	'user.roleWords': [
		'roles: Chỉ dùng officer, reviewer, admin và ou:<mã đơn vị> (roles).',
		'roles: Use only officer, reviewer, admin and ou:<unit id> (roles).'
	],
	'user.noUnit': [
		'roles: Không có đơn vị {unit} (roles).',
		'roles: There is no unit {unit} (roles).'
	],
	'user.officerUnit': [
		'roles: Cán bộ xã cần đúng một đơn vị cấp xã (ou:<mã xã>) (roles).',
		'roles: A commune officer needs exactly one commune (ou:<commune id>) (roles).'
	],
	'user.reviewerUnit': [
		'roles: Người duyệt cần ít nhất một đơn vị (roles).',
		'roles: A reviewer needs at least one unit (roles).'
	],
	'user.keysList': [
		'handoverKeys: phải là danh sách máy đã đăng ký.',
		'handoverKeys: must be the list of registered devices.'
	],
	'user.keysNoAdd': [
		'handoverKeys: chỉ được thu hồi hoặc xoá máy đã đăng ký, không thêm máy mới.',
		'handoverKeys: registered devices can only be revoked or removed, not added.'
	],
	'user.keysRevokeOnly': [
		'handoverKeys: chỉ được đặt ngày thu hồi (revokedAt) của một máy.',
		'handoverKeys: only a device’s revocation date (revokedAt) may be set.'
	],
	'user.keysRevoked': [
		'handoverKeys: máy đã thu hồi không dùng lại được; hãy để máy đăng ký lại.',
		'handoverKeys: a revoked device cannot be used again; let it register anew.'
	],

	// Hand-over by file.
	'handover.officerOnly': [
		'Chỉ cán bộ xã đăng ký máy để gửi bằng tệp.',
		'Only a commune officer registers a device to send by file.'
	],
	'handover.jwk': [
		'jwk: phải là khoá công khai ECDSA P-256.',
		'jwk: must be an ECDSA P-256 public key.'
	],
	'handover.id': [
		'id: phải là {id} (tên cán bộ và dấu vân tay của khoá).',
		'id: must be {id} (the officer’s name and the key’s fingerprint).'
	],
	'handover.noAccount': ['Không tìm thấy tài khoản.', 'The account was not found.'],
	'handover.tooManyKeys': [
		'Tài khoản đã có quá nhiều máy đăng ký; hãy nhờ quản trị viên xoá máy cũ.',
		'The account has too many registered devices; ask an administrator to remove old ones.'
	],
	'handover.busy': [
		'Tài khoản đang được sửa; hãy thử lại.',
		'The account is being changed; please try again.'
	],
	'handover.receivers': [
		'Chỉ người duyệt hoặc quản trị viên nhận tệp từ xã.',
		'Only a reviewer or an administrator receives files from a commune.'
	],

	// The server and its store.
	'store.failed': [
		'Máy chủ dữ liệu gặp lỗi khi xử lý yêu cầu này.',
		'The data server failed on this request.'
	],
	'store.unreachable': [
		'Máy chủ dữ liệu không trả lời được. Hãy thử lại sau.',
		'The data server does not answer. Please try again later.'
	],
	'store.refused': [
		'Máy chủ dữ liệu không xử lý được yêu cầu này.',
		'The data server cannot handle this request.'
	],
	'server.tooMany': [
		'Quá nhiều yêu cầu. Hãy đợi một chút rồi thử lại.',
		'Too many requests. Please wait a moment and try again.'
	],
	'server.pageNotFound': ['Không tìm thấy trang này.', 'This page was not found.'],
	'server.headersTooBig': [
		'Phần đầu yêu cầu quá lớn (giới hạn 16 KB).',
		'The request headers are too large (limit 16 KB).'
	],
	'server.badHttp': ['Yêu cầu HTTP không hợp lệ.', 'The HTTP request is not valid.'],
	'start.answered': ['trả lời {status}', 'answered {status}'],
	'start.gaveUp': [
		'Không kết nối được máy chủ dữ liệu ({where}): {problem}. Đã chờ {s} s.',
		'Cannot reach the data server ({where}): {problem}. Waited {s} s.'
	],
	'start.waiting': [
		'Đang chờ máy chủ dữ liệu ({where}): {problem}; thử lại trong tối đa {s} s…',
		'Waiting for the data server ({where}): {problem}; trying again for up to {s} s…'
	],
	'start.refused': [
		'không có gì nghe ở địa chỉ này (ECONNREFUSED)',
		'nothing listens at this address (ECONNREFUSED)'
	],
	'start.timeout': ['không trả lời (hết giờ kết nối)', 'no answer (connection timed out)'],
	'start.noHost': ['không tìm thấy tên máy ({code})', 'host name not found ({code})'],
	'start.adminRefused': [
		'Máy chủ dữ liệu từ chối tài khoản quản trị (COUCHDB_USER/COUCHDB_PASSWORD): {message}',
		'The data server refused the admin account (COUCHDB_USER/COUCHDB_PASSWORD): {message}'
	],
	'start.noBuild': [
		'build/handler.js không có (chưa chạy `npm run build`): chỉ phục vụ /couch.',
		'No build/handler.js (`npm run build` has not run): serving /couch only.'
	],
	'start.running': [
		'Công dân học tập đang chạy: {url}  (khởi động {ms} ms)',
		'Công dân học tập is running: {url}  (started in {ms} ms)'
	],
	'start.dataCouch': ['Dữ liệu: Apache CouchDB {couch}', 'Data: Apache CouchDB {couch}'],
	'start.dataCluster': [
		'Dữ liệu: Apache CouchDB {couch} và {others} nút khác',
		'Data: Apache CouchDB {couch} and {others} other nodes'
	],
	'start.dataDir': ['Dữ liệu: {dir}', 'Data: {dir}'],
	'start.demo': ['Tài khoản thử (mật khẩu {password}):', 'Demo accounts (password {password}):'],
	'start.colName': ['tài khoản', 'account'],
	'start.colRole': ['vai trò', 'role'],
	'start.colUnit': ['đơn vị', 'unit'],
	'start.colAbout': ['mô tả', 'about'],
	'start.stopping': ['{signal}: đang dừng…', '{signal}: stopping…'],
	'audit.serverOnly': [
		'Nhật ký thay đổi chỉ do máy chủ ghi',
		'Only the server writes the change journal'
	]
} satisfies Catalog;
