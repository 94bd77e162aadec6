// java.util.Properties: setting and reading, defaults, loading the .properties format (comments, separators,
// escapes, continuation lines), listing, the map views and their order, and storing (its date line left out).
import java.io.*;
import java.util.*;

public class PropertiesFiles {
    public static void main(String[] args) throws IOException {
        Properties defaults = new Properties();
        defaults.setProperty("color", "blue");
        defaults.setProperty("size", "10");
        Properties props = new Properties(defaults);
        props.setProperty("size", "12");
        props.setProperty("name", "kiln");
        System.out.println(props.getProperty("color") + " " + props.getProperty("size") + " " + props.getProperty("name") + " " + props.getProperty("missing") + " " + props.getProperty("missing", "fallback"));
        System.out.println(props.size() + " " + props + " " + props.containsKey("color") + " " + props.get("color"));
        System.out.println(new TreeSet<>(props.stringPropertyNames()));
        String text = String.join("\n",
            "# a comment",
            "! another comment",
            "key1=value1",
            "key2 = value two  ",
            "key3:value3",
            "key4 value4",
            "   indented.key=yes",
            "empty=",
            "novalue",
            "path=C:\\\\temp\\\\dir",
            "multi=first \\",
            "      second \\",
            "      third",
            "unicode=caf\\u00e9",
            "tabbed=a\\tb",
            "with\\ space=spaced key",
            "colon\\:key=colon",
            "key1=overridden",
            "");
        Properties loaded = new Properties();
        loaded.load(new StringReader(text));
        List<String> keys = new ArrayList<>(loaded.stringPropertyNames());
        Collections.sort(keys);
        for (String key : keys) System.out.println("[" + key + "] -> [" + loaded.getProperty(key) + "]");
        System.out.println(loaded.size());
        Properties fromBytes = new Properties();
        fromBytes.load(new ByteArrayInputStream("a=1\r\nb=2\rc=3\n".getBytes()));
        System.out.println(fromBytes);
        Properties many = new Properties();
        for (int i = 0; i < 20; i++) many.setProperty("k" + i, "v" + (i * i));
        System.out.println(many);
        System.out.println(many.keySet());
        StringBuilder order = new StringBuilder();
        for (Enumeration<?> e = many.propertyNames(); e.hasMoreElements(); ) order.append(e.nextElement()).append(' ');
        System.out.println(order.toString().trim().split(" ").length);
        Properties listing = new Properties();
        listing.setProperty("short", "x");
        listing.setProperty("long", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ");
        listing.list(System.out);
        StringWriter out = new StringWriter();
        Properties stored = new Properties();
        stored.setProperty("greeting", "hello world");
        stored.setProperty("a:b", "c=d");
        stored.setProperty(" lead", "#hash\n");
        stored.store(out, "settings");
        String[] lines = out.toString().split(System.lineSeparator());
        System.out.println(lines[0] + " " + lines.length + " " + lines[1].startsWith("#"));
        List<String> body = new ArrayList<>(Arrays.asList(lines).subList(2, lines.length));
        Collections.sort(body);
        System.out.println(body);
        Properties reread = new Properties();
        reread.load(new StringReader(out.toString()));
        System.out.println(reread.equals(stored) + " " + reread.getProperty(" lead").length());
        props.put("number", 42);
        System.out.println(props.getProperty("number") + " " + props.get("number") + " " + props.stringPropertyNames().contains("number"));
        props.remove("name");
        System.out.println(props.getProperty("name") + " " + props.isEmpty() + " " + props.containsValue("12"));
        try {
            new Properties().load(new StringReader("bad=\\u12G4"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
