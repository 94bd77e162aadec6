// Kiln's runtime library: java.util.BitSet, in Java; translate.sh turns it into runtime-lib/java.util.collections.ir.
// Bits in 64-bit words, grown as the JDK's grow (twice the words or what is needed), so that size() agrees.
package java.util;

import java.util.stream.IntStream;

public class BitSet implements Cloneable {
  private long[] words;
  private int wordsInUse;
  // A size the program asked for stays; a grown one is trimmed by clone(), as the JDK's is.
  private boolean sizeIsSticky;

  public BitSet() {
    words = new long[1];
  }

  public BitSet(int bits) {
    if (bits < 0) throw new NegativeArraySizeException("nbits < 0: " + bits);
    words = new long[(bits + 63) >> 6];
    sizeIsSticky = true;
  }

  private BitSet(long[] words) {
    this.words = words;
    this.wordsInUse = words.length;
    recalculateWordsInUse();
  }

  public static BitSet valueOf(long[] longs) {
    int n = longs.length;
    while (n > 0 && longs[n - 1] == 0) n--;
    return new BitSet(Arrays.copyOf(longs, n));
  }

  // Little-endian: bit n is bit n % 8 of byte n / 8.
  public static BitSet valueOf(byte[] bytes) {
    int n = bytes.length;
    while (n > 0 && bytes[n - 1] == 0) n--;
    long[] words = new long[(n + 7) / 8];
    for (int i = 0; i < n; i++) words[i / 8] |= (bytes[i] & 0xFFL) << (8 * (i % 8));
    return new BitSet(words);
  }

  private void recalculateWordsInUse() {
    int i = wordsInUse - 1;
    while (i >= 0 && words[i] == 0) i--;
    wordsInUse = i + 1;
  }

  private void ensureCapacity(int wordsRequired) {
    if (words.length < wordsRequired) {
      words = Arrays.copyOf(words, Math.max(2 * words.length, wordsRequired));
      sizeIsSticky = false;
    }
  }

  private void expandTo(int wordIndex) {
    int wordsRequired = wordIndex + 1;
    if (wordsInUse < wordsRequired) {
      ensureCapacity(wordsRequired);
      wordsInUse = wordsRequired;
    }
  }

  private static void checkRange(int from, int to) {
    if (from < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + from);
    if (to < 0) throw new IndexOutOfBoundsException("toIndex < 0: " + to);
    if (from > to) throw new IndexOutOfBoundsException("fromIndex: " + from + " > toIndex: " + to);
  }

  public boolean get(int index) {
    if (index < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + index);
    int wordIndex = index >> 6;
    return wordIndex < wordsInUse && (words[wordIndex] & (1L << index)) != 0;
  }

  public void set(int index) {
    if (index < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + index);
    int wordIndex = index >> 6;
    expandTo(wordIndex);
    words[wordIndex] |= 1L << index;
  }

  public void set(int index, boolean value) {
    if (value) set(index);
    else clear(index);
  }

  public void set(int from, int to) {
    checkRange(from, to);
    for (int i = from; i < to; i++) set(i);
  }

  public void set(int from, int to, boolean value) {
    if (value) set(from, to);
    else clear(from, to);
  }

  public void clear(int index) {
    if (index < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + index);
    int wordIndex = index >> 6;
    if (wordIndex >= wordsInUse) return;
    words[wordIndex] &= ~(1L << index);
    recalculateWordsInUse();
  }

  public void clear(int from, int to) {
    checkRange(from, to);
    for (int i = from; i < to; i++) clear(i);
  }

  public void clear() {
    while (wordsInUse > 0) words[--wordsInUse] = 0;
  }

  public void flip(int index) {
    if (index < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + index);
    int wordIndex = index >> 6;
    expandTo(wordIndex);
    words[wordIndex] ^= 1L << index;
    recalculateWordsInUse();
  }

  public void flip(int from, int to) {
    checkRange(from, to);
    for (int i = from; i < to; i++) flip(i);
  }

  public BitSet get(int from, int to) {
    checkRange(from, to);
    BitSet result = new BitSet(Math.max(0, to - from));
    for (int i = from; i < to; i++) {
      if (get(i)) result.set(i - from);
    }
    return result;
  }

  public int nextSetBit(int from) {
    if (from < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + from);
    int wordIndex = from >> 6;
    if (wordIndex >= wordsInUse) return -1;
    long word = words[wordIndex] & (-1L << from);
    while (true) {
      if (word != 0) return wordIndex * 64 + Long.numberOfTrailingZeros(word);
      if (++wordIndex == wordsInUse) return -1;
      word = words[wordIndex];
    }
  }

  public int nextClearBit(int from) {
    if (from < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + from);
    int i = from;
    while (get(i)) i++;
    return i;
  }

  public int previousSetBit(int from) {
    if (from < 0) {
      if (from == -1) return -1;
      throw new IndexOutOfBoundsException("fromIndex < -1: " + from);
    }
    for (int i = Math.min(from, length() - 1); i >= 0; i--) {
      if (get(i)) return i;
    }
    return -1;
  }

  public int previousClearBit(int from) {
    if (from < 0) {
      if (from == -1) return -1;
      throw new IndexOutOfBoundsException("fromIndex < -1: " + from);
    }
    for (int i = from; i >= 0; i--) {
      if (!get(i)) return i;
    }
    return -1;
  }

  public int length() {
    if (wordsInUse == 0) return 0;
    return 64 * (wordsInUse - 1) + (64 - Long.numberOfLeadingZeros(words[wordsInUse - 1]));
  }

  public int size() {
    return words.length * 64;
  }

  public boolean isEmpty() {
    return wordsInUse == 0;
  }

  public int cardinality() {
    int count = 0;
    for (int i = 0; i < wordsInUse; i++) count += Long.bitCount(words[i]);
    return count;
  }

  public boolean intersects(BitSet other) {
    for (int i = Math.min(wordsInUse, other.wordsInUse) - 1; i >= 0; i--) {
      if ((words[i] & other.words[i]) != 0) return true;
    }
    return false;
  }

  public void and(BitSet other) {
    if (this == other) return;
    while (wordsInUse > other.wordsInUse) words[--wordsInUse] = 0;
    for (int i = 0; i < wordsInUse; i++) words[i] &= other.words[i];
    recalculateWordsInUse();
  }

  public void or(BitSet other) {
    if (this == other) return;
    ensureCapacity(other.wordsInUse);
    for (int i = 0; i < other.wordsInUse; i++) words[i] |= other.words[i];
    if (wordsInUse < other.wordsInUse) wordsInUse = other.wordsInUse;
    recalculateWordsInUse();
  }

  public void xor(BitSet other) {
    ensureCapacity(other.wordsInUse);
    for (int i = 0; i < other.wordsInUse; i++) words[i] ^= other.words[i];
    if (wordsInUse < other.wordsInUse) wordsInUse = other.wordsInUse;
    recalculateWordsInUse();
  }

  public void andNot(BitSet other) {
    for (int i = Math.min(wordsInUse, other.wordsInUse) - 1; i >= 0; i--) words[i] &= ~other.words[i];
    recalculateWordsInUse();
  }

  public long[] toLongArray() {
    return Arrays.copyOf(words, wordsInUse);
  }

  public byte[] toByteArray() {
    int length = (length() + 7) / 8;
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) bytes[i] = (byte) (words[i / 8] >>> (8 * (i % 8)));
    return bytes;
  }

  public IntStream stream() {
    int[] bits = new int[cardinality()];
    int n = 0;
    for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) bits[n++] = i;
    return IntStream.of(bits);
  }

  // The JDK's hash of the words in use.
  public int hashCode() {
    long h = 1234;
    for (int i = wordsInUse - 1; i >= 0; i--) h ^= words[i] * (i + 1);
    return (int) ((h >> 32) ^ h);
  }

  public boolean equals(Object other) {
    if (!(other instanceof BitSet)) return false;
    if (this == other) return true;
    BitSet that = (BitSet) other;
    if (wordsInUse != that.wordsInUse) return false;
    for (int i = 0; i < wordsInUse; i++) {
      if (words[i] != that.words[i]) return false;
    }
    return true;
  }

  public Object clone() {
    if (!sizeIsSticky && wordsInUse != words.length) words = Arrays.copyOf(words, wordsInUse);
    BitSet copy = new BitSet(Arrays.copyOf(words, words.length));
    copy.wordsInUse = wordsInUse;
    copy.sizeIsSticky = sizeIsSticky;
    return copy;
  }

  public String toString() {
    StringBuilder text = new StringBuilder("{");
    boolean first = true;
    for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) {
      if (!first) text.append(", ");
      text.append(i);
      first = false;
    }
    return text.append('}').toString();
  }
}
