// Kiln's runtime library: java.util.Properties, in Java; translate.sh turns it into IR. As the JDK's, it is a
// Hashtable whose entries live in a ConcurrentHashMap (so it prints and iterates in that map's order), with
// defaults behind it, and reads and writes the .properties format (escapes, continuation lines, comments).
package java.util;

import java.io.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public class Properties extends Hashtable<Object, Object> {
  protected volatile Properties defaults;
  private final ConcurrentHashMap<Object, Object> map;

  public Properties() {
    this(null, 8);
  }

  public Properties(int initialCapacity) {
    this(null, initialCapacity);
  }

  public Properties(Properties defaults) {
    this(defaults, 8);
  }

  private Properties(Properties defaults, int initialCapacity) {
    super(1);
    this.defaults = defaults;
    map = new ConcurrentHashMap<Object, Object>(initialCapacity);
  }

  public Object setProperty(String key, String value) {
    return put(key, value);
  }

  public String getProperty(String key) {
    Object value = map.get(key);
    String text = value instanceof String ? (String) value : null;
    return text == null && defaults != null ? defaults.getProperty(key) : text;
  }

  public String getProperty(String key, String defaultValue) {
    String value = getProperty(key);
    return value == null ? defaultValue : value;
  }

  public Enumeration<?> propertyNames() {
    Hashtable<String, Object> names = new Hashtable<String, Object>();
    enumerate(names, false);
    return names.keys();
  }

  public Set<String> stringPropertyNames() {
    Map<String, Object> names = new HashMap<String, Object>();
    enumerate(names, true);
    return Collections.unmodifiableSet(names.keySet());
  }

  // The defaults' entries first, so that this table's own override them.
  private void enumerate(Map<String, Object> into, boolean stringsOnly) {
    if (defaults != null) defaults.enumerate(into, stringsOnly);
    for (Map.Entry<Object, Object> entry : map.entrySet()) {
      Object key = entry.getKey();
      if (key instanceof String && (!stringsOnly || entry.getValue() instanceof String)) into.put((String) key, entry.getValue());
      else if (!stringsOnly) throw new ClassCastException(key.getClass().getName() + " cannot be cast to class java.lang.String");
    }
  }

  public void list(PrintStream out) {
    out.println("-- listing properties --");
    for (Map.Entry<String, Object> entry : listed().entrySet()) out.println(entry.getKey() + "=" + entry.getValue());
  }

  public void list(PrintWriter out) {
    out.println("-- listing properties --");
    for (Map.Entry<String, Object> entry : listed().entrySet()) out.println(entry.getKey() + "=" + entry.getValue());
  }

  // What list prints: every property, its value cut to 37 characters and "..." when longer than 40.
  private Map<String, Object> listed() {
    Map<String, Object> names = new HashMap<String, Object>();
    enumerate(names, false);
    for (Map.Entry<String, Object> entry : names.entrySet()) {
      String value = String.valueOf(entry.getValue());
      if (value.length() > 40) entry.setValue(value.substring(0, 37) + "...");
    }
    return names;
  }

  public void load(Reader reader) throws IOException {
    if (reader == null) throw new NullPointerException();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1024];
    int count;
    while ((count = reader.read(buffer, 0, buffer.length)) > 0) text.append(buffer, 0, count);
    parse(text.toString());
  }

  public void load(InputStream in) throws IOException {
    if (in == null) throw new NullPointerException();
    load(new InputStreamReader(in, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  // The .properties format: logical lines (a line ending in an odd number of backslashes goes on, the next
  // one's leading white space dropped), comments (# or ! first), the key up to an unescaped '=', ':' or white
  // space, escapes \t \n \r \f \\uXXXX (any other escaped character is itself).
  private void parse(String text) {
    int position = 0;
    int length = text.length();
    while (position < length) {
      StringBuilder line = new StringBuilder();
      boolean first = true;
      while (true) {
        while (position < length && isBlank(text.charAt(position))) position++;
        if (first && position < length && (text.charAt(position) == '#' || text.charAt(position) == '!')) {
          while (position < length && text.charAt(position) != '\n' && text.charAt(position) != '\r') position++;
          break;
        }
        int start = position;
        while (position < length && text.charAt(position) != '\n' && text.charAt(position) != '\r') position++;
        String part = text.substring(start, position);
        if (position < length && text.charAt(position) == '\r' && position + 1 < length && text.charAt(position + 1) == '\n') position++;
        if (position < length) position++;
        int backslashes = 0;
        for (int i = part.length() - 1; i >= 0 && part.charAt(i) == '\\'; i--) backslashes++;
        first = false;
        if (backslashes % 2 == 1) {
          line.append(part, 0, part.length() - 1);
          if (position >= length) break;
        } else {
          line.append(part);
          break;
        }
      }
      if (line.length() > 0) parseLine(line.toString());
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private void parseLine(String line) {
    int keyEnd = 0;
    boolean escaped = false;
    while (keyEnd < line.length()) {
      char c = line.charAt(keyEnd);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '=' || c == ':' || isBlank(c)) {
        break;
      }
      keyEnd++;
    }
    int valueStart = keyEnd;
    while (valueStart < line.length() && isBlank(line.charAt(valueStart))) valueStart++;
    if (valueStart < line.length() && (line.charAt(valueStart) == '=' || line.charAt(valueStart) == ':')) {
      valueStart++;
      while (valueStart < line.length() && isBlank(line.charAt(valueStart))) valueStart++;
    }
    put(unescape(line.substring(0, keyEnd)), unescape(line.substring(valueStart)));
  }

  private static String unescape(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= text.length()) {
        result.append(c);
        continue;
      }
      c = text.charAt(++i);
      if (c == 'u') {
        if (i + 4 >= text.length()) throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
        int value = 0;
        for (int k = 1; k <= 4; k++) {
          int digit = Character.digit(text.charAt(i + k), 16);
          if (digit < 0) throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
          value = value * 16 + digit;
        }
        i += 4;
        result.append((char) value);
      } else if (c == 't') {
        result.append('\t');
      } else if (c == 'n') {
        result.append('\n');
      } else if (c == 'r') {
        result.append('\r');
      } else if (c == 'f') {
        result.append('\f');
      } else {
        result.append(c);
      }
    }
    return result.toString();
  }

  public void store(Writer writer, String comments) throws IOException {
    store(writer, comments, false);
  }

  public void store(OutputStream out, String comments) throws IOException {
    OutputStreamWriter writer = new OutputStreamWriter(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    store(writer, comments, true);
  }

  // The JDK's layout: the comments, the date (as Date.toString prints it), then key=value lines
  // with the special characters escaped (and, for a byte stream, everything past Latin-1 as \\uXXXX).
  private void store(Writer writer, String comments, boolean latin1) throws IOException {
    if (comments != null) writer.write("#" + comments.replace("\n", "\n#") + System.lineSeparator());
    writer.write("#" + new Date() + System.lineSeparator());
    for (Map.Entry<Object, Object> entry : map.entrySet()) {
      writer.write(escape((String) entry.getKey(), true, latin1) + "=" + escape((String) entry.getValue(), false, latin1) + System.lineSeparator());
    }
    writer.flush();
  }

  private static String escape(String text, boolean key, boolean latin1) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        result.append(i == 0 || key ? "\\ " : " ");
      } else if (c == '\t') {
        result.append("\\t");
      } else if (c == '\n') {
        result.append("\\n");
      } else if (c == '\r') {
        result.append("\\r");
      } else if (c == '\f') {
        result.append("\\f");
      } else if (c == '=' || c == ':' || c == '#' || c == '!' || c == '\\') {
        result.append('\\').append(c);
      } else if ((c < 0x20 || c > 0x7e) && latin1) {
        String hex = Integer.toHexString(c).toUpperCase();
        result.append("\\u").append("0000".substring(hex.length())).append(hex);
      } else {
        result.append(c);
      }
    }
    return result.toString();
  }

  // The Hashtable's operations, on the map.
  public int size() {
    return map.size();
  }

  public boolean isEmpty() {
    return map.isEmpty();
  }

  public Object get(Object key) {
    return map.get(key);
  }

  public boolean containsKey(Object key) {
    return map.containsKey(key);
  }

  public boolean contains(Object value) {
    return map.containsValue(value);
  }

  public boolean containsValue(Object value) {
    return map.containsValue(value);
  }

  public Object put(Object key, Object value) {
    return map.put(key, value);
  }

  public void putAll(Map<?, ?> other) {
    map.putAll(other);
  }

  public Object remove(Object key) {
    return map.remove(key);
  }

  public void clear() {
    map.clear();
  }

  public Object getOrDefault(Object key, Object defaultValue) {
    return map.getOrDefault(key, defaultValue);
  }

  public Object putIfAbsent(Object key, Object value) {
    return map.putIfAbsent(key, value);
  }

  public Object computeIfAbsent(Object key, Function<Object, Object> function) {
    return map.computeIfAbsent(key, function);
  }

  public Object computeIfPresent(Object key, BiFunction<Object, Object, Object> function) {
    return map.computeIfPresent(key, function);
  }

  public Object compute(Object key, BiFunction<Object, Object, Object> function) {
    return map.compute(key, function);
  }

  public Object merge(Object key, Object value, BiFunction<Object, Object, Object> function) {
    return map.merge(key, value, function);
  }

  public Enumeration<Object> keys() {
    return new IteratorEnumeration<Object>(map.keySet().iterator());
  }

  public Enumeration<Object> elements() {
    return new IteratorEnumeration<Object>(map.values().iterator());
  }

  public Set<Object> keySet() {
    return map.keySet();
  }

  public Collection<Object> values() {
    return map.values();
  }

  public Set<Map.Entry<Object, Object>> entrySet() {
    return map.entrySet();
  }

  public void forEach(BiConsumer<Object, Object> action) {
    map.forEach(action);
  }

  public boolean equals(Object other) {
    return map.equals(other);
  }

  public int hashCode() {
    return map.hashCode();
  }

  public String toString() {
    return map.toString();
  }

  public Object clone() {
    Properties copy = new Properties(defaults);
    copy.putAll(map);
    return copy;
  }
}
