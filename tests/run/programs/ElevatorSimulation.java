public class ElevatorSimulation {
    public static void main(String[] args) {
        int[] requests = {5, 2, 8, 3, 9, 1, 7};
        int floor = 4, travelled = 0;
        boolean up = true;
        boolean[] pending = new boolean[10];
        for (int r : requests) pending[r] = true;
        StringBuilder route = new StringBuilder("start " + floor);
        int remaining = requests.length;
        while (remaining > 0) {
            boolean any = false;
            for (int f = up ? floor : floor; up ? f < 10 : f >= 0; f += up ? 1 : -1) if (pending[f]) { any = true; break; }
            if (!any) { up = !up; route.append(" | turn"); continue; }
            floor += up ? 1 : -1;
            travelled++;
            if (pending[floor]) { pending[floor] = false; remaining--; route.append(" -> ").append(floor); }
        }
        System.out.println(route);
        System.out.println("travelled " + travelled + " floors");
    }
}
