package test;

public class NullPointers {
    public static void main(String[] args) {
        Holder box = null;
        int[] array = null;
        String text = null;
        try { box.describe(); } catch (Exception e) { System.out.println("call: " + (e instanceof NullPointerException)); }
        try { System.out.println(box.value); } catch (Exception e) { System.out.println("field: " + (e instanceof NullPointerException)); }
        try { box.value = 3; } catch (Exception e) { System.out.println("field write: " + (e instanceof NullPointerException)); }
        try { System.out.println(array[0]); } catch (Exception e) { System.out.println("array: " + (e instanceof NullPointerException)); }
        try { System.out.println(array.length); } catch (Exception e) { System.out.println("length: " + (e instanceof NullPointerException)); }
        try { System.out.println(text.length()); } catch (Exception e) { System.out.println("string: " + (e instanceof NullPointerException)); }
        System.out.println("last");
        box.describe();
    }
}

class Holder {
    int value;
    String describe() { return "holder " + value; }
}
