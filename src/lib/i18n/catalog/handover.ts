import type { Catalog } from '../format';

// Hand-over files (docs/handover.md): the officer's button on the send screen and the reviewer's
// "Nhận tệp từ xã" page. Vietnamese first, plain words, no codes.
export const handover = {
	'officer.button': ['Gửi bằng tệp', 'Send as a file'],
	'officer.hint': [
		'Không có mạng? Tạo một tệp chứa các phiếu sẵn sàng gửi, rồi gửi tệp qua Zalo hoặc USB cho cán bộ huyện.',
		'No connection? Make a file with the assessments ready to send, then pass it to the district by Zalo or USB.'
	],
	'officer.making': ['Đang tạo tệp…', 'Making the file…'],
	'officer.made': [
		'Đã tạo tệp {name} ({n} phiếu). Hãy gửi tệp này cho cán bộ huyện.',
		'Made the file {name} ({n} assessments). Pass it to the district officer.'
	],
	'officer.nothing': ['Không có phiếu nào sẵn sàng gửi.', 'No assessment is ready to send.'],
	'officer.noKey': [
		'Máy này chưa đăng ký để gửi bằng tệp. Hãy đăng nhập một lần khi có mạng.',
		'This tablet is not registered for files yet. Sign in once while connected.'
	],
	'officer.failed': [
		'Chưa tạo được tệp. Dữ liệu vẫn an toàn trên máy.',
		'Could not make the file. The data is still safe on this tablet.'
	],
	'officer.waitingOne': [
		'Đã gửi bằng tệp, chờ máy chủ nhận',
		'Sent as a file, waiting for the server'
	],
	'officer.waiting': [
		'{n} phiếu đã gửi bằng tệp, chờ máy chủ nhận.',
		'{n} assessments sent as a file, waiting for the server.'
	],
	'review.link': ['Nhận tệp từ xã', 'Receive a file from a commune'],
	'review.title': ['Nhận tệp từ xã', 'Receive a file from a commune'],
	'review.intro': [
		'Chọn tệp .cdht mà cán bộ xã gửi (qua Zalo, USB…). Máy chủ kiểm tra chữ ký trước khi nhận.',
		'Pick the .cdht file a commune officer sent (by Zalo, USB…). The server checks its signature before taking it.'
	],
	'review.pick': ['Chọn tệp', 'Choose the file'],
	'review.checking': ['Đang kiểm tra tệp…', 'Checking the file…'],
	'review.holds': [
		'Tệp của cán bộ {officer}, {commune}, tạo lúc {when}: {assessments} phiếu, {citizens} người.',
		'File of officer {officer}, {commune}, made {when}: {assessments} assessments, {citizens} people.'
	],
	'review.verdictOk': [
		'Chữ ký đúng. {new} phiếu mới, {already} phiếu máy chủ đã có.',
		'Signature valid. {new} new assessments, {already} already on the server.'
	],
	'review.confirm': ['Nhận tệp', 'Take the file in'],
	'review.applying': ['Đang nhận…', 'Taking it in…'],
	'review.done': [
		'Đã nhận: {new} phiếu mới, {already} phiếu đã có từ trước, {refused} hồ sơ bị từ chối.',
		'Done: {new} new assessments, {already} already there, {refused} records refused.'
	],
	'review.refusedList': ['Hồ sơ bị từ chối', 'Refused records'],
	'review.toInbox': ['Về hộp thư', 'Back to the inbox'],
	'review.failed': [
		'Chưa kiểm tra được tệp (mất mạng?). Hãy thử lại.',
		'Could not check the file (connection lost?). Try again.'
	],
	// Why the server refuses a file (domain/handover.ts: refusalReason); the server says them in Vietnamese.
	'refused.unreadable': [
		'Tệp không đọc được: đây không phải tệp gửi dữ liệu của phần mềm, hoặc tệp đã hỏng.',
		'The file cannot be read: it is not a file sent by this app, or it is damaged.'
	],
	'refused.unreadableWhy': [
		'Tệp không đọc được: đây không phải tệp gửi dữ liệu của phần mềm, hoặc tệp đã hỏng ({why}).',
		'The file cannot be read: it is not a file sent by this app, or it is damaged ({why}).'
	],
	'refused.countMismatch': [
		'số lượng ghi ở đầu tệp không khớp',
		'the counts in the file’s header do not match'
	],
	'refused.signature': [
		'Chữ ký không khớp: tệp đã bị thay đổi sau khi ký, hoặc không do máy của cán bộ {officer} ký. Không nhận tệp này.',
		'The signature does not match: the file was changed after signing, or not signed by officer {officer}’s device. The file is not accepted.'
	],
	'refused.unknownKey': [
		'Máy đã ký tệp này chưa được đăng ký cho cán bộ {officer}. Không nhận tệp này.',
		'The device that signed this file is not registered for officer {officer}. The file is not accepted.'
	],
	'refused.otherOfficer': [
		'Tệp ghi là của cán bộ {officer} nhưng được ký bằng máy của cán bộ {signer}. Không nhận tệp này.',
		'The file says it is officer {officer}’s but was signed with officer {signer}’s device. The file is not accepted.'
	],
	'refused.revoked': [
		'Máy đã ký tệp này đã bị quản trị viên thu hồi. Không nhận tệp ký từ máy đó.',
		'An administrator revoked the device that signed this file. Files signed on it are not accepted.'
	],
	'refused.revokedOn': [
		'Máy đã ký tệp này đã bị quản trị viên thu hồi ngày {date}. Không nhận tệp ký từ máy đó.',
		'An administrator revoked the device that signed this file on {date}. Files signed on it are not accepted.'
	],
	'refused.disabled': [
		'Tài khoản của cán bộ {officer} đã bị khoá. Không nhận tệp của tài khoản này.',
		'Officer {officer}’s account is locked. Files from this account are not accepted.'
	]
} satisfies Catalog;
