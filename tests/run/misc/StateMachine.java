public class StateMachine {
    static final int IDLE = 0, RUNNING = 1, PAUSED = 2, STOPPED = 3;
    static final String[] NAMES = {"IDLE", "RUNNING", "PAUSED", "STOPPED"};

    static int next(int state, String event) {
        switch (state) {
            case IDLE:
                if (event.equals("start")) return RUNNING;
                break;
            case RUNNING:
                if (event.equals("pause")) return PAUSED;
                if (event.equals("stop")) return STOPPED;
                break;
            case PAUSED:
                if (event.equals("resume")) return RUNNING;
                if (event.equals("stop")) return STOPPED;
                break;
            default:
                break;
        }
        throw new IllegalStateException("cannot " + event + " when " + NAMES[state]);
    }

    public static void main(String[] args) {
        String[] events = {"start", "pause", "resume", "pause", "stop", "start"};
        int state = IDLE;
        for (String e : events) {
            try {
                int after = next(state, e);
                System.out.println(NAMES[state] + " --" + e + "--> " + NAMES[after]);
                state = after;
            } catch (IllegalStateException ex) {
                System.out.println("error: " + ex.getMessage());
            }
        }
    }
}
