public class SwitchVariants {
    static String dayKind(int day) {
        switch (day) {
            case 1:
            case 7:
                return "weekend";
            case 2: case 3: case 4: case 5: case 6:
                return "weekday";
            default:
                return "invalid";
        }
    }

    static int vowelScore(char c) {
        int score;
        switch (c) {
            case 'a': score = 1; break;
            case 'e': score = 2; break;
            case 'i': case 'o': score = 3; break;
            case 'u': score = 4; break;
            default: score = 0;
        }
        return score;
    }

    static String command(String name) {
        String result = "?";
        switch (name) {
            case "start":
                result = "starting";
                break;
            case "stop":
                result = "stopping";
                break;
            case "":
                result = "empty";
                break;
            default:
                result = "unknown " + name;
        }
        return result;
    }

    public static void main(String[] args) {
        for (int d = 0; d <= 8; d += 2) System.out.println(d + " " + dayKind(d) + " " + dayKind(d + 1));
        int total = 0;
        for (char c : "education".toCharArray()) total += vowelScore(c);
        System.out.println("score " + total);
        String[] names = {"start", "stop", "pause", "", "START"};
        for (String n : names) System.out.println("[" + n + "] " + command(n));
        int count = 0;
        for (int i = 0; i < 20; i++) {
            switch (i % 4) {
                case 0:
                    continue;
                case 3:
                    count += 10;
                    break;
                default:
                    count++;
            }
            if (i > 15) break;
        }
        System.out.println("count " + count);
    }
}
