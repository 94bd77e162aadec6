public class QuickSort {
    static int comparisons = 0;

    static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static int partition(int[] a, int low, int high) {
        int pivot = a[high];
        int i = low - 1;
        for (int j = low; j < high; j++) {
            comparisons++;
            if (a[j] <= pivot) {
                i++;
                swap(a, i, j);
            }
        }
        swap(a, i + 1, high);
        return i + 1;
    }

    static void sort(int[] a, int low, int high) {
        if (low < high) {
            int p = partition(a, low, high);
            sort(a, low, p - 1);
            sort(a, p + 1, high);
        }
    }

    static String show(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i]);
        }
        return sb.append("]").toString();
    }

    public static void main(String[] args) {
        int[] data = {38, 27, 43, 3, 9, 82, 10, -5, 0, 27, 100, -42};
        System.out.println("before: " + show(data));
        sort(data, 0, data.length - 1);
        System.out.println("after:  " + show(data));
        System.out.println("comparisons: " + comparisons);
        int[] big = new int[200];
        int seed = 12345;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 1103515245 + 12345;
            big[i] = (seed >>> 16) % 1000;
        }
        sort(big, 0, big.length - 1);
        boolean sorted = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) sorted = false;
        System.out.println("sorted: " + sorted + " min " + big[0] + " max " + big[big.length - 1]);
    }
}
