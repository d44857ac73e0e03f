import type { Catalog } from '../text';

// The public summary page (/cong-khai/<unit>/<year>), for anyone reading the province's portal:
// no account, no jargon; Vietnamese first.
export const publicWords = {
	'app.name': ['Công dân học tập', 'Learning Citizens'],
	title: [
		'Kết quả xây dựng Công dân học tập: {name}, năm {year}',
		'Learning Citizens: {name}, {year}'
	],
	'legend.small': [
		'Ít hơn {min} người: không công bố để không ai bị nhận ra',
		'Fewer than {min} people: not published, so nobody can be singled out'
	],
	'legend.hidden': [
		'Ẩn để không suy ra được ô ít hơn {min} từ tổng và các ô khác',
		'Hidden so that a cell under {min} cannot be worked out from the total and the other cells'
	],
	loading: ['Đang tải số liệu…', 'Loading the figures…'],
	notFound: [
		'Không có bản tổng hợp công khai này. Có thể tỉnh chưa công khai số liệu, hoặc địa chỉ trang chưa đúng.',
		'There is no public summary here. The province may not publish its figures, or the address is wrong.'
	],
	failed: [
		'Chưa tải được số liệu. Hãy thử lại sau ít phút.',
		'The figures could not be loaded. Please try again in a few minutes.'
	],
	retry: ['Thử lại', 'Try again'],
	lead: [
		'{name} có {population} người từ 16 tuổi trở lên; {recognised} người đã được công nhận danh hiệu Công dân học tập, đạt {rate} (chỉ tiêu {target}%).',
		'{name} has {population} people aged 16 and over; {recognised} have been recognised as Learning Citizens: {rate} (target {target}%).'
	],
	leadHidden: [
		'Số người được công nhận của {name} quá nhỏ để công bố (ít hơn 10 người, hoặc ẩn để không suy ra được ô nhỏ). Chỉ tiêu: {target}%.',
		'The number recognised in {name} is too small to publish (under 10 people, or hidden so a small cell cannot be worked out). Target: {target}%.'
	],
	leadNoPopulation: [
		'{name}: chưa có số người từ 16 tuổi năm {year} nên chưa tính được tỉ lệ. Chỉ tiêu: {target}%.',
		'{name}: no figure of people aged 16+ for {year} yet, so no rate. Target: {target}%.'
	],
	reached: ['Đã đạt chỉ tiêu.', 'The target is reached.'],
	notReached: ['Chưa đạt chỉ tiêu.', 'The target is not reached yet.'],
	merged: [
		'Gồm cả số liệu của đơn vị cũ đã sáp nhập: {names}.',
		'Includes the merged former units: {names}.'
	],
	unitsHeading: ['Theo đơn vị', 'By unit'],
	groupsHeading: ['Theo nhóm đối tượng', 'By citizen group'],
	'col.unit': ['Đơn vị', 'Unit'],
	'col.population': ['Số người từ 16 tuổi', 'People aged 16+'],
	'col.recognised': ['Đã công nhận', 'Recognised'],
	'col.rate': ['Tỉ lệ', 'Rate'],
	'col.target': ['Chỉ tiêu', 'Target'],
	'col.group': ['Nhóm đối tượng', 'Citizen group'],
	'col.assessed': ['Đã đánh giá', 'Assessed'],
	'col.share': ['Tỉ lệ trên số đã đánh giá', 'Share of those assessed'],
	retired: ['(đơn vị cũ)', '(former unit)'],
	none: ['—', '—'],
	legendHeading: ['Cách đọc bảng', 'How to read the tables'],
	legendDash: ['—: chưa có số liệu.', '—: no figure yet.'],
	privacy: [
		'Trang này không có tên hay thông tin riêng của ai. Số nào dưới {min} người đều được ẩn để không ai bị nhận ra.',
		'This page holds no names or personal details. Any count under {min} people is hidden so nobody can be singled out.'
	],
	years: ['Năm khác:', 'Other years:'],
	updated: ['Số liệu lúc {when}.', 'Figures as of {when}.'],
	print: ['In trang này', 'Print this page'],
	json: [
		'Dữ liệu dạng JSON (để nhúng vào cổng thông tin)',
		'The data as JSON (to embed in a portal)'
	],
	up: ['Về {name}', 'Back to {name}']
} satisfies Catalog;
