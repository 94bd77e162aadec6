public class MortgageComparisons {
    static double payment(double principal, double yearlyRate, int years) {
        double r = yearlyRate / 12;
        int n = years * 12;
        return r == 0 ? principal / n : principal * r / (1 - Math.pow(1 + r, -n));
    }

    public static void main(String[] args) {
        double principal = 250000;
        double[] rates = {0.0, 0.03, 0.045, 0.07};
        int[] terms = {15, 30};
        for (double rate : rates) {
            StringBuilder sb = new StringBuilder(String.format("%5.2f%%:", rate * 100));
            for (int years : terms) {
                double p = payment(principal, rate, years);
                sb.append(String.format(" %dy %9.2f (total %,.0f)", years, p, p * years * 12));
            }
            System.out.println(sb);
        }
    }
}
