public class GenericLinkedList {
    static class Node<T> {
        T value;
        Node<T> next;
        Node(T value, Node<T> next) { this.value = value; this.next = next; }
    }

    static class LinkedList<T> {
        Node<T> head;
        int size;
        void addFirst(T v) { head = new Node<>(v, head); size++; }
        T get(int index) {
            Node<T> n = head;
            for (int i = 0; i < index; i++) n = n.next;
            return n.value;
        }
        String join() {
            StringBuilder sb = new StringBuilder();
            for (Node<T> n = head; n != null; n = n.next) sb.append(n.value).append(n.next != null ? ", " : "");
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        LinkedList<String> names = new LinkedList<>();
        names.addFirst("carol");
        names.addFirst("bob");
        names.addFirst("alice");
        System.out.println(names.join() + " size " + names.size + " second " + names.get(1).length());
        LinkedList<Double> values = new LinkedList<>();
        for (int i = 1; i <= 4; i++) values.addFirst(i / 4.0);
        double sum = 0;
        for (int i = 0; i < values.size; i++) sum += values.get(i);
        Node<Double> first = values.head;
        System.out.println(values.join() + " sum " + sum + " head " + (first.value * 2));
    }
}
