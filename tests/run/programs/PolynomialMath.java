public class PolynomialMath {
    static String show(int[] p) {
        StringBuilder sb = new StringBuilder();
        for (int i = p.length - 1; i >= 0; i--) {
            if (p[i] == 0) continue;
            if (sb.length() > 0) sb.append(p[i] > 0 ? " + " : " - ");
            else if (p[i] < 0) sb.append("-");
            int a = Math.abs(p[i]);
            if (a != 1 || i == 0) sb.append(a);
            if (i > 0) sb.append("x");
            if (i > 1) sb.append("^").append(i);
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    static int[] multiply(int[] a, int[] b) {
        int[] r = new int[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < b.length; j++) r[i + j] += a[i] * b[j];
        return r;
    }

    static long evaluate(int[] p, long x) {
        long v = 0;
        for (int i = p.length - 1; i >= 0; i--) v = v * x + p[i];
        return v;
    }

    static int[] derivative(int[] p) {
        int[] d = new int[Math.max(1, p.length - 1)];
        for (int i = 1; i < p.length; i++) d[i - 1] = i * p[i];
        return d;
    }

    public static void main(String[] args) {
        int[] p = {-1, 0, 1};
        int[] q = {1, 1};
        int[] pq = multiply(p, q);
        System.out.println("(" + show(p) + ")(" + show(q) + ") = " + show(pq));
        System.out.println("d/dx = " + show(derivative(pq)) + ", at 3: " + evaluate(pq, 3) + ", at -2: " + evaluate(pq, -2));
        int[] power = {1};
        for (int k = 0; k < 5; k++) power = multiply(power, q);
        System.out.println("(x+1)^5 = " + show(power));
    }
}
