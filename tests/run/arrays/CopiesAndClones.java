public class CopiesAndClones {
    static void show(int[] values) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < values.length) { text.append(values[i]).append(' '); i = i + 1; }
        System.out.println(text);
    }
    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5};
        int[] b = a.clone();
        b[0] = 100;
        show(a);
        show(b);
        int[] c = new int[7];
        System.arraycopy(a, 1, c, 2, 3);
        show(c);
        System.arraycopy(a, 0, a, 1, 4);
        show(a);
        String[] words = {"x", "y", "z"};
        String[] more = new String[4];
        System.arraycopy(words, 0, more, 1, 3);
        System.out.println(more[0] + more[1] + more[3]);
        try { System.arraycopy(a, 3, c, 0, 5); } catch (Exception e) { System.out.println(e); }
        try { System.arraycopy(a, 0, c, -1, 1); } catch (Exception e) { System.out.println(e); }
        try { System.arraycopy(a, 0, more, 0, 1); } catch (Exception e) { System.out.println(e); }
        try { System.arraycopy("text", 0, c, 0, 1); } catch (Exception e) { System.out.println(e); }
    }
}
