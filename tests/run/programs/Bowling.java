public class Bowling {
    static int score(int[] rolls) {
        int score = 0, i = 0;
        for (int frame = 0; frame < 10; frame++) {
            if (rolls[i] == 10) { score += 10 + rolls[i + 1] + rolls[i + 2]; i++; }
            else if (rolls[i] + rolls[i + 1] == 10) { score += 10 + rolls[i + 2]; i += 2; }
            else { score += rolls[i] + rolls[i + 1]; i += 2; }
        }
        return score;
    }

    public static void main(String[] args) {
        int[] perfect = new int[12];
        java.util.Arrays.fill(perfect, 10);
        int[] spares = new int[21];
        java.util.Arrays.fill(spares, 5);
        int[] gutter = new int[20];
        int[] mixed = {10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1};
        System.out.println(score(perfect) + " " + score(spares) + " " + score(gutter) + " " + score(mixed));
    }
}
