// Regular-expression character properties over every char: Unicode categories, binary properties, POSIX classes
// and the java.lang.Character predicates, each summarised by a count and a checksum of the chars it matches.
import java.util.regex.*;

public class RegexProperties {
    public static void main(String[] args) {
        String[] names = {"L", "Lu", "Ll", "Lt", "Lm", "Lo", "LC", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No", "P", "Pc", "Pd",
            "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Co", "Cs", "Cn",
            "IsL", "IsLu", "gc=Nd", "general_category=Sc", "IsAlphabetic", "IsLetter", "IsLowercase", "IsUppercase", "IsTitlecase",
            "IsDigit", "IsPunctuation", "IsControl", "IsWhite_Space", "IsWhiteSpace", "IsHex_Digit", "IsAssigned", "IsIdeographic",
            "IsJoin_Control", "IsNoncharacter_Code_Point", "IsAlnum", "IsWord", "IsBlank", "IsGraph", "IsPrint",
            "Lower", "Upper", "ASCII", "Alpha", "Digit", "Alnum", "Punct", "Graph", "Print", "Blank", "Cntrl", "XDigit", "Space",
            "IsLower", "IsUpper", "IsAlpha", "IsPunct", "IsSpace", "IsCntrl", "IsXDigit", "IsASCII", "L1", "LD", "all",
            "javaLowerCase", "javaUpperCase", "javaTitleCase", "javaDigit", "javaDefined", "javaLetter", "javaLetterOrDigit",
            "javaJavaIdentifierStart", "javaJavaIdentifierPart", "javaUnicodeIdentifierStart", "javaUnicodeIdentifierPart",
            "javaIdentifierIgnorable", "javaSpaceChar", "javaWhitespace", "javaISOControl", "javaMirrored", "javaAlphabetic",
            "javaIdeographic"};
        StringBuilder every = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (c < 0xD800 || c > 0xDFFF) every.append((char) c);
        }
        String all = every.toString();
        for (String name : names) {
            Pattern inside = Pattern.compile("\\p{" + name + "}");
            Pattern outside = Pattern.compile("[^\\P{" + name + "}]");
            int count = 0;
            long sum = 0;
            Matcher hits = inside.matcher(all);
            while (hits.find()) {
                count++;
                sum = sum * 31 + all.charAt(hits.start());
            }
            int outsideCount = 0;
            Matcher others = outside.matcher(all);
            while (others.find()) outsideCount++;
            boolean agree = outsideCount == count;
            System.out.println(name + ": " + count + " " + Long.toHexString(sum) + (agree ? "" : " (negation disagrees)"));
        }
        System.out.println("Grüße, Мир! 42".replaceAll("\\p{L}+", "W"));
        System.out.println("Price: 5€ or $6 or ¥7".replaceAll("\\p{Sc}", "¤"));
        System.out.println("ÀÉÎõü abc".replaceAll("\\p{Lu}", "U").replaceAll("\\p{Ll}", "l"));
        System.out.println("x\u00A0y\u2003z".split("\\p{Zs}").length);
        for (String bad : new String[] {"\\p{Foo}", "\\p{IsFoo}", "\\p{javaFoo}", "\\p{gc=Xx}"}) {
            try {
                Pattern.compile(bad);
                System.out.println("compiled " + bad);
            } catch (PatternSyntaxException e) {
                System.out.println(e.getDescription());
            }
        }
    }
}
