public class SetOperations {
    static int[] sortedUnique(int[] a) {
        int[] s = a.clone();
        java.util.Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) if (i == 0 || s[i] != s[i - 1]) s[n++] = s[i];
        return java.util.Arrays.copyOf(s, n);
    }

    static int[] union(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        int i = 0, j = 0, n = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) r[n++] = a[i++];
            else if (i >= a.length || b[j] < a[i]) r[n++] = b[j++];
            else { r[n++] = a[i++]; j++; }
        }
        return java.util.Arrays.copyOf(r, n);
    }

    static int[] intersection(int[] a, int[] b) {
        int[] r = new int[Math.min(a.length, b.length)];
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (b[j] < a[i]) j++;
            else { r[n++] = a[i]; i++; j++; }
        }
        return java.util.Arrays.copyOf(r, n);
    }

    public static void main(String[] args) {
        int[] a = sortedUnique(new int[] {5, 1, 3, 3, 9, 7, 1});
        int[] b = sortedUnique(new int[] {2, 3, 4, 5, 5, 6});
        System.out.println(java.util.Arrays.toString(a) + " " + java.util.Arrays.toString(b));
        System.out.println("union " + java.util.Arrays.toString(union(a, b)));
        System.out.println("intersection " + java.util.Arrays.toString(intersection(a, b)));
    }
}
