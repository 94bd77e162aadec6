public class CheckedAccesses {
    public static void main(String[] args) {
        int[] a = new int[3];
        try { a[5] = 1; } catch (Exception e) { System.out.println(e); }
        try { System.out.println(a[-1]); } catch (Exception e) { System.out.println(e); }
        try { int[] b = new int[-2]; } catch (Exception e) { System.out.println(e); }
        try { System.out.println("abc".charAt(7)); } catch (Exception e) { System.out.println(e); }
        String[] words = {"a", "b"};
        try { words[2] = "c"; } catch (Exception e) { System.out.println(e); }
        System.out.println(a[2]);
        System.out.println(a[3]);
    }
}
