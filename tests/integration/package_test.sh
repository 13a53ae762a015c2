#!/usr/bin/env bash
# Builds the Debian package from a configured build tree, checks its metadata, unpacks it into a
# temporary root and runs the binary it installed: --version, and --self-test (offscreen), which
# `opsdeck` hands to the console executable it installed beside itself.
set -euo pipefail
build_dir=${1:?usage: package_test.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack did not build the package"; }
deb=$(find "$work/out" -maxdepth 1 -name 'opsdeck_*.deb' | head -n 1)
[ -n "$deb" ] || fail "no opsdeck_*.deb in $work/out"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

fields=$(dpkg-deb --field "$deb" Package Version Architecture Depends)
echo "$fields"
grep -q '^Package: opsdeck$' <<<"$fields" || fail "package name"
grep -q '^Depends: .*libqt6widgets6' <<<"$fields" || fail "Depends lacks libqt6widgets6"
grep -q '^Depends: .*libspdlog' <<<"$fields" || fail "Depends lacks spdlog"
grep -q '^Depends: .*libqt6svg6' <<<"$fields" || fail "Depends lacks the SVG icon engine"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for path in usr/bin/opsdeck usr/libexec/opsdeck/opsdeck-console \
            usr/share/applications/org.opsdeck.Opsdeck.desktop \
            usr/share/metainfo/org.opsdeck.Opsdeck.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.opsdeck.Opsdeck.svg; do
  [ -e "$root/$path" ] || fail "the package does not install /$path"
done
desktop-file-validate "$root/usr/share/applications/org.opsdeck.Opsdeck.desktop" ||
  fail "desktop file does not validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.opsdeck.Opsdeck.metainfo.xml" ||
  appstreamcli validate --no-net "$root/usr/share/metainfo/org.opsdeck.Opsdeck.metainfo.xml" ||
  fail "metainfo does not validate"

export HOME="$work/home"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME
mkdir -p "$HOME"
version=$("$root/usr/bin/opsdeck" --version)
echo "$version"
grep -q '^opsdeck [0-9]' <<<"$version" || fail "--version printed: $version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/opsdeck" --self-test | tee "$work/selftest.log"
grep -q ' passed, 0 failed$' "$work/selftest.log" || fail "self-test of the installed binary"
echo "package test passed"
