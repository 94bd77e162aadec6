public class StringBuilders {
    public static void main(String[] args) {
        StringBuilder builder = new StringBuilder();
        builder.append("kiln").append(' ').append(42).append(' ').append(7000000000L).append(true).append(0.5);
        String nothing = null;
        builder.append(nothing);
        builder.append((Object) 3);
        System.out.println(builder.toString());
        System.out.println(builder.length());
        System.out.println(builder.charAt(1));
        StringBuilder digits = new StringBuilder("12345");
        System.out.println(digits.reverse());
        digits.insert(2, "--");
        System.out.println(digits);
        digits.deleteCharAt(0);
        digits.setCharAt(0, 'X');
        System.out.println(digits);
        digits.setLength(3);
        System.out.println("[" + digits + "]");
        StringBuilder big = new StringBuilder(1);
        int i = 0;
        while (i < 100) { big.append(i % 10); i = i + 1; }
        System.out.println(big);
        try { builder.charAt(99); } catch (IndexOutOfBoundsException e) { System.out.println("out of range"); }
    }
}
