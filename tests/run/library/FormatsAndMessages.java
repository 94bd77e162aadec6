// String.format flags and conversions (width, precision, `-`, `0`, `+`, space, `,`, `#`, `(`, %e %g %h, argument indexes),
// and the messages of the exceptions that parsing, indexing and collections throw.
import java.util.*;

public class FormatsAndMessages {
    public static void main(String[] args) {
        System.out.println(String.format("|%10s|%-10s|%.3s|%S|", "right", "left", "truncate", "shout"));
        System.out.println(String.format("|%8.3f|%-8.2f|%+.1f|% d|", 3.14159, 2.5, 7.25, 42));
        System.out.println(String.format("|%(.2f|%(8.1f|%(d|%#x|%#X|%#o|%#08x|", -4.5, 3.25, -17, 255, 255, 8, 255));
        System.out.println(String.format("|%e|%.2E|%g|%.3g|", 1234.5678, 0.000123, 12345.678, 0.00012345));
        System.out.println(String.format("|%x|%08X|%#x|%o|%#o|", 3054, 3054, 255, 8, 8));
        System.out.println(String.format("|%,d|%,.2f|%010d|%-6d|%b|%c|%n", 1234567890, 9876543.21, -42, 7, null, 65).trim());
        System.out.println(String.format("%s %s %s", 1, 2.5, 'x') + String.format("%2$s %1$s", "a", "b"));
        System.out.println(String.format("%.0f %.0f %.0f %.1f", 0.5, 1.5, 2.5, 0.05));
        System.out.printf("%5.1f%%%n", 45.678);
        System.out.println(String.format("%h %h", "hi", 17));
        System.out.println(String.format("%d %d %d", (byte) -1, (short) 300, 123456789012L));
        try { Integer.parseInt("12a"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt(""); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Long.parseLong(null); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Double.parseDouble("x1"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt("99999999999"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new ArrayList<Integer>().get(0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Object x = 1 / 0; } catch (ArithmeticException e) { System.out.println(e.getMessage() + " " + e); }
        try { new int[-1].clone(); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage() + " " + e); }
        try { Object[] objs = new String[1]; objs[0] = 1; } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        try { new LinkedList<String>().getFirst(); } catch (NoSuchElementException e) { System.out.println(e + " " + e.getMessage()); }
        try { new ArrayDeque<String>().pop(); } catch (NoSuchElementException e) { System.out.println(e); }
        try { List.of(1).iterator().next(); new TreeMap<String,Integer>().firstKey(); } catch (NoSuchElementException e) { System.out.println(e); }
        Exception chained = new RuntimeException("outer", new IllegalArgumentException("inner"));
        System.out.println(chained + " / " + chained.getCause() + " / " + chained.getCause().getMessage());
        Throwable t = new Exception();
        System.out.println(t.getMessage() + " " + t + " " + new Error("err").toString());
        System.out.println(Double.toString(100) + " " + Float.toString(1.1f) + " " + (0.1f + 0.2f) + " " + (float) 0.1 + " " + 1.0 / 3 + " " + 2.0f / 3);
        System.out.println(Double.MIN_NORMAL + " " + Math.ulp(1.0) + " " + Double.longBitsToDouble(1L) + " " + Float.intBitsToFloat(0x7f800000) + " " + Double.doubleToLongBits(1.5));
        System.out.println((long) 1e300 + " " + (int) 1e10f + " " + (char) -1 + 0 + " " + (short) 1e6 + " " + (byte) 'é');
        System.out.println(Long.toString(Long.MIN_VALUE, 16) + " " + Integer.toString(-255, 16) + " " + Integer.parseInt("-ff", 16) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.divideUnsigned(-1, 2) + " " + Long.remainderUnsigned(-1L, 10));
        System.out.println(Character.getNumericValue('z') + " " + Character.isLetter('é') + " " + Character.toUpperCase('é') + " " + "straße".toUpperCase() + " " + "ÀB".toLowerCase());
    }
}
