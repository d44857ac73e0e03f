import type { Field } from './columns';
import type { Plan, PlanContext } from './plan';
import type { ReadResult, WorkerRequest, WorkerResponse } from './worker';

/**
 * The import worker, one request at a time (the screen waits for each answer). The file is
 * handed over as bytes: it never leaves the device.
 */
export class ImportReader {
	#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

	#ask(request: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerResponse> {
		return new Promise((resolve, reject) => {
			this.#worker.onmessage = (e: MessageEvent<WorkerResponse>) => resolve(e.data);
			this.#worker.onerror = (e) => reject(new Error(e.message));
			this.#worker.postMessage(request, transfer);
		});
	}

	async read(file: File): Promise<ReadResult> {
		const bytes = await file.arrayBuffer();
		const answer = await this.#ask({ kind: 'read', name: file.name, bytes }, [bytes]);
		if (answer.kind === 'error') throw new Error(answer.message);
		if (answer.kind !== 'read') throw new Error('unexpected answer');
		return answer.result;
	}

	async plan(ctx: PlanContext, columns: Record<string, (Field | null)[]>): Promise<Plan> {
		const answer = await this.#ask({ kind: 'plan', ctx, columns });
		if (answer.kind === 'error') throw new Error(answer.message);
		if (answer.kind !== 'plan') throw new Error('unexpected answer');
		return answer.plan;
	}

	close() {
		this.#worker.terminate();
	}
}
