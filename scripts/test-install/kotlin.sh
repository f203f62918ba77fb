#!/usr/bin/env bash
# test-install part "kotlin" (run by scripts/test-install.sh): installs the jar
# of $DIST_DIR/kotlin (with its POM, sources and javadoc jars) into a fresh
# Maven local repository, builds a fresh consumer project (examples/kotlin's
# pom.xml and quickstart, copied to a temp dir) that depends on
# dev.payintent:payintent-kotlin, and runs the quickstart with plain
# `java -cp` and no jna.library.path against a sandbox it starts: JNA must load
# the native library from the installed jar, and the output must show the
# whole flow and its webhook events. The sandbox is stopped and the temp dir
# removed on exit, whatever happens.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
IN="$DIST_DIR/kotlin"
say() { echo "test-install kotlin: $*"; }

POM="$(ls "$IN"/payintent-kotlin-*.pom 2>/dev/null | head -1 || true)"
[ -n "$POM" ] || { say "no POM in $IN: run DIST_TARGETS=host scripts/dist.sh kotlin first" >&2; exit 1; }
VERSION="$(basename "$POM" .pom)"; VERSION="${VERSION#payintent-kotlin-}"
JAR="$IN/payintent-kotlin-$VERSION.jar"
[ -f "$JAR" ] || { say "no $(basename "$JAR") in $IN" >&2; exit 1; }

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- a fresh local repository ---------------------------------------------------
# It holds no payintent artifact but what is installed below. Third-party
# artifacts already downloaded on this machine are hard-linked in (a cache,
# not a source of payintent), so the run needs the network only for new ones.
REPO="$WORK/m2"
USER_REPO="${HOME}/.m2/repository"
if [ -d "$USER_REPO" ]; then
  cp -al "$USER_REPO" "$REPO" 2>/dev/null || { rm -rf "$REPO"; cp -a "$USER_REPO" "$REPO"; }
  rm -rf "$REPO/dev/payintent"
else
  mkdir -p "$REPO"
fi
MVN=(mvn -B -q -Dstyle.color=never -Dmaven.repo.local="$REPO")

install_args=(-Dfile="$JAR" -DpomFile="$POM")
[ -f "$IN/payintent-kotlin-$VERSION-sources.jar" ] && install_args+=(-Dsources="$IN/payintent-kotlin-$VERSION-sources.jar")
[ -f "$IN/payintent-kotlin-$VERSION-javadoc.jar" ] && install_args+=(-Djavadoc="$IN/payintent-kotlin-$VERSION-javadoc.jar")
say "installing dev.payintent:payintent-kotlin:$VERSION into a fresh local repository"
(cd "$WORK" && "${MVN[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.2:install-file "${install_args[@]}")

# --- a fresh consumer project ------------------------------------------------------
APP="$WORK/consumer"
mkdir -p "$APP"
cp "$ROOT/examples/kotlin/pom.xml" "$ROOT/examples/kotlin/"*.kt "$APP/"
say "building the consumer project (examples/kotlin) against it"
(cd "$APP" && "${MVN[@]}" -Dpayintent.version="$VERSION" compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$APP/cp.txt")
INSTALLED="$REPO/dev/payintent/payintent-kotlin/$VERSION/payintent-kotlin-$VERSION.jar"
grep -q "$INSTALLED" "$APP/cp.txt" || { say "the consumer's classpath does not hold $INSTALLED" >&2; cat "$APP/cp.txt" >&2; exit 1; }
cmp -s "$JAR" "$INSTALLED" || { say "the installed jar differs from $JAR" >&2; exit 1; }

# --- the sandbox ---------------------------------------------------------------------
(cd "$ROOT" && cargo build -q -p payintent-sandbox)
SANDBOX="${CARGO_TARGET_DIR:-$ROOT/target}/debug/payintent-sandbox"
"$SANDBOX" --port 0 >"$WORK/sandbox.out" 2>&1 &
PIDS+=($!)
line=""
for _ in $(seq 100); do
  line="$(head -1 "$WORK/sandbox.out" 2>/dev/null || true)"
  [ -n "$line" ] && break
  sleep 0.1
done
case "$line" in
  "payintent-sandbox listening on http://"*) URL="${line##* }" ;;
  *) say "the sandbox did not start: ${line:-no output}" >&2; cat "$WORK/sandbox.out" >&2; exit 1 ;;
esac

# --- the quickstart, plain java -cp ----------------------------------------------------
# No jna.library.path and no LD_LIBRARY_PATH: the library can only come from the jar.
# jna.debug_load makes JNA say where it found it.
say "running the quickstart: java -cp <classes>:<dependencies> dev.payintent.examples.QuickstartKt"
rc=0
(cd "$APP" && env -u LD_LIBRARY_PATH PAYINTENT_BASE_URL="$URL" PAYINTENT_API_KEY=sk_test_install \
  timeout 180 java -Djna.debug_load=true -cp "target/classes:$(cat cp.txt)" dev.payintent.examples.QuickstartKt \
  >"$WORK/out.log" 2>"$WORK/err.log") || rc=$?
if [ $rc -ne 0 ]; then
  say "the quickstart failed (exit $rc)" >&2; cat "$WORK/out.log" "$WORK/err.log" >&2; exit 1
fi

# JNA names the resource it loaded; it must be inside the installed jar.
if ! grep -Eq "Found library resource at jar:file:$INSTALLED!/[a-z0-9-]+/libpayintent_uniffi\.(so|dylib)" "$WORK/err.log"; then
  say "JNA did not load libpayintent_uniffi from the installed jar:" >&2; grep -i 'payintent_uniffi' "$WORK/err.log" >&2 || cat "$WORK/err.log" >&2
  exit 1
fi
loaded="$(grep -Eo "jar:file:[^ ]*!/[a-z0-9-]+/libpayintent_uniffi\.(so|dylib)" "$WORK/err.log" | head -1)"
say "JNA loaded ${loaded/$WORK/<temp>}"
loaded="${loaded##*!/}"

# Lines (regular expressions) the quickstart must print against the sandbox.
EXPECT=(
  '^authorized pi_[A-Za-z0-9]+: capturable 2000$'
  '^captured pi_[A-Za-z0-9]+: succeeded, received 1500$'
  '^declined: card_error generic_decline \(request req_[A-Za-z0-9]+\)$'
  '^canceled pi_[A-Za-z0-9]+: true$'
  '^cancel again -> invalid_request_error$'
  '^listed 2 for cus_quickstart_[0-9a-f]+$'
  '^webhook payment_intent\.created pi_'
  '^webhook payment_intent\.amount_capturable_updated pi_'
  '^webhook payment_intent\.succeeded pi_'
  '^webhook payment_intent\.payment_failed pi_'
  '^webhook payment_intent\.canceled pi_'
)
ok=0
for re in "${EXPECT[@]}"; do
  grep -Eq "$re" "$WORK/out.log" || { say "quickstart output lacks a line matching: $re" >&2; ok=1; }
done
[ "$(grep -c '^webhook ' "$WORK/out.log")" -eq 6 ] || { say "expected 6 webhook lines (each event handled once)" >&2; ok=1; }
if [ $ok -ne 0 ]; then cat "$WORK/out.log" >&2; exit 1; fi
sed 's/^/  | /' "$WORK/out.log"

# Other platforms' libraries in the jar are checked by dist; a JVM for them does not run here.
for n in $(unzip -Z1 "$JAR" | grep '/libpayintent_uniffi\.' | grep -vx "$loaded" || true); do
  say "not run here: $n (no JVM for that platform on this machine)"
done
say "ok ($VERSION)"
