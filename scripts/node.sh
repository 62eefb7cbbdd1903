#!/bin/sh
# Runs a statlas script on Node >= 22.12 (Astro 7 and Vitest 5 need it; Node 24 strips the
# TypeScript types of our scripts). A fresh machine may only have an older system node, so this
# installs Node 24 from the npm registry into .node24/ (git-ignored) the first time it is needed.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
recent_enough() {
  "$1" -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=18)?0:1)' 2>/dev/null
}
if command -v node >/dev/null 2>&1 && recent_enough node; then
  node_bin=node
else
  node_bin="$here/.node24/node_modules/.bin/node"
  if [ ! -x "$node_bin" ] || ! recent_enough "$node_bin"; then
    echo "statlas: system node is older than 22.18; installing Node 24 into .node24/ (once)" >&2
    npm install --prefix "$here/.node24" --no-save --no-package-lock --silent node@24 >&2
  fi
  # Child processes (astro, vitest) must run on the same node.
  PATH="$here/.node24/node_modules/.bin:$PATH"
  export PATH
fi
exec "$node_bin" "$@"
