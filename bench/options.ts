// What a bench run measures and how often: `full` is the sizes, `tiny` the smoke test's.
// Set by CLI flags (npm run bench -- --size=tiny --runs=1 --out=/tmp/b.md --only=push,search
// --citizens=20000 --push=500 --restore=20000 --officers=50 --report=10x2000 --no-build --couchdb-port=16400 --couchdb-epmd-port=4380
// --couchdb-sh=../shared/couchdb/couchdb.sh)
// or the same names in the environment (BENCH_SIZE, BENCH_RUNS, BENCH_OUT, BENCH_ONLY, BENCH_CITIZENS,
// BENCH_REPORT, BENCH_BUILD=0, BENCH_COUCHDB_PORT, …).

export interface Sizes {
	/** Citizens (and as many assessments) stored on the tablet for the save, search and heap rows. */
	citizens: number;
	/** Saves timed per kind (one answer, one assessment). */
	saves: number;
	/** Distinct accent-free queries timed. */
	queries: number;
	/** Assessments pushed (each with its citizen). */
	pushAssessments: number;
	/** Reviewer report: communes × assessments per commune. */
	reportCommunes: number;
	reportAssessments: number;
	/** Many officers: tablets pushing at once, and assessments (each with its citizen) each pushes. */
	officers: number;
	officerAssessments: number;
	/** Restore: citizens (and as many reviewed assessments) on the server, pulled into a fresh tablet. */
	restoreCitizens: number;
	/** Push on a cutting line: the connection is cut after this many request bytes. */
	cutEveryBytes: number;
}

export interface BenchOptions {
	size: 'full' | 'tiny';
	sizes: Sizes;
	/** Runs per figure (medians are of these). */
	runs: number;
	/** Lighthouse runs (0: the row says it was skipped). */
	lighthouseRuns: number;
	/** Runs of the PouchDB peer push (one is ~2.5 min at full size on the emulated line). */
	peerRuns: number;
	/** Province setups for the reviewer report (each writes the whole province: minutes at full size). */
	reportRuns: number;
	/** Where the table and its conditions are written. */
	out: string;
	/** Only these row ids (and the modules that make them); empty: all. */
	only: string[];
	/** Run `vite build` first (the smoke test's `test:e2e` has just built). */
	build: boolean;
	/** Where the CouchDB rows' Apache CouchDB listens, and its own Erlang port mapper (bench/couchdb.ts). */
	couchdbPort: number;
	couchdbEpmdPort: number;
	/** The script that starts it, from the repository's root; absent: the CouchDB rows say "not run". */
	couchdbSh: string;
}

export const SIZES: Record<BenchOptions['size'], Sizes> = {
	full: {
		citizens: 10_000,
		saves: 50,
		queries: 20,
		pushAssessments: 2000,
		reportCommunes: 100,
		reportAssessments: 2000,
		officers: 50,
		officerAssessments: 100,
		restoreCitizens: 20_000,
		cutEveryBytes: 100_000
	},
	tiny: {
		citizens: 50,
		saves: 10,
		queries: 20,
		pushAssessments: 20,
		reportCommunes: 2,
		reportAssessments: 20,
		officers: 50,
		officerAssessments: 2,
		restoreCitizens: 60,
		cutEveryBytes: 4_000
	}
};

export function parseOptions(
	argv: readonly string[] = process.argv.slice(2),
	env: NodeJS.ProcessEnv = process.env
): BenchOptions {
	const flags = new Map<string, string>();
	for (const arg of argv) {
		const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
		if (!m)
			throw new Error(
				`Unknown argument ${arg} (flags: --size=full|tiny --runs=N --out=PATH --only=a,b --no-build --couchdb-port=N)`
			);
		flags.set(m[1], m[2] ?? 'true');
	}
	const get = (name: string) =>
		flags.get(name) ?? env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
	const size = (get('size') ?? 'full') as BenchOptions['size'];
	if (!(size in SIZES)) throw new Error(`--size must be full or tiny, not ${size}`);
	const int = (name: string, fallback: number) => {
		const v = get(name);
		if (v === undefined) return fallback;
		const n = Number(v);
		if (!Number.isInteger(n) || n < 0)
			throw new Error(`--${name} must be a whole number, not ${v}`);
		return n;
	};
	const runs = Math.max(1, int('runs', size === 'tiny' ? 1 : 3));
	// Any size on its own: --citizens=N --saves=N --queries=N --push=N --report=COMMUNESxASSESSMENTS.
	const sizes = { ...SIZES[size] };
	sizes.citizens = Math.max(1, int('citizens', sizes.citizens));
	sizes.saves = Math.max(1, int('saves', sizes.saves));
	sizes.queries = Math.max(1, int('queries', sizes.queries));
	sizes.pushAssessments = Math.max(1, int('push', sizes.pushAssessments));
	sizes.restoreCitizens = Math.max(1, int('restore', sizes.restoreCitizens));
	sizes.officers = Math.max(1, int('officers', sizes.officers));
	const report = get('report');
	if (report !== undefined) {
		const m = /^(\d+)x(\d+)$/.exec(report);
		if (!m) throw new Error(`--report must be COMMUNESxASSESSMENTS (e.g. 100x2000), not ${report}`);
		sizes.reportCommunes = Number(m[1]);
		sizes.reportAssessments = Number(m[2]);
	}
	return {
		size,
		sizes,
		runs,
		lighthouseRuns: int('lighthouse-runs', size === 'tiny' ? 0 : 3),
		peerRuns: Math.max(1, int('peer-runs', size === 'tiny' ? 1 : runs)),
		reportRuns: Math.max(1, int('report-runs', size === 'tiny' ? runs : 1)),
		out: get('out') ?? 'docs/benchmarks.md',
		only: (get('only') ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean),
		build: flags.has('no-build') ? false : get('build') !== '0',
		couchdbPort: int('couchdb-port', 16400),
		couchdbEpmdPort: int('couchdb-epmd-port', 4380),
		couchdbSh: get('couchdb-sh') ?? '../shared/couchdb/couchdb.sh'
	};
}
