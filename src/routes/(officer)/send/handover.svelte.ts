import type { LocalDatabase } from '$lib/db/db';
import { newDocId } from '$lib/domain/ids';
import { deviceKeyOf } from '$lib/sync/device-key';
import { makeHandoverFile } from '$lib/sync/handover-make';
import { shareOrDownload } from '$lib/sync/handover-share';

// "Gửi bằng tệp" on the send screen: make the signed file of what is ready, hand it to the share
// sheet or the downloads, and say what happened. Only a key the server has recorded signs: a file
// signed with an unregistered key would only be refused at the district.

export type HandoverState =
	| { kind: 'idle' }
	| { kind: 'making' }
	| { kind: 'made'; name: string; n: number }
	| { kind: 'nothing' }
	| { kind: 'noKey' }
	| { kind: 'failed' };

export class HandoverFlow {
	state = $state<HandoverState>({ kind: 'idle' });

	async run(db: LocalDatabase, officer: string, communeId: string): Promise<void> {
		if (this.state.kind === 'making') return;
		this.state = { kind: 'making' };
		try {
			const key = await deviceKeyOf(db);
			if (!key?.registeredAt) {
				this.state = { kind: 'noKey' };
				return;
			}
			const made = await makeHandoverFile(
				{
					db,
					communeId,
					officer,
					now: () => new Date(),
					newBatchId: () => newDocId('batch', communeId)
				},
				key
			);
			if (!made) {
				this.state = { kind: 'nothing' };
				return;
			}
			await shareOrDownload(made);
			this.state = { kind: 'made', name: made.name, n: made.header.counts.assessments };
		} catch (e) {
			console.error(e);
			this.state = { kind: 'failed' };
		}
	}
}
