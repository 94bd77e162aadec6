public class AbstractTemplate {
    static abstract class Report {
        protected final String title;
        protected int lines;

        Report(String title) { this.title = title; }

        abstract String header();
        abstract String row(int index);
        String footer() { return "-- end of " + title + " (" + lines + " lines) --"; }

        final String render(int rows) {
            StringBuilder sb = new StringBuilder(header()).append('\n');
            for (int i = 0; i < rows; i++) {
                sb.append(row(i)).append('\n');
                lines++;
            }
            return sb.append(footer()).toString();
        }
    }

    static class Squares extends Report {
        Squares() { super("squares"); }
        String header() { return "n  n^2"; }
        String row(int i) { return i + "  " + i * i; }
    }

    static class Cubes extends Squares {
        String header() { return super.header() + "  n^3"; }
        String row(int i) { return super.row(i) + "  " + i * i * i; }
        String footer() { return super.footer().toUpperCase(); }
    }

    public static void main(String[] args) {
        Report[] reports = {new Squares(), new Cubes()};
        for (Report r : reports) {
            System.out.println(r.render(4));
            System.out.println(r.title + " " + r.lines + " " + (r instanceof Squares) + " " + (r instanceof Cubes));
        }
    }
}
