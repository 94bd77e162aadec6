// Control flow corners: string switches with colliding hashes, labeled loops, finally overriding returns, switch expressions, varargs
import java.util.*;

public class SwitchesLabelsAndFinally {
    enum Color { RED, GREEN, BLUE }

    static int sw(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "": return 5;
            default: return -1;
        }
    }

    static String colorName(Color c) {
        switch (c) {
            case RED:
                return "r";
            case GREEN:
                String g = "g";
                return g + g;
            default:
                return "other:" + c.ordinal();
        }
    }

    static int daysIn(int month) {
        switch (month) {
            case 4: case 6: case 9: case 11:
                return 30;
            case 2:
                return 28;
            default:
                return 31;
        }
    }

    @SuppressWarnings("finally")
    static int finallyWins() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int finallyOrder(List<String> log) {
        int x = 10;
        try {
            log.add("try");
            return x;
        } finally {
            x = 20;
            log.add("finally " + x);
        }
    }

    static String nested(int n) {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                if (n == 0) throw new IllegalStateException("zero");
                sb.append("a");
            } finally {
                sb.append("f1");
                if (n == 1) throw new RuntimeException("one");
            }
            sb.append("b");
        } catch (IllegalStateException e) {
            sb.append("ise:" + e.getMessage());
        } catch (RuntimeException e) {
            sb.append("re:" + e.getMessage());
        } finally {
            sb.append("f2");
        }
        return sb.toString();
    }

    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s * 10 + xs.length;
    }

    static String describe(Object first, Object... rest) {
        return first + "/" + rest.length + "/" + Arrays.toString(rest);
    }

    public static void main(String[] args) {
        System.out.println(sw("Aa") + " " + sw("BB") + " " + sw("AaAa") + " " + sw("BBBB") + " " + sw("AaBB") + " " + sw("") + " " + ("Aa".hashCode() == "BB".hashCode()));
        for (Color c : Color.values()) System.out.print(colorName(c) + " ");
        System.out.println(daysIn(2) + daysIn(4) + daysIn(12));
        List<String> log = new ArrayList<>();
        System.out.println(finallyWins() + " " + finallyOrder(log) + " " + log);
        System.out.println(nested(0) + " " + nested(1) + " " + nested(2));
        outer:
        for (int i = 0; i < 5; i++) {
            inner:
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                if ((i + j) % 2 == 1) continue inner;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int k = 0;
        block:
        {
            while (true) {
                k++;
                if (k > 4) break block;
            }
        }
        System.out.println("k=" + k);
        int n = 0;
        do {
            n += 3;
        } while (n < 10);
        System.out.println(n + " " + sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] {4, 5}));
        System.out.println(describe("x") + " " + describe("x", "y", 3) + " " + describe(1, (Object[]) new String[] {"p", "q"}));
        char c = 'a';
        c += 2;
        c++;
        int ci = c + 1;
        System.out.println(c + " " + ci + " " + (char) ci + " " + (c > 'b') + " " + Character.toUpperCase(c) + (char) ('A' + 25));
        int big = Integer.MAX_VALUE;
        big++;
        long lb = Integer.MAX_VALUE + 1;
        long lc = Integer.MAX_VALUE + 1L;
        System.out.println(big + " " + lb + " " + lc + " " + (1 << 33) + " " + (1L << 33) + " " + (-1 >>> 28) + " " + (-1 >> 28) + " " + (-1L >>> 60));
        short sh = 10;
        sh *= 1000;
        sh *= 10;
        byte by = 127;
        by += 1;
        System.out.println(sh + " " + by + " " + (5 / 2) + " " + (-5 / 2) + " " + (5 % -3) + " " + (5.0 % -3) + " " + (-0.0 == 0.0));
        int x = 5;
        x = x++ + ++x;
        int y = 2;
        y += y++ * --y;
        System.out.println(x + " " + y);
        String s = null;
        System.out.println("null concat " + s + " " + (s == null ? "isnull" : s.length()) + " " + (s instanceof String));
        Object o = 3.5;
        String kind = o instanceof Integer ? "int" : o instanceof Double ? "double" : "other";
        System.out.println(kind);
        int total = 0;
        for (int i = 0, j = 10; i < j; i += 2, j--) total += i * j;
        System.out.println(total);
        Iterator<Integer> it = List.of(1, 2, 3).iterator();
        while (it.hasNext()) if (it.next() == 2) break;
        System.out.println(it.next());
        try {
            Object[] objs = new Integer[1];
            objs[0] = "s";
        } catch (ArrayStoreException e) {
            System.out.println("ASE " + e.getMessage());
        }
        try {
            int[] neg = new int[-1];
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
        try {
            Object str = "x";
            Integer bad = (Integer) str;
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }
        try {
            int[] arr = new int[3];
            arr[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("SIOOBE " + e.getMessage());
        }
        try {
            new ArrayList<Integer>().get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE " + e.getMessage());
        }
        try {
            System.out.println(10 / (args.length));
        } catch (ArithmeticException e) {
            System.out.println("AE " + e.getMessage());
        }
        try {
            Color.valueOf("PINK");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        try {
            new ArrayDeque<Integer>().pop();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        try {
            Optional.empty().get();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        try {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            for (Integer i : l) if (i == 1) l.remove(i);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + e.getMessage());
        }
    }
}
