public class ModularClock {
    public static void main(String[] args) {
        int[] offsets = {0, 5, -1, 25, -13, 100, -100, 48};
        for (int h : offsets) System.out.print(Math.floorMod(h, 24) + "/" + (h % 24) + " ");
        System.out.println();
        long seconds = 987654321L;
        long days = seconds / 86400, rest = seconds % 86400;
        System.out.printf("%d days %02d:%02d:%02d%n", days, rest / 3600, rest % 3600 / 60, rest % 60);
        int minutes = -75;
        System.out.println(Math.floorDiv(minutes, 60) + "h " + Math.floorMod(minutes, 60) + "m vs " + minutes / 60 + "h " + minutes % 60 + "m");
    }
}
