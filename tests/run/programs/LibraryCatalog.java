public class LibraryCatalog {
    static class Book implements Comparable<Book> {
        final String title, author;
        final int year;
        boolean lent;
        Book(String title, String author, int year) { this.title = title; this.author = author; this.year = year; }
        public int compareTo(Book o) { return year != o.year ? Integer.compare(year, o.year) : title.compareTo(o.title); }
        public String toString() { return String.format("%-28s %-18s %d%s", title, author, year, lent ? " (lent)" : ""); }
    }

    public static void main(String[] args) {
        Book[] books = {
            new Book("The Art of Programming", "Knuth", 1968),
            new Book("Structure and Interpretation", "Abelson", 1985),
            new Book("Compilers", "Aho", 1986),
            new Book("Types and PL", "Pierce", 2002),
            new Book("Modern Compiler Impl.", "Appel", 1998),
            new Book("Engineering a Compiler", "Cooper", 2004),
            new Book("Algorithms", "Sedgewick", 1983),
            new Book("A Discipline of Programming", "Dijkstra", 1976),
        };
        books[2].lent = true;
        books[5].lent = true;
        java.util.Arrays.sort(books);
        for (Book b : books) System.out.println(b);
        int available = 0;
        String oldest = null;
        for (Book b : books) {
            if (!b.lent) available++;
            if (b.title.toLowerCase().contains("compiler") && oldest == null) oldest = b.title;
        }
        System.out.println(available + " available; oldest compiler book: " + oldest);
    }
}
