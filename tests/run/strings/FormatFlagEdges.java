// String.format corners: precision on %b and %h, '#' with precision 0, %c of supplementary and invalid code
// points, the order of a conversion's checks (argument class before flags), %g of a BigDecimal.
import java.math.BigDecimal;
import java.math.BigInteger;

public class FormatFlagEdges {
    static void show(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e);
        }
    }

    public static void main(String[] args) {
        show("%.0B|%.2b|%.3B", 'c', true, null);
        show("%.1H|%.3h|%10.2h|", 0x1F600, "hello", 'c');
        show("%X", 1.5);
        show("%E", 7);
        show("%c", 1.5);
        show("%#.0f|%#.0e|%#.0E|%#10.0f|", 0.0, 1e308 / 2, 12345.0, 10.0);
        show("%c|%c|%C", 0x1F600, 'ß', 0x1F601);
        show("%c", -1);
        show("%c|%g", -1, 42);
        show("%+o", "text");
        show("%+o", 8);
        show("% x", 2.5);
        show("%(x", -255);
        show("%(x|%+o", new BigInteger("-255"), new BigInteger("8"));
        BigDecimal[] decimals = {new BigDecimal("12345.678901234567890"), new BigDecimal("0.00012345"), new BigDecimal("0.000012345"),
            new BigDecimal("123456"), new BigDecimal("1234567"), BigDecimal.ZERO, new BigDecimal("0.00")};
        for (BigDecimal decimal : decimals) {
            show("%g|%.3g|%,g|%.0g|%12.2G|", decimal, decimal, decimal, decimal, decimal);
        }
        show("%,g|%,.3g", 1234567.0, 0.000123);
    }
}
