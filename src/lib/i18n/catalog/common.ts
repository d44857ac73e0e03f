import type { Catalog } from '../text';

// Words every audience says the same way (UI.md: the same word for the same thing everywhere):
// spread into each audience's catalog, so a screen still loads one catalog.

export const common = {
	'status.draft': ['Bản nháp', 'Draft'],
	'status.ready': ['Sẵn sàng gửi', 'Ready to send'],
	'status.sent': ['Đã gửi, chờ duyệt', 'Sent, waiting for review'],
	'status.returned': ['Bị trả lại', 'Returned for correction'],
	'status.recognised': ['Đã công nhận', 'Recognised'],
	'conn.online': ['Đã có mạng', 'Connected'],
	'conn.offline': ['Không có mạng', 'No connection']
} satisfies Catalog;
