// Kiln's runtime library: the object sort behind Arrays.sort, List.sort and Collections.sort, in Java;
// translate.sh turns it into runtime-lib/java.util.collections.ir.
package java.util;

// Tim Peters's adaptive merge sort, as the JDK runs it (TimSort and ComparableTimSort): natural runs
// extended to a minimum length by binary insertion, a stack of runs merged while the lengths break its
// invariant, merges that switch to galloping when one side keeps winning. A program sees the algorithm
// through its comparator: how many times it is called, on which pairs, in what order, and where an
// inconsistent one leaves the elements. So this follows the JDK's sequence of comparisons exactly,
// down to the galloping threshold that adapts across merges.
final class TimSort {
  // Below this many elements, one binary insertion sort; also the bound on the minimum run length.
  static final int SHORT_ARRAY = 32;
  // How many consecutive wins of one side start galloping, before adaptation.
  static final int GALLOP_START = 7;

  final Object[] array;
  final Comparator<Object> order;
  int gallopThreshold = GALLOP_START;
  Object[] scratch = new Object[0];
  // The pending runs, bottom first: where each starts and how long it is.
  int[] runStart = new int[40];
  int[] runLength = new int[40];
  int runCount;

  TimSort(Object[] array, Comparator<Object> order) {
    this.array = array;
    this.order = order;
  }

  // Compares as the JDK's sorts do: with the comparator, or `x.compareTo(y)` (which throws for null and
  // for what is not Comparable; the library's own casts are unchecked, so the check is written here).
  int compare(Object x, Object y) {
    if (order != null) return order.compare(x, y);
    if (x == null) throw new NullPointerException();
    if (!(x instanceof Comparable)) throw KilnRuntime.classCast(x, "java.lang.Comparable");
    return ((Comparable) x).compareTo(y);
  }

  static void sort(Object[] array, int from, int to, Comparator<Object> order) {
    int remaining = to - from;
    if (remaining < 2) return;
    TimSort sorter = new TimSort(array, order);
    if (remaining < SHORT_ARRAY) {
      int run = sorter.ascendingRun(from, to);
      sorter.binaryInsertion(from, to, from + run);
      return;
    }
    int minimumRun = minimumRunLength(remaining);
    int start = from;
    while (remaining != 0) {
      int run = sorter.ascendingRun(start, to);
      if (run < minimumRun) {
        int forced = Math.min(remaining, minimumRun);
        sorter.binaryInsertion(start, start + forced, start + run);
        run = forced;
      }
      sorter.push(start, run);
      sorter.collapse();
      start += run;
      remaining -= run;
    }
    sorter.collapseAll();
  }

  // The run length the sort extends short runs to: n's top bits, plus one if any bit below was set,
  // so that n divided by it is a power of two or a little under one.
  static int minimumRunLength(int n) {
    int lowBits = 0;
    while (n >= SHORT_ARRAY) {
      lowBits |= n & 1;
      n >>= 1;
    }
    return n + lowBits;
  }

  // The length of the run that starts at `from`: ascending (each element not below the one before), or
  // strictly descending, which is reversed in place (strictly, so that reversing keeps the sort stable).
  int ascendingRun(int from, int to) {
    int end = from + 1;
    if (end == to) return 1;
    if (compare(array[end++], array[from]) < 0) {
      while (end < to && compare(array[end], array[end - 1]) < 0) end++;
      for (int low = from, high = end - 1; low < high; low++, high--) {
        Object swap = array[low];
        array[low] = array[high];
        array[high] = swap;
      }
    } else {
      while (end < to && compare(array[end], array[end - 1]) >= 0) end++;
    }
    return end - from;
  }

  // Sorts [from, to), whose prefix [from, sorted) is in order, inserting each further element after
  // the last one not greater than it, found by bisection.
  void binaryInsertion(int from, int to, int sorted) {
    if (sorted == from) sorted++;
    for (; sorted < to; sorted++) {
      Object pivot = array[sorted];
      int left = from;
      int right = sorted;
      while (left < right) {
        int middle = (left + right) >>> 1;
        if (compare(pivot, array[middle]) < 0) right = middle;
        else left = middle + 1;
      }
      System.arraycopy(array, left, array, left + 1, sorted - left);
      array[left] = pivot;
    }
  }

  void push(int start, int length) {
    if (runCount == runStart.length) {
      runStart = Arrays.copyOf(runStart, runCount * 2);
      runLength = Arrays.copyOf(runLength, runCount * 2);
    }
    runStart[runCount] = start;
    runLength[runCount] = length;
    runCount++;
  }

  // Merges runs until, from the top of the stack down, each length exceeds the sum of the two above it
  // and each exceeds the one above it (checked three deep, as the JDK's repaired version does).
  void collapse() {
    while (runCount > 1) {
      int n = runCount - 2;
      if ((n > 0 && runLength[n - 1] <= runLength[n] + runLength[n + 1])
          || (n > 1 && runLength[n - 2] <= runLength[n] + runLength[n - 1])) {
        if (runLength[n - 1] < runLength[n + 1]) n--;
      } else if (n < 0 || runLength[n] > runLength[n + 1]) {
        break;
      }
      mergeAt(n);
    }
  }

  void collapseAll() {
    while (runCount > 1) {
      int n = runCount - 2;
      if (n > 0 && runLength[n - 1] < runLength[n + 1]) n--;
      mergeAt(n);
    }
  }

  // Merges runs i and i + 1 of the stack. The elements of the first run that are not greater than the
  // second's first, and those of the second not less than the first's last, are already in place.
  void mergeAt(int i) {
    int start1 = runStart[i];
    int length1 = runLength[i];
    int start2 = runStart[i + 1];
    int length2 = runLength[i + 1];
    runLength[i] = length1 + length2;
    if (i == runCount - 3) {
      runStart[i + 1] = runStart[i + 2];
      runLength[i + 1] = runLength[i + 2];
    }
    runCount--;
    int skipped = gallopRight(array[start2], array, start1, length1, 0);
    start1 += skipped;
    length1 -= skipped;
    if (length1 == 0) return;
    length2 = gallopLeft(array[start1 + length1 - 1], array, start2, length2, length2 - 1);
    if (length2 == 0) return;
    if (length1 <= length2) mergeLow(start1, length1, start2, length2);
    else mergeHigh(start1, length1, start2, length2);
  }

  // Where `key` goes in the sorted range [start, start + length), before any element equal to it:
  // the number of elements less than it. The search gallops from `hint` by 1, 3, 7, 15, ... then bisects.
  int gallopLeft(Object key, Object[] range, int start, int length, int hint) {
    int below = 0;
    int above = 1;
    if (compare(key, range[start + hint]) > 0) {
      int limit = length - hint;
      while (above < limit && compare(key, range[start + hint + above]) > 0) {
        below = above;
        above = (above << 1) + 1;
        if (above <= 0) above = limit;
      }
      if (above > limit) above = limit;
      below += hint;
      above += hint;
    } else {
      int limit = hint + 1;
      while (above < limit && compare(key, range[start + hint - above]) <= 0) {
        below = above;
        above = (above << 1) + 1;
        if (above <= 0) above = limit;
      }
      if (above > limit) above = limit;
      int previous = below;
      below = hint - above;
      above = hint - previous;
    }
    below++;
    while (below < above) {
      int middle = below + ((above - below) >>> 1);
      if (compare(key, range[start + middle]) > 0) below = middle + 1;
      else above = middle;
    }
    return above;
  }

  // As gallopLeft, but after any element equal to `key`: the number of elements not greater than it.
  int gallopRight(Object key, Object[] range, int start, int length, int hint) {
    int below = 0;
    int above = 1;
    if (compare(key, range[start + hint]) < 0) {
      int limit = hint + 1;
      while (above < limit && compare(key, range[start + hint - above]) < 0) {
        below = above;
        above = (above << 1) + 1;
        if (above <= 0) above = limit;
      }
      if (above > limit) above = limit;
      int previous = below;
      below = hint - above;
      above = hint - previous;
    } else {
      int limit = length - hint;
      while (above < limit && compare(key, range[start + hint + above]) >= 0) {
        below = above;
        above = (above << 1) + 1;
        if (above <= 0) above = limit;
      }
      if (above > limit) above = limit;
      below += hint;
      above += hint;
    }
    below++;
    while (below < above) {
      int middle = below + ((above - below) >>> 1);
      if (compare(key, range[start + middle]) < 0) above = middle;
      else below = middle + 1;
    }
    return above;
  }

  Object[] scratchOf(int length) {
    if (scratch.length < length) scratch = new Object[length];
    return scratch;
  }

  static IllegalArgumentException contractViolated() {
    return new IllegalArgumentException("Comparison method violates its general contract!");
  }

  // Merges two adjacent runs, the first no longer than the second, from the low end: the first is
  // copied aside and the merge fills the array from the left. The first run's first element is known
  // to be greater than the second's first, and the second's last greater than the first's last.
  void mergeLow(int start1, int length1, int start2, int length2) {
    Object[] a = array;
    Object[] aside = scratchOf(length1);
    System.arraycopy(a, start1, aside, 0, length1);
    int from1 = 0;
    int from2 = start2;
    int to = start1;
    a[to++] = a[from2++];
    if (--length2 == 0) {
      System.arraycopy(aside, from1, a, to, length1);
      return;
    }
    if (length1 == 1) {
      System.arraycopy(a, from2, a, to, length2);
      a[to + length2] = aside[from1];
      return;
    }
    int threshold = gallopThreshold;
    merging:
    while (true) {
      int wins1 = 0;
      int wins2 = 0;
      // One element at a time, until one side has won `threshold` times in a row.
      do {
        if (compare(a[from2], aside[from1]) < 0) {
          a[to++] = a[from2++];
          wins2++;
          wins1 = 0;
          if (--length2 == 0) break merging;
        } else {
          a[to++] = aside[from1++];
          wins1++;
          wins2 = 0;
          if (--length1 == 1) break merging;
        }
      } while ((wins1 | wins2) < threshold);
      // Galloping: each side's winning stretch found by search and moved at once, while the stretches
      // stay long; each round that does makes galloping start sooner next time.
      do {
        wins1 = gallopRight(a[from2], aside, from1, length1, 0);
        if (wins1 != 0) {
          System.arraycopy(aside, from1, a, to, wins1);
          to += wins1;
          from1 += wins1;
          length1 -= wins1;
          if (length1 <= 1) break merging;
        }
        a[to++] = a[from2++];
        if (--length2 == 0) break merging;
        wins2 = gallopLeft(aside[from1], a, from2, length2, 0);
        if (wins2 != 0) {
          System.arraycopy(a, from2, a, to, wins2);
          to += wins2;
          from2 += wins2;
          length2 -= wins2;
          if (length2 == 0) break merging;
        }
        a[to++] = aside[from1++];
        if (--length1 == 1) break merging;
        threshold--;
      } while (wins1 >= GALLOP_START | wins2 >= GALLOP_START);
      if (threshold < 0) threshold = 0;
      threshold += 2;
    }
    gallopThreshold = threshold < 1 ? 1 : threshold;
    if (length1 == 1) {
      System.arraycopy(a, from2, a, to, length2);
      a[to + length2] = aside[from1];
    } else if (length1 == 0) {
      throw contractViolated();
    } else {
      System.arraycopy(aside, from1, a, to, length1);
    }
  }

  // The mirror of mergeLow, for a first run longer than the second: the second is copied aside and the
  // merge fills the array from the right.
  void mergeHigh(int start1, int length1, int start2, int length2) {
    Object[] a = array;
    Object[] aside = scratchOf(length2);
    System.arraycopy(a, start2, aside, 0, length2);
    int from1 = start1 + length1 - 1;
    int from2 = length2 - 1;
    int to = start2 + length2 - 1;
    a[to--] = a[from1--];
    if (--length1 == 0) {
      System.arraycopy(aside, 0, a, to - (length2 - 1), length2);
      return;
    }
    if (length2 == 1) {
      to -= length1;
      from1 -= length1;
      System.arraycopy(a, from1 + 1, a, to + 1, length1);
      a[to] = aside[from2];
      return;
    }
    int threshold = gallopThreshold;
    merging:
    while (true) {
      int wins1 = 0;
      int wins2 = 0;
      do {
        if (compare(aside[from2], a[from1]) < 0) {
          a[to--] = a[from1--];
          wins1++;
          wins2 = 0;
          if (--length1 == 0) break merging;
        } else {
          a[to--] = aside[from2--];
          wins2++;
          wins1 = 0;
          if (--length2 == 1) break merging;
        }
      } while ((wins1 | wins2) < threshold);
      do {
        wins1 = length1 - gallopRight(aside[from2], a, start1, length1, length1 - 1);
        if (wins1 != 0) {
          to -= wins1;
          from1 -= wins1;
          length1 -= wins1;
          System.arraycopy(a, from1 + 1, a, to + 1, wins1);
          if (length1 == 0) break merging;
        }
        a[to--] = aside[from2--];
        if (--length2 == 1) break merging;
        wins2 = length2 - gallopLeft(a[from1], aside, 0, length2, length2 - 1);
        if (wins2 != 0) {
          to -= wins2;
          from2 -= wins2;
          length2 -= wins2;
          System.arraycopy(aside, from2 + 1, a, to + 1, wins2);
          if (length2 <= 1) break merging;
        }
        a[to--] = a[from1--];
        if (--length1 == 0) break merging;
        threshold--;
      } while (wins1 >= GALLOP_START | wins2 >= GALLOP_START);
      if (threshold < 0) threshold = 0;
      threshold += 2;
    }
    gallopThreshold = threshold < 1 ? 1 : threshold;
    if (length2 == 1) {
      to -= length1;
      from1 -= length1;
      System.arraycopy(a, from1 + 1, a, to + 1, length1);
      a[to] = aside[from2];
    } else if (length2 == 0) {
      throw contractViolated();
    } else {
      System.arraycopy(aside, 0, a, to - (length2 - 1), length2);
    }
  }
}
