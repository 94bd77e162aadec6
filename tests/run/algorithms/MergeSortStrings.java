public class MergeSortStrings {
    static void mergeSort(String[] a, String[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            if (a[i].compareTo(a[j]) <= 0) tmp[k++] = a[i++];
            else tmp[k++] = a[j++];
        }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }

    public static void main(String[] args) {
        String[] words = {"pear", "apple", "fig", "banana", "cherry", "Apple", "date", "elderberry", "fig", "grape", ""};
        mergeSort(words, new String[words.length], 0, words.length);
        for (String w : words) System.out.println("'" + w + "' " + w.length() + " " + w.hashCode());
        System.out.println("apple".compareTo("Apple") + " " + "a".compareTo("ab") + " " + "abc".compareTo("abd"));
        System.out.println("Hello".compareToIgnoreCase("hello") + " " + "abc".equalsIgnoreCase("ABC"));
    }
}
