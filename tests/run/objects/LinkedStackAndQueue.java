public class LinkedStackAndQueue {
    static class Node {
        final int value;
        Node next;
        Node(int value, Node next) { this.value = value; this.next = next; }
    }

    static class Stack {
        private Node top;
        private int size;
        void push(int v) { top = new Node(v, top); size++; }
        int pop() {
            if (top == null) throw new IllegalStateException("empty stack");
            int v = top.value;
            top = top.next;
            size--;
            return v;
        }
        boolean isEmpty() { return top == null; }
        int size() { return size; }
    }

    static class Queue {
        private Node head, tail;
        void enqueue(int v) {
            Node n = new Node(v, null);
            if (tail == null) head = tail = n;
            else { tail.next = n; tail = n; }
        }
        int dequeue() {
            int v = head.value;
            head = head.next;
            if (head == null) tail = null;
            return v;
        }
        boolean isEmpty() { return head == null; }
    }

    static Node reverse(Node list) {
        Node previous = null;
        while (list != null) {
            Node next = list.next;
            list.next = previous;
            previous = list;
            list = next;
        }
        return previous;
    }

    public static void main(String[] args) {
        Stack s = new Stack();
        for (int i = 1; i <= 5; i++) s.push(i * 10);
        System.out.print("stack (" + s.size() + "):");
        while (!s.isEmpty()) System.out.print(" " + s.pop());
        System.out.println();
        try {
            s.pop();
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
        Queue q = new Queue();
        for (int i = 1; i <= 5; i++) q.enqueue(i * i);
        System.out.print("queue:");
        while (!q.isEmpty()) System.out.print(" " + q.dequeue());
        System.out.println();
        Node list = null;
        for (int i = 5; i >= 1; i--) list = new Node(i, list);
        list = reverse(list);
        StringBuilder sb = new StringBuilder("reversed:");
        for (Node n = list; n != null; n = n.next) sb.append(' ').append(n.value);
        System.out.println(sb);
    }
}
