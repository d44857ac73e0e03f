import { server } from '../i18n/catalog/server';
import { textIn, type Params } from '../i18n/format';

/** The server's words (../i18n/catalog/server.ts), in Vietnamese: the app shows its reasons as they come. */
export const t = (key: keyof typeof server, params?: Params): string =>
	textIn(server, 'vi', key, params);
