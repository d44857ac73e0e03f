import type { Hamlet } from '$lib/domain/hamlet.schema';
import { communeDbName } from '$lib/domain/ids';
import type { Couch } from '$lib/net/couch';

// Hamlet names as the reviewer shows them: the tree's (configuration), and for a hamlet an officer
// added in the field (hamlet.schema.ts) its own name until the administrator settles it, then the
// name of the hamlet it was accepted as or merged into. One small request per commune.

export type HamletNamer = (hamletId: string) => string;

export async function hamletNamer(
	couch: Couch,
	communeId: string,
	treeName: (id: string) => string | undefined
): Promise<HamletNamer> {
	const added = await couch.docsWithPrefix<Hamlet>(
		communeDbName(communeId),
		`hamlet:${communeId}:`
	);
	return namer(added, treeName);
}

export function namer(
	added: readonly Hamlet[],
	treeName: (id: string) => string | undefined
): HamletNamer {
	const byId = new Map(added.filter((h) => h.type === 'hamlet').map((h) => [h.id, h]));
	return (id) => {
		const proposal = byId.get(id);
		return treeName(proposal?.mappedTo ?? id) ?? proposal?.name ?? id;
	};
}
