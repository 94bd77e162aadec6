public class SparseVector {
    final int[] indices;
    final double[] values;
    final int size;

    SparseVector(double[] dense) {
        int n = 0;
        for (double d : dense) if (d != 0) n++;
        indices = new int[n];
        values = new double[n];
        int k = 0;
        for (int i = 0; i < dense.length; i++) if (dense[i] != 0) { indices[k] = i; values[k++] = dense[i]; }
        size = dense.length;
    }

    double dot(SparseVector o) {
        double sum = 0;
        int i = 0, j = 0;
        while (i < indices.length && j < o.indices.length) {
            if (indices[i] == o.indices[j]) sum += values[i++] * o.values[j++];
            else if (indices[i] < o.indices[j]) i++;
            else j++;
        }
        return sum;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int k = 0; k < indices.length; k++) sb.append(k > 0 ? ", " : "").append(indices[k]).append(':').append(values[k]);
        return sb.append("}/").append(size).toString();
    }

    public static void main(String[] args) {
        SparseVector a = new SparseVector(new double[] {0, 1.5, 0, 0, 2, 0, -1});
        SparseVector b = new SparseVector(new double[] {3, 2, 0, 7, 0.5, 0, 4});
        System.out.println(a + " . " + b + " = " + a.dot(b));
        System.out.println("density " + (double) a.indices.length / a.size);
    }
}
