#!/usr/bin/env bash
# Packages Flowsmith with jpackage: an app-image (target/jpackage/Flowsmith) and a .deb beside it.
#
#   jpackage/build.sh              build the jar (mvn -DskipTests package), then image and .deb
#   jpackage/build.sh --no-build   package what target/ already holds (flowsmith.jar + lib/)
#   jpackage/build.sh --no-deb     stop after the app-image (no fakeroot/dpkg-deb needed)
#   DPKG_DEB_COMPRESSOR_TYPE=gzip jpackage/build.sh   a ~50% bigger .deb, compressed ~10x faster
#
# The recipe (STACK.md): the javafx-*-linux.jar files go on --module-path, so jlink puts JavaFX into
# the runtime; every other jar goes in --input, on the class path. --add-modules replaces jlink's
# default module set, so it is jdeps' answer plus JavaFX plus the modules that only reflection,
# service loading or later layers reach (JMX, Unsafe, logging, the HTTP client, EC crypto for TLS, JDBC).
set -euo pipefail

readonly APP_NAME=Flowsmith
readonly MAIN_JAR=flowsmith.jar
readonly MAIN_CLASS=dev.flowsmith.Main
readonly ALWAYS_MODULES=(java.management jdk.unsupported java.logging java.net.http jdk.crypto.ec java.sql)

build=1
deb=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --no-deb) deb=0 ;;
    -h | --help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

# The JDK that runs Maven is the one to package with; fall back to PATH.
jdk_tool() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then
    echo "$JAVA_HOME/bin/$1"
  elif command -v "$1" >/dev/null; then
    command -v "$1"
  else
    echo "build.sh: $1 not found; install a full JDK 17 (openjdk-17-jdk-headless)" >&2
    exit 1
  fi
}
jpackage_bin="$(jdk_tool jpackage)"
jdeps_bin="$(jdk_tool jdeps)"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

if ((build)); then
  t=$(now)
  mvn -B -q -DskipTests package
  echo "jar built in $(since "$t")"
fi
if [[ ! -f target/$MAIN_JAR || ! -d target/lib ]]; then
  echo "build.sh: target/$MAIN_JAR or target/lib/ is missing; run without --no-build" >&2
  exit 1
fi

# App version from the build (0.1.0-SNAPSHOT -> 0.1.0): jpackage wants digits and dots only.
version=""
if [[ -f target/maven-archiver/pom.properties ]]; then
  version="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)"
fi
if [[ -z "$version" ]]; then # the first <version> in pom.xml is the project's (it has no <parent>)
  version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p;T;q' pom.xml)"
fi
app_version="${version%%-*}"
if [[ ! "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
  echo "build.sh: cannot turn project version '$version' into a package version" >&2
  exit 1
fi

work=target/jpackage-work
dest=target/jpackage
rm -rf "$work" "$dest"
mkdir -p "$work/input" "$work/fx" "$work/resources" "$dest"

cp "target/$MAIN_JAR" "$work/input/"
fx_modules=()
for jar in target/lib/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*-linux.jar)
      cp "$jar" "$work/fx/"
      module="${name#javafx-}"
      fx_modules+=("javafx.${module%%-[0-9]*}") # javafx-controls-21.0.12-linux.jar -> javafx.controls
      ;;
    javafx-*.jar) ;; # the platform-neutral javafx-*.jar are empty placeholders
    *) cp "$jar" "$work/input/" ;;
  esac
done
if ((${#fx_modules[@]} == 0)); then
  echo "build.sh: no javafx-*-linux.jar in target/lib (was the jar built on Linux?)" >&2
  exit 1
fi

t=$(now)
# every input jar is analysed (so none goes on --class-path too: jdeps would report split packages);
# only the last line is the answer, anything before it is a warning
jdeps_modules="$("$jdeps_bin" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$work/fx" "$work"/input/*.jar | tail -n 1)"
if [[ ! "$jdeps_modules" =~ ^[a-z][a-z0-9.]*(,[a-z][a-z0-9.]*)*$ ]]; then
  echo "build.sh: unexpected jdeps answer: $jdeps_modules" >&2
  exit 1
fi
modules="$(printf '%s\n' "${jdeps_modules//,/$'\n'}" "${fx_modules[@]}" "${ALWAYS_MODULES[@]}" \
  | sed '/^$/d' | sort -u | paste -sd,)"
echo "jdeps ($(since "$t")): $jdeps_modules"
echo "modules: $modules"

# Our desktop entry replaces jpackage's template; jpackage looks it up as <launcher name>.desktop.
cp jpackage/flowsmith.desktop "$work/resources/$APP_NAME.desktop"

common=(--name "$APP_NAME" --app-version "$app_version" --vendor "Flowsmith"
  --description "Desktop studio for designing, running and debugging Directus Flows"
  --icon jpackage/flowsmith.png)

t=$(now)
"$jpackage_bin" --type app-image --dest "$dest" "${common[@]}" \
  --input "$work/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --module-path "$work/fx" --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files"
# jpackage's default jlink options also strip bin/java, which the exec operation's script workers
# are started with; keeping it costs a few kilobytes.
echo "app-image: $dest/$APP_NAME, $(du -sh "$dest/$APP_NAME" | cut -f1), built in $(since "$t")"

if ((deb)); then
  for tool in fakeroot dpkg-deb; do
    if ! command -v "$tool" >/dev/null; then
      echo "build.sh: the .deb needs $tool: apt-get install fakeroot binutils (or run with --no-deb)" >&2
      exit 1
    fi
  done
  t=$(now)
  # packaging the image just built skips a second jlink
  "$jpackage_bin" --type deb --dest "$dest" "${common[@]}" --app-image "$dest/$APP_NAME" \
    --resource-dir "$work/resources" \
    --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Development --linux-app-category devel
  for file in "$dest"/*.deb; do
    echo "deb: $file, $(du -h "$file" | cut -f1), built in $(since "$t")"
  done
fi
