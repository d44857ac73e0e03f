import type { Lang } from '$lib/state/language.svelte';
import type { RunOutcome } from './engine';

// The sending words, Vietnamese first (UI.md): what happened, and what to do next, in one or two
// short sentences, no codes. Kept beside the sync (not in the app dictionary) because the send
// screen and the header's problem line share them.

const vi = {
	title: 'Gửi dữ liệu',
	send: 'Gửi dữ liệu',
	sending: 'Đang gửi…',
	checking: 'Đang nhận kết quả duyệt…',
	online: 'Đã có mạng',
	offline: 'Không có mạng',
	lastSent: 'Lần gửi gần nhất: {when}',
	never: 'chưa có',
	ready: '{n} phiếu sẵn sàng gửi',
	readyNone: 'Không có phiếu nào chờ gửi.',
	byHamlet: 'Theo thôn, ấp',
	hamletCount: '{n} phiếu',
	autoSend: 'Khi có mạng, máy sẽ tự gửi. Bạn cũng có thể bấm nút để gửi ngay.',
	progress: 'Tiến độ gửi',
	progressText: '{done}/{total} hồ sơ · {kbDone}/{kbTotal} KB',
	doneNothing: 'Đã kiểm tra xong. Không có gì mới để gửi.',
	doneSent: 'Đã gửi xong {n} phiếu. Phiếu đã gửi đang chờ duyệt.',
	doneSentRecords: 'Đã gửi xong {n} hồ sơ.',
	doneRefused: '{n} hồ sơ chưa gửi được, xem bên dưới.',
	returnedNote: 'Có {n} phiếu bị trả lại. Hãy mở từng phiếu, đọc ý kiến người duyệt và sửa.',
	returnedLink: 'Xem phiếu bị trả lại',
	batches: 'Các lần gửi',
	batchLine: '{when}: {n} phiếu',
	batchSent: 'Đã gửi, chờ duyệt',
	batchSending: 'Đang gửi dở, sẽ gửi tiếp',
	attention: 'Cần bạn xem lại ({n})',
	refusedCitizen: 'Người dân {name}: máy chủ chưa nhận.',
	refusedAssessment: 'Phiếu của {name}: máy chủ chưa nhận.',
	refusedBatch: 'Một lần gửi chưa được máy chủ nhận.',
	reason: 'Lý do: {reason}',
	todoCitizen: 'Hãy sửa thông tin người dân theo lý do trên rồi bấm Lưu. Máy sẽ tự gửi lại.',
	todoAssessment: 'Hãy mở phiếu, sửa theo lý do trên rồi đánh dấu sẵn sàng gửi. Máy sẽ tự gửi lại.',
	todoBatch: 'Bấm “Thử gửi lại”. Nếu vẫn không được, hãy báo cán bộ phụ trách.',
	openCitizen: 'Sửa người dân',
	openAssessment: 'Mở phiếu',
	retry: 'Thử gửi lại',
	waitsForCitizen: 'Phiếu của {name} sẽ được gửi sau khi sửa xong thông tin người dân này.',
	conflictCitizen: 'Người dân {name} đã được sửa trên một máy khác. Cả hai bản đều được giữ. Hãy chọn bản đúng.',
	conflictFields: 'Khác nhau ở: {fields}',
	mine: 'Trên máy này',
	theirs: 'Trên máy chủ',
	keepMine: 'Giữ bản trên máy này',
	keepTheirs: 'Dùng bản trên máy chủ',
	conflictLocked: 'Phiếu của {name} đã được duyệt ({status}) trước khi bản sửa của bạn đến nơi. Kết quả duyệt được giữ; bản sửa của bạn vẫn được lưu trên máy.',
	understood: 'Đã hiểu',
	signInTitle: 'Cần đăng nhập lại',
	signInText: 'Phiên đăng nhập đã hết hạn. Dữ liệu vẫn an toàn trên máy. Hãy nhập mật khẩu để gửi tiếp.',
	password: 'Mật khẩu',
	signIn: 'Đăng nhập và gửi tiếp',
	signInWrong: 'Mật khẩu chưa đúng. Hãy thử lại.',
	signInOffline: 'Chưa có mạng để đăng nhập. Dữ liệu vẫn an toàn trên máy.',
	// Why a run did not finish (RunOutcome kinds).
	'fail.network': 'Chưa gửi được vì mạng yếu hoặc mất mạng. Dữ liệu vẫn an toàn trên máy, máy sẽ tự gửi lại khi có mạng.',
	'fail.server': 'Máy chủ đang bận. Dữ liệu vẫn an toàn trên máy, máy sẽ tự gửi lại sau ít phút.',
	'fail.rejected': 'Máy chủ không nhận lần gửi này. Dữ liệu vẫn an toàn trên máy. Nếu lỗi còn lặp lại, hãy báo cán bộ phụ trách.',
	'fail.tooLarge': 'Dữ liệu quá lớn để gửi một lần. Máy sẽ chia nhỏ và tự gửi lại.',
	'fail.auth': 'Phiên đăng nhập đã hết hạn. Dữ liệu vẫn an toàn trên máy. Hãy đăng nhập lại để gửi tiếp.',
	'fail.forbidden': 'Tài khoản này không được gửi dữ liệu của xã này. Dữ liệu vẫn an toàn trên máy. Hãy báo quản trị viên.',
	'fail.busy': 'Đang gửi ở một cửa sổ khác của ứng dụng.',
	'fail.no-session': 'Chưa đăng nhập.',
	'fail.local': 'Bộ nhớ của máy có vấn đề (có thể đã đầy). Dữ liệu đã lưu vẫn còn. Hãy xoá bớt ảnh, video rồi thử lại.'
};

export type SyncWord = keyof typeof vi;

const en: Record<SyncWord, string> = {
	title: 'Send data',
	send: 'Send data',
	sending: 'Sending…',
	checking: 'Fetching review results…',
	online: 'Connected',
	offline: 'No connection',
	lastSent: 'Last sent: {when}',
	never: 'never',
	ready: '{n} assessments ready to send',
	readyNone: 'Nothing is waiting to be sent.',
	byHamlet: 'By hamlet',
	hamletCount: '{n} assessments',
	autoSend: 'When there is a connection the tablet sends by itself. You can also press the button to send now.',
	progress: 'Sending progress',
	progressText: '{done}/{total} records · {kbDone}/{kbTotal} KB',
	doneNothing: 'Checked. Nothing new to send.',
	doneSent: 'Sent {n} assessments. They are waiting for review.',
	doneSentRecords: 'Sent {n} records.',
	doneRefused: '{n} records could not be sent, see below.',
	returnedNote: '{n} assessments were returned. Open each one, read the reviewer’s comment and correct it.',
	returnedLink: 'See returned assessments',
	batches: 'Sends',
	batchLine: '{when}: {n} assessments',
	batchSent: 'Sent, waiting for review',
	batchSending: 'Partly sent, will continue',
	attention: 'Needs your attention ({n})',
	refusedCitizen: 'Citizen {name}: not accepted by the server.',
	refusedAssessment: 'Assessment of {name}: not accepted by the server.',
	refusedBatch: 'A send was not accepted by the server.',
	reason: 'Reason: {reason}',
	todoCitizen: 'Correct the citizen’s details as the reason says, then press Save. It will be sent again by itself.',
	todoAssessment: 'Open the assessment, correct it as the reason says, then mark it ready. It will be sent again by itself.',
	todoBatch: 'Press “Try again”. If it still fails, tell the person in charge.',
	openCitizen: 'Edit citizen',
	openAssessment: 'Open assessment',
	retry: 'Try again',
	waitsForCitizen: 'The assessment of {name} will be sent once this citizen’s details are corrected.',
	conflictCitizen: 'Citizen {name} was changed on another tablet too. Both versions are kept. Choose the right one.',
	conflictFields: 'Different: {fields}',
	mine: 'On this tablet',
	theirs: 'On the server',
	keepMine: 'Keep this tablet’s version',
	keepTheirs: 'Use the server’s version',
	conflictLocked: 'The assessment of {name} was reviewed ({status}) before your correction arrived. The decision stands; your correction is still kept on this tablet.',
	understood: 'Understood',
	signInTitle: 'Please sign in again',
	signInText: 'Your session has expired. Your data is safe on this tablet. Enter your password to continue sending.',
	password: 'Password',
	signIn: 'Sign in and continue',
	signInWrong: 'The password is not right. Please try again.',
	signInOffline: 'No connection to sign in. Your data is safe on this tablet.',
	'fail.network': 'Not sent: the connection is weak or lost. Your data is safe on this tablet and will be sent when the connection returns.',
	'fail.server': 'The server is busy. Your data is safe on this tablet and will be sent in a few minutes.',
	'fail.rejected': 'The server did not accept this send. Your data is safe on this tablet. If it keeps happening, tell the person in charge.',
	'fail.tooLarge': 'Too much data for one send. The tablet will split it and try again by itself.',
	'fail.auth': 'Your session has expired. Your data is safe on this tablet. Sign in again to continue sending.',
	'fail.forbidden': 'This account may not send this commune’s data. Your data is safe on this tablet. Tell the administrator.',
	'fail.busy': 'Another window of the app is sending.',
	'fail.no-session': 'Not signed in.',
	'fail.local': 'The tablet’s storage has a problem (it may be full). Saved data is still there. Delete some photos or videos, then try again.'
};

const dictionaries: Record<Lang, Record<SyncWord, string>> = { vi, en };

export function syncWord(lang: Lang, key: SyncWord, params: Record<string, string | number> = {}): string {
	return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The sentence for a run that did not finish, or null when it did. */
export function outcomeProblem(lang: Lang, outcome: RunOutcome | null): string | null {
	if (!outcome || outcome.ok) return null;
	return syncWord(lang, `fail.${outcome.kind}` as SyncWord);
}
