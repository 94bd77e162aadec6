public class InstanceInitializers {
    static class Widget {
        static int made;
        final int id;
        final String[] tags;
        String label = "widget";
        {
            made++;
            id = made * 10;
        }
        Widget() { tags = new String[] {"plain"}; }
        Widget(String label, String... tags) { this.label = label; this.tags = tags; }
        public String toString() { return label + "#" + id + java.util.Arrays.toString(tags); }
    }

    public static void main(String[] args) {
        System.out.println(new Widget());
        System.out.println(new Widget("knob", "round", "red"));
        System.out.println(new Widget("lever"));
        System.out.println("made " + Widget.made);
    }
}
