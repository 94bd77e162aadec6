public class LinkedListCycle {
    static class Node { int v; Node next; Node(int v) { this.v = v; } }

    public static void main(String[] args) {
        Node[] nodes = new Node[10];
        for (int i = 0; i < nodes.length; i++) nodes[i] = new Node(i);
        for (int i = 0; i < nodes.length - 1; i++) nodes[i].next = nodes[i + 1];
        nodes[9].next = nodes[4];
        Node slow = nodes[0], fast = nodes[0];
        int steps = 0;
        do { slow = slow.next; fast = fast.next.next; steps++; } while (slow != fast);
        slow = nodes[0];
        while (slow != fast) { slow = slow.next; fast = fast.next; }
        int length = 1;
        for (Node n = slow.next; n != slow; n = n.next) length++;
        System.out.println("meet after " + steps + ", cycle starts at " + slow.v + ", length " + length);
        nodes[9].next = null;
        slow = nodes[0];
        fast = nodes[0];
        while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; }
        System.out.println("middle " + slow.v);
    }
}
