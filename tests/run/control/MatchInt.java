public class MatchInt {
    public static void main(String[] args) {
        for (int i = 0; i < 6; i++) {
            String name;
            switch (i) {
                case 0: name = "zero"; break;
                case 1: case 2: name = "small"; break;
                case 5: name = "five"; break;
                default: name = "other";
            }
            System.out.println(i + " " + name);
        }
    }
}
