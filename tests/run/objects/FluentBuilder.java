public class FluentBuilder {
    static class Pizza {
        private final String size;
        private final String[] toppings;
        private final int toppingCount;
        private final boolean extraCheese;

        private Pizza(Builder b) {
            size = b.size;
            toppings = b.toppings;
            toppingCount = b.count;
            extraCheese = b.extraCheese;
        }

        public String toString() {
            StringBuilder sb = new StringBuilder(size).append(" pizza");
            if (toppingCount > 0) {
                sb.append(" with ");
                for (int i = 0; i < toppingCount; i++) {
                    if (i > 0) sb.append(i == toppingCount - 1 ? " and " : ", ");
                    sb.append(toppings[i]);
                }
            }
            if (extraCheese) sb.append(" (extra cheese)");
            return sb.toString();
        }
    }

    static class Builder {
        private String size = "medium";
        private String[] toppings = new String[4];
        private int count;
        private boolean extraCheese;

        Builder size(String s) { size = s; return this; }
        Builder topping(String t) {
            if (count == toppings.length) throw new IllegalArgumentException("too many toppings: " + t);
            toppings[count++] = t;
            return this;
        }
        Builder extraCheese() { extraCheese = true; return this; }
        Pizza build() { return new Pizza(this); }
    }

    public static void main(String[] args) {
        System.out.println(new Builder().build());
        System.out.println(new Builder().size("large").topping("ham").build());
        System.out.println(new Builder().topping("olives").topping("peppers").topping("onions").extraCheese().build());
        try {
            Builder b = new Builder();
            for (int i = 0; i < 6; i++) b.topping("t" + i);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
