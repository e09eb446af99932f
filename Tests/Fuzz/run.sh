#!/usr/bin/env bash
# Builds the libFuzzer target of the CSV and JSON readers (Sources/SocioLabFuzz) with the fuzzer and the
# address sanitizer, into its own scratch path (.build-fuzz at the root, ignored by git), and runs it for
# a bounded time over the committed seed corpus (Corpus/). New inputs libFuzzer finds go to
# .build-fuzz/corpus (kept between runs); a crash is saved in .build-fuzz/artifacts/ and fails the run.
#
#   Tests/Fuzz/run.sh [SECONDS]          # default 60
#   .build-fuzz/.../SocioLabFuzz FILE    # replays one input (a saved crash), after a run has built it
#
# The first byte of an input picks the reader (see FuzzTarget): '`' organisations.csv, 'a' persons.csv,
# 'b' info_points.csv, 'c' activities.csv, 'd' participations.csv, 'e' jobs.csv, 'f' products.csv,
# 'g' development_plans.csv, 'h' support_programmes.csv, 'i' milestones.csv, 'j' plugin details,
# 'k' a dataset document. Every crash found becomes a regression test and a file in Corpus/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
scratch="$(cd ../.. && pwd)/.build-fuzz"
flags=(-c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address)

echo "== building the fuzz target into $scratch"
swift build "${flags[@]}"
binary="$(swift build "${flags[@]}" --show-bin-path)/SocioLabFuzz"

mkdir -p "$scratch/corpus" "$scratch/artifacts"
echo "== fuzzing for $seconds s"
# Leaks are not checked at exit either (`detect_leaks=0` for the address sanitizer, as `-detect_leaks=0` is
# for libFuzzer's per-input check): the schemas are statics built once and held for the process's life,
# and Swift keeps some of their references in enum payloads with spare bits set, which LeakSanitizer's scan
# does not take for pointers, so it reports them as leaked.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
"$binary" "$scratch/corpus" Corpus -dict=sociolab.dict -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$scratch/artifacts/"
