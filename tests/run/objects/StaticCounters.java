public class StaticCounters {
    static class Ticket {
        private static int issued = 0;
        private static final String PREFIX = "T-";
        private final int number;
        private final String label;

        Ticket(String label) {
            issued++;
            number = issued;
            this.label = label;
        }

        static int issued() { return issued; }
        String code() { return PREFIX + number + "-" + label; }
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static final int[] TABLE = new int[10];
    static {
        for (int i = 0; i < TABLE.length; i++) TABLE[i] = fib(i);
    }

    public static void main(String[] args) {
        Ticket[] tickets = new Ticket[5];
        String[] labels = {"red", "green", "blue", "cyan", "pink"};
        for (int i = 0; i < tickets.length; i++) tickets[i] = new Ticket(labels[i]);
        for (Ticket t : tickets) System.out.println(t.code());
        System.out.println("issued " + Ticket.issued());
        StringBuilder sb = new StringBuilder();
        for (int v : TABLE) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
    }
}
