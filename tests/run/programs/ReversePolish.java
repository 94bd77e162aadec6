public class ReversePolish {
    static double evaluate(String expression) {
        double[] stack = new double[32];
        int top = 0;
        for (String token : expression.trim().split("\\s+")) {
            switch (token) {
                case "+": stack[top - 2] = stack[top - 2] + stack[top - 1]; top--; break;
                case "-": stack[top - 2] = stack[top - 2] - stack[top - 1]; top--; break;
                case "*": stack[top - 2] = stack[top - 2] * stack[top - 1]; top--; break;
                case "/": stack[top - 2] = stack[top - 2] / stack[top - 1]; top--; break;
                case "sqrt": stack[top - 1] = Math.sqrt(stack[top - 1]); break;
                case "neg": stack[top - 1] = -stack[top - 1]; break;
                default: stack[top++] = Double.parseDouble(token);
            }
        }
        if (top != 1) throw new IllegalStateException("stack has " + top + " values");
        return stack[0];
    }

    public static void main(String[] args) {
        String[] exprs = {"3 4 +", "5 1 2 + 4 * + 3 -", "2 sqrt 2 sqrt *", "1 3 /", "10 neg 2.5 *", "1 0 /", "1 2"};
        for (String e : exprs) {
            try {
                System.out.println(e + " => " + evaluate(e));
            } catch (IllegalStateException ex) {
                System.out.println(e + " => " + ex.getMessage());
            }
        }
    }
}
