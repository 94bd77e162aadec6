public class DoubleParsing {
    static void parse(String text) {
        try {
            double d = Double.parseDouble(text);
            System.out.println("\"" + text + "\" -> " + d + " bits " + Long.toHexString(Double.doubleToLongBits(d)));
        } catch (NumberFormatException e) {
            System.out.println("\"" + text + "\" -> " + e);
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0.0", "3.14159", "1e10", "1E-5", "0.1", "123.456", "-2.5e-3", "1.7976931348623157E308",
            "1.8e308", "4.9e-324", "2e-324", "9007199254740993", "0.30000000000000004", "  42.5  ", "1.0d", "7f",
            "NaN", "-Infinity", "+Infinity", ".5", "5.", "1e-400", "123456789012345678901234567890", "2.2250738585072011e-308",
            "", "abc", "1e", "1.2.3", "--1", "0x10"};
        for (String s : inputs) parse(s);
        System.out.println(Double.valueOf("2.5") + 1 + " " + Float.parseFloat("3.25") + " " + Float.valueOf("0.1") + " " + Double.parseDouble("1e2") * 2);
        double sum = 0;
        String[] prices = "19.99,5.01,100,0.5,3.333".split(",");
        for (String p : prices) sum += Double.parseDouble(p);
        System.out.println("total " + sum + " rounded " + Math.round(sum * 100) / 100.0);
    }
}
