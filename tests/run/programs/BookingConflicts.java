public class BookingConflicts {
    static class Booking {
        final String who;
        final int start, end;
        Booking(String who, int start, int end) {
            if (end <= start) throw new IllegalArgumentException(who + ": end before start");
            this.who = who; this.start = start; this.end = end;
        }
        boolean overlaps(Booking o) { return start < o.end && o.start < end; }
    }

    public static void main(String[] args) {
        Booking[] room = new Booking[10];
        int count = 0;
        int[][] requests = {{9, 10}, {10, 12}, {11, 13}, {13, 14}, {8, 9}, {12, 11}, {9, 11}};
        String[] names = {"ann", "bob", "cid", "dee", "eve", "fay", "gus"};
        for (int i = 0; i < requests.length; i++) {
            try {
                Booking b = new Booking(names[i], requests[i][0], requests[i][1]);
                Booking clash = null;
                for (int k = 0; k < count; k++) if (room[k].overlaps(b)) { clash = room[k]; break; }
                if (clash != null) System.out.println(b.who + " rejected: overlaps " + clash.who);
                else { room[count++] = b; System.out.println(b.who + " booked " + b.start + "-" + b.end); }
            } catch (IllegalArgumentException e) {
                System.out.println("invalid: " + e.getMessage());
            }
        }
        int hours = 0;
        for (int k = 0; k < count; k++) hours += room[k].end - room[k].start;
        System.out.println(count + " bookings, " + hours + " hours");
    }
}
