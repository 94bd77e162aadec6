public class BinarySearchAndGcd {
    static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }

    static int gcdRecursive(int a, int b) {
        return b == 0 ? a : gcdRecursive(b, a % b);
    }

    public static void main(String[] args) {
        int[] sorted = {1, 3, 5, 7, 9, 11, 13, 17, 19, 23};
        for (int key = 0; key <= 24; key += 3) {
            System.out.println("search " + key + " -> " + binarySearch(sorted, key));
        }
        System.out.println(gcd(1071, 462) + " " + gcd(-48, 18) + " " + gcd(0, 5) + " " + gcd(17, 0));
        System.out.println(lcm(4, 6) + " " + lcm(21, 6) + " " + lcm(1000000007L, 998244353L));
        System.out.println(gcdRecursive(270, 192) + " " + gcdRecursive(13, 7));
        long product = 1;
        for (int i = 1; i <= 20; i++) product = lcm(product, i);
        System.out.println("lcm(1..20) = " + product);
    }
}
