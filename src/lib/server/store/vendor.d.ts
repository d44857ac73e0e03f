// The embedded store's packages ship no types; only what store/embedded.ts uses is declared.
declare module 'pouchdb' {
	interface PouchDBStatic {
		defaults(options: { prefix?: string }): PouchDBStatic;
	}
	const PouchDB: PouchDBStatic;
	export default PouchDB;
}

declare module 'express-pouchdb' {
	import type { Express } from 'express';
	interface ExpressPouchDBOptions {
		mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
		configPath?: string;
		logPath?: string;
		overrideMode?: { include?: string[]; exclude?: string[] };
	}
	function expressPouchDB(PouchDB: unknown, options?: ExpressPouchDBOptions): Express;
	export default expressPouchDB;
}
