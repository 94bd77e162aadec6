// The DeltaBlue incremental constraint solver (Freeman-Benson, Maloney and Borning): chains and
// projections of constraints planned and replanned; polymorphic calls over a small class hierarchy.
public class DeltaBlue {
    // A growable array; `removeLast` is the solver's work-list pop.
    static final class Collection {
        Object[] items = new Object[8];
        int size;

        void add(Object item) {
            if (size == items.length) {
                Object[] larger = new Object[size * 2];
                System.arraycopy(items, 0, larger, 0, size);
                items = larger;
            }
            items[size++] = item;
        }

        Object at(int index) { return items[index]; }

        Object removeLast() {
            size--;
            Object item = items[size];
            items[size] = null;
            return item;
        }

        void remove(Object item) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (items[i] != item) items[kept++] = items[i];
            }
            for (int i = kept; i < size; i++) items[i] = null;
            size = kept;
        }
    }

    static final class Strength {
        final int value;
        final String name;
        Strength(int value, String name) { this.value = value; this.name = name; }

        static boolean stronger(Strength a, Strength b) { return a.value < b.value; }
        static boolean weaker(Strength a, Strength b) { return a.value > b.value; }
        static Strength weakest(Strength a, Strength b) { return weaker(a, b) ? a : b; }

        Strength nextWeaker() {
            switch (value) {
                case 0: return STRONG_PREFERRED;
                case 1: return PREFERRED;
                case 2: return STRONG_DEFAULT;
                case 3: return NORMAL;
                case 4: return WEAK_DEFAULT;
                default: return WEAKEST;
            }
        }
    }

    static final Strength REQUIRED = new Strength(0, "required");
    static final Strength STRONG_PREFERRED = new Strength(1, "strongPreferred");
    static final Strength PREFERRED = new Strength(2, "preferred");
    static final Strength STRONG_DEFAULT = new Strength(3, "strongDefault");
    static final Strength NORMAL = new Strength(4, "normal");
    static final Strength WEAK_DEFAULT = new Strength(5, "weakDefault");
    static final Strength WEAKEST = new Strength(6, "weakest");

    static final int NONE = 0;
    static final int FORWARD = 1;
    static final int BACKWARD = 2;

    static Planner planner;

    static final class Variable {
        int value;
        final Collection constraints = new Collection();
        Constraint determinedBy;
        int mark;
        Strength walkStrength = WEAKEST;
        boolean stay = true;
        final String name;

        Variable(String name, int value) {
            this.name = name;
            this.value = value;
        }

        void addConstraint(Constraint constraint) { constraints.add(constraint); }

        void removeConstraint(Constraint constraint) {
            constraints.remove(constraint);
            if (determinedBy == constraint) determinedBy = null;
        }
    }

    abstract static class Constraint {
        final Strength strength;
        Constraint(Strength strength) { this.strength = strength; }

        abstract void addToGraph();
        abstract void removeFromGraph();
        abstract void chooseMethod(int mark);
        abstract boolean isSatisfied();
        abstract void markInputs(int mark);
        abstract Variable output();
        abstract void recalculate();
        abstract void markUnsatisfied();
        abstract boolean inputsKnown(int mark);
        abstract void execute();
        boolean isInput() { return false; }

        void addConstraint() {
            addToGraph();
            planner.incrementalAdd(this);
        }

        // Satisfies this constraint if it can, and returns the constraint it overrides, if any.
        Constraint satisfy(int mark) {
            chooseMethod(mark);
            if (!isSatisfied()) {
                if (strength == REQUIRED) throw new IllegalStateException("could not satisfy a required constraint");
                return null;
            }
            markInputs(mark);
            Variable out = output();
            Constraint overridden = out.determinedBy;
            if (overridden != null) overridden.markUnsatisfied();
            out.determinedBy = this;
            if (!planner.addPropagate(this, mark)) throw new IllegalStateException("cycle encountered");
            out.mark = mark;
            return overridden;
        }

        void destroyConstraint() {
            if (isSatisfied()) planner.incrementalRemove(this);
            else removeFromGraph();
        }
    }

    abstract static class UnaryConstraint extends Constraint {
        final Variable myOutput;
        boolean satisfied;

        UnaryConstraint(Variable output, Strength strength) {
            super(strength);
            myOutput = output;
            addConstraint();
        }

        void addToGraph() {
            myOutput.addConstraint(this);
            satisfied = false;
        }

        void chooseMethod(int mark) {
            satisfied = myOutput.mark != mark && Strength.stronger(strength, myOutput.walkStrength);
        }

        boolean isSatisfied() { return satisfied; }
        void markInputs(int mark) {}
        Variable output() { return myOutput; }

        void recalculate() {
            myOutput.walkStrength = strength;
            myOutput.stay = !isInput();
            if (myOutput.stay) execute();
        }

        void markUnsatisfied() { satisfied = false; }
        boolean inputsKnown(int mark) { return true; }

        void removeFromGraph() {
            myOutput.removeConstraint(this);
            satisfied = false;
        }
    }

    static final class StayConstraint extends UnaryConstraint {
        StayConstraint(Variable variable, Strength strength) { super(variable, strength); }
        void execute() {}
    }

    static final class EditConstraint extends UnaryConstraint {
        EditConstraint(Variable variable, Strength strength) { super(variable, strength); }
        boolean isInput() { return true; }
        void execute() {}
    }

    abstract static class BinaryConstraint extends Constraint {
        final Variable v1;
        final Variable v2;
        int direction = NONE;

        // Subclasses call addConstraint() once their own fields are set.
        BinaryConstraint(Variable v1, Variable v2, Strength strength) {
            super(strength);
            this.v1 = v1;
            this.v2 = v2;
        }

        void chooseMethod(int mark) {
            if (v1.mark == mark) {
                direction = v2.mark != mark && Strength.stronger(strength, v2.walkStrength) ? FORWARD : NONE;
                return;
            }
            if (v2.mark == mark) {
                direction = v1.mark != mark && Strength.stronger(strength, v1.walkStrength) ? BACKWARD : NONE;
                return;
            }
            if (Strength.weaker(v1.walkStrength, v2.walkStrength)) {
                direction = Strength.stronger(strength, v1.walkStrength) ? BACKWARD : NONE;
            } else {
                direction = Strength.stronger(strength, v2.walkStrength) ? FORWARD : BACKWARD;
            }
        }

        void addToGraph() {
            v1.addConstraint(this);
            v2.addConstraint(this);
            direction = NONE;
        }

        boolean isSatisfied() { return direction != NONE; }
        void markInputs(int mark) { input().mark = mark; }
        Variable input() { return direction == FORWARD ? v1 : v2; }
        Variable output() { return direction == FORWARD ? v2 : v1; }

        void recalculate() {
            Variable in = input();
            Variable out = output();
            out.walkStrength = Strength.weakest(strength, in.walkStrength);
            out.stay = in.stay;
            if (out.stay) execute();
        }

        void markUnsatisfied() { direction = NONE; }

        boolean inputsKnown(int mark) {
            Variable in = input();
            return in.mark == mark || in.stay || in.determinedBy == null;
        }

        void removeFromGraph() {
            v1.removeConstraint(this);
            v2.removeConstraint(this);
            direction = NONE;
        }
    }

    static final class EqualityConstraint extends BinaryConstraint {
        EqualityConstraint(Variable v1, Variable v2, Strength strength) {
            super(v1, v2, strength);
            addConstraint();
        }

        void execute() { output().value = input().value; }
    }

    static final class ScaleConstraint extends BinaryConstraint {
        final Variable scale;
        final Variable offset;

        ScaleConstraint(Variable source, Variable scale, Variable offset, Variable destination, Strength strength) {
            super(source, destination, strength);
            this.scale = scale;
            this.offset = offset;
            addConstraint();
        }

        void addToGraph() {
            super.addToGraph();
            scale.addConstraint(this);
            offset.addConstraint(this);
        }

        void removeFromGraph() {
            super.removeFromGraph();
            scale.removeConstraint(this);
            offset.removeConstraint(this);
        }

        void markInputs(int mark) {
            super.markInputs(mark);
            scale.mark = mark;
            offset.mark = mark;
        }

        void execute() {
            if (direction == FORWARD) v2.value = v1.value * scale.value + offset.value;
            else v1.value = (v2.value - offset.value) / scale.value;
        }

        void recalculate() {
            Variable in = input();
            Variable out = output();
            out.walkStrength = Strength.weakest(strength, in.walkStrength);
            out.stay = in.stay && scale.stay && offset.stay;
            if (out.stay) execute();
        }
    }

    static final class Plan {
        final Collection constraints = new Collection();
        void add(Constraint constraint) { constraints.add(constraint); }

        void execute() {
            for (int i = 0; i < constraints.size; i++) ((Constraint) constraints.at(i)).execute();
        }
    }

    static final class Planner {
        int currentMark;

        int newMark() { return ++currentMark; }

        void incrementalAdd(Constraint constraint) {
            int mark = newMark();
            Constraint overridden = constraint.satisfy(mark);
            while (overridden != null) overridden = overridden.satisfy(mark);
        }

        void incrementalRemove(Constraint constraint) {
            Variable out = constraint.output();
            constraint.markUnsatisfied();
            constraint.removeFromGraph();
            Collection unsatisfied = removePropagateFrom(out);
            Strength strength = REQUIRED;
            do {
                for (int i = 0; i < unsatisfied.size; i++) {
                    Constraint u = (Constraint) unsatisfied.at(i);
                    if (u.strength == strength) incrementalAdd(u);
                }
                strength = strength.nextWeaker();
            } while (strength != WEAKEST);
        }

        Plan makePlan(Collection sources) {
            int mark = newMark();
            Plan plan = new Plan();
            Collection todo = sources;
            while (todo.size > 0) {
                Constraint constraint = (Constraint) todo.removeLast();
                if (constraint.output().mark != mark && constraint.inputsKnown(mark)) {
                    plan.add(constraint);
                    constraint.output().mark = mark;
                    addConstraintsConsumingTo(constraint.output(), todo);
                }
            }
            return plan;
        }

        Plan extractPlanFromConstraints(Collection constraints) {
            Collection sources = new Collection();
            for (int i = 0; i < constraints.size; i++) {
                Constraint constraint = (Constraint) constraints.at(i);
                if (constraint.isInput() && constraint.isSatisfied()) sources.add(constraint);
            }
            return makePlan(sources);
        }

        boolean addPropagate(Constraint constraint, int mark) {
            Collection todo = new Collection();
            todo.add(constraint);
            while (todo.size > 0) {
                Constraint next = (Constraint) todo.removeLast();
                if (next.output().mark == mark) {
                    incrementalRemove(constraint);
                    return false;
                }
                next.recalculate();
                addConstraintsConsumingTo(next.output(), todo);
            }
            return true;
        }

        Collection removePropagateFrom(Variable out) {
            out.determinedBy = null;
            out.walkStrength = WEAKEST;
            out.stay = true;
            Collection unsatisfied = new Collection();
            Collection todo = new Collection();
            todo.add(out);
            while (todo.size > 0) {
                Variable variable = (Variable) todo.removeLast();
                for (int i = 0; i < variable.constraints.size; i++) {
                    Constraint constraint = (Constraint) variable.constraints.at(i);
                    if (!constraint.isSatisfied()) unsatisfied.add(constraint);
                }
                Constraint determining = variable.determinedBy;
                for (int i = 0; i < variable.constraints.size; i++) {
                    Constraint next = (Constraint) variable.constraints.at(i);
                    if (next != determining && next.isSatisfied()) {
                        next.recalculate();
                        todo.add(next.output());
                    }
                }
            }
            return unsatisfied;
        }

        void addConstraintsConsumingTo(Variable variable, Collection collection) {
            Constraint determining = variable.determinedBy;
            for (int i = 0; i < variable.constraints.size; i++) {
                Constraint constraint = (Constraint) variable.constraints.at(i);
                if (constraint != determining && constraint.isSatisfied()) collection.add(constraint);
            }
        }
    }

    // A chain of equality constraints from first to last: editing first must reach last.
    static int chainTest(int n) {
        planner = new Planner();
        Variable previous = null;
        Variable first = null;
        Variable last = null;
        for (int i = 0; i <= n; i++) {
            Variable variable = new Variable("v" + i, 0);
            if (previous != null) new EqualityConstraint(previous, variable, REQUIRED);
            if (i == 0) first = variable;
            if (i == n) last = variable;
            previous = variable;
        }
        new StayConstraint(last, STRONG_DEFAULT);
        EditConstraint edit = new EditConstraint(first, PREFERRED);
        Collection edits = new Collection();
        edits.add(edit);
        Plan plan = planner.extractPlanFromConstraints(edits);
        int sum = 0;
        for (int i = 0; i < 100; i++) {
            first.value = i;
            plan.execute();
            if (last.value != i) throw new IllegalStateException("chain test failed");
            sum += last.value;
        }
        return sum;
    }

    static void change(Variable variable, int value) {
        EditConstraint edit = new EditConstraint(variable, PREFERRED);
        Collection edits = new Collection();
        edits.add(edit);
        Plan plan = planner.extractPlanFromConstraints(edits);
        for (int i = 0; i < 10; i++) {
            variable.value = value;
            plan.execute();
        }
        edit.destroyConstraint();
    }

    // Pairs of variables related by dst = src * scale + offset, changed from either side.
    static int projectionTest(int n) {
        planner = new Planner();
        Variable scale = new Variable("scale", 10);
        Variable offset = new Variable("offset", 1000);
        Variable source = null;
        Variable destination = null;
        Collection destinations = new Collection();
        for (int i = 0; i < n; i++) {
            source = new Variable("src" + i, i);
            destination = new Variable("dst" + i, i);
            destinations.add(destination);
            new StayConstraint(source, NORMAL);
            new ScaleConstraint(source, scale, offset, destination, REQUIRED);
        }
        change(source, 17);
        if (destination.value != 1170) throw new IllegalStateException("projection 1 failed");
        change(destination, 1050);
        if (source.value != 5) throw new IllegalStateException("projection 2 failed");
        change(scale, 5);
        int sum = 0;
        for (int i = 0; i < n - 1; i++) {
            int value = ((Variable) destinations.at(i)).value;
            if (value != i * 5 + 1000) throw new IllegalStateException("projection 3 failed");
            sum += value;
        }
        change(offset, 2000);
        for (int i = 0; i < n - 1; i++) {
            int value = ((Variable) destinations.at(i)).value;
            if (value != i * 5 + 2000) throw new IllegalStateException("projection 4 failed");
            sum += value;
        }
        return sum + planner.currentMark;
    }

    static String run() {
        long total = 0;
        for (int round = 0; round < 200; round++) {
            total += chainTest(100);
            total += projectionTest(100);
        }
        return "total " + total + ", marks " + planner.currentMark;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String result = "";
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            result = run();
            long elapsed = System.nanoTime() - start;
            if (args.length > 0) System.err.println("iteration " + elapsed);
        }
        System.out.println("deltablue: " + result);
    }
}
