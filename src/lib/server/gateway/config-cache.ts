import { CONFIG_DB, communeDbName } from '../../domain/ids';
import type { CriteriaSet } from '../../domain/criteria-set.schema';
import type { OrgUnit } from '../../domain/org-unit.schema';
import { orgIndex, type OrgIndex } from '../../domain/scope';
import { loadOrgUnits } from '../provisioning/org-units';
import type { StoreClient } from '../store/client';

interface OrgState {
	units: OrgUnit[];
	index: OrgIndex;
	/** Database name → commune id, for every commune in the tree. */
	communeByDb: Map<string, string>;
}

/**
 * What the gateway reads from `cdht-config` on nearly every request: the org tree (who may read
 * which commune) and criteria sets (to recompute results). Kept for a short TTL, and dropped at
 * once when this gateway itself writes `cdht-config`; another gateway instance's writes are seen
 * within the TTL.
 */
export class ConfigCache {
	#org: Promise<OrgState> | null = null;
	#orgAt = 0;
	#criteria = new Map<string, { set: Promise<CriteriaSet | null>; at: number }>();

	constructor(
		private readonly store: StoreClient,
		private readonly ttlMs = 30_000
	) {}

	invalidate(): void {
		this.#org = null;
		this.#criteria.clear();
	}

	org(): Promise<OrgState> {
		if (!this.#org || Date.now() - this.#orgAt > this.ttlMs) {
			this.#orgAt = Date.now();
			const loading = this.#loadOrg();
			// A failed load is not cached: the next request tries again.
			loading.catch(() => {
				if (this.#org === loading) this.#org = null;
			});
			this.#org = loading;
		}
		return this.#org;
	}

	async criteriaSet(docId: string): Promise<CriteriaSet | null> {
		const cached = this.#criteria.get(docId);
		if (cached && Date.now() - cached.at < this.ttlMs) return cached.set;
		const set = this.store
			.json<CriteriaSet>('GET', `/${CONFIG_DB}/${encodeURIComponent(docId)}`)
			.then((res) => (res.status === 200 ? res.body : null));
		this.#criteria.set(docId, { set, at: Date.now() });
		set.catch(() => this.#criteria.delete(docId));
		return set;
	}

	async #loadOrg(): Promise<OrgState> {
		const units = await loadOrgUnits(this.store);
		const communeByDb = new Map<string, string>();
		for (const unit of units)
			if (unit.level === 'commune') communeByDb.set(communeDbName(unit.id), unit.id);
		return { units, index: orgIndex(units), communeByDb };
	}
}
