#!/usr/bin/env bash
# Installs journey-as-code (the action's own version unless told otherwise) outside the
# repository, so the workspace's package.json and node_modules are never touched.
set -euo pipefail
version="${INPUT_VERSION:-$(node -p "require(process.env.GITHUB_ACTION_PATH + '/package.json').version")}"
spec="${INPUT_PACKAGE:-journey-as-code@$version}"
prefix="${RUNNER_TEMP:-/tmp}/journey-as-code-action"
mkdir -p "$prefix"
[ -f "$prefix/package.json" ] || echo '{ "private": true }' > "$prefix/package.json"
npm install --prefix "$prefix" --no-save --no-audit --no-fund --ignore-scripts ${JOURNEY_NPM_FLAGS:-} "$spec" > "$prefix/install.log" 2>&1 || { cat "$prefix/install.log" >&2; exit 1; }
journey="$prefix/node_modules/.bin/journey"
echo "journey: $("$journey" --version) from $spec"
echo "journey=$journey" >> "$GITHUB_OUTPUT"
