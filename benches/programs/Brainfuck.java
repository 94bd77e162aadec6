// An interpreter for the Brainfuck language running a program with deep loops: a dispatch loop over chars.
public class Brainfuck {
    static final String HELLO =
        "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
    // Three nested counting loops (100 * 255 * 255 rounds, the inner two by byte wrap-around) that add
    // into two cells, which are then printed as raw bytes.
    static final String BURN = "++++++++++[>++++++++++<-]>[>-[>-[>+>+<<-]<-]<-]>>>.>.<<<<+++++++[>+++++++<-]>.";

    static String interpret(String program) {
        char[] code = program.toCharArray();
        int[] jumps = new int[code.length];
        int[] stack = new int[code.length];
        int depth = 0;
        for (int i = 0; i < code.length; i++) {
            if (code[i] == '[') {
                stack[depth++] = i;
            } else if (code[i] == ']') {
                int open = stack[--depth];
                jumps[open] = i;
                jumps[i] = open;
            }
        }
        byte[] tape = new byte[30000];
        int pointer = 0;
        StringBuilder output = new StringBuilder();
        int pc = 0;
        while (pc < code.length) {
            switch (code[pc]) {
                case '>': pointer++; break;
                case '<': pointer--; break;
                case '+': tape[pointer]++; break;
                case '-': tape[pointer]--; break;
                case '.': output.append((char) (tape[pointer] & 0xff)); break;
                case '[': if (tape[pointer] == 0) pc = jumps[pc]; break;
                case ']': if (tape[pointer] != 0) pc = jumps[pc]; break;
                default: break;
            }
            pc++;
        }
        return output.toString();
    }

    static String run() {
        String hello = interpret(HELLO);
        String burn = interpret(BURN);
        return hello.trim() + " / " + burn.length() + " chars, sum " + checksum(burn);
    }

    static int checksum(String text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) sum = sum * 31 + text.charAt(i);
        return sum;
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
        System.out.println("brainfuck: " + result);
    }
}
