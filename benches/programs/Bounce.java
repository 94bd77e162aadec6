// Balls bouncing in a box: objects with int fields, virtual calls, a linear congruential generator.
public class Bounce {
    static final class Random {
        private int seed = 74755;
        int next() {
            seed = ((seed * 1309) + 13849) & 65535;
            return seed;
        }
    }

    static final class Ball {
        private int x;
        private int y;
        private int xVelocity;
        private int yVelocity;

        Ball(Random random) {
            x = random.next() % 500;
            y = random.next() % 500;
            xVelocity = (random.next() % 300) - 150;
            yVelocity = (random.next() % 300) - 150;
        }

        boolean bounce() {
            int limit = 500;
            boolean bounced = false;
            x += xVelocity;
            y += yVelocity;
            if (x > limit) { x = limit; xVelocity = -Math.abs(xVelocity); bounced = true; }
            if (x < 0) { x = 0; xVelocity = Math.abs(xVelocity); bounced = true; }
            if (y > limit) { y = limit; yVelocity = -Math.abs(yVelocity); bounced = true; }
            if (y < 0) { y = 0; yVelocity = Math.abs(yVelocity); bounced = true; }
            return bounced;
        }
    }

    static String run() {
        long total = 0;
        for (int round = 0; round < 1200; round++) {
            Random random = new Random();
            Ball[] balls = new Ball[100];
            for (int i = 0; i < balls.length; i++) balls[i] = new Ball(random);
            int bounces = 0;
            for (int step = 0; step < 50; step++) {
                for (Ball ball : balls) {
                    if (ball.bounce()) bounces++;
                }
            }
            total += bounces;
        }
        return "bounces " + total;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String result = "";
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            result = run();
            long elapsed = System.nanoTime() - start;
            if (args.length > 0) System.err.println("iteration " + elapsed);
        }
        System.out.println("bounce: " + result);
    }
}
