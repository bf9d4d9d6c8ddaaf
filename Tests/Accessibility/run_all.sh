#!/usr/bin/env bash
# The accessibility gate: structure, Nu HTML checker and axe-core on every page.
#
# Usage: Tests/Accessibility/run_all.sh SITE_DIR [axe_check options, e.g. --max-pages 50]
# Runs all three checks even when one fails, then exits non-zero if any failed.
# Needs the tools from Tests/Accessibility/install.sh.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
SITE=$1; shift
[ -d "$SITE" ] || { echo "run_all: $SITE is not a folder" >&2; exit 2; }

failed=()
run() {
    local name=$1; shift
    printf -- '--- %s\n' "$name"
    local start=$SECONDS
    "$@"
    local status=$?
    [ "$status" -eq 0 ] || failed+=("$name (exit $status)")
    printf -- '--- %s: %s in %ss\n' "$name" "$([ "$status" -eq 0 ] && echo ok || echo FAILED)" "$((SECONDS - start))"
}

run structure python3 "$HERE/structure_check.py" "$SITE"
run vnu "$HERE/vnu_check.sh" "$SITE"
run axe python3 "$HERE/axe_check.py" "$SITE" "$@"

if [ ${#failed[@]} -gt 0 ]; then
    printf 'accessibility gate FAILED: %s\n' "${failed[*]}"
    exit 1
fi
echo "accessibility gate passed: structure, vnu and axe-core found nothing on $SITE"
