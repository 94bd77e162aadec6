// Formattable: values that format themselves for %s, seeing the left-justify, upper-case and alternate flags,
// the width and the precision; and %s of ordinary values beside them.
import java.util.*;

public class FormattableValues {
    static class Money implements Formattable {
        final long cents;

        Money(long cents) {
            this.cents = cents;
        }

        @Override
        public void formatTo(Formatter formatter, int flags, int width, int precision) {
            String text = (cents < 0 ? "-" : "") + "$" + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
            if ((flags & FormattableFlags.ALTERNATE) != 0) text = text + " USD";
            if ((flags & FormattableFlags.UPPERCASE) != 0) text = text.toUpperCase();
            if (precision >= 0 && precision < text.length()) text = text.substring(0, precision);
            StringBuilder padded = new StringBuilder(text);
            while (padded.length() < width) {
                if ((flags & FormattableFlags.LEFT_JUSTIFY) != 0) padded.append('.');
                else padded.insert(0, '.');
            }
            formatter.format("%s", padded);
        }

        @Override
        public String toString() {
            return "Money(" + cents + ")";
        }
    }

    public static void main(String[] args) {
        Money price = new Money(123456);
        Money debt = new Money(-705);
        System.out.println(String.format("[%s] [%S] [%#s] [%12s] [%-12s|] [%.4s] [%#S]", price, price, price, price, price, price, debt));
        System.out.println(String.format("%s and %s, %10s", debt, "plain", 42));
        System.out.println(price + " " + String.valueOf(debt));
        StringBuilder sb = new StringBuilder();
        new Formatter(sb).format("total: %s%n", new Money(99));
        System.out.print(sb);
        System.out.printf("%-8s|%8s|%n", new Money(1), new Money(100000));
        try {
            String.format("%#s", "not formattable");
        } catch (FormatFlagsConversionMismatchException e) {
            System.out.println(e.getMessage());
        }
    }
}
