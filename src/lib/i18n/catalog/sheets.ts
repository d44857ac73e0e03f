import type { Catalog } from '../format';

// The words of the report files sent up the chain (.xlsx, .csv: src/lib/domain/report-sheet.ts).
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
	totals: ['Tổng cộng ({name})', 'Total ({name})'],
	title: ['Báo cáo kết quả công nhận Công dân học tập năm {period} — {name} ({id})', 'Learning Citizen recognition report {period} — {name} ({id})'],
	generated: ['Ngày lập: {date}', 'Made on: {date}']
} satisfies Catalog;
