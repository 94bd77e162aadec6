public class RandomWalkLcg {
    static long state = 42;

    static int nextInt(int bound) {
        state = (state * 25214903917L + 11) & ((1L << 48) - 1);
        return (int) ((state >>> 17) % bound);
    }

    public static void main(String[] args) {
        int x = 0, y = 0, maxDistance = 0;
        int[] histogram = new int[4];
        for (int step = 0; step < 1000; step++) {
            int dir = nextInt(4);
            histogram[dir]++;
            switch (dir) {
                case 0: x++; break;
                case 1: x--; break;
                case 2: y++; break;
                default: y--;
            }
            maxDistance = Math.max(maxDistance, Math.abs(x) + Math.abs(y));
        }
        System.out.println("end at (" + x + ", " + y + "), max distance " + maxDistance);
        System.out.println("directions " + java.util.Arrays.toString(histogram));
        System.out.println("state " + state + " " + Long.toHexString(state));
    }
}
