public class BitOperations {
    public static void main(String[] args) {
        System.out.println(Integer.numberOfLeadingZeros(1));
        System.out.println(Integer.numberOfLeadingZeros(0));
        System.out.println(Integer.numberOfLeadingZeros(-1));
        System.out.println(Long.numberOfLeadingZeros(1L));
        System.out.println(Long.numberOfLeadingZeros(4294967296L));
        System.out.println(Float.floatToRawIntBits(1.5f));
        System.out.println(Float.intBitsToFloat(1069547520));
        System.out.println(Double.doubleToRawLongBits(1.5));
        System.out.println(Double.longBitsToDouble(4609434218613702656L));
    }
}
