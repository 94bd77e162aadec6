// Writes the IR of kiln.runtime.CaseMappings: Character.toUpperCase and Character.toLowerCase for every code
// point, as the running JDK gives them, in runs, and the characters whose capitals in String.toUpperCase are
// more than one character (ß is SS, ﬁ is FI). Usage:
//   java tools/unicode/CaseMappings.java > runtime-lib/kiln.casing.ir
//
// A run is a code point and those after it, one or two apart, that the mapping moves by the same distance
// (Latin Extended's letters alternate upper and lower case, so their runs step by two); three UTF-16 units
// of one string literal each: the start's low 16 bits; its plane | (step - 1) << 5 | (members - 1) << 6;
// the distance modulo 2^16 (a mapping never leaves its plane, which the generator checks). The runs are in
// code point order and do not overlap, so a binary search finds the only one that can hold a code point.
// An expansion is four units: the character, then its capitals, padded with zeros (there are at most three,
// and no supplementary character has an expansion, which the generator checks).
public class CaseMappings {
    public static void main(String[] args) {
        String upper = table(true);
        String lower = table(false);
        String expansions = expansions();
        String version = System.getProperty("java.specification.version");
        System.out.println("// Character.toUpperCase and toLowerCase for every code point, in runs of code points that move by the");
        System.out.println("// same distance; written by tools/unicode/CaseMappings.java from the JDK " + version + " it ran on (Unicode as");
        System.out.println("// that JDK knows it). The tables are made once: a literal is a new array each time it is evaluated.");
        System.out.println("class kiln.runtime.CaseMappings extends java.lang.Object {");
        System.out.println("  static var kiln.runtime.CaseMappings::upperRuns: java.lang.String");
        System.out.println("  static var kiln.runtime.CaseMappings::lowerRuns: java.lang.String");
        System.out.println("  static var kiln.runtime.CaseMappings::expansions: java.lang.String");
        printMapping("upperOf", "upperRuns", upper);
        printMapping("lowerOf", "lowerRuns", lower);
        System.out.println("  // The capitals of a character that has more than one in String.toUpperCase; null for the others.");
        System.out.println("  static def upperExpansion;C;Ljava.lang.String(unit: char): java.lang.String = {");
        System.out.println("    if ((kiln.runtime.CaseMappings::expansions === null)) {");
        System.out.println("      kiln.runtime.CaseMappings::expansions = \"" + expansions + "\"");
        System.out.println("    };");
        System.out.println("    val table: string = kiln.runtime.CaseMappings::expansions.asInstanceOf[string];");
        System.out.println("    var low: int = 0;");
        System.out.println("    var high: int = ((table.length /[int] 4) -[int] 1);");
        System.out.println("    while ((low <[int] high)) {");
        System.out.println("      val middle: int = (((low +[int] high) +[int] 1) >>>[int] 1);");
        System.out.println("      if ((((int)table[(middle *[int] 4)]) <=[int] ((int)unit))) {");
        System.out.println("        low = middle");
        System.out.println("      } else {");
        System.out.println("        high = (middle -[int] 1)");
        System.out.println("      }");
        System.out.println("    };");
        System.out.println("    if ((((int)table[(low *[int] 4)]) ==[int] ((int)unit))) {");
        System.out.println("      val count: int = if ((((int)table[((low *[int] 4) +[int] 3)]) !=[int] 0)) {");
        System.out.println("        3");
        System.out.println("      } else {");
        System.out.println("        2");
        System.out.println("      };");
        System.out.println("      table.substring;I;I;Ljava.lang.String(((low *[int] 4) +[int] 1), (((low *[int] 4) +[int] 1) +[int] count))");
        System.out.println("    } else {");
        System.out.println("      null");
        System.out.println("    }");
        System.out.println("  }");
        System.out.println("  // String.toUpperCase past the characters that map one to one: by code point, with the expansions.");
        System.out.println("  static def upperCaseFull;Ljava.lang.String;Ljava.lang.String(text: java.lang.String): java.lang.String = {");
        System.out.println("    val out: java.lang.StringBuilder = new java.lang.StringBuilder().<init>;I;V(text.length;I());");
        System.out.println("    var i: int = 0;");
        System.out.println("    while ((i <[int] text.length;I())) {");
        System.out.println("      val code: int = text.codePointAt;I;I(i);");
        System.out.println("      val expansion: java.lang.String = if ((code <[int] 65536)) {");
        System.out.println("        kiln.runtime.CaseMappings::upperExpansion;C;Ljava.lang.String(((char)code))");
        System.out.println("      } else {");
        System.out.println("        null");
        System.out.println("      };");
        System.out.println("      if ((expansion !== null)) {");
        System.out.println("        out.append;Ljava.lang.String;Ljava.lang.StringBuilder(expansion)");
        System.out.println("      } else {");
        System.out.println("        out.appendCodePoint;I;Ljava.lang.StringBuilder(kiln.runtime.CaseMappings::upperOf;I;I(code))");
        System.out.println("      };");
        System.out.println("      i = (i +[int] java.lang.Character::charCount;I;I(code))");
        System.out.println("    };");
        System.out.println("    out.toString;Ljava.lang.String()");
        System.out.println("  }");
        System.out.println("  // The code point that `runs` maps `code` to; `code` itself when no run holds it.");
        System.out.println("  static def mapped;Ljava.lang.String;I;I(runs: java.lang.String, code: int): int = {");
        System.out.println("    val table: string = runs.asInstanceOf[string];");
        System.out.println("    var low: int = 0;");
        System.out.println("    var high: int = ((table.length /[int] 3) -[int] 1);");
        System.out.println("    while ((low <[int] high)) {");
        System.out.println("      val middle: int = (((low +[int] high) +[int] 1) >>>[int] 1);");
        System.out.println("      val start: int = (((((int)table[((middle *[int] 3) +[int] 1)]) &[int] 31) <<[int] 16) |[int] ((int)table[(middle *[int] 3)]));");
        System.out.println("      if ((start <=[int] code)) {");
        System.out.println("        low = middle");
        System.out.println("      } else {");
        System.out.println("        high = (middle -[int] 1)");
        System.out.println("      }");
        System.out.println("    };");
        System.out.println("    val shape: int = ((int)table[((low *[int] 3) +[int] 1)]);");
        System.out.println("    val start: int = (((shape &[int] 31) <<[int] 16) |[int] ((int)table[(low *[int] 3)]));");
        System.out.println("    val step: int = (((shape >>>[int] 5) &[int] 1) +[int] 1);");
        System.out.println("    val offset: int = (code -[int] start);");
        System.out.println("    if ((((offset >=[int] 0) && (offset <=[int] ((shape >>>[int] 6) *[int] step))) && ((offset &[int] (step -[int] 1)) ==[int] 0))) {");
        System.out.println("      ((code &[int] (-65536)) |[int] ((code +[int] ((int)table[((low *[int] 3) +[int] 2)])) &[int] 65535))");
        System.out.println("    } else {");
        System.out.println("      code");
        System.out.println("    }");
        System.out.println("  }");
        System.out.println("}");
    }

    // A mapping's method: its table, made at the first call, searched by `mapped`.
    private static void printMapping(String method, String field, String table) {
        String qualified = "kiln.runtime.CaseMappings::" + field;
        System.out.println("  static def " + method + ";I;I(code: int): int = {");
        System.out.println("    if ((" + qualified + " === null)) {");
        System.out.println("      " + qualified + " = \"" + table + "\"");
        System.out.println("    };");
        System.out.println("    kiln.runtime.CaseMappings::mapped;Ljava.lang.String;I;I(" + qualified + ", code)");
        System.out.println("  }");
    }

    private static String table(boolean toUpper) {
        StringBuilder table = new StringBuilder();
        int start = -1, last = -1, step = 0, members = 0, distance = 0;
        for (int code = 0; code <= Character.MAX_CODE_POINT + 1; code++) {
            int target = code > Character.MAX_CODE_POINT ? code : toUpper ? Character.toUpperCase(code) : Character.toLowerCase(code);
            if (target == code) continue;
            if ((target >>> 16) != (code >>> 16)) throw new IllegalStateException("a mapping leaves its plane: " + code);
            int gap = code - last;
            boolean extends_ = members > 0 && target - code == distance && (members == 1 ? gap <= 2 : gap == step) && members < 1024;
            if (extends_) {
                if (members == 1) step = gap;
                members++;
                last = code;
                continue;
            }
            if (members > 0) emit(table, start, step == 0 ? 1 : step, members, distance);
            start = code;
            last = code;
            members = 1;
            step = 0;
            distance = target - code;
        }
        emit(table, start, step == 0 ? 1 : step, members, distance);
        return table.toString();
    }

    private static String expansions() {
        StringBuilder table = new StringBuilder();
        for (int code = 0; code <= Character.MAX_CODE_POINT; code++) {
            String text = new String(Character.toChars(code));
            String capitals = text.toUpperCase(java.util.Locale.ROOT);
            if (capitals.equals(new String(Character.toChars(Character.toUpperCase(code))))) continue;
            if (code > 0xFFFF || capitals.length() > 3 || capitals.length() < 2) throw new IllegalStateException("an expansion of another shape: " + code);
            append(table, code);
            for (int i = 0; i < 3; i++) append(table, i < capitals.length() ? capitals.charAt(i) : 0);
        }
        return table.toString();
    }

    private static void emit(StringBuilder table, int start, int step, int members, int distance) {
        append(table, start & 0xFFFF);
        append(table, (start >>> 16) | (step - 1) << 5 | (members - 1) << 6);
        append(table, distance & 0xFFFF);
    }

    private static void append(StringBuilder table, int unit) {
        table.append(String.format("\\u%04x", unit));
    }
}
