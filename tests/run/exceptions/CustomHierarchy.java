public class CustomHierarchy {
    static class AppException extends Exception {
        AppException(String message) { super(message); }
        String kind() { return "app"; }
    }

    static class NotFound extends AppException {
        final String key;
        NotFound(String key) { super("missing " + key); this.key = key; }
        String kind() { return "not-found"; }
    }

    static class Forbidden extends AppException {
        Forbidden(String who) { super(who + " may not"); }
        String kind() { return "forbidden"; }
        @Override public String getMessage() { return "[" + super.getMessage() + "]"; }
    }

    static String lookup(String key) throws AppException {
        if (key.startsWith("secret")) throw new Forbidden("guest");
        if (key.length() > 5) throw new NotFound(key);
        if (key.isEmpty()) throw new AppException("empty key");
        return key.toUpperCase();
    }

    public static void main(String[] args) {
        String[] keys = {"abc", "secret-x", "toolong", "", "ok"};
        for (String k : keys) {
            try {
                System.out.println("found " + lookup(k));
            } catch (NotFound e) {
                System.out.println(e.kind() + ": " + e.getMessage() + " (" + e.key + ")");
            } catch (AppException e) {
                System.out.println(e.kind() + ": " + e.getMessage() + " / " + e);
            } finally {
                System.out.println("  done " + k.length());
            }
        }
        try {
            throw new Forbidden("root");
        } catch (Exception e) {
            System.out.println(e.getClass().getName() + " " + (e instanceof AppException) + " " + e.getLocalizedMessage());
        }
    }
}
