public class ObjectArraysPolymorphic {
    public static void main(String[] args) {
        Object[] things = {"text", 42, 3.5, 'z', true, 7L, new int[] {1, 2}, new String[] {"a"}, null, new StringBuilder("sb")};
        int strings = 0, numbers = 0, arrays = 0, nulls = 0;
        for (Object o : things) {
            String kind;
            if (o == null) { kind = "null"; nulls++; }
            else if (o instanceof String) { kind = "String(" + ((String) o).length() + ")"; strings++; }
            else if (o instanceof Integer || o instanceof Long || o instanceof Double) { kind = "number " + o; numbers++; }
            else if (o instanceof int[]) { kind = "int[" + ((int[]) o).length + "]"; arrays++; }
            else if (o instanceof Object[]) { kind = "Object[" + ((Object[]) o).length + "]"; arrays++; }
            else kind = o.getClass().getName() + " " + o;
            System.out.println(kind);
        }
        System.out.println(strings + " " + numbers + " " + arrays + " " + nulls);
    }
}
