public class LeapfrogIntegration {
    public static void main(String[] args) {
        double x = 1, v = 0, dt = 0.01, k = 4.0;
        double energy0 = 0.5 * v * v + 0.5 * k * x * x;
        for (int step = 1; step <= 1000; step++) {
            v -= 0.5 * dt * k * x;
            x += dt * v;
            v -= 0.5 * dt * k * x;
            if (step % 250 == 0) System.out.printf("t=%5.2f x=%9.6f v=%9.6f%n", step * dt, x, v);
        }
        double energy = 0.5 * v * v + 0.5 * k * x * x;
        System.out.printf("energy drift %.3e%n", (energy - energy0) / energy0);
        System.out.printf("exact x(10) = %.6f%n", Math.cos(Math.sqrt(k) * 10));
    }
}
