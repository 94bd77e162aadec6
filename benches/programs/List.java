// Takeuchi's function over linked lists: allocation of small objects, recursion, pointer chasing.
public class List {
    static final class Element {
        Object value;
        Element next;
        Element(Object value) { this.value = value; }

        int length() {
            int length = 0;
            for (Element e = this; e != null; e = e.next) length++;
            return length;
        }
    }

    static Element makeList(int length) {
        if (length == 0) return null;
        Element e = new Element(Integer.valueOf(length));
        e.next = makeList(length - 1);
        return e;
    }

    static boolean isShorterThan(Element x, Element y) {
        Element xTail = x;
        Element yTail = y;
        while (yTail != null) {
            if (xTail == null) return true;
            xTail = xTail.next;
            yTail = yTail.next;
        }
        return false;
    }

    static Element tail(Element x, Element y, Element z) {
        if (isShorterThan(y, x)) {
            return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
        }
        return z;
    }

    static String run() {
        int total = 0;
        for (int i = 0; i < 1200; i++) {
            Element result = tail(makeList(15), makeList(10), makeList(6));
            total += result.length() + ((Integer) result.value).intValue();
        }
        return "total " + total;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String result = "";
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            result = run();
            long elapsed = System.nanoTime() - start;
            if (args.length > 0) System.err.println("iteration " + elapsed);
        }
        System.out.println("list: " + result);
    }
}
