// Float.parseFloat rounds the decimal once, to a float: inputs whose nearest double lies exactly halfway
// between two floats (as printed doubles of such midpoints do) go to the side of the decimal itself.
public class FloatParsingRoundsOnce { public static void main(String[] a){ 
String[] s = {"1.0000000596046448", "1.00000005960464477539062499", "1.00000005960464477539062501", "1.000000178813934326171875", "1.00000017881393432617187499", "1.00000017881393432617187501",
 "3.4028235677973366E38", "3.4028235677973367E38", "3.40282356779733661637539395458142568447E38", "1.401298464324817E-45", "7.006492321624085E-46", "7.006492321624086E-46", "1.1754943E-38", "0.1", "3.14159", "1e-50", "16777217", "16777219", "33554435", "-16777217.0000001"};
for (String x : s) System.out.println(x + " " + Float.parseFloat(x) + " " + Float.floatToIntBits(Float.parseFloat(x)));
java.util.Random r = new java.util.Random(5); int bad = 0;
for (int i = 0; i < 20000; i++) { double d = Float.intBitsToFloat(r.nextInt(0x7f000000)); double next = Math.nextUp((float) d); double mid = (d + next) / 2; String t = Double.toString(mid); float f = Float.parseFloat(t); bad += Float.floatToIntBits(f) & 1; }
System.out.println(bad);
}}
