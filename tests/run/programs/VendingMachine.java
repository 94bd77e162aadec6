public class VendingMachine {
    static class OutOfStock extends Exception { OutOfStock(String item) { super(item + " is out of stock"); } }
    static class NotEnoughMoney extends Exception { NotEnoughMoney(int missing) { super("insert " + missing + " more"); } }

    private final String[] names = {"cola", "chips", "candy"};
    private final int[] prices = {150, 100, 65};
    private final int[] stock = {2, 0, 5};
    private int credit;

    void insert(int cents) { credit += cents; }

    String buy(int slot) throws OutOfStock, NotEnoughMoney {
        if (stock[slot] == 0) throw new OutOfStock(names[slot]);
        if (credit < prices[slot]) throw new NotEnoughMoney(prices[slot] - credit);
        stock[slot]--;
        credit -= prices[slot];
        return names[slot];
    }

    int refund() { int r = credit; credit = 0; return r; }

    public static void main(String[] args) {
        VendingMachine vm = new VendingMachine();
        int[][] script = {{200, 0}, {0, 1}, {50, 2}, {0, 0}, {100, 0}, {25, 2}};
        for (int[] step : script) {
            vm.insert(step[0]);
            try {
                System.out.println("got " + vm.buy(step[1]) + ", credit " + vm.credit);
            } catch (OutOfStock | NotEnoughMoney e) {
                System.out.println("no: " + e.getMessage());
            }
        }
        System.out.println("refund " + vm.refund() + ", stock " + java.util.Arrays.toString(vm.stock));
    }
}
