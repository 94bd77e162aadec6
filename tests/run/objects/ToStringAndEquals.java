public class ToStringAndEquals {
    public static void main(String[] args) {
        Money a = new Money(250);
        Money b = new Money(250);
        System.out.println(a);
        System.out.println("total: " + a);
        System.out.println(a == b);
        System.out.println(a == a);
        System.out.println(a.equals(b));
        Object o = a;
        System.out.println(o.toString());
        System.out.println(a.hashCode());
    }
}

class Money {
    final int cents;
    Money(int cents) { this.cents = cents; }
    public String toString() { return "$" + (cents / 100) + "." + (cents % 100); }
    public boolean equals(Object that) { return that instanceof Money && ((Money) that).cents == cents; }
    public int hashCode() { return cents; }
}
