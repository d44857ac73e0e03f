import type { Catalog } from '../text';
import { common } from './common';

// The sending words, Vietnamese first (UI.md): what happened, and what to do next, in one or two
// short sentences, no codes. The send screen and the header's problem line share them.
export const send = {
	...common,
	title: ['Gửi dữ liệu', 'Send data'],
	send: ['Gửi dữ liệu', 'Send data'],
	sending: ['Đang gửi…', 'Sending…'],
	checking: ['Đang nhận kết quả duyệt…', 'Fetching review results…'],
	lastSent: ['Lần gửi gần nhất: {when}', 'Last sent: {when}'],
	never: ['chưa có', 'never'],
	ready: ['{n} phiếu sẵn sàng gửi', '{n} assessments ready to send'],
	readyNone: ['Không có phiếu nào chờ gửi.', 'Nothing is waiting to be sent.'],
	byHamlet: ['Theo thôn, ấp', 'By hamlet'],
	hamletCount: ['{n} phiếu', '{n} assessments'],
	autoSend: [
		'Khi có mạng, máy sẽ tự gửi. Bạn cũng có thể bấm nút để gửi ngay.',
		'When there is a connection the tablet sends by itself. You can also press the button to send now.'
	],
	offlineNow: [
		'Chưa có mạng. Dữ liệu vẫn an toàn trên máy, sẽ tự gửi khi có mạng.',
		'No connection. Your data is safe on this tablet and will be sent by itself when the connection is back.'
	],
	progress: ['Tiến độ gửi', 'Sending progress'],
	progressText: ['Đã gửi được {percent}%', '{percent}% sent'],
	doneNothing: ['Đã kiểm tra xong. Không có gì mới để gửi.', 'Checked. Nothing new to send.'],
	doneSent: [
		'Đã gửi xong {n} phiếu. Phiếu đã gửi đang chờ duyệt.',
		'Sent {n} assessments. They are waiting for review.'
	],
	doneSentRecords: [
		'Đã gửi xong thông tin của {n} người dân.',
		'Sent the details of {n} citizens.'
	],
	doneRefused: [
		'Còn {n} mục chưa gửi được, xem bên dưới.',
		'{n} items could not be sent, see below.'
	],
	returnedNote: [
		'Có {n} phiếu bị trả lại. Hãy mở từng phiếu, đọc ý kiến người duyệt và sửa.',
		'{n} assessments were returned. Open each one, read the reviewer’s comment and correct it.'
	],
	returnedLink: ['Xem phiếu bị trả lại', 'See returned assessments'],
	batches: ['Các lần gửi', 'Sends'],
	batchLine: ['{when}: {n} phiếu', '{when}: {n} assessments'],
	batchSent: ['Đã gửi, chờ duyệt', 'Sent, waiting for review'],
	batchSending: ['Đang gửi dở, sẽ gửi tiếp', 'Partly sent, will continue'],
	attention: ['Cần bạn xem lại ({n})', 'Needs your attention ({n})'],
	refusedCitizen: [
		'Người dân {name}: máy chủ chưa nhận.',
		'Citizen {name}: not accepted by the server.'
	],
	refusedAssessment: [
		'Phiếu của {name}: máy chủ chưa nhận.',
		'Assessment of {name}: not accepted by the server.'
	],
	refusedBatch: ['Một lần gửi chưa được máy chủ nhận.', 'A send was not accepted by the server.'],
	reason: ['Lý do: {reason}', 'Reason: {reason}'],
	todoCitizen: [
		'Hãy sửa thông tin người dân theo lý do trên rồi bấm Lưu. Máy sẽ tự gửi lại.',
		'Correct the citizen’s details as the reason says, then press Save. It will be sent again by itself.'
	],
	todoAssessment: [
		'Hãy mở phiếu, sửa theo lý do trên rồi đánh dấu sẵn sàng gửi. Máy sẽ tự gửi lại.',
		'Open the assessment, correct it as the reason says, then mark it ready. It will be sent again by itself.'
	],
	todoBatch: [
		'Bấm “Thử gửi lại”. Nếu vẫn không được, hãy báo cán bộ phụ trách.',
		'Press “Try again”. If it still fails, tell the person in charge.'
	],
	openCitizen: ['Sửa người dân', 'Edit citizen'],
	openAssessment: ['Mở phiếu', 'Open assessment'],
	retry: ['Thử gửi lại', 'Try again'],
	waitsForCitizen: [
		'Phiếu của {name} sẽ được gửi sau khi sửa xong thông tin người dân này.',
		'The assessment of {name} will be sent once this citizen’s details are corrected.'
	],
	conflictCitizen: [
		'Người dân {name} đã được sửa trên một máy khác. Cả hai bản đều được giữ. Hãy chọn bản đúng.',
		'Citizen {name} was changed on another tablet too. Both versions are kept. Choose the right one.'
	],
	conflictFields: ['Khác nhau ở: {fields}', 'Different: {fields}'],
	mine: ['Trên máy này', 'On this tablet'],
	theirs: ['Trên máy chủ', 'On the server'],
	keepMine: ['Giữ bản trên máy này', 'Keep this tablet’s version'],
	keepTheirs: ['Dùng bản trên máy chủ', 'Use the server’s version'],
	conflictLocked: [
		'Phiếu của {name} đã được duyệt ({status}) trước khi bản sửa của bạn đến nơi. Kết quả duyệt được giữ; bản sửa của bạn vẫn được lưu trên máy.',
		'The assessment of {name} was reviewed ({status}) before your correction arrived. The decision stands; your correction is still kept on this tablet.'
	],
	understood: ['Đã hiểu', 'Understood'],
	signInTitle: ['Cần đăng nhập lại', 'Please sign in again'],
	signInText: [
		'Phiên đăng nhập đã hết hạn. Dữ liệu vẫn an toàn trên máy. Hãy nhập mật khẩu để gửi tiếp.',
		'Your session has expired. Your data is safe on this tablet. Enter your password to continue sending.'
	],
	password: ['Mật khẩu', 'Password'],
	signIn: ['Đăng nhập và gửi tiếp', 'Sign in and continue'],
	signInWrong: ['Mật khẩu chưa đúng. Hãy thử lại.', 'The password is not right. Please try again.'],
	signInOffline: [
		'Chưa có mạng để đăng nhập. Dữ liệu vẫn an toàn trên máy.',
		'No connection to sign in. Your data is safe on this tablet.'
	],
	// Why a run did not finish (RunOutcome kinds).
	'fail.network': [
		'Chưa gửi được vì mạng yếu hoặc mất mạng. Dữ liệu vẫn an toàn trên máy, máy sẽ tự gửi lại khi có mạng.',
		'Not sent: the connection is weak or lost. Your data is safe on this tablet and will be sent when the connection returns.'
	],
	'fail.server': [
		'Máy chủ đang bận. Dữ liệu vẫn an toàn trên máy, máy sẽ tự gửi lại sau ít phút.',
		'The server is busy. Your data is safe on this tablet and will be sent in a few minutes.'
	],
	'fail.rejected': [
		'Máy chủ không nhận lần gửi này. Dữ liệu vẫn an toàn trên máy. Nếu lỗi còn lặp lại, hãy báo cán bộ phụ trách.',
		'The server did not accept this send. Your data is safe on this tablet. If it keeps happening, tell the person in charge.'
	],
	'fail.tooLarge': [
		'Dữ liệu quá lớn để gửi một lần. Máy sẽ chia nhỏ và tự gửi lại.',
		'Too much data for one send. The tablet will split it and try again by itself.'
	],
	'fail.auth': [
		'Phiên đăng nhập đã hết hạn. Dữ liệu vẫn an toàn trên máy. Hãy đăng nhập lại để gửi tiếp.',
		'Your session has expired. Your data is safe on this tablet. Sign in again to continue sending.'
	],
	'fail.forbidden': [
		'Tài khoản này không được gửi dữ liệu của xã này. Dữ liệu vẫn an toàn trên máy. Hãy báo quản trị viên.',
		'This account may not send this commune’s data. Your data is safe on this tablet. Tell the administrator.'
	],
	'fail.busy': [
		'Đang gửi ở một cửa sổ khác của ứng dụng.',
		'Another window of the app is sending.'
	],
	'fail.no-session': ['Chưa đăng nhập.', 'Not signed in.'],
	'fail.local': [
		'Bộ nhớ của máy có vấn đề (có thể đã đầy). Dữ liệu đã lưu vẫn còn. Hãy xoá bớt ảnh, video rồi thử lại.',
		'The tablet’s storage has a problem (it may be full). Saved data is still there. Delete some photos or videos, then try again.'
	]
} satisfies Catalog;
