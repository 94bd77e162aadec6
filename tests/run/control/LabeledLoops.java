public class LabeledLoops {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i * 10 + j + " ");
            }
        }
        System.out.println();
        int n = 0;
        do {
            n += 3;
        } while (n < 10);
        System.out.println("do-while " + n);
        int k = 100;
        do {
            k++;
        } while (false);
        System.out.println("once " + k);
        int found = -1;
        search:
        for (int a = 1; a < 20; a++) {
            for (int b = a; b < 20; b++) {
                for (int c = b; c < 30; c++) {
                    if (a * a + b * b == c * c && a + b + c == 24) {
                        found = a * 10000 + b * 100 + c;
                        break search;
                    }
                }
            }
        }
        System.out.println("triple " + found);
        int steps = 0;
        long x = 27;
        while (x != 1) {
            x = (x % 2 == 0) ? x / 2 : 3 * x + 1;
            steps++;
        }
        System.out.println("collatz(27) steps " + steps);
        int i = 0;
        while (true) {
            if (++i >= 5) break;
        }
        System.out.println("i " + i);
        for (int a = 0, b = 10; a < b; a += 2, b -= 3) System.out.print(a + ":" + b + " ");
        System.out.println();
    }
}
