import java.io.*;
import java.util.*;

public class TextStreamsAndScanner {
    static class Ring extends AbstractQueue<Integer> {
        private final int[] slots = new int[4];
        private int head, size;
        public boolean offer(Integer v) { if (size == slots.length) return false; slots[(head + size++) % slots.length] = v; return true; }
        public Integer poll() { if (size == 0) return null; int v = slots[head]; head = (head + 1) % slots.length; size--; return v; }
        public Integer peek() { return size == 0 ? null : slots[head]; }
        public int size() { return size; }
        public Iterator<Integer> iterator() {
            List<Integer> copy = new ArrayList<>();
            for (int i = 0; i < size; i++) copy.add(slots[(head + i) % slots.length]);
            return copy.iterator();
        }
    }
    static class Squares extends AbstractMap<Integer, Integer> {
        final int limit;
        Squares(int limit) { this.limit = limit; }
        public Set<Map.Entry<Integer, Integer>> entrySet() {
            Set<Map.Entry<Integer, Integer>> entries = new LinkedHashSet<>();
            for (int i = 1; i <= limit; i++) entries.add(new AbstractMap.SimpleEntry<>(i, i * i));
            return entries;
        }
    }
    public static void main(String[] args) throws IOException {
        PrintWriter buffered = new PrintWriter(System.out);
        buffered.println("from the writer, printed at flush");
        System.out.println("from System.out, printed first");
        buffered.printf("%d + %d = %d%n", 2, 3, 5);
        buffered.flush();
        PrintWriter auto = new PrintWriter(new OutputStreamWriter(System.out), true);
        auto.println("autoflushed line");
        System.out.println("after autoflush");
        auto.print("no newline yet ");
        auto.println();

        StringWriter text = new StringWriter();
        try (PrintWriter pw = new PrintWriter(text)) {
            for (int i = 0; i < 3; i++) pw.print(i + (i < 2 ? "," : ""));
            pw.println();
            pw.append("appended").append('!').append("xyz", 1, 2);
            pw.write("chars".toCharArray(), 1, 3);
            pw.write(65);
        }
        System.out.println("[" + text + "] " + text.getBuffer().length());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes);
        ps.print("héllo ");
        ps.println(42);
        ps.printf("%.2f", 1.005);
        ps.flush();
        System.out.println(bytes.size() + " " + bytes.toString().replace("\n", "|") + " " + Arrays.toString(Arrays.copyOf(bytes.toByteArray(), 4)));

        BufferedReader lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream("one\r\ntwo\rthree\n\nfour".getBytes())));
        String line;
        int count = 0;
        while ((line = lines.readLine()) != null) System.out.println(++count + " <" + line + ">");
        BufferedReader again = new BufferedReader(new StringReader("a b\nc d\ne"));
        System.out.println(again.lines().map(String::toUpperCase).reduce("", (x, y) -> x + "/" + y));
        StringReader chars = new StringReader("xyz");
        int c;
        StringBuilder seen = new StringBuilder();
        while ((c = chars.read()) != -1) seen.append((char) c).append(c);
        System.out.println(seen);

        Scanner scanner = new Scanner("3\n10 20 30\nname: Ada Lovelace\n2.5 true\n");
        int n = scanner.nextInt();
        int sum = 0;
        for (int i = 0; i < n; i++) sum += scanner.nextInt();
        scanner.nextLine();
        String record = scanner.nextLine();
        double d = scanner.nextDouble();
        boolean flag = scanner.nextBoolean();
        System.out.println(n + " " + sum + " [" + record + "] " + d + " " + flag + " " + scanner.hasNext() + " " + scanner.hasNextLine());
        Scanner words = new Scanner("alpha 12 beta x7 99");
        while (words.hasNext()) {
            if (words.hasNextInt()) System.out.print("int:" + words.nextInt() + " ");
            else System.out.print("word:" + words.next() + " ");
        }
        System.out.println();
        try { new Scanner("abc").nextInt(); } catch (InputMismatchException e) { System.out.println("mismatch " + e.getClass().getSimpleName()); }
        try { new Scanner("").next(); } catch (NoSuchElementException e) { System.out.println("empty " + e.getClass().getSimpleName()); }
        Scanner csv = new Scanner("a,b,,c").useDelimiter(",");
        List<String> fields = new ArrayList<>();
        while (csv.hasNext()) fields.add(csv.next());
        System.out.println(fields + " " + fields.size());

        Hashtable<String, Integer> table = new Hashtable<>();
        for (String w : "the quick brown fox jumps over the lazy dog and runs far away from here".split(" ")) table.merge(w, 1, Integer::sum);
        System.out.println(table);
        System.out.println(table.keySet());
        Enumeration<String> keys = table.keys();
        StringBuilder ks = new StringBuilder();
        while (keys.hasMoreElements()) ks.append(keys.nextElement().charAt(0));
        System.out.println(ks + " " + table.contains(2) + " " + table.size());
        try { table.put("null", null); } catch (NullPointerException e) { System.out.println("no null values"); }
        Hashtable<Integer, String> numbers = new Hashtable<>();
        for (int i = 0; i < 30; i += 3) numbers.put(i * 7, "n" + i);
        numbers.remove(21);
        System.out.println(numbers + " " + numbers.hashCode() + " " + numbers.equals(new HashMap<>(numbers)));

        Vector<String> vector = new Vector<>(List.of("x", "y"));
        vector.addElement("z");
        vector.insertElementAt("w", 0);
        Enumeration<String> elements = vector.elements();
        while (elements.hasMoreElements()) System.out.print(elements.nextElement());
        System.out.println(" " + vector + " " + vector.indexOf("y", 1) + " " + vector.firstElement());
        Stack<Integer> stack = new Stack<>();
        stack.push(1); stack.push(2);
        System.out.println(stack + " " + (stack instanceof Vector) + " " + stack.peek() + " " + stack.search(1));

        Ring ring = new Ring();
        for (int i = 1; i <= 4; i++) ring.add(i * 10);
        try { ring.add(50); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        System.out.println(ring + " " + ring.remove() + " " + ring.element() + " " + ring.size());
        ring.clear();
        try { ring.remove(); } catch (NoSuchElementException e) { System.out.println("ring empty " + ring.isEmpty()); }

        Squares squares = new Squares(5);
        System.out.println(squares + " " + squares.get(3) + " " + squares.containsKey(6) + " " + squares.keySet() + " " + squares.values() + " " + squares.size());
        try { squares.put(1, 1); } catch (UnsupportedOperationException e) { System.out.println("read-only"); }
        System.out.println(squares.equals(Map.of(1, 1, 2, 4, 3, 9, 4, 16, 5, 25)) + " " + squares.hashCode());
    }
}
