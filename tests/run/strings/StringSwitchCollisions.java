public class StringSwitchCollisions {
    static int code(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "aa", ""};
        for (String s : inputs) System.out.println(s + " hash " + s.hashCode() + " -> " + code(s));
        String built = new StringBuilder("B").append('B').toString();
        System.out.println(code(built) + " " + built.equals("BB") + " " + built.hashCode());
    }
}
