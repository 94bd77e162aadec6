import java.util.Locale;

// Locale arguments: String.format and printf with Locale.US and Locale.ROOT, toLowerCase and toUpperCase
// with a locale, and the Locale objects themselves.
public class LocaleFormatting {
    public static void main(String[] args) {
        double price = 1234.5;
        System.out.println(String.format(Locale.US, "%.2f|%,.2f|%10.3f", price, price, Math.PI));
        System.out.printf(Locale.ROOT, "%d items at %.1f%n", 3, 2.25);
        System.out.println("TITLE".toLowerCase(Locale.ROOT) + " " + "title".toUpperCase(Locale.ENGLISH));
        System.out.println(Locale.US + " " + Locale.UK + " " + Locale.ENGLISH + " [" + Locale.ROOT + "]");
        Locale custom = new Locale("FR", "ca");
        System.out.println(custom + " " + custom.getLanguage() + " " + custom.getCountry() + " " + custom.equals(new Locale("fr", "CA")) + " " + Locale.US.equals(Locale.UK));
        System.out.println(String.format(Locale.US, "%s=%08.3f", "pi", Math.PI) + " " + String.format(Locale.US, "%e", 0.000123));
    }
}
