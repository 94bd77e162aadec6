public class ParenthesesBalance {
    static boolean balanced(String s) {
        char[] stack = new char[s.length()];
        int top = 0;
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') stack[top++] = c;
            else if (c == ')' || c == ']' || c == '}') {
                if (top == 0) return false;
                char open = stack[--top];
                if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) return false;
            }
        }
        return top == 0;
    }

    static void generate(String prefix, int open, int close, int n, StringBuilder out) {
        if (prefix.length() == 2 * n) { out.append(prefix).append(' '); return; }
        if (open < n) generate(prefix + "(", open + 1, close, n, out);
        if (close < open) generate(prefix + ")", open, close + 1, n, out);
    }

    public static void main(String[] args) {
        for (String s : new String[] {"()", "([]{})", "(]", "((", "{[()()]}", "", "a(b)c", ")("}) System.out.println("'" + s + "' " + balanced(s));
        StringBuilder out = new StringBuilder();
        generate("", 0, 0, 3, out);
        System.out.println(out.toString().trim());
    }
}
