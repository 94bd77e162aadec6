// BigNumbersAndArrays: big numbers, bit sets, array copies, labelled loops and clones
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.*;

public class BigNumbersAndArrays {
    static long fib(int n) { long a = 0, b = 1; for (int i = 0; i < n; i++) { long t = a + b; a = b; b = t; } return a; }
    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        for (int i = 1; i <= 30; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println(f + " " + f.bitLength() + " " + f.mod(BigInteger.valueOf(1000007)) + " " + f.toString(16));
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + b.divide(a) + " " + b.remainder(a) + " " + b.mod(a));
        System.out.println(a.pow(3) + " " + a.gcd(BigInteger.valueOf(30)) + " " + a.compareTo(b) + " " + b.abs().signum() + " " + b.negate() + " " + a.shiftLeft(10) + " " + b.shiftRight(7));
        System.out.println(BigInteger.valueOf(2).modPow(BigInteger.valueOf(100), BigInteger.valueOf(1000000007)) + " " + BigInteger.valueOf(17).isProbablePrime(10) + " " + a.longValue() + " " + a.intValue() + " " + a.equals(new BigInteger("123456789012345678901234567890")));
        BigDecimal d1 = new BigDecimal("10.25"), d2 = new BigDecimal("3");
        System.out.println(d1.add(d2) + " " + d1.subtract(d2) + " " + d1.multiply(d2) + " " + d1.divide(d2, 5, RoundingMode.HALF_UP) + " " + d1.setScale(1, RoundingMode.HALF_EVEN) + " " + d1.negate() + " " + d1.scale() + " " + d1.compareTo(d2));
        System.out.println(new BigDecimal("1.10").equals(new BigDecimal("1.1")) + " " + new BigDecimal("1.10").compareTo(new BigDecimal("1.1")) + " " + new BigDecimal("1.10").stripTrailingZeros() + " " + BigDecimal.valueOf(2.5).toPlainString());
        for (int n : new int[]{10, 50, 90}) System.out.print(fib(n) + " ");
        System.out.println();
        BitSet bs = new BitSet();
        for (int i = 2; i < 100; i++) bs.set(i);
        for (int i = 2; i * i < 100; i++) if (bs.get(i)) for (int j = i * i; j < 100; j += i) bs.clear(j);
        System.out.println(bs.cardinality() + " " + bs + " " + bs.nextSetBit(50) + " " + bs.nextClearBit(2) + " " + bs.length());
        BitSet other = new BitSet(); other.set(0, 20); other.and(bs); System.out.println(other); other.flip(0, 5); System.out.println(other + " " + other.intersects(bs));
        int[] src = {1, 2, 3, 4, 5, 6, 7, 8};
        System.arraycopy(src, 0, src, 2, 5);
        System.out.println(Arrays.toString(src));
        System.arraycopy(src, 3, src, 1, 4);
        System.out.println(Arrays.toString(src));
        try { System.arraycopy(src, 5, src, 0, 10); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { System.arraycopy(src, 0, new long[8], 0, 2); } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        int[] cl = src.clone(); cl[0] = 99; System.out.println(src[0] + " " + cl[0] + " " + (cl != src));
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) { jag[i] = new int[i + 1]; for (int j = 0; j <= i; j++) jag[i][j] = (i == j || j == 0) ? 1 : jag[i - 1][j - 1] + jag[i - 1][j]; }
        System.out.println(Arrays.deepToString(jag));
        int[][] shallow = jag.clone(); shallow[0][0] = 7; System.out.println(jag[0][0] + " " + (shallow[1] == jag[1]));
        int n = 0;
        loop: while (true) { do { n++; if (n % 7 == 0) break loop; } while (n % 3 != 0); n += 10; }
        System.out.println(n);
        Object o = new int[]{1, 2};
        System.out.println((o instanceof int[]) + " " + (o instanceof Object[]) + " " + (new String[0] instanceof Object[]) + " " + o.getClass().getSimpleName() + " " + new String[0][0].getClass().getSimpleName());
        Object[] objs = new Integer[]{3, 1, 2};
        Arrays.sort(objs); System.out.println(Arrays.toString(objs) + " " + objs.getClass().getName() + " " + new int[0].getClass().getName() + " " + new double[0][0].getClass().getName());
        long sum = 0; for (int i = 0; i < 100000; i++) sum += (long) i * i; System.out.println(sum);
        int h = 0; for (int i = 0; i < 1000; i++) h = 31 * h + i; System.out.println(h);
        char[] chars = new char[5]; Arrays.fill(chars, 'x'); chars[2] = 'y'; System.out.println(chars); System.out.println("chars: " + String.valueOf(chars));
        double[] dd = {3.5, -1.0, 2.25, Double.NaN, -0.0, 0.0}; Arrays.sort(dd); System.out.println(Arrays.toString(dd));
        String[] strs = {"pear", "Apple", "banana", "apple"}; Arrays.sort(strs); System.out.println(Arrays.toString(strs)); Arrays.sort(strs, String.CASE_INSENSITIVE_ORDER); System.out.println(Arrays.toString(strs));
        List<int[]> pairs = new ArrayList<>(); for (int i = 0; i < 3; i++) pairs.add(new int[]{i, i * i});
        for (int[] p : pairs) System.out.print(p[0] + ":" + p[1] + " "); System.out.println();
        StringTokenizer st = new StringTokenizer("a b,c  d", " ,"); while (st.hasMoreTokens()) System.out.print("<" + st.nextToken() + ">"); System.out.println(" " + new StringTokenizer("x y z").countTokens());
        Integer[] boxes = new Integer[3]; System.out.println(Arrays.toString(boxes) + " " + Arrays.asList(1, 2, 3).toArray().length);
        System.out.println(Arrays.asList(new Integer[]{4, 5}).get(1) + " " + Arrays.stream(new String[]{"q", "r"}).count() + " " + Collections.max(Arrays.asList("a", "bb", "c"), Comparator.comparing(String::length)));
        long big = Long.MAX_VALUE; int wrap = (int) big; short sh = (short) big; System.out.println(wrap + " " + sh + " " + (big >>> 1) + " " + (big >> 62) + " " + (float) big + " " + (double) (big - 1));
        System.out.println(Long.numberOfLeadingZeros(0) + " " + Long.highestOneBit(-1) + " " + Long.signum(-5L) + " " + Long.rotateRight(1L, 1) + " " + Long.reverseBytes(0x0102030405060708L));
    }
}
