import type { CriteriaSet, Indicator } from './criteria-set.schema';
import { criteriaSetDocId } from './ids';

// The criteria set bundled with the app, so a tablet can assess before it ever reaches the server.
// Its STRUCTURE follows what public reports say of Decision 324/QĐ-KHVN (25/10/2023): one form per
// citizen group (four groups), each scored under three competency groups. The official wording,
// points and threshold could not be obtained: the indicators below are plain-language
// approximations, the set says so (`verified: false`, `source`), and an administrator publishes the
// official text as a new version without a code change.
//
// Every group's form is worth 100 points: 30 (self-learning) + 40 (interactive tools) + 30 (social
// relationships), ten points per indicator, so the officer can add up a paper form by hand too.

export const DEFAULT_CRITERIA_SLUG = 'cdht-324';
export const DEFAULT_CRITERIA_VERSION = 1;

export const GROUP_STUDENTS = 'hoc-sinh-sinh-vien';
export const GROUP_OFFICIALS = 'can-bo-cong-chuc';
export const GROUP_FARMERS = 'nong-dan';
export const GROUP_COMMUNITY = 'cong-dong';

type Options = Indicator['options'];

/** How often the person does something. */
const frequency: Options = [
	{ key: 'thuong-xuyen', label: 'Thường xuyên', labelEn: 'Regularly', points: 10 },
	{ key: 'thinh-thoang', label: 'Thỉnh thoảng', labelEn: 'Sometimes', points: 5 },
	{ key: 'chua', label: 'Chưa', labelEn: 'Not yet', points: 0 }
];

/** How well the person can do something (digital skills). */
const skill: Options = [
	{ key: 'thanh-thao', label: 'Tự làm được', labelEn: 'Can do it alone', points: 10 },
	{
		key: 'can-giup',
		label: 'Làm được khi có người giúp',
		labelEn: 'Can do it with help',
		points: 5
	},
	{ key: 'chua-biet', label: 'Chưa biết', labelEn: 'Cannot yet', points: 0 }
];

/** A yes/no rule. */
const meets: Options = [
	{ key: 'dat', label: 'Đạt', labelEn: 'Met', points: 10 },
	{ key: 'chua-dat', label: 'Chưa đạt', labelEn: 'Not met', points: 0 }
];

/** Applies to every group. */
const all: readonly string[] = [];

function indicator(
	id: string,
	groups: readonly string[],
	options: Options,
	text: string,
	textEn: string,
	hint: string,
	hintEn: string
): Indicator {
	return { id, groups: [...groups], options, text, textEn, ...(hint ? { hint, hintEn } : {}) };
}

export const defaultCriteriaSet: CriteriaSet = {
	_id: criteriaSetDocId(DEFAULT_CRITERIA_SLUG, DEFAULT_CRITERIA_VERSION),
	type: 'criteriaSet',
	code: '324/QĐ-KHVN',
	slug: DEFAULT_CRITERIA_SLUG,
	version: DEFAULT_CRITERIA_VERSION,
	title: 'Bộ tiêu chí đánh giá, công nhận danh hiệu Công dân học tập giai đoạn 2021–2030',
	titleEn: 'Criteria for assessing and recognising the title "Learning Citizen", 2021–2030',
	source:
		'Cấu trúc theo các báo cáo công khai về Quyết định 324/QĐ-KHVN ngày 25/10/2023 của Hội Khuyến học Việt Nam: ' +
		'4 phiếu theo 4 nhóm đối tượng, mỗi phiếu chấm theo 3 nhóm năng lực. Nội dung chỉ tiêu, điểm (100 điểm mỗi phiếu) ' +
		'và ngưỡng công nhận 50% là bản gần đúng do nhóm phát triển soạn, CHƯA đối chiếu với văn bản chính thức. ' +
		'Structure from public reports on Decision 324/QĐ-KHVN; indicator wording, points and the 50% threshold are an ' +
		'approximation, not checked against the official text. An administrator should publish the official text as a new version.',
	verified: false,
	minAge: 16,
	groups: [
		{ id: GROUP_STUDENTS, name: 'Học sinh, sinh viên', nameEn: 'Pupils and students' },
		{
			id: GROUP_OFFICIALS,
			name: 'Cán bộ, công chức, viên chức, người lao động trong cơ quan, tổ chức, doanh nghiệp',
			nameEn: 'Officials, public employees and workers in agencies, organisations and enterprises'
		},
		{
			id: GROUP_FARMERS,
			name: 'Nông dân, lao động nông thôn',
			nameEn: 'Farmers and rural workers'
		},
		{
			id: GROUP_COMMUNITY,
			name: 'Người dân khác trong cộng đồng (thợ thủ công, buôn bán, nội trợ, người cao tuổi…)',
			nameEn: 'Other citizens in the community (craftspeople, traders, homemakers, the elderly…)'
		}
	],
	criteria: [
		{
			id: 'tu-hoc',
			title: 'Năng lực tự học và học tập suốt đời',
			titleEn: 'Self-learning and lifelong learning',
			indicators: [
				indicator(
					'doc-tin',
					all,
					frequency,
					'Đọc sách, báo, nghe đài, xem thời sự để biết thêm điều mới',
					'Reads books or newspapers, listens to the radio or watches the news to learn new things',
					'Ví dụ: đọc báo, nghe loa truyền thanh xã, xem chương trình thời sự, khuyến nông trên ti vi.',
					'E.g. newspapers, the commune loudspeaker, news or farming programmes on TV.'
				),
				indicator(
					'hoc-o-truong',
					[GROUP_STUDENTS],
					meets,
					'Đi học đầy đủ và hoàn thành việc học của năm học',
					'Attends school and completes the school year’s work',
					'Đạt khi năm học vừa qua được lên lớp hoặc hoàn thành học phần.',
					'Met when the last school year was passed or the course units were completed.'
				),
				indicator(
					'boi-duong',
					[GROUP_OFFICIALS],
					frequency,
					'Tham gia các lớp bồi dưỡng, tập huấn chuyên môn theo yêu cầu công việc',
					'Takes part in the training courses the job requires',
					'Gồm cả lớp học trực tuyến do cơ quan, doanh nghiệp tổ chức.',
					'Including online courses run by the agency or enterprise.'
				),
				indicator(
					'hoc-nghe',
					[GROUP_FARMERS],
					frequency,
					'Học thêm cách trồng trọt, chăn nuôi hoặc một nghề phụ để tăng thu nhập',
					'Learns better ways of farming or raising animals, or a side trade, to earn more',
					'Ví dụ: dự buổi tập huấn khuyến nông, học cách làm từ người giỏi trong thôn.',
					'E.g. an extension training session, learning from a skilled neighbour.'
				),
				indicator(
					'sinh-hoat-hoc-tap',
					[GROUP_COMMUNITY],
					frequency,
					'Tham gia lớp học, câu lạc bộ ở trung tâm học tập cộng đồng, nhà văn hóa hoặc thư viện',
					'Joins classes or clubs at the community learning centre, cultural house or library',
					'Ví dụ: câu lạc bộ người cao tuổi, lớp dưỡng sinh, buổi nói chuyện về sức khỏe, pháp luật.',
					'E.g. an elderly club, a health exercise class, a talk on health or the law.'
				),
				indicator(
					'ap-dung',
					all,
					frequency,
					'Áp dụng điều đã học vào việc học, việc làm hoặc cuộc sống gia đình',
					'Applies what was learned to study, work or family life',
					'Hỏi một ví dụ cụ thể: đã học được gì và đã làm khác đi thế nào.',
					'Ask for one example: what was learned and what was done differently.'
				)
			]
		},
		{
			id: 'cong-cu',
			title: 'Năng lực sử dụng công cụ tương tác',
			titleEn: 'Using interactive tools',
			indicators: [
				indicator(
					'dien-thoai',
					all,
					skill,
					'Dùng điện thoại thông minh để gọi video, nhắn tin (Zalo, Messenger…)',
					'Uses a smartphone for video calls and messages (Zalo, Messenger…)',
					'Nhờ người đó gọi thử hoặc gửi một tin nhắn.',
					'Ask the person to make a call or send a message.'
				),
				indicator(
					'tim-thong-tin',
					all,
					skill,
					'Tìm được thông tin cần thiết trên mạng Internet',
					'Finds needed information on the Internet',
					'Ví dụ: xem thời tiết, giá nông sản, cách chữa bệnh thông thường, tin tức của xã.',
					'E.g. the weather, crop prices, common health advice, commune news.'
				),
				indicator(
					'dich-vu-cong',
					[GROUP_OFFICIALS, GROUP_FARMERS, GROUP_COMMUNITY],
					skill,
					'Dùng ứng dụng VNeID hoặc dịch vụ công trực tuyến (khai báo, nộp hồ sơ, tra cứu)',
					'Uses the VNeID app or public online services (declarations, applications, look-ups)',
					'Ví dụ: xem thông tin căn cước trên VNeID, nộp hồ sơ trên Cổng dịch vụ công.',
					'E.g. viewing ID details in VNeID, filing an application on the public services portal.'
				),
				indicator(
					'hoc-truc-tuyen',
					[GROUP_STUDENTS],
					skill,
					'Học trực tuyến và dùng máy tính, phần mềm để học',
					'Learns online and uses a computer and software for study',
					'Ví dụ: vào lớp học trực tuyến, nộp bài qua mạng, soạn văn bản.',
					'E.g. joining an online class, handing in work online, writing a document.'
				),
				indicator(
					'an-toan-mang',
					all,
					meets,
					'Biết giữ an toàn trên mạng: không đưa mật khẩu, mã OTP cho người khác, cảnh giác với lừa đảo',
					'Stays safe online: never gives passwords or OTP codes to others, watches out for scams',
					'Hỏi: nếu có người gọi xưng là công an, ngân hàng và xin mã OTP thì làm gì?',
					'Ask: what would you do if a caller claiming to be the police or a bank asked for an OTP code?'
				)
			]
		},
		{
			id: 'quan-he',
			title: 'Năng lực xây dựng và duy trì các mối quan hệ xã hội',
			titleEn: 'Building and keeping social relationships',
			indicators: [
				indicator(
					'hoat-dong-cong-dong',
					all,
					frequency,
					'Tham gia hoạt động của thôn, khu dân cư, đoàn thể hoặc nhà trường',
					'Takes part in activities of the hamlet, neighbourhood, mass organisations or school',
					'Ví dụ: họp thôn, hội phụ nữ, hội nông dân, hội người cao tuổi, đoàn thanh niên, việc thiện nguyện.',
					'E.g. hamlet meetings, women’s or farmers’ union, elderly association, youth union, volunteering.'
				),
				indicator(
					'phap-luat',
					all,
					meets,
					'Chấp hành pháp luật, hương ước của thôn và nội quy nơi học tập, làm việc',
					'Obeys the law, the hamlet’s customary rules and the rules of school or workplace',
					'Chưa đạt nếu năm qua bị xử phạt hoặc bị kỷ luật.',
					'Not met if fined or disciplined in the past year.'
				),
				indicator(
					'ban-be-thay-co',
					[GROUP_STUDENTS],
					frequency,
					'Kính trọng thầy cô, giúp đỡ bạn bè, biết làm việc nhóm',
					'Respects teachers, helps classmates, works well in a group',
					'Ví dụ: giảng bài cho bạn, cùng nhóm làm bài, tham gia hoạt động của lớp, Đoàn trường.',
					'E.g. explaining lessons to a classmate, group work, class or youth union activities.'
				),
				indicator(
					'dong-nghiep',
					[GROUP_OFFICIALS],
					frequency,
					'Hợp tác tốt với đồng nghiệp; tận tình, đúng mực với người dân, khách hàng',
					'Works well with colleagues; is helpful and courteous to citizens and customers',
					'Hỏi ý kiến người phụ trách hoặc đồng nghiệp nếu cần.',
					'Ask a supervisor or colleague if needed.'
				),
				indicator(
					'gia-dinh',
					[GROUP_FARMERS, GROUP_COMMUNITY],
					frequency,
					'Giữ gia đình hòa thuận, quan tâm việc học của con cháu, giúp đỡ hàng xóm',
					'Keeps a harmonious family, cares for the children’s learning, helps neighbours',
					'Ví dụ: gia đình được công nhận gia đình văn hóa, gia đình học tập.',
					'E.g. the family was recognised as a "cultural family" or "learning family".'
				)
			]
		}
	],
	rule: { passPercent: 50 },
	effectiveFrom: '2023-10-25T00:00:00.000Z',
	publishedAt: '2023-10-25T00:00:00.000Z'
};
