// Field reads that the optimiser serves from locals, and every way a field can change in between.
public class FieldReads {
    static final class Cell {
        int value;
        long total;
        double weight;
        boolean seen;
        char mark;
        Cell next;
        String label;

        Cell(int value) {
            this.value = value;
        }

        void bump() {
            value += 100;
        }

        int twice() {
            value += 1;
            return value + value;
        }

        public String toString() {
            value += 1000;
            return "cell" + value;
        }
    }

    static final class Stealer {
        Stealer(Cell victim) {
            victim.value = -7;
        }
    }

    static Cell shared = new Cell(0);

    static int stored(Cell cell) {
        cell.value = 5;
        cell.value = cell.value * 3;
        return cell.value + cell.value;
    }

    static int aliased(Cell a, Cell b) {
        int before = a.value;
        b.value = before + 1;
        return a.value * 10 + b.value;
    }

    static int acrossCall(Cell cell) {
        int first = cell.value;
        cell.bump();
        return first + cell.value;
    }

    static int acrossConstructor(Cell cell) {
        int first = cell.value;
        new Stealer(cell);
        return first * 100 + cell.value;
    }

    static String acrossConcatenation(Cell cell) {
        int first = cell.value;
        String text = "[" + cell + "]";
        return text + first + "/" + cell.value;
    }

    static int acrossStatic(Cell cell) {
        int first = cell.value;
        shared.value = 99;
        return first + cell.value;
    }

    static int reassigned(Cell a, Cell b) {
        Cell current = a;
        int sum = current.value;
        current = b;
        sum = sum * 10 + current.value;
        current.value = 4;
        return sum * 10 + current.value;
    }

    static int qualifierReassigned(Cell a, Cell b) {
        Cell current = a;
        current.value = (current = b).value + 1;
        return a.value * 100 + b.value * 10 + current.value;
    }

    static int inLoop(Cell a, Cell b, int rounds) {
        int sum = 0;
        for (int i = 0; i < rounds; i++) {
            sum += a.value;
            b.value = b.value + i;
            sum += a.value;
        }
        return sum;
    }

    static long loopWithLocalRebinding(Cell head) {
        long sum = 0;
        Cell cell = head;
        while (cell != null) {
            sum = sum * 3 + cell.value;
            cell.total = cell.total + sum;
            sum += cell.total;
            cell = cell.next;
        }
        return sum;
    }

    static int branches(Cell cell, boolean up) {
        cell.value = 10;
        if (up) {
            cell.value = cell.value + 5;
        } else {
            cell.bump();
        }
        return cell.value;
    }

    static int labeled(Cell cell, int limit) {
        int steps = 0;
        outer:
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                cell.value = cell.value + 1;
                if (cell.value > limit) break outer;
                steps++;
            }
        }
        return steps * 1000 + cell.value;
    }

    static int switched(Cell cell, int which) {
        switch (which) {
            case 0: cell.value = 1; break;
            case 1: cell.bump(); break;
            default: break;
        }
        return cell.value;
    }

    static String caught(Cell cell, int[] data) {
        cell.value = 1;
        try {
            cell.value = 2;
            data[5] = cell.value;
            cell.value = 3;
        } catch (ArrayIndexOutOfBoundsException e) {
            return "caught " + cell.value;
        }
        return "done " + cell.value;
    }

    static int finallyBlock(Cell cell) {
        try {
            cell.value = 7;
            return cell.value;
        } finally {
            cell.value = cell.value * 2;
        }
    }

    static String nullReceiver(Cell cell) {
        try {
            int a = cell.value;
            int b = cell.value;
            return "read " + (a + b);
        } catch (NullPointerException e) {
            return "npe";
        }
    }

    static String nullStore(Cell cell, Cell other) {
        try {
            cell.value = other.twice();
            return "stored " + cell.value;
        } catch (NullPointerException e) {
            return "npe after " + other.value;
        }
    }

    static String kinds(Cell cell) {
        cell.total = 1L << 40;
        cell.weight = 0.5;
        cell.seen = true;
        cell.mark = 'k';
        cell.label = "lab";
        cell.total = cell.total + cell.total;
        cell.weight = cell.weight * cell.weight;
        cell.seen = !cell.seen;
        cell.mark = (char) (cell.mark + 1);
        cell.label = cell.label + cell.label;
        return cell.total + " " + cell.weight + " " + cell.seen + " " + cell.mark + " " + cell.label;
    }

    static int references(Cell cell) {
        cell.next = new Cell(3);
        cell.next.value = cell.next.value + 4;
        Cell saved = cell.next;
        cell.next = null;
        return saved.value + (cell.next == null ? 100 : 0);
    }

    static int lambda(Cell cell) {
        Runnable runnable = () -> cell.value = 55;
        int first = cell.value;
        runnable.run();
        return first + cell.value;
    }

    static int guarded(Cell cell) {
        if (cell.value < 0) throw new IllegalStateException("negative " + cell.value);
        cell.value = cell.value + 1;
        return cell.value;
    }

    static int endless(Cell cell) {
        int rounds = 0;
        while (true) {
            cell.value = cell.value * 2;
            rounds++;
            if (cell.value > 100) break;
            if (rounds > 3 && cell.value == 0) return -1;
        }
        return rounds * 1000 + cell.value;
    }

    static int doWhile(Cell a, Cell b) {
        int n = 0;
        do {
            a.value = a.value + 1;
            n += b.value;
        } while (a.value < 5);
        return n * 100 + a.value;
    }

    int counter;

    int instanceLoop(int rounds) {
        for (int i = 0; i < rounds; i++) {
            counter = counter + i;
            if (counter % 3 == 0) counter = counter + touch();
        }
        return counter;
    }

    int touch() {
        counter += 10;
        return 1;
    }

    public static void main(String[] args) {
        System.out.println(stored(new Cell(0)));
        Cell one = new Cell(1);
        System.out.println(aliased(one, one));
        System.out.println(aliased(new Cell(1), new Cell(2)));
        System.out.println(acrossCall(new Cell(3)));
        System.out.println(acrossConstructor(new Cell(4)));
        System.out.println(acrossConcatenation(new Cell(5)));
        System.out.println(acrossStatic(shared));
        System.out.println(reassigned(new Cell(1), new Cell(2)));
        Cell a = new Cell(1);
        Cell b = new Cell(2);
        System.out.println(qualifierReassigned(a, b));
        Cell same = new Cell(1);
        System.out.println(inLoop(same, same, 5));
        System.out.println(inLoop(new Cell(1), new Cell(1), 5));
        Cell list = new Cell(1);
        list.next = new Cell(2);
        list.next.next = new Cell(3);
        System.out.println(loopWithLocalRebinding(list));
        System.out.println(branches(new Cell(0), true) + " " + branches(new Cell(0), false));
        System.out.println(labeled(new Cell(0), 25));
        System.out.println(switched(new Cell(9), 0) + " " + switched(new Cell(9), 1) + " " + switched(new Cell(9), 2));
        System.out.println(caught(new Cell(0), new int[3]) + " " + caught(new Cell(0), new int[8]));
        Cell fin = new Cell(0);
        System.out.println(finallyBlock(fin) + " " + fin.value);
        System.out.println(nullReceiver(null) + " " + nullReceiver(new Cell(6)));
        Cell other = new Cell(20);
        System.out.println(nullStore(null, other) + " " + nullStore(new Cell(0), other));
        System.out.println(kinds(new Cell(0)));
        System.out.println(references(new Cell(0)));
        System.out.println(lambda(new Cell(8)));
        System.out.println(guarded(new Cell(4)));
        try {
            guarded(new Cell(-3));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(endless(new Cell(3)) + " " + endless(new Cell(0)));
        Cell both = new Cell(0);
        System.out.println(doWhile(both, both) + " " + doWhile(new Cell(0), new Cell(2)));
        System.out.println(new FieldReads().instanceLoop(12));
    }
}
