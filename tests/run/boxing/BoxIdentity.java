import java.util.*;
public class BoxIdentity {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128, e = -128, f = -129, g = -129;
        Integer h = 1000; Integer i = h;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (e == Integer.valueOf(-128)) + " " + (f == g) + " " + (h == i));
        Long l1 = 100L, l2 = 100L, l3 = 1000L, l4 = 1000L;
        System.out.println((l1 == l2) + " " + (l3 == l4) + " " + l3.equals(l4));
        Short s1 = 5, s2 = 5, s3 = 500, s4 = 500;
        Character c1 = 'a', c2 = 'a', c3 = '\u00e9', c4 = '\u00e9';
        Boolean b1 = true, b2 = Boolean.valueOf("TRUE");
        Byte y1 = -100, y2 = -100;
        Double d1 = 1.0, d2 = 1.0; Double d3 = d1;
        System.out.println((s1 == s2) + " " + (s3 == s4) + " " + (c1 == c2) + " " + (c3 == c4) + " " + (b1 == b2) + " " + (y1 == y2) + " " + (d1 == d2) + " " + (d1 == d3));
        List<Integer> list = new ArrayList<>();
        for (int k = 0; k < 300; k += 100) list.add(k);
        System.out.println((list.get(1) == list.get(1)) + " " + (list.get(2) == Integer.valueOf(200)) + " " + list.contains(200) + " " + list.indexOf(200));
        Map<String, Integer> m = new HashMap<>();
        m.put("x", 5000); m.put("y", 5000);
        System.out.println((m.get("x") == m.get("x")) + " " + (m.get("x") == m.get("y")) + " " + m.get("x").equals(m.get("y")) + " " + ((int) m.get("x") == m.get("y")));
        Object o1 = 70000, o2 = 70000;
        System.out.println((o1 == o2) + " " + o1.equals(o2) + " " + (o1.hashCode() == o2.hashCode()) + " " + (o1 instanceof Integer) + " " + ((Integer) o1 + 1));
    }
}
