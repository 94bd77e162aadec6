public class BankAccounts {
    static class InsufficientFunds extends RuntimeException {
        InsufficientFunds(String id, long balance, long amount) {
            super(id + ": balance " + balance + " < " + amount);
        }
    }

    static class Account {
        private static int nextId = 1;
        final String id;
        private long cents;
        private final StringBuilder history = new StringBuilder();

        Account(long cents) {
            this.id = "ACC" + (nextId++);
            this.cents = cents;
            log("open", cents);
        }

        private void log(String what, long amount) {
            history.append(what).append(' ').append(amount).append("; ");
        }

        void deposit(long amount) {
            if (amount <= 0) throw new IllegalArgumentException("deposit must be positive");
            cents += amount;
            log("deposit", amount);
        }

        void withdraw(long amount) {
            if (amount > cents) throw new InsufficientFunds(id, cents, amount);
            cents -= amount;
            log("withdraw", amount);
        }

        static void transfer(Account from, Account to, long amount) {
            from.withdraw(amount);
            to.deposit(amount);
        }

        String balance() { return String.format("%s: %d.%02d", id, cents / 100, cents % 100); }
    }

    public static void main(String[] args) {
        Account a = new Account(10000), b = new Account(2550);
        Account.transfer(a, b, 1234);
        System.out.println(a.balance() + " | " + b.balance());
        try {
            Account.transfer(b, a, 999999);
        } catch (InsufficientFunds e) {
            System.out.println("refused: " + e.getMessage());
        }
        try {
            a.deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("refused: " + e.getMessage());
        }
        System.out.println(a.history.toString().trim());
        System.out.println(b.history.toString().trim());
    }
}
