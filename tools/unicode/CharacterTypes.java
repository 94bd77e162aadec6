// Writes the IR of kiln.runtime.CharacterTypes: Character.getType's answer for every code point, as the
// running JDK gives it, in runs; and of kiln.runtime.CharacterProperties: the Unicode properties that
// isLowerCase, isUpperCase, isAlphabetic and isMirrored add to the general categories.
// Usage: java tools/unicode/CharacterTypes.java > runtime-lib/kiln.unicode.ir
//
// Each run is two UTF-16 units of one string literal: (start >>> 16) << 8 | type, then start & 0xFFFF. The
// runs are in code point order, so a binary search finds the last one that starts at or below a code point.
// A property's table lists the code points where it switches on or off, two units each (code >>> 16, then
// code & 0xFFFF): a code point has it when an odd number of switches come at or before it.
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
        System.out.println("  // The table, made once: a literal is a new array each time it is evaluated. The cast below, unlike a");
        System.out.println("  // concatenation with the empty string, reads it as a string without copying it.");
        System.out.println("  static var kiln.runtime.CharacterTypes::runs: java.lang.String");
        System.out.println("  static def typeOf;I;I(code: int): int = {");
        System.out.println("    if (((code <[int] 0) || (code >[int] " + Character.MAX_CODE_POINT + "))) {");
        System.out.println("      0");
        System.out.println("    } else {");
        System.out.println("      if ((kiln.runtime.CharacterTypes::runs === null)) {");
        System.out.println("        kiln.runtime.CharacterTypes::runs = \"" + table + "\"");
        System.out.println("      };");
        System.out.println("      val table: string = kiln.runtime.CharacterTypes::runs.asInstanceOf[string];");
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
        System.out.println();
        System.out.println("// Each method keeps its own table, so a program keeps only the tables of the properties it asks about.");
        System.out.println("class kiln.runtime.CharacterProperties extends java.lang.Object {");
        property("otherLowercase", "Other_Lowercase: lowercase without being of category Ll (ordinal indicators, modifier letters, ...)",
            code -> Character.isLowerCase(code) && Character.getType(code) != Character.LOWERCASE_LETTER);
        property("otherUppercase", "Other_Uppercase: uppercase without being of category Lu (Roman numerals, circled letters, ...)",
            code -> Character.isUpperCase(code) && Character.getType(code) != Character.UPPERCASE_LETTER);
        property("otherAlphabetic", "Other_Alphabetic: alphabetic without being a letter or a letter number (vowel signs, ...)",
            code -> Character.isAlphabetic(code) && !Character.isLetter(code) && Character.getType(code) != Character.LETTER_NUMBER);
        property("mirrored", "Bidi_Mirrored: shown mirrored in right-to-left text (brackets, relations, ...)", Character::isMirrored);
        System.out.println("  // Whether an odd number of the switches (two units each) come at or before the code point.");
        System.out.println("  static def switchedOn;Ljava.lang.String;I;Z(switches: java.lang.String, code: int): boolean = {");
        System.out.println("    val table: string = switches.asInstanceOf[string];");
        System.out.println("    var low: int = 0;");
        System.out.println("    var high: int = (table.length /[int] 2);");
        System.out.println("    while ((low <[int] high)) {");
        System.out.println("      val middle: int = ((low +[int] high) >>>[int] 1);");
        System.out.println("      val at: int = ((((int)table[(middle *[int] 2)]) <<[int] 16) |[int] ((int)table[((middle *[int] 2) +[int] 1)]));");
        System.out.println("      if ((at <=[int] code)) {");
        System.out.println("        low = (middle +[int] 1)");
        System.out.println("      } else {");
        System.out.println("        high = middle");
        System.out.println("      }");
        System.out.println("    };");
        System.out.println("    ((low &[int] 1) ==[int] 1)");
        System.out.println("  }");
        System.out.println("}");
    }

    private static void property(String name, String comment, java.util.function.IntPredicate holds) {
        StringBuilder table = new StringBuilder();
        boolean previous = false;
        for (int code = 0; code <= Character.MAX_CODE_POINT + 1; code++) {
            boolean now = code <= Character.MAX_CODE_POINT && holds.test(code);
            if (now != previous) {
                append(table, code >>> 16);
                append(table, code & 0xFFFF);
                previous = now;
            }
        }
        String field = "kiln.runtime.CharacterProperties::" + name + "Switches";
        System.out.println("  // " + comment + ".");
        System.out.println("  static var " + field + ": java.lang.String");
        System.out.println("  static def " + name + ";I;Z(code: int): boolean = {");
        System.out.println("    if ((" + field + " === null)) {");
        System.out.println("      " + field + " = \"" + table + "\"");
        System.out.println("    };");
        System.out.println("    kiln.runtime.CharacterProperties::switchedOn;Ljava.lang.String;I;Z(" + field + ", code)");
        System.out.println("  }");
    }

    private static void append(StringBuilder table, int unit) {
        table.append(String.format("\\u%04x", unit));
    }
}
