// Writes the IR of kiln.runtime.CharacterTypes: Character.getType's answer for every code point, as the
// running JDK gives it, in runs. Usage: java tools/unicode/CharacterTypes.java > runtime-lib/kiln.unicode.ir
//
// Each run is two UTF-16 units of one string literal: (start >>> 16) << 8 | type, then start & 0xFFFF. The
// runs are in code point order, so a binary search finds the last one that starts at or below a code point.
public class CharacterTypes {
    public static void main(String[] args) {
        StringBuilder table = new StringBuilder();
        int runs = 0;
        int previous = -1;
        for (int code = 0; code <= Character.MAX_CODE_POINT; code++) {
            int type = Character.getType(code);
            if (type != previous) {
                append(table, ((code >>> 16) << 8) | type);
                append(table, code & 0xFFFF);
                runs++;
                previous = type;
            }
        }
        System.out.println("// Character.getType for every code point, in " + runs + " runs of one category; written by");
        System.out.println("// tools/unicode/CharacterTypes.java from the JDK " + System.getProperty("java.specification.version") + " it ran on (Unicode as that JDK knows it).");
        System.out.println("class kiln.runtime.CharacterTypes extends java.lang.Object {");
        System.out.println("  // The table, made once: a literal is a new array each time it is evaluated.");
        System.out.println("  static var kiln.runtime.CharacterTypes::runs: java.lang.String");
        System.out.println("  static def typeOf;I;I(code: int): int = {");
        System.out.println("    if (((code <[int] 0) || (code >[int] " + Character.MAX_CODE_POINT + "))) {");
        System.out.println("      0");
        System.out.println("    } else {");
        System.out.println("      if ((kiln.runtime.CharacterTypes::runs === null)) {");
        System.out.println("        kiln.runtime.CharacterTypes::runs = \"" + table + "\"");
        System.out.println("      };");
        System.out.println("      val table: string = (\"\" +[string] kiln.runtime.CharacterTypes::runs);");
        System.out.println("      var low: int = 0;");
        System.out.println("      var high: int = " + (runs - 1) + ";");
        System.out.println("      while ((low <[int] high)) {");
        System.out.println("        val middle: int = (((low +[int] high) +[int] 1) >>>[int] 1);");
        System.out.println("        val start: int = (((((int)table[(middle *[int] 2)]) >>>[int] 8) <<[int] 16) |[int] ((int)table[((middle *[int] 2) +[int] 1)]));");
        System.out.println("        if ((start <=[int] code)) {");
        System.out.println("          low = middle");
        System.out.println("        } else {");
        System.out.println("          high = (middle -[int] 1)");
        System.out.println("        }");
        System.out.println("      };");
        System.out.println("      (((int)table[(low *[int] 2)]) &[int] 255)");
        System.out.println("    }");
        System.out.println("  }");
        System.out.println("}");
    }

    private static void append(StringBuilder table, int unit) {
        table.append(String.format("\\u%04x", unit));
    }
}
