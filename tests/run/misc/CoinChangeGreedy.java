public class CoinChangeGreedy {
    public static void main(String[] args) {
        int[] coins = {200, 100, 50, 20, 10, 5, 2, 1};
        int[] amounts = {0, 1, 7, 99, 388, 1234};
        for (int amount : amounts) {
            StringBuilder sb = new StringBuilder(amount + " =");
            int rest = amount, used = 0;
            for (int c : coins) {
                int n = rest / c;
                if (n > 0) { sb.append(' ').append(n).append('x').append(c); used += n; rest %= c; }
            }
            System.out.println(sb + " (" + used + " coins)");
        }
    }
}
