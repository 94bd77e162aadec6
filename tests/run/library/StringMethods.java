public class StringMethods {
    public static void main(String[] args) {
        String s = "  Hello, Kiln World  ";
        String t = s.trim();
        System.out.println("[" + t + "]");
        System.out.println(t.substring(7));
        System.out.println(t.substring(0, 5));
        System.out.println(t.indexOf('o'));
        System.out.println(t.lastIndexOf('o'));
        System.out.println(t.indexOf("Kiln"));
        System.out.println(t.indexOf("Oven"));
        System.out.println(t.startsWith("Hello"));
        System.out.println(t.endsWith("World"));
        System.out.println(t.contains("Kiln"));
        System.out.println(t.toUpperCase());
        System.out.println(t.toLowerCase());
        System.out.println("kiln".equalsIgnoreCase("KILN"));
        System.out.println("apple".compareTo("banana"));
        System.out.println("pear".compareTo("pea"));
        System.out.println("a-b-c".replace('-', '+'));
        System.out.println("con".concat("cat"));
        System.out.println("chars".toCharArray().length);
        System.out.println(String.valueOf(123));
        System.out.println(Integer.parseInt("-2147483648"));
        System.out.println(Integer.parseInt("+77"));
        System.out.println(Integer.parseInt("ff", 16));
        try { Integer.parseInt("12x"); } catch (NumberFormatException e) { System.out.println(e); }
        try { Integer.parseInt("2147483648"); } catch (NumberFormatException e) { System.out.println(e); }
        System.out.println(Math.max(3, 9));
        System.out.println(Math.abs(-5));
        System.out.println(Math.abs(-2.5));
        System.out.println(Math.min(4L, -4L));
    }
}
