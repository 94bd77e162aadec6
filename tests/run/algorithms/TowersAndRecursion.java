public class TowersAndRecursion {
    static int moves = 0;
    static StringBuilder log = new StringBuilder();

    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        moves++;
        if (n >= 3) log.append("disk ").append(n).append(' ').append(from).append("->").append(to).append('\n');
        hanoi(n - 1, via, to, from);
    }

    static long fibonacci(int n, long[] memo) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        memo[n] = fibonacci(n - 1, memo) + fibonacci(n - 2, memo);
        return memo[n];
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static String binary(int n) {
        return n < 2 ? String.valueOf(n) : binary(n / 2) + (n % 2);
    }

    public static void main(String[] args) {
        hanoi(5, 'A', 'C', 'B');
        System.out.print(log);
        System.out.println("moves: " + moves);
        long[] memo = new long[91];
        System.out.println("fib(90) = " + fibonacci(90, memo));
        System.out.println("fib(50) = " + fibonacci(50, memo));
        System.out.println("ackermann(2, 3) = " + ackermann(2, 3) + ", ackermann(3, 3) = " + ackermann(3, 3));
        for (int i = 0; i < 12; i += 5) System.out.println(i + " = 0b" + binary(i));
        System.out.println(binary(1023));
    }
}
