#!/usr/bin/env bash
# Builds the .deb with cpack from this build folder, then, without touching
# the system: checks its Depends and its contents, extracts it into an empty
# folder and runs coprod from there (every command that needs a file the
# package ships), and installs it with dpkg into a folder of its own (--root,
# with its own package database) over an older version, then removes it,
# checking that both leave nothing behind.
# Usage: check_package.sh BUILD_DIR SOURCE_DIR WORK
set -euo pipefail
build=$1 source=$2 work=$3
fail() { echo "check_package: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "coprod-package: skipped: $tool is not installed (.ci/install-deps)"; exit 77; }
done
rm -rf "$work"
mkdir -p "$work"

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/out/coprod_*.deb)
if [ ! -f "${debs[0]}" ] || [ "${#debs[@]}" -ne 1 ]; then
  fail "cpack made no single coprod_*.deb: ${debs[*]}"
fi
deb=${debs[0]}
version=$(dpkg-deb --field "$deb" Version)
echo "package: $(basename "$deb"), version $version"

# Depends, from dpkg-shlibdeps: the C and C++ runtimes and the libraries linked.
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for library in libc6 libstdc++6 libfyaml libfmt libzip; do
  [[ $depends == *"$library"* ]] || fail "Depends does not name $library: $depends"
done

# What it installs.
dpkg-deb --contents "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
for path in /usr/bin/coprod /usr/share/man/man1/coprod.1 \
            /usr/share/bash-completion/completions/coprod \
            /usr/share/zsh/vendor-completions/_coprod \
            /usr/share/fish/vendor_completions.d/coprod.fish \
            /usr/share/coprod/templates/appendix.md.mustache \
            /usr/share/coprod/templates/report/portfolio.html.mustache; do
  grep -qx "$path" "$work/contents" || fail "the package does not install $path"
done
# coprod.html, when this build folder has it (cmake --build build --target coprod-html).
if [ -f "$build/wasm/coprod.html" ]; then
  grep -qx /usr/share/coprod/coprod.html "$work/contents" || fail "the package does not install coprod.html"
fi
if grep -v '^/usr/' "$work/contents" | grep -qvx '/'; then
  fail "the package installs outside /usr: $(grep -v '^/usr/' "$work/contents" | grep -vx '/')"
fi

# Extracted into an empty folder, it runs, from anywhere.
root=$work/extracted
dpkg-deb -x "$deb" "$root"
coprod=$root/usr/bin/coprod
cd "$source"
"$coprod" --version | grep -qx "coprod ${version%%-*}" || fail "the packaged coprod is not version $version"
status=0
"$coprod" check --today 2026-06-30 examples/life-rooms.yaml >"$work/check.txt" || status=$?
[ "$status" -eq 0 ] || fail "coprod check examples/life-rooms.yaml exited $status"
grep -q "Assured" "$work/check.txt" || fail "coprod check gave no verdict"
env -u COPROD_TEMPLATE_DIR "$coprod" appendix --today 2026-06-30 --format html examples/life-rooms.yaml >"$work/appendix.html"
grep -q "<html" "$work/appendix.html" || fail "coprod appendix wrote no HTML"
# (status 2: the examples include an invalid proposal, listed with its error)
env -u COPROD_TEMPLATE_DIR "$coprod" report --today 2026-06-30 examples/ >"$work/report.md" || true
examples=$(ls examples/*.yaml | wc -l)
grep -q "^$examples proposals: " "$work/report.md" || fail "coprod report did not count the $examples examples"
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$root/usr/share/man/man1/coprod.1" 2>&1)
  [ -z "$warnings" ] || fail "the man page has roff warnings: $warnings"
fi
bash -n "$root/usr/share/bash-completion/completions/coprod" || fail "the bash completion does not parse"

# Installed by dpkg into a root of its own, over an older version that also
# shipped a template this one does not: the upgrade replaces every file and
# removes the old one; removing the package leaves no file behind.
old=$work/old
dpkg-deb -R "$deb" "$old"
sed -i 's/^Version: .*/Version: 0.0.1/' "$old/DEBIAN/control"
echo "retired" >"$old/usr/share/coprod/templates/retired.md.mustache"
(cd "$old" && md5sum usr/share/coprod/templates/retired.md.mustache >>DEBIAN/md5sums)
dpkg-deb --root-owner-group -b "$old" "$work/coprod_0.0.1.deb" >/dev/null

target=$work/root
mkdir -p "$target/var/lib/dpkg/info" "$target/var/lib/dpkg/updates" "$target/var/lib/dpkg/triggers"
: >"$target/var/lib/dpkg/status"
in_root() {  # dpkg on the folder's own database; the system's libraries are not in it
  dpkg --root="$target" --force-not-root --force-depends --force-script-chrootless \
       --log=/dev/null "$@"
}
in_root -i "$work/coprod_0.0.1.deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "installing 0.0.1 failed"; }
[ -f "$target/usr/share/coprod/templates/retired.md.mustache" ] || fail "0.0.1 did not install its files"
in_root -i "$deb" >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "upgrading to $version failed"; }
installed=$(dpkg-query --root="$target" -W -f='${Version} ${db:Status-Abbrev}' coprod)
[ "$installed" = "$version ii " ] || fail "after the upgrade dpkg says: $installed"
[ ! -e "$target/usr/share/coprod/templates/retired.md.mustache" ] || fail "the upgrade left 0.0.1's retired template behind"
"$target/usr/bin/coprod" --version | grep -qx "coprod ${version%%-*}" || fail "the upgraded coprod is not $version"
audit=$(in_root --audit 2>&1) || true
[ -z "$audit" ] || fail "dpkg --audit: $audit"
in_root -r coprod >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "removing coprod failed"; }
left=$(find "$target/usr" -type f 2>/dev/null || true)
[ -z "$left" ] || fail "removing coprod left files: $left"
echo "upgrade from 0.0.1 and removal: clean"
rm -rf "$work"
