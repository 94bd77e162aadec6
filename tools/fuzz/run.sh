#!/bin/bash
# Differential fuzzing against the JVM: generates programs with one of the generators beside this script,
# runs each on the JVM and through tools/java2ir on Kiln, and names the seeds whose output differs.
# Usage: tools/fuzz/run.sh GENERATOR FIRST_SEED LAST_SEED [KILN]
#   GENERATOR: expressions, lists_and_maps, control_flow, classes or formats
#   KILN: the kiln binary (default: target/release/kiln); java2ir needs `pip install javalang` (PYTHON=...)
# The programs and both outputs stay in $FUZZ_DIR (default /tmp/kiln-fuzz) for reading the differences.
# Known differences that are the JVM's, not Kiln's: HotSpot's Math.sin/cos/tan/exp/pow intrinsics round
# about one result in a thousand away from the correctly rounded one Kiln returns; hot code that throws an
# implicit exception many times gets HotSpot's preallocated exceptions without a message; the sign of a NaN.
set -u
here=$(cd "$(dirname "$0")" && pwd)
generator=$1
first=$2
last=$3
kiln=${4:-$here/../../target/release/kiln}
python=${PYTHON:-python3}
dir=${FUZZ_DIR:-/tmp/kiln-fuzz}
mkdir -p "$dir"
cd "$dir"
prefix=$(grep -o 'public class [A-Za-z]*{seed}' "$here/$generator.py" | head -1 | sed 's/public class //; s/{seed}//')
for seed in $(seq "$first" "$last"); do
  name=$prefix$seed
  python3 "$here/$generator.py" "$seed" > "$name.java"
  if ! timeout 20 java "$name.java" > "$name.stdout" 2> "$name.jerr"; then
    echo "$seed: skipped (the generated program does not compile or run on the JVM)"
    continue
  fi
  if ! "$python" "$here/../java2ir/java2ir.py" "$name.java" > "$name.ir" 2> "$name.terr"; then
    echo "$seed: skipped (java2ir: $(tail -1 "$name.terr"))"
    continue
  fi
  timeout 60 "$kiln" run "$name.ir" > "$name.out" 2> "$name.kerr"
  if ! cmp -s "$name.stdout" "$name.out"; then
    echo "$seed: DIFFERS ($dir/$name.stdout against $dir/$name.out)"
  fi
done
