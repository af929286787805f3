#!/usr/bin/env bash
# Packages the desktop terminal with jpackage: `package-terminal.sh app-image [deb]`.
# Run by the installers module's build (`mvn verify` makes the app image; `./tiketi package`, i.e. -Ppackage,
# adds the .deb), which sets:
#   JAVA_HOME          the JDK running Maven: its jdeps, jlink and jpackage
#   TIKETI_INPUT       the terminal's jar and every jar it runs with
#   TIKETI_OUT         where the image (tiketi-terminal/) and the .deb go: installers/target
#   TIKETI_VERSION     the project version (the package takes its numeric part)
#   TIKETI_KIOSK_ARGS  what the kiosk launcher passes when started without arguments
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="${JAVA_HOME:?}/bin"
input="${TIKETI_INPUT:?}"
out="${TIKETI_OUT:?}"
version="${TIKETI_VERSION:?}"
version="${version%%-*}" # jpackage wants numbers: 0.1.0-SNAPSHOT -> 0.1.0
work="$out/jpackage"
resources="$here/src/jpackage/resources"
started=$SECONDS

jdk=$("$bin/jpackage" --version 2>/dev/null || true)
[[ "${jdk%%.*}" =~ ^[0-9]+$ && "${jdk%%.*}" -ge 17 ]] || { echo "jpackage of a JDK 17+ needed at $bin (got: $jdk)" >&2; exit 1; }
main_jar=$(cd "$input" && ls desktop-client-*.jar)

# The runtime: what jdeps finds, plus what the terminal loads by name where jdeps cannot see it: the CLDR
# locale data for Korean number, currency and date formats, and the EC algorithms TLS needs for an https://
# server. bin/java stays in (jlink's default; jpackage would strip it): CI runs the packaged runtime with
# Monocle to render the sign-in screen, and it costs 100 KB.
modules=$("$bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$input/*" "$input"/*.jar 2>/dev/null | tail -n 1)
[[ "$modules" == java.base* ]] || { echo "jdeps found no modules (got: $modules)" >&2; exit 1; }
modules="$modules,jdk.localedata,jdk.crypto.ec"
rm -rf "$work/runtime"
mkdir -p "$work"
"$bin/jlink" --add-modules "$modules" --include-locales=en,ko --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$work/runtime"

cat >"$work/tiketi-kiosk.properties" <<EOF
arguments=$TIKETI_KIOSK_ARGS
icon=$resources/tiketi-kiosk.png
linux-shortcut=true
EOF

common=(
  --name tiketi-terminal --app-version "$version" --vendor "Tiketi Box Office"
  --description "Tiketi box-office terminal: the counter, the kiosk and the admin panel"
  --input "$input" --main-jar "$main_jar" --main-class dev.tiketi.desktop.Launcher
  --runtime-image "$work/runtime" --icon "$resources/tiketi-terminal.png" --resource-dir "$resources"
  --add-launcher "tiketi-kiosk=$work/tiketi-kiosk.properties"
)

read -ra types <<<"$*" # Maven passes "app-image deb" as one argument
for type in "${types[@]}"; do
  step=$SECONDS
  case "$type" in
    app-image)
      rm -rf "$out/tiketi-terminal"
      "$bin/jpackage" --type app-image "${common[@]}" --dest "$out"
      [[ -x "$out/tiketi-terminal/bin/tiketi-terminal" && -x "$out/tiketi-terminal/bin/tiketi-kiosk" ]] \
        || { echo "jpackage made no app image in $out/tiketi-terminal" >&2; exit 1; }
      echo "app image: $out/tiketi-terminal, $(du -sh "$out/tiketi-terminal" | cut -f1), $((SECONDS - step)) s"
      ;;
    deb)
      # jpackage needs both, and without fakeroot it skips the .deb and still exits 0
      if ! command -v fakeroot >/dev/null || ! command -v dpkg-deb >/dev/null; then
        echo "installing fakeroot and dpkg-dev, which jpackage needs for a .deb" >&2
        sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get install -y --no-install-recommends fakeroot dpkg-dev >&2 \
          || { echo "could not install fakeroot and dpkg-dev: install them and run again" >&2; exit 1; }
      fi
      rm -f "$out"/tiketi-terminal_*.deb
      # JavaFX opens GTK 3, OpenGL and their friends at run time, so jpackage's scan of the runtime's own
      # libraries misses them; a bare Debian desktop needs them named. The t64 names are Debian 13's.
      "$bin/jpackage" --type deb "${common[@]}" --dest "$out" \
        --linux-shortcut --linux-app-category misc \
        --linux-deb-maintainer "box-office@tiketi.dev" \
        --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxxf86vm1, libfontconfig1, libcups2 | libcups2t64"
      deb=$(ls "$out"/tiketi-terminal_*.deb 2>/dev/null || true)
      [[ -n "$deb" ]] || { echo "jpackage exited 0 but made no .deb in $out (is fakeroot installed?)" >&2; exit 1; }
      [[ "$(dpkg-deb -f "$deb" Depends)" == *libgtk-3-0* ]] || { echo "$deb does not depend on GTK 3" >&2; exit 1; }
      contents=$(dpkg-deb -c "$deb")
      for entry in tiketi-terminal tiketi-kiosk; do
        [[ "$contents" == *"lib/tiketi-terminal-$entry.desktop"* ]] \
          || { echo "$deb has no desktop entry for $entry" >&2; exit 1; }
      done
      echo "deb: $deb, $(du -h "$deb" | cut -f1) ($(dpkg-deb -f "$deb" Installed-Size) KB installed), $((SECONDS - step)) s"
      ;;
    *)
      echo "unknown package type: $type (app-image or deb)" >&2
      exit 64
      ;;
  esac
done
echo "packaged in $((SECONDS - started)) s (runtime modules: $modules)"
