public class EventLog {
    static abstract class Event {
        final long time;
        Event(long time) { this.time = time; }
        abstract String render();
    }
    static class Login extends Event {
        final String user;
        Login(long t, String user) { super(t); this.user = user; }
        String render() { return user + " logged in"; }
    }
    static class Purchase extends Event {
        final String user;
        final double amount;
        Purchase(long t, String user, double amount) { super(t); this.user = user; this.amount = amount; }
        String render() { return user + " bought for " + String.format("%.2f", amount); }
    }
    static class Error extends Event {
        final int code;
        Error(long t, int code) { super(t); this.code = code; }
        String render() { return "error " + code; }
    }

    public static void main(String[] args) {
        Event[] log = {new Login(1000, "ann"), new Purchase(1500, "ann", 19.999), new Error(1700, 503), new Login(2000, "bob"),
            new Purchase(2100, "bob", 5), new Purchase(2500, "ann", 100.5), new Error(2600, 404)};
        double revenue = 0;
        int errors = 0;
        for (Event e : log) {
            System.out.println("[" + e.time / 1000 + "." + e.time % 1000 + "s] " + e.render());
            if (e instanceof Purchase) revenue += ((Purchase) e).amount;
            else if (e instanceof Error) errors++;
        }
        System.out.printf("revenue %.3f, errors %d, events %d%n", revenue, errors, log.length);
    }
}
