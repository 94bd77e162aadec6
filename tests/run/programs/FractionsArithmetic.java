public class FractionsArithmetic {
    static class Fraction {
        final long num, den;
        Fraction(long num, long den) {
            if (den == 0) throw new ArithmeticException("zero denominator");
            if (den < 0) { num = -num; den = -den; }
            long g = gcd(Math.abs(num), den);
            this.num = num / g;
            this.den = den / g;
        }
        static long gcd(long a, long b) { return b == 0 ? (a == 0 ? 1 : a) : gcd(b, a % b); }
        Fraction plus(Fraction o) { return new Fraction(num * o.den + o.num * den, den * o.den); }
        Fraction times(Fraction o) { return new Fraction(num * o.num, den * o.den); }
        Fraction inverse() { return new Fraction(den, num); }
        double value() { return (double) num / den; }
        @Override public boolean equals(Object o) { return o instanceof Fraction && ((Fraction) o).num == num && ((Fraction) o).den == den; }
        @Override public int hashCode() { return (int) (31 * num + den); }
        @Override public String toString() { return den == 1 ? String.valueOf(num) : num + "/" + den; }
    }

    public static void main(String[] args) {
        Fraction half = new Fraction(1, 2), third = new Fraction(1, 3);
        System.out.println(half.plus(third) + " " + half.times(third) + " " + third.inverse() + " " + new Fraction(6, -8));
        Fraction harmonic = new Fraction(0, 1);
        for (int i = 1; i <= 10; i++) harmonic = harmonic.plus(new Fraction(1, i));
        System.out.println("H10 = " + harmonic + " = " + harmonic.value());
        System.out.println(new Fraction(2, 4).equals(half) + " " + (new Fraction(2, 4).hashCode() == half.hashCode()) + " " + half.equals("1/2"));
        try {
            new Fraction(0, 5).inverse();
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}
