import type { Catalog } from '../format';

// Why a write is refused: the words of the domain's rules, which the gateway, the second line
// (validate_doc_update, bundled with them) and the screens all say. Keys are the issues' message
// keys (`rule.*`, `org.*`, `criteria.*`).

export const rules = {
	// The write rules (domain/write-rules.ts): why a write is refused, by the gateway and the second line alike.
	'rule.systemDoc': ['Không được ghi tài liệu hệ thống', 'System documents cannot be written'],
	'rule.deleteAdminOnly': [
		'Chỉ quản trị viên được xoá hồ sơ',
		'Only administrators may delete records'
	],
	'rule.configAdminOnly': [
		'Chỉ quản trị viên được sửa cấu hình chung (bộ tiêu chí, đơn vị, chỉ tiêu)',
		'Only administrators may change the shared configuration (criteria sets, units, targets)'
	],
	'rule.wrongDbType': ['Loại hồ sơ này không lưu ở đây', 'This kind of record is not kept here'],
	'rule.wrongCommune': [
		'Hồ sơ thuộc đơn vị khác, không ghi vào dữ liệu của đơn vị này',
		'The record belongs to another unit and cannot be written to this unit’s data'
	],
	'rule.idCommune': [
		'Mã hồ sơ phải chứa mã xã của hồ sơ',
		'The record id must contain the record’s commune'
	],
	'rule.notYourCommune': [
		'Bạn không có quyền ghi dữ liệu của đơn vị này',
		'You may not write this unit’s data'
	],
	'rule.officerReview': [
		'Cán bộ xã không được sửa phần duyệt',
		'Commune officers may not change the review'
	],
	'rule.officerStatus': [
		'Cán bộ xã không được đặt trạng thái đã duyệt',
		'Commune officers may not set a reviewed status'
	],
	'rule.closed': [
		'Phiếu đã được duyệt xong, không sửa được nữa',
		'This assessment has been reviewed and can no longer be changed'
	],
	'rule.reviewerOnlyAssessments': [
		'Người duyệt chỉ sửa được phiếu đánh giá',
		'Reviewers may only change assessments'
	],
	'rule.reviewerNoCreate': ['Người duyệt không tạo hồ sơ mới', 'Reviewers do not create records'],
	'rule.reviewerField': [
		'Người duyệt không được sửa phần này',
		'Reviewers may not change this part'
	],
	'rule.reviewerStatus': [
		'Người duyệt chỉ đặt trạng thái công nhận, trả lại hoặc không công nhận',
		'Reviewers may only set recognised, returned or rejected'
	],
	'rule.statusDecision': [
		'Trạng thái phải khớp với quyết định duyệt',
		'The status must match the review decision'
	],
	'rule.reviewBy': [
		'Người duyệt phải là chính người đang đăng nhập',
		'The reviewer must be the signed-in user'
	],
	'rule.historyAppend': [
		'Lịch sử duyệt chỉ được ghi thêm, không sửa hay xoá',
		'The review history can only grow, never be changed or removed'
	],
	'rule.returnedAnswers': [
		'Chỉ được giữ đúng các câu trả lời lúc phiếu bị trả lại',
		'Only the answers as they were when the assessment was returned may be kept'
	],
	'rule.criteriaMissing': [
		'Không tìm thấy bộ tiêu chí này trên máy chủ',
		'This criteria set is not on the server'
	],
	'rule.resultMismatch': [
		'Kết quả không khớp với kết quả tính lại từ câu trả lời',
		'The result does not match the one recomputed from the answers'
	],
	'rule.published': [
		'Bộ tiêu chí đã xuất bản thì không sửa hay xoá được; hãy xuất bản phiên bản mới',
		'A published criteria set can be neither changed nor deleted; publish a new version instead'
	],
	// Removing and merging citizens, hamlets added in the field (domain/citizen-close.ts).
	'rule.removedAndMerged': [
		'Một hồ sơ chỉ có thể bị xóa khỏi danh sách hoặc gộp, không cả hai',
		'A record can be removed or merged, not both'
	],
	'rule.citizenClosed': [
		'Hồ sơ này đã bị xóa khỏi danh sách hoặc đã gộp vào hồ sơ khác, không sửa được nữa',
		'This record was removed from the register or merged into another and can no longer be changed'
	],
	'rule.citizenHasAssessments': [
		'Người này đã có phiếu đánh giá nên không xóa được; nếu trùng người, hãy gộp và giữ hồ sơ có phiếu',
		'This person has assessments and cannot be removed; if it is a duplicate, merge it and keep the record with the assessments'
	],
	'rule.mergeHasAssessments': [
		'Hồ sơ này còn phiếu đánh giá đã được duyệt; hãy giữ hồ sơ này và gộp hồ sơ kia vào nó',
		'This record still has reviewed assessments; keep it and merge the other one into it'
	],
	'rule.mergeCommune': [
		'Chỉ gộp được hai hồ sơ của cùng một xã',
		'Only two records of the same commune can be merged'
	],
	'rule.mergeSelf': ['Không gộp một hồ sơ vào chính nó', 'A record cannot be merged into itself'],
	'rule.mergeTarget': [
		'Hồ sơ được giữ lại không có trên máy chủ, hoặc đã bị xóa hay gộp',
		'The record to keep is not on the server, or was removed or merged'
	],
	'rule.mergeChain': [
		'Đã có hồ sơ khác gộp vào hồ sơ này; hãy giữ hồ sơ này và gộp hồ sơ kia vào nó',
		'Another record was merged into this one; keep this one and merge the other into it'
	],
	'rule.citizenGone': [
		'Người dân này đã bị xóa khỏi danh sách hoặc đã gộp vào hồ sơ khác',
		'This citizen was removed from the register or merged into another record'
	],
	'rule.hamletAdminOnly': [
		'Chỉ quản trị viên được sửa thôn, ấp đã thêm',
		'Only administrators may change an added hamlet'
	],
	'rule.hamletId': [
		'Mã thôn, ấp phải là phần cuối của mã hồ sơ',
		'The hamlet id must be the last part of the record id'
	],
	// Integrity (domain/integrity.ts): facts a write must keep true.
	'rule.citizenMissing': [
		'Không tìm thấy người dân này trên máy chủ; hãy gửi người dân trước hoặc cùng lúc',
		'This citizen is not on the server; send the citizen first or together'
	],
	'rule.citizenHamlet': [
		'Thôn/ấp khác với thôn/ấp của người dân',
		'The hamlet differs from the citizen’s'
	],
	'rule.citizenGroup': [
		'Nhóm đối tượng khác với nhóm của người dân',
		'The citizen group differs from the citizen’s'
	],
	'rule.groupUnknown': [
		'Nhóm đối tượng này không có trong bộ tiêu chí',
		'This citizen group is not in the criteria set'
	],
	'rule.tooYoung': [
		'Người dân chưa đủ tuổi được đánh giá trong năm này',
		'The citizen is too young to be assessed in this year'
	],
	'rule.notYou': ['Phải là chính người đang đăng nhập', 'Must be the signed-in user'],
	'rule.changed': ['Không được thay đổi sau khi đã tạo', 'Cannot change once created'],
	'rule.badTime': [
		'Ngày giờ không hợp lệ (trước năm 2020 hoặc sau hôm nay): hãy kiểm tra đồng hồ của máy',
		'Impossible date (before 2020 or after today): check the device’s clock'
	],
	'rule.badPeriod': ['Năm đánh giá không hợp lệ', 'Impossible assessment year'],
	'rule.batchCount': [
		'Số phiếu phải bằng số phiếu trong danh sách, mỗi phiếu một lần',
		'The count must equal the number of assessments listed, each once'
	],
	'rule.batchMember': [
		'Phiếu này không có trên máy chủ hoặc không thuộc xã này',
		'This assessment is not on the server or not of this commune'
	],
	'rule.batchCitizen': ['Người dân này không thuộc xã này', 'This citizen is not of this commune'],
	'rule.notSent': [
		'Chỉ duyệt được phiếu đã gửi lên',
		'Only assessments that were sent can be decided'
	],
	// The org tree's and targets' rules (domain/admin-org.ts).
	'org.idMismatch': [
		'Mã hồ sơ phải là orgUnit:<mã đơn vị>',
		'The record id must be orgUnit:<unit code>'
	],
	'org.levelFixed': [
		'Không đổi được cấp của đơn vị đã có',
		'The level of an existing unit cannot change'
	],
	'org.parentMissing': ['Không có đơn vị cấp trên này', 'There is no such parent unit'],
	'org.parentLevel': [
		'Đơn vị cấp trên không hợp với cấp của đơn vị này',
		'This parent does not fit the unit’s level'
	],
	'org.hamletMove': [
		'Thôn/ấp/tổ dân phố không chuyển sang xã khác được',
		'A hamlet cannot move to another commune'
	],
	'org.noDelete': [
		'Không xoá đơn vị; hãy đánh dấu đã sáp nhập hoặc ngừng hoạt động',
		'Units are not deleted; mark them merged or retired instead'
	],
	'org.targetId': [
		'Mã hồ sơ phải là target:<mã đơn vị>:<năm>:<nhóm>',
		'The record id must be target:<unit code>:<year>:<group>'
	],
	'org.targetUnit': ['Không có đơn vị này', 'There is no such unit'],
	'org.targetLevel': [
		'Chỉ tiêu đặt cho tỉnh, huyện hoặc xã, không đặt cho thôn, ấp',
		'Targets are set for a province, district or commune, not a hamlet'
	],
	'org.successorNotRetired': [
		'Chỉ xã đã sáp nhập (ngừng hoạt động) mới có xã tiếp nhận',
		'Only a retired (merged) commune has a successor'
	],
	'org.successorMissing': [
		'Xã tiếp nhận phải là một xã khác đang hoạt động',
		'The successor must be another commune in use'
	],
	'org.publicNotProvince': [
		'Chỉ cấp tỉnh mới bật được trang công khai',
		'Only a province can turn on the public page'
	],
	// Publishing a criteria set (domain/admin-criteria.ts).
	'criteria.notJson': [
		'Tệp này không phải JSON đọc được. Hãy bắt đầu từ tệp mẫu.',
		'This file is not readable JSON. Start from the template file.'
	],
	'criteria.idMismatch': [
		'Mã hồ sơ phải là criteriaSet:<slug>:v<phiên bản>',
		'The record id must be criteriaSet:<slug>:v<version>'
	],
	'criteria.versionNotNewer': [
		'Phiên bản phải lớn hơn mọi phiên bản đã xuất bản',
		'The version must be above every published version'
	],
	'criteria.noEffectiveFrom': ['Hãy ghi ngày bắt đầu áp dụng', 'Give the date it applies from']
} satisfies Catalog;
