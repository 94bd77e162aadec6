#!/bin/bash
# Writes runtime-lib/java.util.collections.ir from the Java sources beside this script, with tools/java2ir.
# Usage: runtime-lib/java-src/translate.sh [python]   (the Python needs `pip install javalang`)
#
# java2ir resolves calls against the runtime library as it stands, so the classes are translated in an
# order where each sees the ones it uses; the factories `List.of`, `Set.of`, `Map.of` (and `copyOf`,
# `ofEntries`, `entry`), `List.subList` and the members marked `// [second pass]` use classes that come later, so a
# first pass leaves them out and a second pass translates everything against it.
set -e
python=${1:-python3}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../java.util.collections.ir"
order="Iterator Iterable NoSuchElementException TimSort Collection AbstractCollection List AbstractList Set AbstractSet Queue AbstractQueue Deque ArrayList Map SortedCollections AbstractMap MapBackedSet HashMap HashSet LinkedHashMap LinkedHashSet ImmutableCollections Collections StringJoiner Formatter Optional PatternSyntaxException Pattern TreeMap TreeSet EnumMap EnumSet ArrayDeque PriorityQueue LinkedList Vector Hashtable StringTokenizer Charsets Base64 UUID ReflectArray Buffers Checksums Net EmptyStackException Stack PrimitiveIterator OptionalPrimitives IntegralSummaryStatistics DoubleSummaryStatistics Streams Writers DataStreams Scanner BigInteger BigDecimal IntegralAtomics Atomics Threads Concurrent Locks BitSet SplittableRandom TimeException TimeFormat TimeTemporal TimeChrono Time TimeFormatter Dates Properties"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
header() {
  printf '// java.lang.Iterable, the java.util collections (ArrayList, HashMap, HashSet, ...), Optional, StringJoiner,\n// java.util.regex and java.util.stream, written in Java\n'
  printf '// (runtime-lib/java-src) and translated with tools/java2ir --library by runtime-lib/java-src/translate.sh.\n'
}
translate_all() {
  local source_dir=$1
  header > "$work/all.ir"
  for class in $order; do
    "$python" "$here/../../tools/java2ir/java2ir.py" --library "$source_dir/$class.java" > "$work/$class.ir"
    tail -n +2 "$work/$class.ir" >> "$work/all.ir"
    echo >> "$work/all.ir"
    if [ "$2" = incremental ]; then cp "$work/all.ir" "$out"; fi
  done
  cp "$work/all.ir" "$out"
}
# The sources, with what primitives.py writes from its templates (the int, long and double variants).
mkdir "$work/sources"
cp "$here"/*.java "$work/sources/"
python3 "$here/primitives.py" "$work/sources"
# First pass: without the factories that refer forward, each class seeing those before it.
mkdir "$work/first"
cp "$work/sources"/*.java "$work/first/"
for class in List Set Map; do
  python3 - "$work/first/$class.java" <<'STRIP'
import re, sys
text = open(sys.argv[1]).read()
text = re.sub(r"\n  (static [^\n]* (of|copyOf|ofEntries|entry)\([^\n]*\)|// The view of a range[^\n]*\n  default List<E> subList\(int from, int to\)) \{.*?\n  \}\n", "\n", text, flags=re.S)
open(sys.argv[1], "w").write(text)
STRIP
done
# Members marked `// [second pass]` (those that use the streams, which come last) are left out of the first pass.
for file in "$work"/first/*.java; do
  python3 - "$file" <<'STRIP'
import re, sys
text = open(sys.argv[1]).read()
text = re.sub(r"\n  // \[second pass\]\n  [^\n]*\{\n.*?\n  \}\n", "\n", text, flags=re.S)
open(sys.argv[1], "w").write(text)
STRIP
done
header > "$out"
translate_all "$work/first" incremental
# Second pass: everything, against the whole first pass.
translate_all "$work/sources"
