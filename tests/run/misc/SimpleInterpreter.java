public class SimpleInterpreter {
    static int pos;
    static String src;

    static int expr() {
        int v = term();
        while (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
            char op = src.charAt(pos++);
            int r = term();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    static int term() {
        int v = factor();
        while (pos < src.length() && (src.charAt(pos) == '*' || src.charAt(pos) == '/' || src.charAt(pos) == '%')) {
            char op = src.charAt(pos++);
            int r = factor();
            if (op == '*') v *= r;
            else if (op == '/') v /= r;
            else v %= r;
        }
        return v;
    }

    static int factor() {
        char c = src.charAt(pos);
        if (c == '-') { pos++; return -factor(); }
        if (c == '(') {
            pos++;
            int v = expr();
            if (src.charAt(pos) != ')') throw new IllegalStateException("expected ) at " + pos);
            pos++;
            return v;
        }
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        if (start == pos) throw new IllegalStateException("unexpected '" + c + "' at " + pos);
        return Integer.parseInt(src.substring(start, pos));
    }

    static String eval(String text) {
        src = text.replace(" ", "");
        pos = 0;
        try {
            int v = expr();
            if (pos != src.length()) throw new IllegalStateException("trailing input at " + pos);
            return text + " = " + v;
        } catch (ArithmeticException e) {
            return text + " -> " + e.getMessage();
        } catch (RuntimeException e) {
            return text + " -> error: " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        String[] programs = {"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 4", "-(4 - 10) * -2", "2 * (3 + (4 - 1)) * 5", "8 / (3 - 3)", "7 +", "(1 + 2", "12 $ 4"};
        for (String p : programs) System.out.println(eval(p));
    }
}
