import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Makes the data dir readable by its owner only: it holds the store, the server admin's password
 * and the session secret, and (embedded) the store's Unix socket.
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
	await mkdir(dir, { recursive: true, mode: 0o700 });
	await chmod(dir, 0o700);
	// The data dir usually sits inside the repository (./data): keep it out of every commit.
	await writeFile(join(dir, '.gitignore'), '*\n', { flag: 'w', mode: 0o600 });
}

/**
 * A secret taken from the environment, else read from `<dir>/<file>`, else generated once and kept
 * there with mode 0600, so it survives restarts and never has to be printed or logged.
 */
export async function loadOrCreateSecret(
	dir: string,
	file: string,
	fromEnv?: string
): Promise<string> {
	if (fromEnv) return fromEnv;
	const path = join(dir, file);
	try {
		const info = await stat(path);
		// A secret someone made world-readable is tightened rather than trusted as it is.
		if ((info.mode & 0o077) !== 0) await chmod(path, 0o600);
		const value = (await readFile(path, 'utf8')).trim();
		if (value) return value;
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
	}
	const value = randomBytes(32).toString('base64url');
	// 'wx' fails rather than overwrite a secret another process wrote in between.
	await writeFile(path, value + '\n', { mode: 0o600, flag: 'wx' });
	return value;
}
