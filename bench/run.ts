// `npm run bench`: build, measure every row, print the table, write docs/benchmarks.md.
// Flags: --size=full|tiny --runs=N --lighthouse-runs=N --peer-runs=N --report-runs=N --out=PATH --only=id,id --no-build
// and sizes one by one: --citizens=N --saves=N --queries=N --push=N --report=COMMUNESxASSESSMENTS --restore=N --officers=N
// (or BENCH_SIZE, BENCH_RUNS, … in the environment). Row ids: bench/harness.ts TABLE_ORDER.
import { runBench } from './harness';
import { parseOptions } from './options';

const options = parseOptions();
const result = await runBench(options);
console.log(result.table);
console.log(`\nWritten to ${result.out} (${Math.round(result.seconds)} s).`);
