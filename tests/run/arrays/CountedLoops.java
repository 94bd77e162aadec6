// Loops over arrays whose accesses Kiln proves in bounds, beside look-alikes it must keep checking.
public class CountedLoops {
    static int sum(int[] values) {
        int total = 0;
        for (int i = 0; i < values.length; i++) total += values[i];
        return total;
    }

    static int pairs(int[] values) {
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                if (values[i] + values[j] == 10) count++;
            }
        }
        return count;
    }

    static int skipOdd(int[] values) {
        int total = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] % 2 != 0) continue;
            total += values[i];
        }
        return total;
    }

    static String names(String[] words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) text.append(word.length()).append(' ');
        return text.toString().trim();
    }

    static int pastTheEnd(int[] values) {
        int total = 0;
        for (int i = 0; i < values.length; i++) total += values[i] + values[i + 1];
        return total;
    }

    static int fromTheMiddle(int[] values, int start) {
        int total = 0;
        for (int i = start; i < values.length; i++) total += values[i];
        return total;
    }

    static int walkBack(int[] values) {
        int total = 0;
        int i = 0;
        while (i < values.length) {
            total += values[i];
            i++;
        }
        i -= 3;
        return total + values[i];
    }

    static int swapArrays(int[] first, int[] second) {
        int total = 0;
        int[] current = first;
        for (int i = 0; i < current.length; i++) {
            total += current[i];
            if (i == 1) current = second;
        }
        return total;
    }

    static long literalBound() {
        long[] w = new long[80];
        for (int t = 0; t < 16; t++) w[t] = t * 3;
        long total = 0;
        for (int t = 0; t < 80; t++) total += w[t];
        return total;
    }

    static int tooShort() {
        int[] small = new int[5];
        int total = 0;
        for (int t = 0; t < 8; t++) total += small[t];
        return total;
    }

    public static void main(String[] args) {
        System.out.println("literal bound " + literalBound());
        try {
            System.out.println(tooShort());
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("too short: " + e.getMessage());
        }
        int[] numbers = {1, 9, 3, 7, 5, 5, 4, 6};
        System.out.println("sum " + sum(numbers) + ", empty " + sum(new int[0]));
        System.out.println("pairs " + pairs(numbers));
        System.out.println("even " + skipOdd(numbers));
        System.out.println("names " + names(new String[] {"one", "three", "eleven"}));
        try {
            sum(null);
        } catch (NullPointerException e) {
            System.out.println("null array");
        }
        try {
            System.out.println(pastTheEnd(numbers));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("past the end: " + e.getMessage());
        }
        System.out.println("from 5: " + fromTheMiddle(numbers, 5));
        try {
            System.out.println(fromTheMiddle(numbers, -2));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("from -2: " + e.getMessage());
        }
        System.out.println("walk back " + walkBack(numbers));
        try {
            System.out.println(swapArrays(numbers, new int[] {100, 200}));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("swapped: " + e.getMessage());
        }
    }
}
