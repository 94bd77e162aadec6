public class SkylineHeights {
    public static void main(String[] args) {
        int[][] buildings = {{2, 9, 10}, {3, 7, 15}, {5, 12, 12}, {15, 20, 10}, {19, 24, 8}};
        int maxX = 0;
        for (int[] b : buildings) maxX = Math.max(maxX, b[1]);
        int[] height = new int[maxX + 1];
        for (int[] b : buildings) for (int x = b[0]; x < b[1]; x++) height[x] = Math.max(height[x], b[2]);
        StringBuilder points = new StringBuilder();
        int previous = 0;
        for (int x = 0; x <= maxX; x++) {
            if (height[x] != previous) { points.append('[').append(x).append(',').append(height[x]).append("] "); previous = height[x]; }
        }
        System.out.println(points.toString().trim());
        int[] bars = {0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1};
        int water = 0;
        for (int i = 0; i < bars.length; i++) {
            int left = 0, right = 0;
            for (int j = 0; j <= i; j++) left = Math.max(left, bars[j]);
            for (int j = i; j < bars.length; j++) right = Math.max(right, bars[j]);
            water += Math.min(left, right) - bars[i];
        }
        System.out.println("trapped water " + water);
    }
}
