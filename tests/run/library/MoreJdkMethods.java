import java.util.*;

public class MoreJdkMethods {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1.0f).append(' ').append(2.0).append(' ').append((Object) null).append(' ').append(true);
        System.out.println(sb.length() + "/" + sb.capacity());
        sb.append(" and a much longer tail to grow it twice over");
        System.out.println(sb.length() + "/" + sb.capacity());
        StringBuilder fromText = new StringBuilder("hello");
        System.out.println(fromText.capacity());
        fromText.ensureCapacity(30);
        System.out.println(fromText.capacity());
        fromText.ensureCapacity(100);
        System.out.println(fromText.capacity());
        fromText.trimToSize();
        System.out.println(fromText.capacity() + " " + fromText);
        try { fromText.setLength(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        StringBuffer buffer = new StringBuffer(4);
        buffer.append("abcdef");
        System.out.println(buffer.capacity());

        System.out.println(Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3) + " " + Math.IEEEremainder(-10, 3) + " " + Math.IEEEremainder(5, 2) + " " + Math.IEEEremainder(7, 2) + " " + Math.IEEEremainder(3, 0) + " " + Math.IEEEremainder(-4, 2));
        System.out.println(Math.scalb(1.5, 4) + " " + Math.scalb(3.0, -1080) + " " + Math.scalb(1.0, 1024) + " " + Math.scalb(2.5f, 3) + " " + Math.scalb(1e-300, 2000));
        System.out.println(Math.ulp(1.0f) + " " + Math.ulp(1e10f) + " " + Math.ulp(Float.MIN_VALUE) + " " + Math.nextUp(1.0f) + " " + Math.nextDown(1.0f) + " " + Math.nextAfter(1.0f, 2.0) + " " + Math.nextAfter(0.0f, -1.0));
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1, 10.0, -1.0) + " " + Math.fma(1e308, 10.0, -1e308) + " " + Math.fma(1.5f, 2.0f, 0.25f));
        System.out.println(Float.isFinite(1.0f) + " " + Float.isFinite(Float.NaN) + " " + Float.max(1f, 2f) + " " + Float.min(-0.0f, 0.0f) + " " + Float.toHexString(1.0f) + " " + Float.toHexString(-3.5f) + " " + Float.toHexString(Float.MIN_VALUE));
        double[] hex = {1.0, -2.5, 0.1, 0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-310, 3.0, Double.NaN, Double.NEGATIVE_INFINITY, 1024.0};
        for (double d : hex) System.out.print(Double.toHexString(d) + " ");
        System.out.println();
        System.out.println(Short.compareUnsigned((short) -1, (short) 1) + " " + Byte.compareUnsigned((byte) 1, (byte) -1) + " " + Short.decode("0x7f") + " " + Byte.decode("-#10"));
        try { Byte.decode("300"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }

        int[] a = {1, 3, 5, 7, 9, 11};
        System.out.println(Arrays.binarySearch(a, 1, 4, 7) + " " + Arrays.binarySearch(a, 1, 4, 9) + " " + Arrays.binarySearch(a, 2, 2, 5));
        try { Arrays.binarySearch(a, 4, 2, 1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Arrays.binarySearch(a, 0, 9, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        String[] words = {"apple", "fig", "kiwi", "pear"};
        System.out.println(Arrays.binarySearch(words, 0, 4, "kiwi") + " " + Arrays.binarySearch(words, 0, 4, "FIG", String.CASE_INSENSITIVE_ORDER));
        System.out.println(Arrays.compare(new int[]{1, 2, 3}, new int[]{1, 2, 4}) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1, 2, 3}) + " " + Arrays.compare((int[]) null, new int[0]) + " " + Arrays.compare(new String[]{"b"}, new String[]{"a", "z"}));
        System.out.println(Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}) + " " + Arrays.mismatch(new char[]{'a'}, new char[]{'a'}) + " " + Arrays.mismatch(new double[]{0.0, Double.NaN}, new double[]{0.0, Double.NaN}) + " " + Arrays.mismatch(new Object[]{"x", null}, new Object[]{"x", "y"}));
        System.out.println(Arrays.equals(new int[]{0, 1, 2, 3}, 1, 3, new int[]{1, 2}, 0, 2) + " " + Arrays.compareUnsigned(new byte[]{-1}, new byte[]{1}) + " " + Arrays.compare(new boolean[]{false}, new boolean[]{true}) + " " + Arrays.compare(new double[]{-0.0}, new double[]{0.0}));
        System.out.println(Arrays.binarySearch(new double[]{-1.0, -0.0, 0.0, 2.0}, 0, 4, 0.0) + " " + Arrays.binarySearch(new char[]{'a', 'c', 'e'}, 0, 3, 'd'));

        Stack<String> stack = new Stack<>();
        stack.push("a"); stack.push("b"); stack.addElement("c");
        System.out.println(stack.firstElement() + stack.lastElement() + stack.elementAt(1) + " " + stack.indexOf("c", 1) + " " + stack.lastIndexOf("a", 2));
        stack.insertElementAt("z", 0);
        stack.setElementAt("y", 1);
        stack.removeElementAt(2);
        System.out.println(stack + " " + stack.removeElement("q") + " " + stack.search("z"));
        try { stack.get(7); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        try { stack.elementAt(9); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        try { stack.add(10, "w"); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        stack.setSize(5);
        System.out.println(stack + " " + stack.size());
        Object[] copy = new Object[5];
        stack.copyInto(copy);
        System.out.println(Arrays.toString(copy));
        stack.removeAllElements();
        try { stack.firstElement(); } catch (NoSuchElementException e) { System.out.println("NSEE " + stack.isEmpty()); }
        try { stack.pop(); } catch (EmptyStackException e) { System.out.println("empty " + e.getMessage()); }

        List<Integer> numbers = new ArrayList<>(List.of(1, 2, 1, 2, 3, 1, 2));
        System.out.println(Collections.lastIndexOfSubList(numbers, List.of(1, 2)) + " " + Collections.indexOfSubList(numbers, List.of(1, 2)) + " " + Collections.lastIndexOfSubList(numbers, List.of(4)));
        System.out.println(Collections.replaceAll(numbers, 2, 20) + " " + numbers + " " + Collections.replaceAll(numbers, 7, 0));
        StringBuilder edited = new StringBuilder("0123");
        edited.insert(2, "abcdef", 1, 3).insert(0, new char[]{'x', 'y', 'z'}, 1, 2).append(new StringBuffer("!"));
        System.out.println(edited);
    }
}
