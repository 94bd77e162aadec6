public class InterestSchedule {
    public static void main(String[] args) {
        double principal = 10000, annualRate = 0.06;
        int months = 12;
        double r = annualRate / 12;
        double payment = principal * r / (1 - Math.pow(1 + r, -months));
        System.out.printf("monthly payment %.2f%n", payment);
        double balance = principal, totalInterest = 0;
        for (int m = 1; m <= months; m++) {
            double interest = balance * r;
            double toPrincipal = payment - interest;
            balance -= toPrincipal;
            totalInterest += interest;
            if (m <= 3 || m == months) System.out.printf("%2d %8.2f %8.2f %10.2f%n", m, interest, toPrincipal, Math.abs(balance));
        }
        System.out.printf("total interest %.2f%n", totalInterest);
        double continuous = principal * Math.exp(annualRate);
        System.out.printf("continuous compounding %.4f, doubling time %.3f years%n", continuous, Math.log(2) / annualRate);
    }
}
