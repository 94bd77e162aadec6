// The Mandelbrot set as a bitmap, folded into a checksum: tight double arithmetic and branches.
public class Mandelbrot {
    static int mandelbrot(int size) {
        int sum = 0;
        int byteAccumulator = 0;
        int bitNumber = 0;
        for (int y = 0; y < size; y++) {
            double ci = (2.0 * y / size) - 1.0;
            for (int x = 0; x < size; x++) {
                double zr = 0.0;
                double zrzr = 0.0;
                double zi = 0.0;
                double zizi = 0.0;
                double cr = (2.0 * x / size) - 1.5;
                int escape = 0;
                for (int z = 0; z < 50; z++) {
                    zr = zrzr - zizi + cr;
                    zi = 2.0 * zr * zi + ci;
                    zrzr = zr * zr;
                    zizi = zi * zi;
                    if (zrzr + zizi > 4.0) {
                        escape = 1;
                        break;
                    }
                }
                byteAccumulator = (byteAccumulator << 1) + escape;
                bitNumber++;
                if (bitNumber == 8) {
                    sum ^= byteAccumulator;
                    byteAccumulator = 0;
                    bitNumber = 0;
                } else if (x == size - 1) {
                    byteAccumulator <<= (8 - bitNumber);
                    sum ^= byteAccumulator;
                    byteAccumulator = 0;
                    bitNumber = 0;
                }
            }
        }
        return sum;
    }

    static String run() {
        return "sum " + mandelbrot(500) + ", small " + mandelbrot(1) + " " + mandelbrot(13);
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
        System.out.println("mandelbrot: " + result);
    }
}
