import { isActiveCitizen, type Citizen } from '$lib/domain/citizen.schema';
import { duplicateKey, nameWords, searchKey, sortKey } from '$lib/domain/search-key';
import type { CitizenKeys, CitizenRecord, LocalFields } from './records';

/**
 * The keys the tablet derives from a citizen for its indexes. Every path that stores a citizen
 * (the form, a pulled server version, an imported file) goes through here, so search, order and
 * the duplicate warning never disagree with the name.
 */
export function citizenKeys(
	c: Pick<Citizen, 'fullName' | 'birthYear' | 'hamletId' | 'removed' | 'merged'>
): CitizenKeys {
	// Off the register (removed, or merged into the record kept): no list, search, count or
	// duplicate warning finds it, because no index holds it; it is still read by its id.
	if (!isActiveCitizen(c)) return { searchKey: '', nameWords: [], dupKey: '' };
	return {
		searchKey: searchKey(c.fullName),
		nameWords: nameWords(c.fullName),
		sortKey: sortKey(c.fullName),
		dupKey: duplicateKey(c.fullName, c.birthYear, c.hamletId)
	};
}

/** A citizen document as the tablet stores it. */
export function toCitizenRecord(doc: Citizen, local: LocalFields): CitizenRecord {
	return { ...doc, ...local, ...citizenKeys(doc) };
}
