public class BubbleSort {
    public static void main(String[] args) {
        int[] values = {29, 3, 17, -4, 0, 99, 12, 3};
        boolean swapped = true;
        while (swapped) {
            swapped = false;
            int i = 1;
            while (i < values.length) {
                if (values[i - 1] > values[i]) { int temporary = values[i]; values[i] = values[i - 1]; values[i - 1] = temporary; swapped = true; }
                i = i + 1;
            }
        }
        String text = "";
        int j = 0;
        while (j < values.length) { text = text + values[j] + ","; j = j + 1; }
        System.out.println(text);
    }
}
