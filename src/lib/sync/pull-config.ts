import type { LocalDatabase } from '$lib/db/db';
import type { CriteriaSetRecord, OrgUnitRecord, TargetRecord } from '$lib/db/records';
import { docTypeOfId } from '$lib/domain/ids';
import { checkpointKey, type PulledPage, type PullDeps } from './checkpoint';
import type { WireDoc } from './wire';

// `cdht-config` on the tablet: criteria sets, org units, targets. Only administrators write them,
// so the server's version simply replaces the tablet's. A newly published criteria set version
// becomes the default for new assessments by being stored (db/criteria.ts `currentCriteriaSet`
// picks the newest published one); drafts name the set and version they started with, and older
// versions are kept, so a draft goes on with its own.

const TABLE_OF = { criteriaSet: 'criteriaSets', orgUnit: 'orgUnits', target: 'targets' } as const;
type ConfigType = keyof typeof TABLE_OF;
type ConfigRecord = CriteriaSetRecord | OrgUnitRecord | TargetRecord;

const configType = (type: unknown): ConfigType | null =>
	typeof type === 'string' && type in TABLE_OF ? (type as ConfigType) : null;
const tableOf = (db: LocalDatabase, type: ConfigType) =>
	db.table<ConfigRecord, string>(TABLE_OF[type]);

export function configApplier(
	db: LocalDatabase,
	remoteDb: string
): Pick<PullDeps, 'knownRevs' | 'apply'> {
	return {
		async knownRevs(ids) {
			return Promise.all(
				ids.map(async (id) => {
					const type = configType(docTypeOfId(id));
					return type ? (await tableOf(db, type).get(id))?._rev : undefined;
				})
			);
		},

		async apply(page: PulledPage) {
			await db.transaction('rw', [...Object.values(TABLE_OF), 'meta'], async () => {
				for (const doc of page.docs) {
					const type = configType(doc.type);
					if (type && docTypeOfId(doc._id) === type)
						await tableOf(db, type).put(stripBookkeeping(doc) as ConfigRecord);
				}
				for (const id of page.deleted) {
					const type = configType(docTypeOfId(id));
					// A criteria set is never removed from the tablet: drafts and sent assessments name it.
					if (type && type !== 'criteriaSet') await tableOf(db, type).delete(id);
				}
				await db.meta.put({ key: checkpointKey(remoteDb), value: page.seq });
			});
		}
	};
}

function stripBookkeeping(doc: WireDoc): WireDoc {
	const { _revisions, _conflicts, _deleted_conflicts, ...rest } = doc;
	return rest;
}
