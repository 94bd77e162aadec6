public class TemperatureTable {
    static double toFahrenheit(double c) { return c * 9 / 5 + 32; }
    static double toKelvin(double c) { return c + 273.15; }

    public static void main(String[] args) {
        System.out.printf("%8s %10s %10s%n", "Celsius", "Fahrenheit", "Kelvin");
        for (int c = -40; c <= 100; c += 20) {
            System.out.printf("%8d %10.1f %10.2f%n", c, toFahrenheit(c), toKelvin(c));
        }
        double sum = 0;
        for (int c = 0; c <= 10; c++) sum += toFahrenheit(c);
        System.out.println("average " + sum / 11 + " " + (float) (sum / 11));
    }
}
