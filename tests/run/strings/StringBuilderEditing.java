public class StringBuilderEditing {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("Hello").append(' ').append("World").append('!').append(42).append(3.5).append(true).append(7L).append('x');
        System.out.println(sb + " " + sb.length());
        sb.insert(0, ">> ");
        sb.insert(8, "...");
        System.out.println(sb);
        sb.deleteCharAt(0).deleteCharAt(0);
        System.out.println(sb);
        sb.setCharAt(0, '#');
        System.out.println(sb + " " + sb.charAt(3) + " " + sb.indexOf("World") + " " + sb.lastIndexOf("o"));
        sb.reverse();
        System.out.println(sb);
        sb.setLength(5);
        System.out.println("[" + sb + "]");
        sb.delete(1, 3);
        System.out.println("[" + sb + "]");
        sb.replace(0, 1, "ABC");
        System.out.println("[" + sb + "] " + sb.toString().equals("ABCxe"));
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 10; i++) numbers.append(i).append(i < 9 ? "," : "");
        System.out.println(numbers + " " + numbers.substring(4) + " " + numbers.substring(2, 7));
        StringBuilder capacity = new StringBuilder(100);
        capacity.append("abc");
        System.out.println(capacity.length() + " " + capacity.isEmpty() + " " + new StringBuilder("seed").append(1).toString());
        Object o = null;
        StringBuilder nulls = new StringBuilder().append((String) null).append(o).append((Object) "obj");
        System.out.println(nulls);
    }
}
