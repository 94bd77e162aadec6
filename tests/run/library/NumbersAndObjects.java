import java.util.Objects;

public class NumbersAndObjects {
    public static void main(String[] args) {
        System.out.println(Integer.toString(255, 16));
        System.out.println(Integer.toString(-255, 2));
        System.out.println(Integer.toString(-2147483648, 36));
        System.out.println(Integer.toBinaryString(10));
        System.out.println(Integer.toBinaryString(-1));
        System.out.println(Integer.toOctalString(64));
        System.out.println(Long.toString(-9223372036854775808L, 16));
        System.out.println(Long.parseLong("-9223372036854775808"));
        System.out.println(Long.parseLong("1234567890123"));
        try { Long.parseLong("9223372036854775808"); } catch (NumberFormatException e) { System.out.println(e); }
        System.out.println(Objects.equals(null, null));
        System.out.println(Objects.equals("a", null));
        System.out.println(Objects.equals("ab", "a" + "b".toString()));
        System.out.println(Objects.hashCode(null));
        System.out.println(Objects.hashCode("kiln"));
        System.out.println(Objects.toString(null));
        try { Objects.requireNonNull(null, "value is required"); } catch (NullPointerException e) { System.out.println(e); }
    }
}
