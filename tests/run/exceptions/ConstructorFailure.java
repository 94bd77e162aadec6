public class ConstructorFailure {
    static int constructed = 0;

    static class Resource {
        final String name;
        Resource(String name) {
            if (name == null || name.isEmpty()) throw new IllegalArgumentException("name required");
            this.name = name;
            constructed++;
        }
    }

    static class Pool {
        final Resource[] items;
        Pool(String... names) {
            items = new Resource[names.length];
            for (int i = 0; i < names.length; i++) items[i] = new Resource(names[i]);
        }
    }

    public static void main(String[] args) {
        Pool ok = new Pool("a", "b");
        System.out.println("pool of " + ok.items.length + ", constructed " + constructed);
        Pool bad = null;
        try {
            bad = new Pool("c", "", "d");
        } catch (IllegalArgumentException e) {
            System.out.println("failed: " + e.getMessage() + ", constructed " + constructed + ", bad is null: " + (bad == null));
        }
        try {
            Object o = new Resource(null);
            System.out.println(o);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
