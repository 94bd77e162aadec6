public class CoinFlipsStreaks {
    public static void main(String[] args) {
        long x = 0x9E3779B97F4A7C15L;
        int heads = 0, longest = 0, current = 0;
        boolean last = false;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            boolean head = (x & 1) == 1;
            if (i < 40) first.append(head ? 'H' : 'T');
            if (head) heads++;
            current = (i > 0 && head == last) ? current + 1 : 1;
            longest = Math.max(longest, current);
            last = head;
        }
        System.out.println(first);
        System.out.println("heads " + heads + " tails " + (1000 - heads) + " longest streak " + longest);
        System.out.println("final state " + Long.toUnsignedString(x) + " " + x);
    }
}
