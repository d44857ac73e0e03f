#!/usr/bin/env bash
# The integration and e2e projects on a real Apache CouchDB (the production engine), started from
# the couchdb.sh given (../shared/couchdb/couchdb.sh): one node (integration + e2e), then a 3-node
# cluster (the integration files a cluster concerns, including the node-loss test). Each is stopped and removed afterwards.
#   bash scripts/test-couchdb.sh ../shared/couchdb/couchdb.sh [single|cluster|both]
set -euo pipefail
cd "$(dirname "$0")/.."
COUCHDB_SH="$(realpath "${1:?path to couchdb.sh}")"
which="${2:-both}"
base="$(mktemp -d "${TMPDIR:-/tmp}/cdht-couchdb-XXXXXX")"
# Its own Erlang port mapper, so no other CouchDB on this machine (node names are fixed) collides.
export ERL_EPMD_PORT="${ERL_EPMD_PORT:-4399}"
cleanup() {
	for d in "$base"/*/; do [ -d "$d" ] && bash "$COUCHDB_SH" stop --dir "$d" >/dev/null 2>&1 || true; done
	rm -rf "$base"
}
trap cleanup EXIT

url_of() { sed -n 's/^COUCHDB_URL=\([^ ]*\).*/\1/p'; }

if [ "$which" != cluster ]; then
	url=$(bash "$COUCHDB_SH" start --port 25984 --dir "$base/single" --iterations 1000 | url_of)
	echo "ci: Apache CouchDB, one node at $url"
	TEST_COUCHDB_URL="$url" npx vitest run --project integration
	[ -f build/index.js ] || npm run build
	TEST_COUCHDB_URL="$url" npx vitest run --project e2e
	bash "$COUCHDB_SH" stop --dir "$base/single"
fi

if [ "$which" != single ]; then
	bash "$COUCHDB_SH" start --nodes 3 --port 25990 --dir "$base/cluster" --iterations 1000 >/dev/null
	urls="http://127.0.0.1:25990,http://127.0.0.1:25991,http://127.0.0.1:25992"
	echo "ci: Apache CouchDB, a 3-node cluster at $urls"
	# What a cluster changes: losing a node, spreading over nodes, provisioning on every node, the
	# push and standard clients. (The whole suite on a cluster meets read-after-write lag in
	# administration tests: _all_docs and views read one copy per shard; see docs/operations.md.)
	TEST_COUCHDB_URL="$urls" TEST_COUCHDB_CLUSTER_DIR="$base/cluster" TEST_COUCHDB_SH="$COUCHDB_SH" npx vitest run --project integration \
		tests/integration/{cluster,store-nodes,store-parity,provisioning,sync-push,clients,replicate}.test.ts
fi
