public class SortingShowdown {
    static long comparisons;

    static boolean less(int a, int b) { comparisons++; return a < b; }

    static void insertionSort(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i], j = i - 1;
            while (j >= 0 && less(v, a[j])) { a[j + 1] = a[j]; j--; }
            a[j + 1] = v;
        }
    }

    static void shellSort(int[] a) {
        int h = 1;
        while (h < a.length / 3) h = 3 * h + 1;
        for (; h >= 1; h /= 3)
            for (int i = h; i < a.length; i++)
                for (int j = i; j >= h && less(a[j], a[j - h]); j -= h) { int t = a[j]; a[j] = a[j - h]; a[j - h] = t; }
    }

    static void heapSort(int[] a) {
        int n = a.length;
        for (int k = n / 2 - 1; k >= 0; k--) sink(a, k, n);
        while (n > 1) {
            int t = a[0]; a[0] = a[n - 1]; a[n - 1] = t;
            sink(a, 0, --n);
        }
    }

    static void sink(int[] a, int k, int n) {
        while (2 * k + 1 < n) {
            int j = 2 * k + 1;
            if (j + 1 < n && less(a[j], a[j + 1])) j++;
            if (!less(a[k], a[j])) break;
            int t = a[k]; a[k] = a[j]; a[j] = t;
            k = j;
        }
    }

    static int[] data(int n, int seed) {
        int[] a = new int[n];
        long x = seed;
        for (int i = 0; i < n; i++) { x = (x * 6364136223846793005L + 1442695040888963407L); a[i] = (int) (x >>> 40) % 1000; }
        return a;
    }

    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
        return true;
    }

    public static void main(String[] args) {
        String[] names = {"insertion", "shell", "heap"};
        for (int algorithm = 0; algorithm < 3; algorithm++) {
            int[] a = data(500, 17);
            comparisons = 0;
            if (algorithm == 0) insertionSort(a);
            else if (algorithm == 1) shellSort(a);
            else heapSort(a);
            System.out.println(names[algorithm] + ": sorted " + sorted(a) + ", comparisons " + comparisons + ", first " + a[0] + ", last " + a[a.length - 1]);
        }
        int[] b = data(500, 17);
        java.util.Arrays.sort(b);
        System.out.println("library: " + sorted(b) + " " + b[250]);
    }
}
