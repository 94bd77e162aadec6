import java.util.*;

public class BitSets {
  public static void main(String[] args) {
    int n = 100;
    BitSet composite = new BitSet(n + 1);
    for (int i = 2; i * i <= n; i++) {
      if (!composite.get(i)) for (int j = i * i; j <= n; j += i) composite.set(j);
    }
    BitSet primes = new BitSet();
    for (int i = composite.nextClearBit(2); i <= n; i = composite.nextClearBit(i + 1)) primes.set(i);
    System.out.println(primes + " " + primes.cardinality() + " " + primes.length() + " " + primes.size() + " " + composite.size());
    BitSet a = new BitSet();
    a.set(1); a.set(3); a.set(64); a.set(130);
    BitSet b = (BitSet) a.clone();
    b.flip(0, 5);
    System.out.println(a + " " + b + " " + a.intersects(b) + " " + a.equals(b) + " " + a.hashCode() + " " + b.hashCode() + " " + a.size() + " " + b.size());
    BitSet c = (BitSet) a.clone(); c.and(b);
    BitSet d = (BitSet) a.clone(); d.or(b);
    BitSet e = (BitSet) a.clone(); e.xor(b);
    BitSet f = (BitSet) a.clone(); f.andNot(b);
    System.out.println(c + " " + d + " " + e + " " + f + " " + a.get(60, 70) + " " + a.nextSetBit(4) + " " + a.previousSetBit(100) + " " + a.nextSetBit(131));
    a.clear(64);
    a.set(10, 13);
    a.clear(11);
    System.out.println(a + " " + a.isEmpty() + " " + new BitSet().isEmpty() + " " + Arrays.toString(a.toLongArray()) + " " + BitSet.valueOf(new long[] {5L, 1L}));
    System.out.println(a.stream().sum() + " " + primes.stream().filter(p -> p > 50).count());
  }
}
