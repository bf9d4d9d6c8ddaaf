#!/usr/bin/env bash
# Self-test of the accessibility gate: the good sample site passes every check,
# and each one-page site under samples/bad/ fails exactly the checks that
# should catch its defect, with the expected message.
#
# Usage: Tests/Accessibility/self_test.sh   (after install.sh)
# Ends with "N passed, N failed"; exit status 1 when any expectation failed.
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLES=$HERE/samples
passed=0
failures=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

run_check() {
    local check=$1 dir=$2; shift 2
    case $check in
        structure) python3 "$HERE/structure_check.py" "$dir" ;;
        vnu)       "$HERE/vnu_check.sh" "$dir" ;;
        axe)       python3 "$HERE/axe_check.py" "$dir" "$@" ;;
        all)       "$HERE/run_all.sh" "$dir" "$@" ;;
    esac
}

# expect CHECK DIR EXPECTATION [axe options]: EXPECTATION is "pass", or a
# piece of text the failing check must print (exit status 1, not 2).
expect() {
    local check=$1 dir=$2 expectation=$3; shift 3
    local label="$check ${dir#"$SAMPLES"/}${*:+ $*}"
    run_check "$check" "$dir" "$@" >"$out" 2>&1
    local status=$?
    local problem=""
    if [ "$expectation" = pass ]; then
        [ "$status" -eq 0 ] || problem="expected it to pass, it exited $status"
    elif [ "$status" -ne 1 ]; then
        problem="expected it to fail (exit 1) with \"$expectation\", it exited $status"
    elif ! grep -qF -- "$expectation" "$out"; then
        problem="it failed, but without \"$expectation\" in its output"
    fi
    if [ -z "$problem" ]; then
        passed=$((passed + 1))
        printf 'ok   %s (%s)\n' "$label" "$([ "$expectation" = pass ] && echo passes || echo "fails: $expectation")"
    else
        failures=$((failures + 1))
        printf 'FAIL %s: %s; its output:\n' "$label" "$problem"
        sed 's/^/       /' "$out"
    fi
}

good=$SAMPLES/good
expect all "$good" pass --mobile all --strict-reflow

# page                 structure                            vnu                                     axe
while IFS='|' read -r page structure vnu axe; do
    [ -n "$page" ] || continue
    dir=$SAMPLES/bad/$page
    [ -f "$dir/index.html" ] || { failures=$((failures + 1)); echo "FAIL missing sample $dir/index.html"; continue; }
    expect structure "$dir" "$structure"
    expect vnu "$dir" "$vnu"
    expect axe "$dir" "$axe" --mobile none
done <<'EOF'
missing-alt|has no alt attribute|must have an “alt” attribute|] image-alt:
unlabeled-input|<input type="text" name="q"> has no label|pass|] label:
two-h1|exactly one <h1>, found 2|pass|pass
no-lang|<html> has no lang attribute|pass|] html-has-lang:
low-contrast|pass|pass|] color-contrast:
skipped-heading|heading level skipped: h3 follows h1|skipping 1 heading level|pass
no-skip-link|no skip link: the first focusable element is <a href="index.html">|pass|pass
unnamed-navs|name each with aria-label|pass|pass
invalid-html|pass|not allowed as child of element “ul”|] list:
small-targets-mobile|pass|pass|pass
wide-at-320|pass|pass|pass
EOF

# The 320 px pass catches what only a narrow screen shows.
expect axe "$SAMPLES/bad/small-targets-mobile" "] target-size:"
# Sideways scrolling at 320 px is no axe rule: a warning, or a failure when asked.
expect axe "$SAMPLES/bad/wide-at-320" "FAIL index.html @320x640: scrolls sideways" --strict-reflow

# run_all.sh goes on after a failing check and names every check that failed.
expect all "$SAMPLES/bad/skipped-heading" "accessibility gate FAILED: structure (exit 1) vnu (exit 1)"

echo "$passed passed, $failures failed"
[ "$failures" -eq 0 ]
