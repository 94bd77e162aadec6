public class GameScores {
    static class Player implements Comparable<Player> {
        final String name;
        int wins, draws, losses, goalsFor, goalsAgainst;
        Player(String name) { this.name = name; }
        int points() { return 3 * wins + draws; }
        public int compareTo(Player o) {
            if (points() != o.points()) return o.points() - points();
            int gd = (goalsFor - goalsAgainst) - (o.goalsFor - o.goalsAgainst);
            if (gd != 0) return -gd;
            return name.compareTo(o.name);
        }
    }

    public static void main(String[] args) {
        Player[] players = {new Player("Ajax"), new Player("Benfica"), new Player("Celtic"), new Player("Dynamo")};
        int[][] results = {{0, 1, 2, 1}, {2, 3, 0, 0}, {0, 2, 1, 3}, {1, 3, 4, 1}, {0, 3, 2, 2}, {1, 2, 0, 1}};
        for (int[] r : results) {
            Player a = players[r[0]], b = players[r[1]];
            a.goalsFor += r[2]; a.goalsAgainst += r[3];
            b.goalsFor += r[3]; b.goalsAgainst += r[2];
            if (r[2] > r[3]) { a.wins++; b.losses++; }
            else if (r[2] < r[3]) { b.wins++; a.losses++; }
            else { a.draws++; b.draws++; }
        }
        java.util.Arrays.sort(players);
        System.out.printf("%-8s %2s %2s %2s %5s %3s%n", "team", "W", "D", "L", "goals", "pts");
        for (Player p : players) System.out.printf("%-8s %2d %2d %2d %2d:%-2d %3d%n", p.name, p.wins, p.draws, p.losses, p.goalsFor, p.goalsAgainst, p.points());
    }
}
