#!/usr/bin/env bash
# Benchmarks charte against Hugo on the same generated corpus and writes BENCHMARKS.md.
#
#   benches/run.sh [--runs R] [--out FILE] [N ...]     (default: 3 runs of N = 1000 10000 50000)
#   benches/run.sh --smoke                              (CI: N = 200, one run, nothing written)
#
# Needs hyperfine and hugo (Debian packages) and python3 (which also measures peak memory).
# Every figure is the median of R runs.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
out=BENCHMARKS.md
smoke=false
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --smoke) smoke=true; runs=1; sizes=(200); shift ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)

cargo build --release --quiet --bin charte --example corpus
target=${CARGO_TARGET_DIR:-$PWD/target}
charte=$target/release/charte
corpus=$target/release/examples/corpus
work=$(mktemp -d "${TMPDIR:-/tmp}/charte-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
today=2026-11-22

median() { # hyperfine JSON → median seconds
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"
}
peak_rss_mb() { # command... → peak resident memory of one run, in MB
  python3 - "$@" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
PY
}

rows=()
for n in "${sizes[@]}"; do
  site=$work/charte-$n
  hugo_site=$work/hugo-$n
  "$corpus" --docs "$n" --out "$site" --hugo "$hugo_site" >/dev/null
  hyperfine -N --runs "$runs" --warmup 1 --export-json "$work/build.json" \
    --prepare "rm -rf $site/public" "$charte build --root $site --today $today" --style none >/dev/null
  build=$(median "$work/build.json")
  hyperfine -N -i --runs "$runs" --warmup 1 --export-json "$work/check.json" \
    "$charte check --root $site --today $today" --style none >/dev/null
  check=$(median "$work/check.json")
  rm -rf "$site/public"
  rss=$(peak_rss_mb "$charte" build --root "$site" --today "$today")
  size=$(du -sm "$site/public" | cut -f1)
  hyperfine -N --runs "$runs" --warmup 1 --export-json "$work/hugo.json" \
    --prepare "rm -rf $hugo_site/public" "hugo --quiet --source $hugo_site" --style none >/dev/null
  hugo=$(median "$work/hugo.json")
  hugo_rss=$(peak_rss_mb hugo --quiet --source "$hugo_site")
  first=$(find "$site/content/pages" -name '*.md' | sort | sed -n 1p)
  reloaded=$(python3 benches/reload.py "$charte" "$site" "$first" "$(( runs < 9 ? 9 : runs ))")
  reload=$(echo "$reloaded" | sed -E 's/edit-to-reload: median ([0-9]+) ms.*/\1/')
  rebuild=$(echo "$reloaded" | sed -E 's/.*rebuild: median ([0-9]+) ms.*/\1/')
  row=$(python3 - "$n" "$build" "$check" "$rss" "$size" "$hugo" "$hugo_rss" "$reload" "$rebuild" <<'PY'
import sys
n, build, check, rss, size, hugo, hugo_rss, reload, rebuild = sys.argv[1:]
n, build, check, hugo = int(n), float(build), float(check), float(hugo)
print(f"| {n:,} | {build:.2f} s | {n / build:,.0f} | {rss} MB | {size} MB | {check:.2f} s | {rebuild} ms | {reload} ms | {hugo:.2f} s ({hugo_rss} MB) | {build / hugo:.2f} |".replace(",", " "))
PY
)
  rows+=("$row")
  echo "$row"
done

$smoke && exit 0

cores=$(nproc)
{
  echo "# Benchmarks"
  echo
  echo "Measured by \`benches/run.sh --runs $runs ${sizes[*]}\` on $(date -u +%Y-%m-%d), on a machine with $cores cores,"
  echo "release build. Corpus: \`cargo run --release --example corpus -- --docs N\` (every kind of"
  echo "document, Markdown bodies of 6 to 8 KB with headings, lists, links to rules and to a"
  echo "200-term glossary, histories, engagements); Hugo builds the same Markdown bodies with minimal"
  echo "templates, in the same run. Times are medians of $runs runs; a build writes into a new output"
  echo "folder. *Rebuild* is the time \`charte serve\` takes to rebuild the site after one document"
  echo "is edited, as it reports it; *edit to reload* is the time from writing the file to the reload"
  echo "event reaching the page (\`benches/reload.py\`, median of 9 edits; 40 ms of it is the wait for"
  echo "the editor to finish writing)."
  echo
  echo "| documents | charte build | documents/s | peak memory | output | check | rebuild | edit to reload | Hugo build (peak memory) | charte / Hugo |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} > "$out"
echo "wrote $out"
