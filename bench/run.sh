#!/usr/bin/env bash
# Benchmark huis against Hugo on synthetic networks of N partners.
#
#   bench/run.sh [N...]          default N: 1000 10000
#   REPS=3 bench/run.sh 50000    repetitions per measurement (default 5)
#
# For every N: generate the corpus if missing (bench/generate.py), then, REPS
# times and alternating huis and hugo, measure a cold build, a no-change
# rebuild and a one-file-changed rebuild (wall time and peak memory with
# /usr/bin/time). Prints the medians and the targets of issue 9, and appends
# them to bench/results.md. See bench/README.md.
#
# Environment: REPS (5), WORK (bench/.corpus: corpora and outputs),
# HUIS (a huis binary; default: build .build/release/huis when out of date),
# RESULTS (bench/results.md), NOTE (a line of text added to the results).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH/.." && pwd)"
REPS="${REPS:-5}"
WORK="${WORK:-$BENCH/.corpus}"
RESULTS="${RESULTS:-$BENCH/results.md}"
NOW="2026-11-23"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }
trap 'say "run.sh: stopped: the command on line $LINENO failed (status $?)"' ERR

for n in "${SIZES[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -ge 10 ] || die "'$n' is not a number of partners (10 or more)"
done
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive number, not '$REPS'"

# --- tools -------------------------------------------------------------------
need_apt() {  # need_apt COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ]; then
    say "installing $2 (for $1) ..."
    apt-get install -y "$2" >/dev/null || die "could not install $2; run: apt-get install $2"
  else
    die "$1 is missing; run: sudo apt-get install $2"
  fi
}
need_apt hugo hugo
[ -x /usr/bin/time ] || { need_apt /usr/bin/time time; }
command -v python3 >/dev/null || die "python3 is missing"

if [ -z "${HUIS:-}" ]; then
  HUIS="$REPO/.build/release/huis"
  if [ ! -x "$HUIS" ] || [ -n "$(find "$REPO/Sources" "$REPO/Package.swift" -newer "$HUIS" -print -quit)" ]; then
    say "building huis (release) ..."
    (cd "$REPO" && swift build -c release --product huis >&2) || die "swift build -c release failed"
  fi
fi
[ -x "$HUIS" ] || die "no huis binary at $HUIS"

# --- measuring ---------------------------------------------------------------
RAW="$(mktemp)"
LOG="$(mktemp)"
TIMES="$(mktemp)"
# The one-file runs append to a partner file; its original waits in a backup
# folder outside the content (huis rejects stray files in content folders).
BACKUP="$WORK/backup"
restore_changed() {
  local f i=0
  [ -f "$BACKUP/files" ] || return 0
  while IFS= read -r f; do
    cp "$BACKUP/$i" "$f"
    i=$((i + 1))
  done < "$BACKUP/files"
  rm -rf "$BACKUP"
}
# Old outputs are moved here, not deleted, until the run ends: on ext4 without
# a journal, creating files within 60 s of deleting many others (up to 6 min
# while the inode table is not yet written back) makes the kernel skip over
# the freed inodes one by one (`recently_deleted`), which added 1 to 2 s of
# system time to a cold build at N=10,000 whichever tool ran next. Nobody
# deletes a site just before a nightly build, so neither tool should pay it.
# For the same reason, leave 6 minutes between the end of one run (which
# deletes its outputs) and the start of the next.
TRASH="$WORK/trash"
empty_trash() { rm -rf "$TRASH"; }
set_aside() {  # set_aside PATH...: move existing paths into the trash
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    mkdir -p "$TRASH"
    mv "$p" "$(mktemp -d "$TRASH/XXXXXX")/"
  done
}
restore() {
  restore_changed
  empty_trash
  rm -f "$RAW" "$LOG" "$TIMES"
}
trap restore EXIT
if [ -d "$TRASH" ]; then
  say "removing outputs left by an interrupted run, then waiting 6 min (see TRASH) ..."
  empty_trash
  sync
  sleep 360
fi
printf 'n\ttool\tscenario\trep\tseconds\tcpu_seconds\tpeak_kb\tpages\twritten\thtml_files\tload\n' > "$RAW"

# measure N TOOL SCENARIO REP: one build, appended as a line to $RAW.
measure() {
  local n=$1 tool=$2 scenario=$3 rep=$4 out="$WORK/out/$1/$2" corpus="$WORK/$1"
  # A cold build starts with nothing: no output, and none of what huis keeps
  # beside it (staging tree, build state and cache).
  case "$scenario" in cold|warmup) set_aside "$out" "$out".huis-* ;; esac
  local cmd
  if [ "$tool" = huis ]; then
    cmd=("$HUIS" build --content "$corpus/huis/content" --theme "$REPO/themes/default"
         --out "$out" --now "$NOW" --format json)
  else
    cmd=(hugo --quiet -s "$corpus/hugo" -d "$out")
  fi
  local start end
  start=$(date +%s.%N)
  if ! /usr/bin/time -f '%M %U %S' -o "$TIMES" "${cmd[@]}" > "$LOG" 2>&1; then
    say "run.sh: $tool failed on N=$n ($scenario build). Its output:"
    tail -n 30 "$LOG" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  local seconds cpu peak user system pages="" written="" html=""
  read -r peak user system < <(tail -n 1 "$TIMES")
  read -r seconds cpu < <(python3 -c "print(f'{$end - $start:.3f} {$user + $system:.2f}')")
  if [ "$tool" = huis ]; then
    read -r pages written < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
if not r.get("ok"):
    sys.exit("huis reported errors")
print(r["pages"], len(r["added"]) + len(r["changed"]))' "$LOG") || { say "run.sh: huis gave no usable JSON:"; tail -n 30 "$LOG" >&2; exit 1; }
  fi
  [ "$scenario" = cold ] && html=$(find "$out" -name '*.html' | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$scenario" "$rep" "$seconds" "$cpu" "$peak" \
    "$pages" "$written" "$html" "$(cut -d' ' -f1 /proc/loadavg)" >> "$RAW"
  say "  N=$n rep $rep $tool $scenario: ${seconds} s (CPU $cpu s), $((peak / 1024)) MB${written:+, $written files written}"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
SECONDS=0
for n in "${SIZES[@]}"; do
  corpus="$WORK/$n"
  say "corpus N=$n in $corpus ..."
  python3 "$BENCH/generate.py" "$n" "$corpus" --if-needed
  # The Hugo layouts come from bench/hugo/layouts, even for an older corpus.
  rm -rf "$corpus/hugo/layouts" && cp -r "$BENCH/hugo/layouts" "$corpus/hugo/layouts"

  # The one-file change: the first local partner of the first region, in both sites.
  # (awk, not head: head would stop reading and sort would die of SIGPIPE under pipefail)
  huis_file=$(find "$corpus/huis/content/regions/noorderkempen/partners" -name '*.md' | LC_ALL=C sort | awk 'NR == 1')
  slug=$(basename "$huis_file")
  hugo_file="$corpus/hugo/content/noorderkempen/partners/$slug"
  [ -f "$hugo_file" ] || die "corpus N=$n is incomplete ($hugo_file is missing); delete $corpus and rerun"
  restore_changed   # left over from an interrupted run
  mkdir -p "$BACKUP"
  printf '%s\n' "$huis_file" "$hugo_file" > "$BACKUP/files"
  cp "$huis_file" "$BACKUP/0"
  cp "$hugo_file" "$BACKUP/1"

  say "warm-up builds (not measured) ..."
  measure "$n" huis warmup 0
  measure "$n" hugo warmup 0
  for rep in $(seq 1 "$REPS"); do
    # Alternate which tool goes first, so neither always runs on a warmer machine.
    if [ $((rep % 2)) = 1 ]; then tools=(huis hugo); else tools=(hugo huis); fi
    for scenario in cold nochange onechange; do
      for tool in "${tools[@]}"; do
        if [ "$scenario" = onechange ]; then
          f=$huis_file; [ "$tool" = hugo ] && f=$hugo_file
          printf '\nDeze zin is toegevoegd voor meting %s.\n' "$rep" >> "$f"
        fi
        measure "$n" "$tool" "$scenario" "$rep"
      done
    done
  done
  restore_changed
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
LOAD_RANGE=$(awk -F'\t' 'NR > 1 { if (min == "" || $11 < min) min = $11; if ($11 > max) max = $11 }
                         END { print min " to " max }' "$RAW")
MINUTES=$(awk -v s="$SECONDS" 'BEGIN { printf "%.1f", s / 60 }')

# --- report ------------------------------------------------------------------
grep -v warmup "$RAW" > "$RAW.tsv"
TABLE=$(python3 "$BENCH/summarize.py" "$RAW.tsv")
rm -f "$RAW.tsv"
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
SWIFT=$(swift --version 2>&1 | grep -m1 -o 'Swift version [^ ]*' || echo unknown)
HUGO=$(hugo version | cut -d' ' -f2)
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$REPO" status --porcelain -- Sources Package.swift themes 2>/dev/null | head -n 1)
SECTION=$(cat <<EOF

## $STARTED: N = ${SIZES[*]}, $REPS repetitions

- machine: $(nproc) cores ($CPU), $MEM memory; $(uname -sr)
- huis $COMMIT${DIRTY:+ (with uncommitted changes)}, $SWIFT, release build; hugo $HUGO
- corpora: $(for n in "${SIZES[@]}"; do cat "$WORK/$n/.complete"; done | paste -sd ';' - | sed 's/;/; /g')
- load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER; 1-min load after each build: $LOAD_RANGE
- the whole run took $MINUTES min${NOTE:+
- note: $NOTE}

$TABLE
EOF
)
printf '%s\n' "$SECTION"
[ -f "$RESULTS" ] || printf '# Benchmark results\n\nAppended by bench/run.sh; see bench/README.md for what each figure means.\n' > "$RESULTS"
printf '%s\n' "$SECTION" >> "$RESULTS"
say "appended to $RESULTS"
