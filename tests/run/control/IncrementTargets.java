// IncrementTargets: ++ and -- on array elements and fields whose array, index or qualifier has effects: each evaluated once
import java.util.*;
public class IncrementTargets {
    static int calls; static int[] arr = new int[5]; static int idx; static int next() { calls++; return idx++ % 5; }
    static int[] get() { calls += 10; return arr; }
    int f; static IncrementTargets inst = new IncrementTargets(); static IncrementTargets self() { calls += 100; return inst; }
    public static void main(String[] args) {
        int i = 0;
        arr[i++]++; ++arr[next()]; get()[1]--; int v = arr[next()]++ + --get()[4];
        System.out.println(Arrays.toString(arr) + " " + i + " " + calls + " " + v);
        self().f++; ++self().f; int w = self().f-- * 2; System.out.println(inst.f + " " + calls + " " + w);
        long[] la = {5}; la[0] += la[0]++; System.out.println(la[0]);
        char[] cs = {'a'}; cs[0]++; cs[0] += 2; System.out.println(cs[0]);
    }
}
