public class MathAndCharacters {
    public static void main(String[] args) {
        System.out.println(Math.sqrt(2.25));
        System.out.println(Math.sqrt(-1.0));
        System.out.println(Math.floor(-2.5));
        System.out.println(Math.ceil(-2.5));
        System.out.println(Math.ceil(-0.5));
        System.out.println(Math.round(2.5));
        System.out.println(Math.round(-2.5));
        System.out.println(Math.round(0.0 / 0.0));
        System.out.println(Math.round(1.0E20));
        System.out.println(Math.max(-0.0, 0.0));
        System.out.println(Math.min(-0.0, 0.0));
        System.out.println(Math.max(1.5, 0.0 / 0.0));
        String text = "Kiln 2, go!";
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            System.out.println("" + c + " " + Character.isDigit(c) + " " + Character.isLetter(c) + " " + Character.isWhitespace(c) + " " + Character.toUpperCase(c) + Character.getNumericValue(c));
            i = i + 1;
        }
    }
}
