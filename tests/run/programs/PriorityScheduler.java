public class PriorityScheduler {
    static class Task {
        final String name;
        final int priority, duration;
        Task(String name, int priority, int duration) { this.name = name; this.priority = priority; this.duration = duration; }
    }

    public static void main(String[] args) {
        Task[] tasks = {new Task("backup", 2, 30), new Task("deploy", 5, 10), new Task("email", 1, 5),
            new Task("build", 5, 20), new Task("test", 4, 15), new Task("lint", 3, 2)};
        Task[] order = tasks.clone();
        java.util.Arrays.sort(order, (a, b) -> a.priority != b.priority ? b.priority - a.priority : a.duration - b.duration);
        int clock = 0;
        long weightedWait = 0;
        for (Task t : order) {
            System.out.printf("t=%3d start %-7s (priority %d, %2d min)%n", clock, t.name, t.priority, t.duration);
            weightedWait += (long) clock * t.priority;
            clock += t.duration;
        }
        System.out.println("finished at " + clock + ", weighted wait " + weightedWait);
        System.out.println("original first " + tasks[0].name + ", sorted first " + order[0].name);
    }
}
