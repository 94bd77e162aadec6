// Kiln's runtime library: java.util.regex.Pattern, in Java; translate.sh turns it into IR.
//
// A pattern compiles to a program for a backtracking matcher (Matcher.run): three ints an instruction
// (operation, x, y), jumps relative to the instruction, so that the code of a quantified atom can be
// moved and copied as it is. What the JDK's engine does and this one does too: greedy, reluctant and
// (as greedy) possessive quantifiers, counted repetition, capturing, non-capturing and named groups,
// alternation, classes with ranges, negation and the predefined classes (with \h \v \R), \b \B \A \z \Z ^ $, back
// references, lookahead and lookbehind, atomic groups and possessive quantifiers, the flags
// CASE_INSENSITIVE (ASCII, as the JDK's default), MULTILINE and DOTALL, inline (?i) (?m) (?s), and the
// properties \p{...}: POSIX classes, Unicode categories and binary properties, Character's predicates. Not
// done: class intersection, Unicode scripts and blocks.
package java.util.regex;

public final class Pattern {
  public static final int UNIX_LINES = 1;
  public static final int CASE_INSENSITIVE = 2;
  public static final int COMMENTS = 4;
  public static final int MULTILINE = 8;
  public static final int LITERAL = 16;
  public static final int DOTALL = 32;

  static final int CHAR = 0;
  static final int ANY = 1;
  static final int CLASS = 2;
  static final int SPLIT = 3;
  static final int JUMP = 4;
  static final int SAVE = 5;
  static final int MATCH = 6;
  static final int LINE_START = 7;
  static final int LINE_END = 8;
  static final int WORD_BOUNDARY = 9;
  static final int MARK = 10;
  static final int PROGRESS = 11;
  static final int BACK_REFERENCE = 12;
  static final int LOOKAHEAD = 13;
  static final int LOOKAHEAD_END = 14;
  static final int INPUT_START = 15;
  static final int INPUT_END = 16;
  static final int LOOKBEHIND = 17;
  static final int LOOKBEHIND_END = 18;
  static final int ATOMIC = 19;
  static final int ATOMIC_END = 20;

  private final String source;
  private final int flags;
  // The compiled program, and the class ranges that CLASS instructions name.
  int[] code;
  int size;
  int[][] classes;
  int classCount;
  int groupCount;
  int registerCount;
  String[] groupNames;
  // Parsing state.
  private int position;
  private boolean caseInsensitive;
  private boolean multiline;
  private boolean dotAll;

  private Pattern(String source, int flags) {
    this.source = source;
    this.flags = flags;
    code = new int[48];
    classes = new int[4][];
    groupNames = new String[4];
    caseInsensitive = (flags & CASE_INSENSITIVE) != 0;
    multiline = (flags & MULTILINE) != 0;
    dotAll = (flags & DOTALL) != 0;
    if ((flags & LITERAL) != 0) {
      for (int i = 0; i < source.length(); i++) emit(CHAR, source.charAt(i), caseInsensitive ? 1 : 0);
    } else {
      alternation();
      if (position < source.length()) throw error("Unmatched closing ')'", position - 1);
    }
    emit(MATCH, 0, 0);
  }

  public static Pattern compile(String regex) {
    return new Pattern(regex, 0);
  }

  public static Pattern compile(String regex, int flags) {
    return new Pattern(regex, flags);
  }

  public static boolean matches(String regex, CharSequence input) {
    return compile(regex).matcher(input).matches();
  }

  public static String quote(String text) {
    int end = text.indexOf("\\E");
    if (end < 0) return "\\Q" + text + "\\E";
    StringBuilder quoted = new StringBuilder("\\Q");
    int start = 0;
    while (end >= 0) {
      quoted.append(text.substring(start, end)).append("\\E\\\\E\\Q");
      start = end + 2;
      end = text.indexOf("\\E", start);
    }
    return quoted.append(text.substring(start)).append("\\E").toString();
  }

  public Matcher matcher(CharSequence input) {
    return new Matcher(this, input);
  }

  public String pattern() {
    return source;
  }

  public String toString() {
    return source;
  }

  public int flags() {
    return flags;
  }

  public java.util.function.Predicate asPredicate() {
    return input -> matcher((CharSequence) input).find();
  }

  public java.util.function.Predicate asMatchPredicate() {
    return input -> matcher((CharSequence) input).matches();
  }

  // [second pass]
  public java.util.stream.Stream splitAsStream(CharSequence input) {
    return java.util.stream.StreamSources.ofCollection(java.util.Arrays.asList(split(input)));
  }

  public String[] split(CharSequence input) {
    return split(input, 0);
  }

  // Java's rules: a zero-width match at the start makes no leading empty string; with a positive
  // limit at most that many parts, the last one the rest; with limit 0 trailing empty strings go.
  public String[] split(CharSequence input, int limit) {
    String text = input.toString();
    String[] parts = new String[8];
    int count = 0;
    int index = 0;
    Matcher matcher = matcher(text);
    while (matcher.find()) {
      if (limit > 0 && count >= limit - 1) break;
      if (index == 0 && matcher.start() == 0 && matcher.end() == 0) continue;
      if (count == parts.length) parts = java.util.Arrays.copyOf(parts, count * 2);
      parts[count] = text.substring(index, matcher.start());
      count++;
      index = matcher.end();
    }
    if (index == 0 && count == 0) return new String[] {text};
    if (count == parts.length) parts = java.util.Arrays.copyOf(parts, count + 1);
    parts[count] = text.substring(index);
    count++;
    if (limit == 0) {
      while (count > 0 && parts[count - 1].isEmpty()) count--;
    }
    return java.util.Arrays.copyOf(parts, count);
  }

  // --- the compiler ---

  private PatternSyntaxException error(String description, int index) {
    return new PatternSyntaxException(description, source, index);
  }

  private int emit(int operation, int x, int y) {
    if (size * 3 + 3 > code.length) code = java.util.Arrays.copyOf(code, code.length * 2);
    code[size * 3] = operation;
    code[size * 3 + 1] = x;
    code[size * 3 + 2] = y;
    size++;
    return size - 1;
  }

  // Makes room for `count` instructions at `at`, moving what follows (its jumps are relative).
  private void insert(int at, int count) {
    for (int i = 0; i < count; i++) emit(0, 0, 0);
    System.arraycopy(code, at * 3, code, (at + count) * 3, (size - count - at) * 3);
  }

  private void set(int at, int operation, int x, int y) {
    code[at * 3] = operation;
    code[at * 3 + 1] = x;
    code[at * 3 + 2] = y;
  }

  private boolean more() {
    return position < source.length();
  }

  private char peek() {
    return source.charAt(position);
  }

  private void alternation() {
    int start = size;
    sequence();
    if (more() && peek() == '|') {
      position++;
      // SPLIT to this alternative or the next; this one jumps past the others when it is done.
      insert(start, 1);
      int jump = emit(JUMP, 0, 0);
      set(start, SPLIT, 1, size - start);
      alternation();
      set(jump, JUMP, size - jump, 0);
    }
  }

  private void sequence() {
    while (more() && peek() != '|' && peek() != ')') quantified();
  }

  private void quantified() {
    int atomStart = size;
    int atomPosition = position;
    atom();
    int atomEnd = position;
    if (!more()) return;
    char c = peek();
    int min;
    int max;
    if (c == '*') {
      min = 0;
      max = -1;
      position++;
    } else if (c == '+') {
      min = 1;
      max = -1;
      position++;
    } else if (c == '?') {
      min = 0;
      max = 1;
      position++;
    } else if (c == '{' && position + 1 < source.length() && Character.isDigit(source.charAt(position + 1))) {
      int open = position;
      position++;
      min = number();
      max = min;
      if (more() && peek() == ',') {
        position++;
        max = more() && Character.isDigit(peek()) ? number() : -1;
      }
      if (!more() || peek() != '}') throw error("Unclosed counted closure", position);
      position++;
      if (max >= 0 && max < min) throw error("Illegal repetition range", open);
    } else {
      return;
    }
    boolean greedy = true;
    boolean possessive = false;
    if (more() && peek() == '?') {
      greedy = false;
      position++;
    } else if (more() && peek() == '+') {
      possessive = true;
      position++;
    }
    if (atomStart == size && atomPosition == position) throw error("Dangling meta character '" + c + "'", position - 1);
    // A quantified \R keeps the \r\n it took, as the JDK's (only an unquantified one gives back the \n).
    if (atomEnd - atomPosition == 2 && source.charAt(atomPosition) == '\\' && source.charAt(atomPosition + 1) == 'R') {
      makeAtomic(atomStart);
    }
    repeat(atomStart, min, max, greedy);
    // X*+ is (?>X*): what the greedy loop took, it keeps.
    if (possessive) makeAtomic(atomStart);
  }

  // The code at [start, size) becomes an atomic group: ATOMIC skip, register; code; ATOMIC_END register.
  private void makeAtomic(int start) {
    int[] body = java.util.Arrays.copyOfRange(code, start * 3, size * 3);
    int length = size - start;
    size = start;
    int register = registerCount;
    registerCount++;
    int atomic = emit(ATOMIC, 0, register);
    append(body, length);
    emit(ATOMIC_END, register, 0);
    set(atomic, ATOMIC, size - atomic, register);
  }

  private int number() {
    int value = 0;
    while (more() && Character.isDigit(peek())) {
      value = value * 10 + (peek() - '0');
      position++;
    }
    return value;
  }

  // The atom's code is at [atomStart, size): it becomes `min` copies, then a loop or optional copies.
  private void repeat(int atomStart, int min, int max, boolean greedy) {
    int[] atom = java.util.Arrays.copyOfRange(code, atomStart * 3, size * 3);
    int length = size - atomStart;
    size = atomStart;
    for (int i = 0; i < min; i++) append(atom, length);
    if (max < 0) {
      // loop: SPLIT body, after; body: MARK r; atom; PROGRESS r; JUMP loop
      int register = registerCount;
      registerCount++;
      int loop = emit(SPLIT, 0, 0);
      emit(MARK, register, 0);
      append(atom, length);
      emit(PROGRESS, register, 0);
      emit(JUMP, loop - size, 0);
      int after = size - loop;
      if (greedy) set(loop, SPLIT, 1, after);
      else set(loop, SPLIT, after, 1);
    } else {
      for (int i = min; i < max; i++) {
        int split = emit(SPLIT, 0, 0);
        append(atom, length);
        int after = size - split;
        if (greedy) set(split, SPLIT, 1, after);
        else set(split, SPLIT, after, 1);
      }
    }
  }

  private void append(int[] instructions, int length) {
    for (int i = 0; i < length; i++) emit(instructions[i * 3], instructions[i * 3 + 1], instructions[i * 3 + 2]);
  }

  private void atom() {
    char c = peek();
    int start = position;
    position++;
    if (c == '(') {
      group(start);
    } else if (c == '[') {
      int[] ranges = characterClass();
      emitClass(ranges, false);
    } else if (c == '.') {
      emit(ANY, dotAll ? 1 : 0, 0);
    } else if (c == '^') {
      emit(multiline ? LINE_START : INPUT_START, 0, 0);
    } else if (c == '$') {
      emit(LINE_END, multiline ? 1 : 0, 0);
    } else if (c == '\\') {
      escape();
    } else if (c == '*' || c == '+' || c == '?') {
      throw error("Dangling meta character '" + c + "'", start);
    } else {
      emit(CHAR, c, caseInsensitive ? 1 : 0);
    }
  }

  private void group(int start) {
    if (more() && peek() == '?') {
      position++;
      if (!more()) throw error("Unknown group type", position);
      char kind = peek();
      position++;
      if (kind == ':') {
        alternation();
      } else if (kind == '=' || kind == '!') {
        int look = emit(LOOKAHEAD, 0, kind == '!' ? 1 : 0);
        alternation();
        emit(LOOKAHEAD_END, 0, 0);
        set(look, LOOKAHEAD, size - look, kind == '!' ? 1 : 0);
      } else if (kind == '>') {
        int start = size;
        alternation();
        makeAtomic(start);
      } else if (kind == '<' && more() && (peek() == '=' || peek() == '!')) {
        // LOOKBEHIND skip, negated; body; LOOKBEHIND_END register: the body must end where the lookbehind
        // stands, which the register holds while it runs.
        boolean negated = peek() == '!';
        position++;
        int register = registerCount;
        registerCount++;
        int look = emit(LOOKBEHIND, 0, negated ? 1 : 0);
        alternation();
        for (int i = look + 1; i < size; i++) {
          if (code[i * 3] == BACK_REFERENCE) throw error("Look-behind group does not have an obvious maximum length", position - 1);
        }
        emit(LOOKBEHIND_END, register, 0);
        set(look, LOOKBEHIND, size - look, negated ? 1 : 0);
      } else if (kind == '<') {
        int nameStart = position;
        // The JDK's names: an ASCII letter, then ASCII letters and digits.
        if (!more() || !isAsciiLetter(peek())) throw error("capturing group name does not start with a Latin letter", position);
        while (more() && (isAsciiLetter(peek()) || (peek() >= '0' && peek() <= '9'))) position++;
        if (!more() || peek() != '>') throw error("named capturing group is missing trailing '>'", position);
        String name = source.substring(nameStart, position);
        position++;
        capture(name);
      } else {
        position--;
        inlineFlags();
        return;
      }
    } else {
      capture(null);
    }
    if (!more() || peek() != ')') throw error("Unclosed group", source.length());
    position++;
  }

  private void capture(String name) {
    groupCount++;
    int group = groupCount;
    if (group >= groupNames.length) groupNames = java.util.Arrays.copyOf(groupNames, group * 2);
    groupNames[group] = name;
    emit(SAVE, group * 2, 0);
    alternation();
    emit(SAVE, group * 2 + 1, 0);
  }

  // (?i) (?-i) (?m) (?s), alone or with a group: (?i:...).
  private void inlineFlags() {
    boolean on = true;
    while (more() && peek() != ')' && peek() != ':') {
      char flag = peek();
      position++;
      if (flag == '-') on = false;
      else if (flag == 'i') caseInsensitive = on;
      else if (flag == 'm') multiline = on;
      else if (flag == 's') dotAll = on;
      else if (flag != 'u' && flag != 'x' && flag != 'd' && flag != 'U') throw error("Unknown inline modifier", position - 1);
    }
    if (!more()) throw error("Unclosed group", source.length());
    if (peek() == ':') {
      position++;
      alternation();
      if (!more() || peek() != ')') throw error("Unclosed group", source.length());
    }
    position++;
  }

  private void escape() {
    if (!more()) throw error("Unexpected internal error", position);
    char c = peek();
    position++;
    int[] predefined = predefinedClass(c);
    if (predefined != null) {
      emitClass(predefined, false);
    } else if (c == 'b' || c == 'B') {
      emit(WORD_BOUNDARY, c == 'b' ? 1 : 0, 0);
    } else if (c == 'A') {
      emit(INPUT_START, 0, 0);
    } else if (c == 'z') {
      emit(INPUT_END, 0, 0);
    } else if (c == 'Z') {
      emit(LINE_END, 0, 0);
    } else if (c >= '1' && c <= '9') {
      emit(BACK_REFERENCE, c - '0', caseInsensitive ? 1 : 0);
    } else if (c == 'Q') {
      int end = source.indexOf("\\E", position);
      if (end < 0) end = source.length();
      for (int i = position; i < end; i++) emit(CHAR, source.charAt(i), caseInsensitive ? 1 : 0);
      position = Math.min(end + 2, source.length());
    } else if (c == 'R') {
      // A linebreak: \r\n, or else any one line terminator (the JDK's \R, which may backtrack to the \r).
      int split = emit(SPLIT, 0, 0);
      emit(CHAR, '\r', 0);
      emit(CHAR, '\n', 0);
      int jump = emit(JUMP, 0, 0);
      set(split, SPLIT, 1, size - split);
      emitClass(verticalSpace(), false);
      set(jump, JUMP, size - jump, 0);
    } else if (c == 'p' || c == 'P') {
      emitClass(property(), c == 'P');
    } else {
      emit(CHAR, escapedChar(c), caseInsensitive ? 1 : 0);
    }
  }

  private int escapedChar(char c) {
    if (c == 't') return '\t';
    if (c == 'n') return '\n';
    if (c == 'r') return '\r';
    if (c == 'f') return '\f';
    if (c == 'a') return 7;
    if (c == 'e') return 27;
    if (c == '0') {
      int value = 0;
      while (more() && peek() >= '0' && peek() <= '7' && value * 8 + (peek() - '0') <= 255) {
        value = value * 8 + (peek() - '0');
        position++;
      }
      return value;
    }
    if (c == 'x' || c == 'u') {
      int digits = c == 'x' ? 2 : 4;
      if (position + digits > source.length()) throw error("Illegal hexadecimal escape sequence", position);
      int value = Integer.parseInt(source.substring(position, position + digits), 16);
      position += digits;
      return value;
    }
    // (ASCII letters: the escapes the engine lacks; testing every letter would keep Unicode's tables.)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) throw error("Illegal/unsupported escape sequence", position - 1);
    return c;
  }

  // \h and \v, as the JDK defines them.
  private static int[] horizontalSpace() {
    return new int[] {9, 9, ' ', ' ', 0xA0, 0xA0, 0x1680, 0x1680, 0x180E, 0x180E, 0x2000, 0x200A, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000};
  }

  private static int[] verticalSpace() {
    return new int[] {10, 13, 0x85, 0x85, 0x2028, 0x2029};
  }

  private static int[] predefinedClass(char c) {
    if (c == 'd') return new int[] {'0', '9'};
    if (c == 'w') return new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
    if (c == 's') return new int[] {9, 13, ' ', ' '};
    if (c == 'D') return complement(new int[] {'0', '9'});
    if (c == 'W') return complement(new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'});
    if (c == 'S') return complement(new int[] {9, 13, ' ', ' '});
    if (c == 'h') return horizontalSpace();
    if (c == 'H') return complement(horizontalSpace());
    if (c == 'v') return verticalSpace();
    if (c == 'V') return complement(verticalSpace());
    return null;
  }

  // \p{Lower} and the other POSIX classes (ASCII, as the JDK's); Unicode's general categories (\p{L}, \p{Lu},
  // \p{IsNd}, \p{gc=Sm}, ...), its binary properties (\p{IsAlphabetic}, ...) and the java.lang.Character
  // predicates (\p{javaLowerCase}, ...), the last three as ranges found by asking Character about every char.
  private int[] property() {
    String name;
    if (more() && peek() == '{') {
      int end = source.indexOf('}', position);
      if (end < 0) throw error("Unclosed character family", source.length());
      name = source.substring(position + 1, end);
      position = end + 1;
    } else {
      if (!more()) throw error("Illegal character family", position);
      name = source.substring(position, position + 1);
      position++;
    }
    int[] ranges = null;
    if (name.startsWith("Is")) {
      ranges = unicodeProperty(name.substring(2).toUpperCase());
      if (ranges == null) ranges = namedProperty(name.substring(2));
    } else if (name.startsWith("general_category=") || name.startsWith("gc=")) {
      int equals = name.indexOf('=');
      ranges = categories(name.substring(equals + 1));
      if (ranges == null) {
        throw error("Unknown Unicode property {name=<" + name.substring(0, equals) + ">, value=<" + name.substring(equals + 1) + ">}", position - 1);
      }
    } else if (!name.startsWith("In")) {
      ranges = namedProperty(name);
    }
    if (ranges == null) throw error("Unknown character property name {" + name + "}", position - 1);
    return ranges;
  }

  // The POSIX classes, the categories and the java.lang.Character predicates; null for other names.
  private static int[] namedProperty(String name) {
    if (name.equals("Lower")) return new int[] {'a', 'z'};
    if (name.equals("Upper")) return new int[] {'A', 'Z'};
    if (name.equals("Alpha")) return new int[] {'A', 'Z', 'a', 'z'};
    if (name.equals("Digit")) return new int[] {'0', '9'};
    if (name.equals("Alnum")) return new int[] {'0', '9', 'A', 'Z', 'a', 'z'};
    if (name.equals("Punct")) return new int[] {'!', '/', ':', '@', '[', '`', '{', '~'};
    if (name.equals("Space")) return new int[] {9, 13, ' ', ' '};
    if (name.equals("XDigit")) return new int[] {'0', '9', 'A', 'F', 'a', 'f'};
    if (name.equals("Blank")) return new int[] {9, 9, ' ', ' '};
    if (name.equals("Cntrl")) return new int[] {0, 31, 127, 127};
    if (name.equals("Graph")) return new int[] {'!', '~'};
    if (name.equals("Print")) return new int[] {' ', '~'};
    if (name.equals("ASCII")) return new int[] {0, 127};
    if (name.equals("L1")) return new int[] {0, 255};
    if (name.equals("all")) return new int[] {0, 0xFFFF};
    if (name.equals("LD")) return charsWhere(LETTER_OR_DIGIT);
    if (name.startsWith("java")) {
      int number = wordNumber(JAVA_PREDICATES, name.substring(4));
      return number < 0 ? null : charsWhere(number);
    }
    return categories(name);
  }

  // A general category (Lu), a group of them (L), or LC (the cased letters); null for other names.
  private static int[] categories(String name) {
    int mask = 0;
    if (name.length() == 2) {
      int index = CATEGORY_NAMES.indexOf(name);
      if (index >= 0 && index % 3 == 0) mask = 1 << (index / 3);
      if (name.equals("LC")) mask = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER) | (1 << Character.TITLECASE_LETTER);
    } else if (name.length() == 1) {
      for (int index = 0; index < CATEGORY_NAMES.length(); index += 3) {
        if (CATEGORY_NAMES.charAt(index) == name.charAt(0)) mask |= 1 << (index / 3);
      }
    }
    return mask == 0 ? null : charsWhere(-mask);
  }

  // Unicode's binary properties, as \p{IsAlphabetic} names them (upper-cased); null for other names.
  private static int[] unicodeProperty(String name) {
    int number = wordNumber(UNICODE_PROPERTIES, name);
    return number < 0 ? null : charsWhere(UNICODE_PROPERTY_BASE + number);
  }

  // Which word of the space-separated `words` is `word`, counting from 0; -1 if none.
  private static int wordNumber(String words, String word) {
    int at = words.indexOf(" " + word + " ");
    if (at < 0) return -1;
    int number = 0;
    for (int i = 0; i < at; i++) {
      if (words.charAt(i) == ' ') number++;
    }
    return number;
  }

  // Two letters per type of Character.getType, at three chars each: Cn is 0, Lu is 1, ...
  private static final String CATEGORY_NAMES = "Cn Lu Ll Lt Lm Lo Mn Me Mc Nd Nl No Zs Zl Zp Cc Cf -- Co Cs Pd Ps Pe Pc Po Sm Sc Sk So Pi Pf";
  // The predicates' numbers are their places here: holds() tests them in this order.
  private static final String JAVA_PREDICATES = " LowerCase UpperCase TitleCase Digit Defined Letter LetterOrDigit JavaIdentifierStart"
      + " JavaIdentifierPart UnicodeIdentifierStart UnicodeIdentifierPart IdentifierIgnorable SpaceChar Whitespace ISOControl"
      + " Mirrored Alphabetic Ideographic ";
  private static final String UNICODE_PROPERTIES = " ALPHABETIC LETTER LOWERCASE UPPERCASE TITLECASE DIGIT PUNCTUATION CONTROL"
      + " WHITE_SPACE WHITESPACE HEX_DIGIT HEXDIGIT ASSIGNED IDEOGRAPHIC JOIN_CONTROL JOINCONTROL NONCHARACTER_CODE_POINT"
      + " NONCHARACTERCODEPOINT ALNUM WORD BLANK GRAPH PRINT LOWER UPPER ALPHA PUNCT SPACE CNTRL XDIGIT ";
  private static final int LETTER_OR_DIGIT = 6;
  private static final int UNICODE_PROPERTY_BASE = 100;

  // The ranges of the chars for which `test` holds: a negative test is minus a mask of general categories.
  private static int[] charsWhere(int test) {
    int[] ranges = new int[64];
    int count = 0;
    int start = -1;
    for (int c = 0; c <= 0x10000; c++) {
      boolean inside = c <= 0xFFFF && holds(test, c);
      if (inside && start < 0) start = c;
      if (!inside && start >= 0) {
        if (count == ranges.length) ranges = java.util.Arrays.copyOf(ranges, count * 2);
        ranges[count] = start;
        ranges[count + 1] = c - 1;
        count += 2;
        start = -1;
      }
    }
    return java.util.Arrays.copyOf(ranges, count);
  }

  private static boolean holds(int test, int c) {
    if (test < 0) return ((1 << Character.getType(c)) & -test) != 0;
    if (test >= UNICODE_PROPERTY_BASE) return unicodePropertyHolds(test - UNICODE_PROPERTY_BASE, c);
    switch (test) {
      case 0: return Character.isLowerCase(c);
      case 1: return Character.isUpperCase(c);
      case 2: return Character.isTitleCase(c);
      case 3: return Character.isDigit(c);
      case 4: return Character.isDefined(c);
      case 5: return Character.isLetter(c);
      case 6: return Character.isLetterOrDigit(c);
      case 7: return Character.isJavaIdentifierStart(c);
      case 8: return Character.isJavaIdentifierPart(c);
      case 9: return Character.isUnicodeIdentifierStart(c);
      case 10: return Character.isUnicodeIdentifierPart(c);
      case 11: return Character.isIdentifierIgnorable(c);
      case 12: return Character.isSpaceChar(c);
      case 13: return Character.isWhitespace(c);
      case 14: return Character.isISOControl(c);
      case 15: return Character.isMirrored(c);
      case 16: return Character.isAlphabetic(c);
      default: return Character.isIdeographic(c);
    }
  }

  private static boolean unicodePropertyHolds(int property, int c) {
    int type = Character.getType(c);
    switch (property) {
      case 0: return Character.isAlphabetic(c);
      case 1: return Character.isLetter(c);
      case 2: return Character.isLowerCase(c);
      case 3: return Character.isUpperCase(c);
      case 4: return Character.isTitleCase(c);
      case 5: return Character.isDigit(c);
      case 6: return ((1 << type) & PUNCTUATION_TYPES) != 0;
      case 7: return type == Character.CONTROL;
      case 8: case 9: return isWhiteSpace(c);
      case 10: case 11: return isHexDigit(c);
      case 12: return type != Character.UNASSIGNED;
      case 13: return Character.isIdeographic(c);
      case 14: case 15: return c == 0x200C || c == 0x200D;
      case 16: case 17: return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
      case 18: return Character.isAlphabetic(c) || Character.isDigit(c);
      case 19: return Character.isAlphabetic(c) || ((1 << type) & WORD_TYPES) != 0 || c == 0x200C || c == 0x200D;
      case 20: return type == Character.SPACE_SEPARATOR || c == '\t';
      case 21: return ((1 << type) & GRAPH_EXCLUDED_TYPES) == 0;
      // The POSIX names, which after "Is" mean the Unicode properties.
      case 23: return Character.isLowerCase(c);
      case 24: return Character.isUpperCase(c);
      case 25: return Character.isAlphabetic(c);
      case 26: return ((1 << type) & PUNCTUATION_TYPES) != 0;
      case 27: return isWhiteSpace(c);
      case 28: return type == Character.CONTROL;
      case 29: return isHexDigit(c);
      default: return (((1 << type) & GRAPH_EXCLUDED_TYPES) == 0 || type == Character.SPACE_SEPARATOR) && type != Character.CONTROL;
    }
  }

  private static final int PUNCTUATION_TYPES = (1 << Character.CONNECTOR_PUNCTUATION) | (1 << Character.DASH_PUNCTUATION)
      | (1 << Character.START_PUNCTUATION) | (1 << Character.END_PUNCTUATION) | (1 << Character.OTHER_PUNCTUATION)
      | (1 << Character.INITIAL_QUOTE_PUNCTUATION) | (1 << Character.FINAL_QUOTE_PUNCTUATION);
  private static final int WORD_TYPES = (1 << Character.NON_SPACING_MARK) | (1 << Character.ENCLOSING_MARK)
      | (1 << Character.COMBINING_SPACING_MARK) | (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.CONNECTOR_PUNCTUATION);
  // Unicode's graphic chars are those of no category in this set (nor white space).
  private static final int GRAPH_EXCLUDED_TYPES = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
      | (1 << Character.PARAGRAPH_SEPARATOR) | (1 << Character.CONTROL) | (1 << Character.SURROGATE) | (1 << Character.UNASSIGNED);

  private static boolean isWhiteSpace(int c) {
    return (c >= 9 && c <= 13) || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  private static boolean isHexDigit(int c) {
    return Character.isDigit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f') || (c >= 0xFF21 && c <= 0xFF26) || (c >= 0xFF41 && c <= 0xFF46);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  // The ranges of a [...] class, sorted and merged; negated ones complemented.
  private int[] characterClass() {
    boolean negated = false;
    if (more() && peek() == '^') {
      negated = true;
      position++;
    }
    int[] ranges = new int[16];
    int count = 0;
    boolean first = true;
    while (true) {
      if (!more()) throw error("Unclosed character class", source.length() - 1);
      char c = peek();
      if (c == ']' && !first) {
        position++;
        break;
      }
      first = false;
      position++;
      int[] added;
      if (c == '[') {
        added = characterClass();
      } else if (c == '\\') {
        if (!more()) throw error("Unclosed character class", source.length() - 1);
        char escaped = peek();
        position++;
        added = predefinedClass(escaped);
        if (added == null && (escaped == 'p' || escaped == 'P')) {
          added = property();
          if (escaped == 'P') added = complement(added);
        }
        if (added == null) {
          int low = escapedChar(escaped);
          added = rangeFrom(low);
        }
      } else if (c == '&' && more() && peek() == '&') {
        throw error("Class intersection is not supported by Kiln's regular expressions", position - 1);
      } else {
        added = rangeFrom(c);
      }
      if (count + added.length > ranges.length) ranges = java.util.Arrays.copyOf(ranges, (count + added.length) * 2);
      System.arraycopy(added, 0, ranges, count, added.length);
      count += added.length;
    }
    int[] merged = normalize(java.util.Arrays.copyOf(ranges, count));
    return negated ? complement(merged) : merged;
  }

  // A single char, or `low-high` if a range follows.
  private int[] rangeFrom(int low) {
    if (position + 1 < source.length() && peek() == '-' && source.charAt(position + 1) != ']') {
      position++;
      int high = peek();
      position++;
      if (high == '\\') {
        if (!more()) throw error("Illegal character range", position);
        high = escapedChar(peek());
        position++;
      }
      if (high < low) throw error("Illegal character range", position - 1);
      return new int[] {low, high};
    }
    return new int[] {low, low};
  }

  private static int[] normalize(int[] ranges) {
    int pairs = ranges.length / 2;
    long[] keyed = new long[pairs];
    for (int i = 0; i < pairs; i++) keyed[i] = ((long) ranges[i * 2] << 32) | ranges[i * 2 + 1];
    java.util.Arrays.sort(keyed);
    int[] merged = new int[ranges.length];
    int count = 0;
    for (int i = 0; i < pairs; i++) {
      int low = (int) (keyed[i] >> 32);
      int high = (int) keyed[i];
      if (count > 0 && low <= merged[count - 1] + 1) {
        if (high > merged[count - 1]) merged[count - 1] = high;
      } else {
        merged[count] = low;
        merged[count + 1] = high;
        count += 2;
      }
    }
    return java.util.Arrays.copyOf(merged, count);
  }

  private static int[] complement(int[] ranges) {
    int[] sorted = normalize(ranges);
    int[] result = new int[sorted.length + 2];
    int count = 0;
    int next = 0;
    for (int i = 0; i < sorted.length; i += 2) {
      if (sorted[i] > next) {
        result[count] = next;
        result[count + 1] = sorted[i] - 1;
        count += 2;
      }
      next = sorted[i + 1] + 1;
    }
    if (next <= 0xFFFF) {
      result[count] = next;
      result[count + 1] = 0xFFFF;
      count += 2;
    }
    return java.util.Arrays.copyOf(result, count);
  }

  private void emitClass(int[] ranges, boolean negated) {
    int[] effective = negated ? complement(ranges) : normalize(ranges);
    if (classCount == classes.length) classes = java.util.Arrays.copyOf(classes, classCount * 2);
    classes[classCount] = effective;
    emit(CLASS, classCount, caseInsensitive ? 1 : 0);
    classCount++;
  }

  int groupIndex(String name) {
    for (int i = 1; i <= groupCount; i++) {
      if (name.equals(groupNames[i])) return i;
    }
    throw new IllegalArgumentException("No group with name <" + name + ">");
  }
}

// java.util.regex.Matcher (in this file because it and Pattern use each other, which tools/java2ir translates
// only within one file). It runs the program that Pattern compiled by backtracking: a SPLIT tries its first
// branch and, if that fails, the second; SAVE and MARK restore what they wrote when the rest fails.
public final class Matcher implements MatchResult {
  private Pattern pattern;
  private String text;
  // Group g's bounds are groups[2g] and groups[2g + 1]; -1 where it did not take part.
  private int[] groups;
  private int[] registers;
  private boolean matched;
  // Where find() looks next, and where appendReplacement copies from.
  private int searchFrom;
  private int appendFrom;
  // Whether MATCH requires the whole input (matches()), and where the last match ended.
  private boolean wholeInput;
  private int matchEnd;
  // The region that matching sees (the whole text unless region() narrows it): its bounds are opaque (no
  // lookaround or \b sees past them) and anchoring (^, $, \A and \z match at them), the JDK's defaults.
  private int regionStart;
  private int regionEnd;

  Matcher(Pattern pattern, CharSequence input) {
    this.pattern = pattern;
    this.text = input.toString();
    groups = new int[(pattern.groupCount + 1) * 2];
    registers = new int[pattern.registerCount];
    regionEnd = text.length();
  }

  public Pattern pattern() {
    return pattern;
  }

  public Matcher reset() {
    matched = false;
    searchFrom = 0;
    appendFrom = 0;
    regionStart = 0;
    regionEnd = text.length();
    return this;
  }

  public Matcher region(int start, int end) {
    if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("start");
    if (end < 0 || end > text.length()) throw new IndexOutOfBoundsException("end");
    if (start > end) throw new IndexOutOfBoundsException("start > end");
    reset();
    regionStart = start;
    regionEnd = end;
    searchFrom = start;
    return this;
  }

  public int regionStart() {
    return regionStart;
  }

  public int regionEnd() {
    return regionEnd;
  }

  public boolean hasTransparentBounds() {
    return false;
  }

  public boolean hasAnchoringBounds() {
    return true;
  }

  public Matcher reset(CharSequence input) {
    text = input.toString();
    return reset();
  }

  public Matcher usePattern(Pattern newPattern) {
    if (newPattern == null) throw new IllegalArgumentException("Pattern cannot be null");
    pattern = newPattern;
    groups = new int[(pattern.groupCount + 1) * 2];
    registers = new int[pattern.registerCount];
    matched = false;
    return this;
  }

  public boolean matches() {
    return attempt(regionStart, true);
  }

  public boolean lookingAt() {
    return attempt(regionStart, false);
  }

  public boolean find() {
    if (searchFrom < regionStart) searchFrom = regionStart;
    while (searchFrom <= regionEnd) {
      if (attempt(searchFrom, false)) {
        // After an empty match the next search starts one further on, so that find() moves.
        searchFrom = groups[1] == groups[0] ? groups[1] + 1 : groups[1];
        return true;
      }
      searchFrom++;
    }
    matched = false;
    return false;
  }

  public boolean find(int start) {
    if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("Illegal start index");
    reset();
    searchFrom = start;
    return find();
  }

  private boolean attempt(int start, boolean whole) {
    for (int i = 0; i < groups.length; i++) groups[i] = -1;
    wholeInput = whole;
    matched = run(0, start);
    if (matched) {
      groups[0] = start;
      groups[1] = matchEnd;
    }
    return matched;
  }

  public int groupCount() {
    return pattern.groupCount;
  }

  private void requireMatch() {
    if (!matched) throw new IllegalStateException("No match found");
  }

  private void requireGroup(int group) {
    requireMatch();
    if (group < 0 || group > pattern.groupCount) throw new IndexOutOfBoundsException("No group " + group);
  }

  public String group() {
    return group(0);
  }

  public String group(int group) {
    requireGroup(group);
    return groupText(text, groups, group);
  }

  // What group `group` matched in `text`, null where it did not take part.
  static String groupText(String text, int[] groups, int group) {
    if (groups[group * 2] < 0 || groups[group * 2 + 1] < 0) return null;
    return text.substring(groups[group * 2], groups[group * 2 + 1]);
  }

  public String group(String name) {
    requireMatch();
    return group(pattern.groupIndex(name));
  }

  public int start() {
    return start(0);
  }

  public int start(int group) {
    requireGroup(group);
    return groups[group * 2];
  }

  public int start(String name) {
    requireMatch();
    return start(pattern.groupIndex(name));
  }

  public int end() {
    return end(0);
  }

  public int end(int group) {
    requireGroup(group);
    return groups[group * 2 + 1];
  }

  public int end(String name) {
    requireMatch();
    return end(pattern.groupIndex(name));
  }

  // A copy of the current match that later finds leave as it is.
  public MatchResult toMatchResult() {
    return new MatchSnapshot(matched ? text : null, java.util.Arrays.copyOf(groups, groups.length), pattern.groupCount);
  }

  // [second pass]
  public java.util.stream.Stream results() {
    reset();
    java.util.ArrayList found = new java.util.ArrayList();
    while (find()) found.add(toMatchResult());
    return java.util.stream.StreamSources.ofCollection(found);
  }

  public String replaceAll(java.util.function.Function replacer) {
    reset();
    StringBuilder result = new StringBuilder();
    while (find()) appendReplacement(result, (String) replacer.apply(this));
    appendTail(result);
    return result.toString();
  }

  public String replaceFirst(java.util.function.Function replacer) {
    reset();
    StringBuilder result = new StringBuilder();
    if (find()) appendReplacement(result, (String) replacer.apply(this));
    appendTail(result);
    return result.toString();
  }

  public boolean hitEnd() {
    return searchFrom > regionEnd;
  }

  public String replaceAll(String replacement) {
    reset();
    // No match leaves the text itself, as the JDK does (the same object).
    if (!find()) return text;
    StringBuilder result = new StringBuilder();
    do appendReplacement(result, replacement); while (find());
    appendTail(result);
    return result.toString();
  }

  public String replaceFirst(String replacement) {
    reset();
    if (!find()) return text;
    StringBuilder result = new StringBuilder();
    appendReplacement(result, replacement);
    appendTail(result);
    return result.toString();
  }

  // The text since the last match, then the replacement with $n, ${name} and \x read.
  public Matcher appendReplacement(StringBuilder result, String replacement) {
    requireMatch();
    StringBuilder expanded = new StringBuilder();
    int i = 0;
    while (i < replacement.length()) {
      char c = replacement.charAt(i);
      if (c == '\\') {
        i++;
        if (i >= replacement.length()) throw new IllegalArgumentException("character to be escaped is missing");
        expanded.append(replacement.charAt(i));
        i++;
      } else if (c == '$') {
        i++;
        if (i >= replacement.length()) throw new IllegalArgumentException("Illegal group reference: group index is missing");
        int group;
        if (replacement.charAt(i) == '{') {
          int close = replacement.indexOf('}', i);
          if (close < 0) throw new IllegalArgumentException("named capturing group is missing trailing '}'");
          group = pattern.groupIndex(replacement.substring(i + 1, close));
          i = close + 1;
        } else {
          if (!Character.isDigit(replacement.charAt(i))) throw new IllegalArgumentException("Illegal group reference");
          group = replacement.charAt(i) - '0';
          i++;
          if (group > pattern.groupCount) throw new IndexOutOfBoundsException("No group " + group);
          // More digits belong to the number while it stays a group.
          while (i < replacement.length() && Character.isDigit(replacement.charAt(i))) {
            int longer = group * 10 + (replacement.charAt(i) - '0');
            if (longer > pattern.groupCount) break;
            group = longer;
            i++;
          }
        }
        String value = group(group);
        if (value != null) expanded.append(value);
      } else {
        expanded.append(c);
        i++;
      }
    }
    result.append(text, appendFrom, groups[0]).append(expanded);
    appendFrom = groups[1];
    return this;
  }

  public StringBuilder appendTail(StringBuilder result) {
    return result.append(text, appendFrom, text.length());
  }

  public static String quoteReplacement(String text) {
    if (text.indexOf('\\') < 0 && text.indexOf('$') < 0) return text;
    StringBuilder quoted = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '$') quoted.append('\\');
      quoted.append(c);
    }
    return quoted.toString();
  }

  public String toString() {
    return "java.util.regex.Matcher[pattern=" + pattern + " region=" + regionStart + "," + regionEnd + " lastmatch=" + (matched ? group() : "") + "]";
  }

  // --- the backtracking machine ---

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static int foldCase(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  // The ranges are sorted and apart (emitClass normalizes them), so a binary search finds the last one that
  // starts at or below c; a Unicode category has hundreds.
  private static boolean inRanges(int[] ranges, int c) {
    int low = 0;
    int high = ranges.length / 2;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ranges[middle * 2] <= c) low = middle + 1;
      else high = middle;
    }
    return low > 0 && c <= ranges[low * 2 - 1];
  }

  // A word char for \b, as JDK 17 has it: a letter, a digit or '_', or a non-spacing mark after one.
  private boolean isWordChar(int at) {
    if (at < regionStart || at >= regionEnd) return false;
    char c = text.charAt(at);
    if (Character.isLetterOrDigit(c) || c == '_') return true;
    return Character.getType(c) == Character.NON_SPACING_MARK && isWordChar(at - 1);
  }

  private boolean run(int pc, int sp) {
    int[] code = pattern.code;
    int end = regionEnd;
    while (true) {
      int operation = code[pc * 3];
      int x = code[pc * 3 + 1];
      int y = code[pc * 3 + 2];
      if (operation == Pattern.CHAR) {
        if (sp >= end) return false;
        char c = text.charAt(sp);
        if (c != x && (y == 0 || foldCase(c) != foldCase(x))) return false;
        sp++;
        pc++;
      } else if (operation == Pattern.CLASS) {
        if (sp >= end) return false;
        char c = text.charAt(sp);
        int[] ranges = pattern.classes[x];
        if (!inRanges(ranges, c)) {
          if (y == 0) return false;
          int lower = foldCase(c);
          int upper = c >= 'a' && c <= 'z' ? c - 32 : c;
          if (!inRanges(ranges, lower) && !inRanges(ranges, upper)) return false;
        }
        sp++;
        pc++;
      } else if (operation == Pattern.ANY) {
        if (sp >= end || (x == 0 && isLineTerminator(text.charAt(sp)))) return false;
        sp++;
        pc++;
      } else if (operation == Pattern.SPLIT) {
        if (run(pc + x, sp)) return true;
        pc += y;
      } else if (operation == Pattern.JUMP) {
        pc += x;
      } else if (operation == Pattern.SAVE) {
        int old = groups[x];
        groups[x] = sp;
        if (run(pc + 1, sp)) return true;
        groups[x] = old;
        return false;
      } else if (operation == Pattern.MARK) {
        int old = registers[x];
        registers[x] = sp;
        if (run(pc + 1, sp)) return true;
        registers[x] = old;
        return false;
      } else if (operation == Pattern.PROGRESS) {
        // A loop body that matched nothing would loop for ever.
        if (registers[x] == sp) return false;
        pc++;
      } else if (operation == Pattern.MATCH) {
        if (wholeInput && sp != end) return false;
        matchEnd = sp;
        return true;
      } else if (operation == Pattern.LOOKAHEAD_END) {
        return true;
      } else if (operation == Pattern.LOOKAHEAD) {
        boolean saved = wholeInput;
        wholeInput = false;
        boolean found = run(pc + 1, sp);
        wholeInput = saved;
        if (found == (y == 1)) return false;
        pc += x;
      } else if (operation == Pattern.LOOKBEHIND) {
        // The nearest start first, as the JDK's engine tries them.
        int register = code[(pc + x - 1) * 3 + 1];
        int old = registers[register];
        registers[register] = sp;
        boolean saved = wholeInput;
        wholeInput = false;
        boolean found = false;
        for (int from = sp; from >= regionStart && !found; from--) found = run(pc + 1, from);
        wholeInput = saved;
        registers[register] = old;
        if (found == (y == 1)) return false;
        pc += x;
      } else if (operation == Pattern.LOOKBEHIND_END) {
        return sp == registers[x];
      } else if (operation == Pattern.ATOMIC) {
        // The group's first way to match, and no other.
        boolean saved = wholeInput;
        wholeInput = false;
        boolean found = run(pc + 1, sp);
        wholeInput = saved;
        if (!found) return false;
        sp = registers[y];
        pc += x;
      } else if (operation == Pattern.ATOMIC_END) {
        registers[x] = sp;
        return true;
      } else if (operation == Pattern.INPUT_START) {
        if (sp != regionStart) return false;
        pc++;
      } else if (operation == Pattern.INPUT_END) {
        if (sp != end) return false;
        pc++;
      } else if (operation == Pattern.LINE_START) {
        if (sp != regionStart && !(sp < end && isLineTerminator(text.charAt(sp - 1)) && !(text.charAt(sp - 1) == '\r' && text.charAt(sp) == '\n'))) {
          return false;
        }
        pc++;
      } else if (operation == Pattern.LINE_END) {
        boolean atEnd = sp == end;
        boolean beforeTerminator = sp < end && isLineTerminator(text.charAt(sp));
        if (beforeTerminator && text.charAt(sp) == '\n' && sp > regionStart && text.charAt(sp - 1) == '\r') beforeTerminator = false;
        if (x == 0 && beforeTerminator) {
          // Without MULTILINE, only the terminator that ends the input.
          int next = text.charAt(sp) == '\r' && sp + 1 < end && text.charAt(sp + 1) == '\n' ? sp + 2 : sp + 1;
          beforeTerminator = next == end;
        }
        if (!atEnd && !beforeTerminator) return false;
        pc++;
      } else if (operation == Pattern.WORD_BOUNDARY) {
        boolean boundary = isWordChar(sp - 1) != isWordChar(sp);
        if (boundary != (x == 1)) return false;
        pc++;
      } else {
        // BACK_REFERENCE: what the group matched, again; a group that did not take part fails.
        if (x > pattern.groupCount) return false;
        int from = groups[x * 2];
        int to = groups[x * 2 + 1];
        if (from < 0 || to < 0) return false;
        int length = to - from;
        if (sp + length > end) return false;
        for (int i = 0; i < length; i++) {
          char mine = text.charAt(sp + i);
          char theirs = text.charAt(from + i);
          if (mine != theirs && (y == 0 || foldCase(mine) != foldCase(theirs))) return false;
        }
        sp += length;
        pc++;
      }
    }
  }
}

// java.util.regex.MatchResult: what a match found.
public interface MatchResult {
  int start();

  int start(int group);

  int end();

  int end(int group);

  String group();

  String group(int group);

  int groupCount();
}

// Matcher.toMatchResult's copy; a copy taken without a match throws as the matcher does.
final class MatchSnapshot implements MatchResult {
  private final String text;
  private final int[] groups;
  private final int groupCount;

  MatchSnapshot(String text, int[] groups, int groupCount) {
    this.text = text;
    this.groups = groups;
    this.groupCount = groupCount;
  }

  private void check(int group) {
    if (text == null) throw new IllegalStateException("No match found");
    if (group < 0 || group > groupCount) throw new IndexOutOfBoundsException("No group " + group);
  }

  public int start() {
    return start(0);
  }

  public int start(int group) {
    check(group);
    return groups[group * 2];
  }

  public int end() {
    return end(0);
  }

  public int end(int group) {
    check(group);
    return groups[group * 2 + 1];
  }

  public String group() {
    return group(0);
  }

  public String group(int group) {
    check(group);
    return Matcher.groupText(text, groups, group);
  }

  public int groupCount() {
    return groupCount;
  }
}
