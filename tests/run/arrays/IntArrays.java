public class IntArrays {
    public static void main(String[] args) {
        int[] squares = new int[6];
        int i = 0;
        while (i < squares.length) { squares[i] = i * i; i = i + 1; }
        int sum = 0;
        i = 0;
        while (i < squares.length) { sum = sum + squares[i]; i = i + 1; }
        System.out.println(sum);
        System.out.println(squares.length);
        int[] primes = {2, 3, 5, 7, 11};
        System.out.println(primes[4]);
        primes[0] = primes[0] + 100;
        System.out.println(primes[0]);
        System.out.println(new int[0].length);
    }
}
