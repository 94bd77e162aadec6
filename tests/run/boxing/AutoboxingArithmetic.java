public class AutoboxingArithmetic {
    static Object describe(Object o) {
        if (o instanceof Integer) return "Integer " + ((Integer) o + 1);
        if (o instanceof Long) return "Long " + ((Long) o * 2);
        if (o instanceof Double) return "Double " + ((Double) o / 2);
        if (o instanceof Character) return "Character " + Character.toUpperCase((Character) o);
        if (o instanceof Boolean) return "Boolean " + !((Boolean) o);
        if (o instanceof String) return "String " + ((String) o).length();
        return "other " + o;
    }

    public static void main(String[] args) {
        Integer a = 100;
        Integer b = 23;
        int sum = a + b;
        Integer boxedSum = a + b;
        System.out.println(sum + " " + boxedSum + " " + (a * b) + " " + (a / b) + " " + (a % b) + " " + (a > b));
        Long big = 1L << 40;
        Double half = 0.5;
        System.out.println(big + half + " " + (big * 2) + " " + (half * 3));
        Object[] things = {1, 2L, 3.0, 'c', true, "four", 5.5f};
        for (Object t : things) System.out.println(describe(t));
        Integer x = 127, y = 127;
        System.out.println(x.equals(y) + " " + x.equals(127) + " " + x.equals(127L) + " " + new Object().equals(x));
        Character c = 'A';
        char next = (char) (c + 1);
        System.out.println(c + " " + next + " " + (int) c + " " + Character.valueOf('z').compareTo('a'));
        Boolean flag = Boolean.valueOf(false);
        System.out.println(flag || true);
        int total = 0;
        Integer[] boxes = {1, 2, 3, 4};
        for (Integer box : boxes) total += box;
        System.out.println(total + " " + boxes.length + " " + boxes[2].hashCode() + " " + Double.valueOf(1.5).hashCode());
        long widened = a;
        double asDouble = b;
        System.out.println(widened + " " + asDouble);
    }
}
