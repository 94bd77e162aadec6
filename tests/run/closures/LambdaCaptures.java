import java.util.function.*;

public class LambdaCaptures {
    interface Action { String run(); }

    static int counter = 0;
    int instanceBase = 100;

    IntSupplier fromInstance(int offset) {
        return () -> instanceBase + offset + counter;
    }

    public static void main(String[] args) {
        Action[] actions = new Action[4];
        for (int i = 0; i < actions.length; i++) {
            final int index = i;
            String label = "action" + i;
            actions[i] = () -> label + "=" + index * index;
        }
        for (Action a : actions) System.out.println(a.run());
        int[] total = {0};
        IntConsumer add = v -> total[0] += v;
        for (int v = 1; v <= 10; v++) add.accept(v);
        System.out.println("total " + total[0]);
        LambdaCaptures obj = new LambdaCaptures();
        IntSupplier s = obj.fromInstance(5);
        System.out.println(s.getAsInt());
        obj.instanceBase = 200;
        counter = 7;
        System.out.println(s.getAsInt());
        Function<Integer, Function<Integer, Integer>> curriedAdd = a -> b -> a + b;
        System.out.println(curriedAdd.apply(3).apply(4) + " " + curriedAdd.apply(10).apply(-1));
        Supplier<Supplier<String>> nested = () -> () -> "deep " + counter;
        System.out.println(nested.get().get());
        BiFunction<String, Integer, String> repeat = (str, n) -> {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) sb.append(str);
            return sb.toString();
        };
        System.out.println(repeat.apply("ab", 3) + "|" + repeat.apply("x", 0) + "|");
    }
}
