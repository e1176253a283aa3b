#!/usr/bin/env bash
# For action.yml: builds the coprod package from the action's own sources,
# once (the result is cached), into the folder given.
# Usage: build-package.sh OUT_DIR (environment: ACTION_PATH, and REPOSITORY
# and REF, the action's own, for the rules' documentation links in SARIF)
set -euo pipefail
out=$1
build=$RUNNER_TEMP/coprod-build
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
$sudo bash "$ACTION_PATH/.ci/install-deps" --build-only dpkg-dev file
docs=()
if [ -n "${REPOSITORY:-}" ] && [ -n "${REF:-}" ]; then
  docs=("-DCOPROD_DOCS_URL=${GITHUB_SERVER_URL:-https://github.com}/$REPOSITORY/blob/$REF/docs/")
fi
cmake -S "$ACTION_PATH" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF "${docs[@]}" >/dev/null
cmake --build "$build"
(cd "$build" && cpack -G DEB -B "$build/package" >/dev/null)
mkdir -p "$out"
cp "$build"/package/coprod_*.deb "$out/"
