import { spawn } from 'node:child_process';
import { ROOT } from '../tests/e2e/harness';

/** Run a command in the repository, collect its output; reject with that output on failure. */
export function run(
	command: string,
	args: string[],
	options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}
): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: ROOT,
			env: { ...process.env, ...options.env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		const timer = options.timeoutMs
			? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
			: undefined;
		child.once('error', reject);
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			if (code === 0) resolve(out);
			else
				reject(
					new Error(
						`${command} ${args.join(' ')} → ${signal ?? `exit ${code}`}\n${out.slice(-4000)}`
					)
				);
		});
	});
}

export const tsx = (script: string, env?: NodeJS.ProcessEnv, timeoutMs?: number) =>
	run(process.execPath, ['--import', 'tsx', script], { env, timeoutMs });
