public class Twin {
  static long sum(int[] values) { long total = 0; for (int i = 0; i < values.length; i++) total += values[i]; return total; }
  static int[] range(int n) { int[] r = new int[n]; for (int i = 0; i < n; i++) r[i] = i * i; return r; }
  static String join(String[] parts, String separator) {
    String result = "";
    for (int i = 0; i < parts.length; i++) { if (i > 0) result = result + separator; result = result + parts[i]; }
    return result;
  }
  static String[] repeat(String text, int times) { String[] r = new String[times]; for (int i = 0; i < times; i++) r[i] = text + i; return r; }
  static byte[][] triangle(int n) {
    byte[][] rows = new byte[n][];
    for (int i = 0; i < n; i++) { byte[] row = new byte[i + 1]; for (int j = 0; j <= i; j++) row[j] = (byte)(j * 100); rows[i] = row; }
    return rows;
  }
  static double[] halves(double[] values) { double[] r = new double[values.length]; for (int i = 0; i < values.length; i++) r[i] = values[i] / 2; return r; }
  public static void main(String[] args) {
    System.out.println(sum(new int[] {1, -2, 2147483647, 2147483647}));
    System.out.println(sum(new int[0]));
    int[] squares = range(5);
    for (int i = 0; i < squares.length; i++) System.out.println(squares[i]);
    System.out.println(join(new String[] {"a", "bé", "😀"}, ", "));
    System.out.println(join(repeat("x", 3), "+"));
    byte[][] rows = triangle(4);
    for (int i = 0; i < rows.length; i++) {
      String line = "";
      for (int j = 0; j < rows[i].length; j++) line = line + (rows[i][j] & 255) + " ";
      System.out.println(line);
    }
    double[] h = halves(new double[] {1.0, -3.0, 0.25});
    System.out.println(h.length + " " + h[0] + " " + h[1] + " " + h[2]);
  }
}
