public class CalendarMath {
    static boolean isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

    static int daysInMonth(int year, int month) {
        switch (month) {
            case 2: return isLeap(year) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    // Zeller-style: 0 = Monday ... 6 = Sunday.
    static int dayOfWeek(int year, int month, int day) {
        if (month < 3) { month += 12; year--; }
        int k = year % 100, j = year / 100;
        int h = (day + 13 * (month + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
        return (h + 5) % 7;
    }

    static long daysSinceEpoch(int year, int month, int day) {
        long days = 0;
        for (int y = 1970; y < year; y++) days += isLeap(y) ? 366 : 365;
        for (int m = 1; m < month; m++) days += daysInMonth(year, m);
        return days + day - 1;
    }

    public static void main(String[] args) {
        String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        int[][] dates = {{2000, 1, 1}, {2024, 2, 29}, {1969, 7, 20}, {2038, 1, 19}, {1999, 12, 31}};
        for (int[] d : dates) {
            System.out.printf("%04d-%02d-%02d is a %s, day %d since 1970%n", d[0], d[1], d[2], names[dayOfWeek(d[0], d[1], d[2])], daysSinceEpoch(d[0], d[1], d[2]));
        }
        int leapYears = 0;
        for (int y = 1900; y <= 2100; y++) if (isLeap(y)) leapYears++;
        System.out.println("leap years 1900..2100: " + leapYears);
        StringBuilder cal = new StringBuilder("Mo Tu We Th Fr Sa Su\n");
        int first = dayOfWeek(2024, 3, 1);
        for (int i = 0; i < first; i++) cal.append("   ");
        for (int day = 1; day <= daysInMonth(2024, 3); day++) {
            cal.append(String.format("%2d", day)).append((first + day) % 7 == 0 ? "\n" : " ");
        }
        System.out.println(cal.toString().trim());
    }
}
