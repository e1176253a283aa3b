#!/usr/bin/env bash
# For action.yml: downloads the coprod package of the release the action was
# used at (uses: OWNER/coprod@TAG) for this runner's distribution into
# $RUNNER_TEMP/coprod-package. Sets the outputs `found` (true when it did) and
# `cache-key` (for a build from source when it did not).
# Environment: INSTALL (auto|release|source), REPOSITORY, REF, GH_TOKEN, ACTION_PATH.
set -euo pipefail
dir=$RUNNER_TEMP/coprod-package
mkdir -p "$dir"
# shellcheck disable=SC1091
. /etc/os-release
codename=${VERSION_CODENAME:-unknown}
found=false
if [ "$INSTALL" != source ]; then
  if [ -n "$REF" ] && command -v gh >/dev/null &&
     gh release download "$REF" --repo "$REPOSITORY" --pattern "coprod_*~${codename}_amd64.deb" \
       --dir "$dir" --clobber 2>"$dir/download.log"; then
    found=true
    echo "Using the coprod package of release $REF for $codename: $(ls "$dir"/*.deb)"
  elif [ "$INSTALL" = release ]; then
    echo "::error title=coprod::no coprod package for $codename in release '$REF' of $REPOSITORY: $(cat "$dir/download.log")"
    exit 1
  else
    echo "No coprod package for $codename in release '$REF' of $REPOSITORY; building it from source (cached)."
  fi
fi
# The build is cached by the sources it is made from and the distribution.
key=$(cd "$ACTION_PATH" && find CMakeLists.txt cmake cli lib templates -type f -print0 | sort -z |
      xargs -0 sha256sum | sha256sum | cut -c1-32)
echo "found=$found" >>"$GITHUB_OUTPUT"
echo "cache-key=coprod-package-${ID:-linux}-${codename}-$(uname -m)-${key}" >>"$GITHUB_OUTPUT"
