import { saveBlob } from '$lib/download';
import type { MadeFile } from './handover-make';

// The tablet's share sheet (Zalo, Bluetooth, Files) when the browser can share files; a download
// otherwise. A share the officer cancels still leaves the file downloadable from the same button.

export async function shareOrDownload(
	made: Pick<MadeFile, 'name' | 'bytes'>
): Promise<'shared' | 'downloaded'> {
	const file = new File([made.bytes], made.name, { type: 'application/octet-stream' });
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title: made.name });
			return 'shared';
		} catch (e) {
			if ((e as Error).name !== 'AbortError') console.error(e);
		}
	}
	saveBlob(file, made.name);
	return 'downloaded';
}
