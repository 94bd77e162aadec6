// The helpful NullPointerException messages for a Scala object's code: its methods are Java's static
// methods, its fields Java's static fields, and main's locals start at slot 1.
package test;

public class ModuleNullMessages {
    static String name;

    static String find(int k) {
        return null;
    }

    public static void main(String[] args) {
        String text = null;
        try {
            text.length();
        } catch (Exception e) {
            System.out.println(e.getMessage());
        }
        try {
            find(3).length();
        } catch (Exception e) {
            System.out.println(e.getMessage());
        }
        try {
            name.length();
        } catch (Exception e) {
            System.out.println(e.getMessage());
        }
        long wide = 2L;
        int[] numbers = null;
        try {
            numbers[(int) wide] = 1;
        } catch (Exception e) {
            System.out.println(e.getMessage());
        }
    }
}
