// Reading standard input line by line as programs for judges do: BufferedReader over System.in, StringTokenizer for
// the numbers, readLine until null, a PrintWriter over System.out flushed at the end.
import java.io.*;
import java.util.*;

public class LineInput {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long sum = 0;
        StringTokenizer st = new StringTokenizer(in.readLine());
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < n; i++) { int v = Integer.parseInt(st.nextToken()); nums.add(v); sum += v; }
        System.out.println("n=" + n + " sum=" + sum + " max=" + Collections.max(nums));
        String line;
        int lines = 0, words = 0;
        Map<String, Integer> freq = new TreeMap<>();
        while ((line = in.readLine()) != null) {
            lines++;
            for (String w : line.toLowerCase().split("[^a-z]+")) if (!w.isEmpty()) { words++; freq.merge(w, 1, (Integer a, Integer b) -> a + b); }
        }
        System.out.println(lines + " lines, " + words + " words, " + freq);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.printf("%d distinct%n", freq.size());
        out.println("done");
        out.flush();
    }
}
