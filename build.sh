#!/usr/bin/env bash
# huis: the README's two commands.
#
#   ./build.sh         install what is missing, build in release mode, build the demo site
#   ./build.sh test    the same set-up, then every test suite
#
# Every install step the project needs lives here, so a fresh Debian machine
# (and CI, which starts from a fresh clone) needs nothing else.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

say() { printf '==> %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# Install Debian packages that are missing: with apt-get when root, otherwise
# say exactly which command to run.
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        say "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
            apt-get update -q >/dev/null
            apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
        }
    else
        die "missing packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
    fi
}

setup_build() {
    command -v swift >/dev/null || die "no Swift toolchain on PATH (Swift 6 is needed: https://swift.org/install)"
    apt_install pkg-config libcmark-dev
}

build_release() {
    say "building huis (release)"
    swift build -c release --product huis 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
    [ -x .build/release/huis ] || die "the release build failed"
    HUIS="$ROOT/.build/release/huis"
}

build_site() {
    say "building the demo site from content/ into public/"
    "$HUIS" build --content content --out public
}

test_tools() {
    say "test tools (chromium, axe-core, the Nu checker, icalendar)"
    Tests/Accessibility/install.sh
    .tools/venv/bin/python -c "import icalendar" 2>/dev/null \
        || .tools/venv/bin/pip install -q --disable-pip-version-check 'icalendar>=7' \
        || die "could not install icalendar from PyPI"
}

accessibility_gate() {
    say "accessibility self-test (the checkers catch what they should)"
    Tests/Accessibility/self_test.sh
    say "accessibility gate on every page of public/"
    Tests/Accessibility/run_all.sh public --strict-reflow
}

feed_checks() {
    say "calendars read by an independent parser (icalendar)"
    .tools/venv/bin/python Tests/Feeds/check_ics.py --expect .build/ics-samples/expected.json
    find public -name '*.ics' -print0 | xargs -0 .tools/venv/bin/python Tests/Feeds/check_ics.py
}

search_checks() {
    command -v node >/dev/null || apt_install nodejs
    say "search engine tests (node --test)"
    local log=.build/search-tests.log
    if HUIS_BIN="$HUIS" node --test Tests/SearchJS/*.test.js >"$log" 2>&1; then
        grep -E "^# (tests|pass|fail)" "$log"
    else
        tail -n 40 "$log"
        die "search engine tests failed (full log: $log)"
    fi
    say "search page in headless Chromium"
    .tools/venv/bin/python Tests/Browser/search_test.py --site public --region ranst
}

run_tests() {
    say "unit tests"
    local log=.build/unit-tests.log
    mkdir -p .build
    if HUIS_ICS_SAMPLES="$ROOT/.build/ics-samples" swift test >"$log" 2>&1; then
        grep -E "^(✔|✘) Test run" "$log" || tail -n 3 "$log"
    else
        grep -E "✘|error:|Fatal|Test run" "$log" | head -n 80
        die "unit tests failed (full log: $log)"
    fi
}

case "${1:-build}" in
    build)
        setup_build
        build_release
        build_site
        ;;
    test)
        setup_build
        build_release
        build_site
        test_tools
        accessibility_gate
        run_tests
        feed_checks
        search_checks
        say "all tests passed"
        ;;
    -h|--help|help)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        ;;
    *)
        die "unknown command '$1' (use: ./build.sh or ./build.sh test)"
        ;;
esac
