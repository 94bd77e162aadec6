public class TrafficSimulation {
    public static void main(String[] args) {
        int length = 30;
        int[] cars = new int[length];
        java.util.Arrays.fill(cars, -1);
        int[] start = {0, 3, 4, 10, 11, 12, 20};
        for (int p : start) cars[p] = 1;
        int seed = 7;
        for (int t = 0; t < 6; t++) {
            StringBuilder road = new StringBuilder();
            for (int v : cars) road.append(v < 0 ? '.' : (char) ('0' + v));
            System.out.println(road);
            int[] next = new int[length];
            java.util.Arrays.fill(next, -1);
            for (int i = 0; i < length; i++) {
                if (cars[i] < 0) continue;
                int v = Math.min(cars[i] + 1, 5);
                int gap = 1;
                while (gap <= v && cars[(i + gap) % length] < 0) gap++;
                v = Math.min(v, gap - 1);
                seed = seed * 31 + 17;
                if (v > 0 && Math.floorMod(seed, 10) < 2) v--;
                next[(i + v) % length] = v;
            }
            cars = next;
        }
    }
}
