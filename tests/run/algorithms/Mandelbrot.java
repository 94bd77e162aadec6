public class Mandelbrot {
    public static void main(String[] args) {
        String shades = " .:-=+*#%@";
        for (int row = 0; row < 20; row++) {
            StringBuilder line = new StringBuilder();
            double y = -1.2 + row * 0.12;
            for (int col = 0; col < 60; col++) {
                double x = -2.1 + col * 0.05;
                double zr = 0, zi = 0;
                int iteration = 0;
                while (iteration < 50 && zr * zr + zi * zi <= 4.0) {
                    double t = zr * zr - zi * zi + x;
                    zi = 2 * zr * zi + y;
                    zr = t;
                    iteration++;
                }
                line.append(shades.charAt(iteration == 50 ? 9 : iteration % 9));
            }
            System.out.println(line);
        }
        double sum = 0;
        for (int i = 1; i <= 1000; i++) sum += 1.0 / ((double) i * i);
        System.out.println("basel " + sum + " pi^2/6 " + (Math.PI * Math.PI / 6) + " sqrt(6*sum) " + Math.sqrt(6 * sum));
    }
}
