import type { AssessmentStatus } from '$lib/domain/assessment.schema';
import type { Citizen } from '$lib/domain/citizen.schema';
import { vietnamDate, type ReportTable } from '$lib/domain/report-sheet';

// The commune's register back out, for the People's Committee: one row per person with this year's
// status, in the report's table shape so the same .xlsx writer makes the file. Years and all other
// cells are text, so the writer's number formats (made for the report's counts) never apply.

export const STATUS_WORDS: Record<AssessmentStatus | 'none', string> = {
	draft: 'Bản nháp',
	ready: 'Sẵn sàng gửi',
	sent: 'Đã gửi, chờ duyệt',
	returned: 'Bị trả lại',
	recognised: 'Đã công nhận',
	rejected: 'Không công nhận',
	none: 'Chưa đánh giá'
};

const GENDER: Record<Citizen['gender'], string> = { male: 'Nam', female: 'Nữ', other: 'Khác' };

export const REGISTER_HEADERS = [
	'Thôn, ấp',
	'Họ và tên',
	'Năm sinh',
	'Giới tính',
	'Hộ',
	'Nhóm đối tượng',
	'Tình trạng năm {period}'
];

export interface RegisterInput {
	communeName: string;
	period: number;
	people: Pick<Citizen, 'fullName' | 'birthYear' | 'gender' | 'hamletId' | 'household' | 'group'>[];
	/** This period's status per person, by position in `people`. */
	statuses: (AssessmentStatus | undefined)[];
	hamletName: (id: string) => string;
	groupName: (id: string) => string;
}

export function registerTable(input: RegisterInput, generatedAt: Date): ReportTable {
	const body = input.people.map((p, i) => [
		input.hamletName(p.hamletId),
		p.fullName,
		String(p.birthYear),
		GENDER[p.gender],
		p.household ?? '',
		input.groupName(p.group),
		STATUS_WORDS[input.statuses[i] ?? 'none']
	]);
	const recognised = input.statuses.filter((s) => s === 'recognised').length;
	return {
		title: `Danh sách người dân — ${input.communeName} — năm ${input.period}`,
		generated: `Ngày lập: ${vietnamDate(generatedAt)}`,
		headers: REGISTER_HEADERS.map((h) => h.replace('{period}', String(input.period))),
		body,
		depths: body.map(() => 0),
		totals: [
			`Tổng cộng: ${body.length} người`,
			'',
			'',
			'',
			'',
			'',
			`Đã công nhận: ${recognised} người`
		]
	};
}

export function registerFileName(communeId: string, period: number, generatedAt: Date): string {
	const [dd, mm, yyyy] = vietnamDate(generatedAt).split('/');
	return `danh-sach-nguoi-dan-${communeId}-${period}-${yyyy}-${mm}-${dd}.xlsx`;
}
