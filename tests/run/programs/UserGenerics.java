public class UserGenerics {
    static class Stack<T> {
        private Object[] items = new Object[2];
        private int size;
        void push(T item) {
            if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
            items[size++] = item;
        }
        @SuppressWarnings("unchecked")
        T pop() { return (T) items[--size]; }
        boolean isEmpty() { return size == 0; }
    }

    public static void main(String[] args) {
        Stack<String> words = new Stack<>();
        for (String w : "one two three four five".split(" ")) words.push(w);
        StringBuilder sb = new StringBuilder();
        while (!words.isEmpty()) sb.append(words.pop().toUpperCase()).append(' ');
        System.out.println(sb.toString().trim());
        Stack<Integer> numbers = new Stack<>();
        for (int i = 1; i <= 5; i++) numbers.push(i * i);
        int total = 0;
        while (!numbers.isEmpty()) total += numbers.pop();
        System.out.println("total " + total);
    }
}
