//! Bounds-check elimination for counted loops: `a[i]` inside `while (i < a.length) { ...; i = i + 1 }`
//! needs neither its null check nor its index check.
//!
//! # Why
//!
//! Compliant semantics check every array access (`ArrayIndexOutOfBoundsException`), and Wasmtime checks
//! the index again inside `array.get`, which Kiln cannot remove. The loops that walk an array from the
//! start, `for (int i = 0; i < a.length; i++)` and every for-each loop over an array, are the commonest
//! accesses, and their checks are redundant by the loop's own condition, as the JVM's compiler also
//! sees. Measured on `benches/programs/NBody` and `Bounce`, whose loops over their bodies and balls are
//! of this form (see `benches/README.md`).
//!
//! # What is proven
//!
//! A *counter* is an `int` local (not a parameter, a `catch` variable or a closure's parameter or
//! capture) every definition and assignment of which, anywhere in the method, stores
//! - a non-negative literal, or
//! - `i + 1`, as the last statement of the body of a loop whose condition is `i < e` for some `int` `e`
//!   (`e` is at most `Integer.MAX_VALUE`, so `i + 1` cannot overflow) and which assigns `i` nowhere
//!   else, or
//! - `k` or `k + 1` where `k` is another counter, inside (not as the last statement of) the body of
//!   such a loop for `k`: there `0 <= k < e`.
//!
//! A counter is therefore never negative. The verdict is per name for the whole method (a name defined
//! twice, in two loops, must qualify in both), found by removing the names that fail until none does.
//!
//! In a loop `while (i < a.length) body` where `i` is a counter, `a` a local that the loop never
//! assigns, and the body assigns `i` only in its last statement, every `a[i]` of the body before that
//! statement is marked `in_bounds`: the condition read `a.length` (so `a` is not null) and found
//! `0 <= i < a.length`, and neither has changed since. A loop `while (i < n)` on a literal `n` does the
//! same for every local array `b` that the loop never assigns and whose every store, in the whole method,
//! is a `new T[m]` or an array literal of `m` elements with `m >= n` (SHA-512's `w = new long[80]`
//! indexed by `t < 80`): `b` holds one of those arrays, never null. Closure bodies are separate
//! functions and are not entered.
//!
//! When the statement right before such a loop sets its counter to a literal `m` (`var t = 16`), and the
//! body's last statement is `i = i + 1`, the body sees `i >= m`: `a[i - c]` for a literal `0 <= c <= m`
//! is marked too, since `0 <= i - c <= i` (SHA-512's `w[t - 15]`, `w[t - 16]`; every `a[i - 1]` of a
//! loop from 1).
//!
//! Accesses that repeat an access made before them (`a[i] = a[i] + 1`) are [`super::accesses`]'s.

use std::collections::{BTreeMap, BTreeSet};

use kiln_ir::names::LocalName;
use kiln_ir::trees::{BinaryOp, ParamDef, Tree, TreeKind, UnaryOp, for_each_child, for_each_child_mut};
use kiln_ir::types::Type;

use super::OptimisationReport;

pub const PASS: &str = "bounds";

/// Marks the array accesses of a method body that counted loops keep in bounds.
pub fn run(params: &[ParamDef], body: &mut Tree, report: &mut OptimisationReport) {
    let mut marked = 0;
    let mut excluded: BTreeSet<LocalName> = params.iter().map(|param| param.name).collect();
    let mut stores = Vec::new();
    collect_stores(body, &mut Vec::new(), &mut stores, &mut excluded);
    let mut counters: BTreeSet<LocalName> = stores.iter().map(|store| store.local).collect();
    counters.retain(|name| !excluded.contains(name));
    loop {
        let failing: BTreeSet<LocalName> =
            stores.iter().filter(|store| !store.is_safe(&counters)).map(|store| store.local).collect();
        let before = counters.len();
        counters.retain(|name| !failing.contains(name));
        if counters.len() == before {
            break;
        }
    }
    if !counters.is_empty() {
        let mut lengths = BTreeMap::new();
        collect_array_lengths(body, &mut lengths);
        let known_lengths: BTreeMap<LocalName, i32> = lengths
            .into_iter()
            .filter_map(|(name, length)| length.filter(|_| !excluded.contains(&name)).map(|length| (name, length)))
            .collect();
        mark(body, &counters, &known_lengths, None, &mut marked);
    }
    report.add(PASS, "array accesses proven in bounds", marked);
}

/// A definition of or an assignment to an `int` local, with the loops around it.
struct Store {
    local: LocalName,
    value: StoredValue,
    /// The enclosing loops, innermost last: each loop's counter (when its condition is `k < e`), whether
    /// the store is the last statement of that loop's body, and the locals that body assigns elsewhere
    /// than in its last statement.
    loops: Vec<LoopContext>,
}

#[derive(Clone)]
struct LoopContext {
    counter: Option<LocalName>,
    store_is_last_statement: bool,
    assigned_before_last_statement: BTreeSet<LocalName>,
}

enum StoredValue {
    NonNegativeLiteral,
    /// `k + 1` (`plus_one`) or `k`.
    Local {
        source: LocalName,
        plus_one: bool,
    },
    Other,
}

impl Store {
    fn is_safe(&self, counters: &BTreeSet<LocalName>) -> bool {
        match self.value {
            StoredValue::NonNegativeLiteral => true,
            StoredValue::Other => false,
            StoredValue::Local { source, plus_one } if source == self.local => {
                // `i = i + 1` as the last statement of a loop on `i` that assigns `i` nowhere before.
                plus_one
                    && self.loops.last().is_some_and(|context| {
                        context.counter == Some(self.local)
                            && context.store_is_last_statement
                            && !context.assigned_before_last_statement.contains(&self.local)
                    })
            }
            StoredValue::Local { source, .. } => {
                // `j = k (+ 1)` where some enclosing loop on `k` still has `0 <= k < e`.
                counters.contains(&source)
                    && self.loops.iter().any(|context| {
                        context.counter == Some(source)
                            && !context.store_is_last_statement
                            && !context.assigned_before_last_statement.contains(&source)
                    })
            }
        }
    }
}

/// The counter of a loop condition `k < e` (`e` an `int`).
fn loop_counter(cond: &Tree) -> Option<LocalName> {
    let TreeKind::BinaryOp { op: BinaryOp::IntLt, lhs, .. } = &cond.kind else { return None };
    let TreeKind::VarRef(name) = &lhs.kind else { return None };
    Some(*name)
}

/// The statements of a loop body: all but the last, and the last.
fn split_body(body: &Tree) -> (&[Tree], Option<&Tree>) {
    match &body.kind {
        TreeKind::Block(statements) => match statements.split_last() {
            Some((last, rest)) => (rest, Some(last)),
            None => (&[], None),
        },
        _ => (&[], Some(body)),
    }
}

fn assigned_locals(tree: &Tree, assigned: &mut BTreeSet<LocalName>) {
    match &tree.kind {
        TreeKind::Assign { lhs, .. } => {
            if let TreeKind::VarRef(name) = &lhs.kind {
                assigned.insert(*name);
            }
        }
        TreeKind::VarDef { name, .. } => {
            assigned.insert(*name);
        }
        _ => {}
    }
    for_each_child(tree, |child| assigned_locals(child, assigned));
}

fn stored_value(value: &Tree) -> StoredValue {
    match &value.kind {
        TreeKind::Int(literal) if *literal >= 0 => StoredValue::NonNegativeLiteral,
        TreeKind::VarRef(source) => StoredValue::Local { source: *source, plus_one: false },
        TreeKind::BinaryOp { op: BinaryOp::IntAdd, lhs, rhs } => match (&lhs.kind, &rhs.kind) {
            (TreeKind::VarRef(source), TreeKind::Int(1)) => StoredValue::Local { source: *source, plus_one: true },
            _ => StoredValue::Other,
        },
        _ => StoredValue::Other,
    }
}

/// Collects every store into an `int` local with its loop context, and the names that cannot be
/// counters (closure parameters and captures, `catch` variables).
fn collect_stores(tree: &Tree, loops: &mut Vec<LoopContext>, stores: &mut Vec<Store>, excluded: &mut BTreeSet<LocalName>) {
    match &tree.kind {
        TreeKind::VarDef { name, ty: Type::Int, rhs, .. } => {
            collect_stores(rhs, loops, stores, excluded);
            stores.push(Store { local: *name, value: stored_value(rhs), loops: loops.clone() });
            return;
        }
        TreeKind::Assign { lhs, rhs } if matches!(lhs.kind, TreeKind::VarRef(_)) && lhs.ty == Type::Int => {
            let TreeKind::VarRef(name) = &lhs.kind else { return };
            collect_stores(rhs, loops, stores, excluded);
            stores.push(Store { local: *name, value: stored_value(rhs), loops: loops.clone() });
            return;
        }
        TreeKind::While { cond, body } => {
            collect_stores(cond, loops, stores, excluded);
            let (rest, last) = split_body(body);
            let mut assigned_before_last_statement = BTreeSet::new();
            rest.iter().for_each(|statement| assigned_locals(statement, &mut assigned_before_last_statement));
            let counter = loop_counter(cond);
            for statement in rest {
                loops.push(LoopContext {
                    counter,
                    store_is_last_statement: false,
                    assigned_before_last_statement: assigned_before_last_statement.clone(),
                });
                collect_stores(statement, loops, stores, excluded);
                loops.pop();
            }
            if let Some(last) = last {
                loops.push(LoopContext { counter, store_is_last_statement: true, assigned_before_last_statement });
                collect_stores(last, loops, stores, excluded);
                loops.pop();
            }
            return;
        }
        TreeKind::Closure { params, captures, .. } => {
            excluded.extend(params.iter().map(|param| param.name));
            excluded.extend(captures.iter().map(|(param, _)| param.name));
        }
        TreeKind::TryCatch { var, .. } => {
            excluded.insert(*var);
        }
        _ => {}
    }
    for_each_child(tree, |child| collect_stores(child, loops, stores, excluded));
}

/// For each array local (by name, for the whole method), the least length of the arrays stored in it
/// when every store is a `new T[n]` or an array literal of known length; `None` when some store is not.
fn collect_array_lengths(tree: &Tree, lengths: &mut BTreeMap<LocalName, Option<i32>>) {
    let store = match &tree.kind {
        TreeKind::VarDef { name, ty: Type::Array { .. }, rhs, .. } => Some((*name, rhs.as_ref())),
        TreeKind::Assign { lhs, rhs } if matches!(lhs.ty, Type::Array { .. }) => match &lhs.kind {
            TreeKind::VarRef(name) => Some((*name, rhs.as_ref())),
            _ => None,
        },
        _ => None,
    };
    if let Some((name, value)) = store {
        let length = match &value.kind {
            TreeKind::NewArray { length, .. } => match length.kind {
                TreeKind::Int(length) if length >= 0 => Some(length),
                _ => None,
            },
            TreeKind::ArrayValue { elems, .. } => i32::try_from(elems.len()).ok(),
            _ => None,
        };
        let entry = lengths.entry(name).or_insert(length);
        *entry = match (*entry, length) {
            (Some(known), Some(length)) => Some(known.min(length)),
            _ => None,
        };
    }
    for_each_child(tree, |child| collect_array_lengths(child, lengths));
}

/// What bounds a counted loop's counter: the length of an array local, or a literal.
#[derive(Clone, Copy)]
enum LoopBound {
    LengthOf(LocalName),
    Literal(i32),
}

/// Marks `a[i]` (and `a[i - c]`) in the loops on counters that keep it in bounds. `start` is what the
/// statement before `tree` in its block sets a local to, when it is an `int` literal.
fn mark(
    tree: &mut Tree,
    counters: &BTreeSet<LocalName>,
    known_lengths: &BTreeMap<LocalName, i32>,
    start: Option<(LocalName, i32)>,
    marked: &mut usize,
) {
    if let TreeKind::Block(statements) = &mut tree.kind {
        let mut previous = None;
        for statement in statements.iter_mut() {
            mark(statement, counters, known_lengths, previous, marked);
            previous = literal_store(statement);
        }
        return;
    }
    if let TreeKind::While { cond, body } = &mut tree.kind
        && let Some((counter, bound)) = counted_loop(cond, counters)
    {
        let mut assigned = BTreeSet::new();
        assigned_locals(cond, &mut assigned);
        assigned_locals(body, &mut assigned);
        let (rest_length, last_assigns_only_counter, last_increments) = {
            let (rest, last) = split_body(body);
            let mut before_last = BTreeSet::new();
            rest.iter().for_each(|statement| assigned_locals(statement, &mut before_last));
            (rest.len(), last.is_some() && !before_last.contains(&counter), last.is_some_and(|last| increments(last, counter)))
        };
        // The loop starts the counter at `m` and only ever adds one to it at the end of its body: the
        // body sees `i >= m`, so `i - c` for `0 <= c <= m` is within `0..i`, within bounds wherever `i` is.
        let least = match start {
            Some((local, value)) if local == counter && last_increments => value,
            _ => 0,
        };
        // The arrays that the counter indexes in bounds: the one whose length the condition reads, or
        // those whose every allocation is at least as long as a literal bound (all their stores are
        // allocations, so they are not null either).
        let arrays: BTreeSet<LocalName> = match bound {
            LoopBound::LengthOf(array) => BTreeSet::from([array]),
            LoopBound::Literal(limit) => {
                known_lengths.iter().filter(|(_, length)| **length >= limit).map(|(name, _)| *name).collect()
            }
        };
        let arrays: BTreeSet<LocalName> = arrays.into_iter().filter(|array| !assigned.contains(array)).collect();
        if !arrays.is_empty()
            && last_assigns_only_counter
            && let TreeKind::Block(statements) = &mut body.kind
        {
            for statement in statements.iter_mut().take(rest_length) {
                mark_accesses(statement, counter, least, &arrays, marked);
            }
        }
    }
    for_each_child_mut(tree, |child| mark(child, counters, known_lengths, None, marked));
}

/// The local and value of `var i: int = m` or `i = m`, for an `int` literal `m`.
fn literal_store(statement: &Tree) -> Option<(LocalName, i32)> {
    match &statement.kind {
        TreeKind::VarDef { name, ty: Type::Int, rhs, .. } => match rhs.kind {
            TreeKind::Int(value) => Some((*name, value)),
            _ => None,
        },
        TreeKind::Assign { lhs, rhs } => match (&lhs.kind, &rhs.kind) {
            (TreeKind::VarRef(name), TreeKind::Int(value)) => Some((*name, *value)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a statement is `i = i + 1`.
fn increments(statement: &Tree, counter: LocalName) -> bool {
    let TreeKind::Assign { lhs, rhs } = &statement.kind else { return false };
    matches!(&lhs.kind, TreeKind::VarRef(name) if *name == counter)
        && matches!(stored_value(rhs), StoredValue::Local { source, plus_one: true } if source == counter)
}

/// The counter and its bound in a loop condition `i < a.length` (`a` a local) or `i < n` (a literal).
fn counted_loop(cond: &Tree, counters: &BTreeSet<LocalName>) -> Option<(LocalName, LoopBound)> {
    let TreeKind::BinaryOp { op: BinaryOp::IntLt, lhs, rhs } = &cond.kind else { return None };
    let TreeKind::VarRef(counter) = &lhs.kind else { return None };
    let bound = match &rhs.kind {
        TreeKind::UnaryOp { op: UnaryOp::ArrayLength, operand } => match &operand.kind {
            TreeKind::VarRef(array) => LoopBound::LengthOf(*array),
            _ => return None,
        },
        TreeKind::Int(limit) => LoopBound::Literal(*limit),
        _ => return None,
    };
    counters.contains(counter).then_some((*counter, bound))
}

/// Marks `a[i]` and `a[i - c]` (`0 <= c <= least`, where `i >= least`) for the arrays `a` given.
fn mark_accesses(tree: &mut Tree, counter: LocalName, least: i32, arrays: &BTreeSet<LocalName>, marked: &mut usize) {
    if let TreeKind::Closure { captures, .. } = &mut tree.kind {
        for (_, value) in captures.iter_mut() {
            mark_accesses(value, counter, least, arrays, marked);
        }
        return;
    }
    let is_counter = |tree: &Tree| matches!(&tree.kind, TreeKind::VarRef(name) if *name == counter);
    if let TreeKind::ArraySelect { array: selected, index, in_bounds } = &mut tree.kind
        && matches!(&selected.kind, TreeKind::VarRef(name) if arrays.contains(name))
        && match &index.kind {
            TreeKind::VarRef(_) => is_counter(index),
            TreeKind::BinaryOp { op: BinaryOp::IntSub, lhs, rhs } => {
                is_counter(lhs) && matches!(rhs.kind, TreeKind::Int(offset) if (0..=least).contains(&offset))
            }
            _ => false,
        }
        && !*in_bounds
    {
        *in_bounds = true;
        *marked += 1;
    }
    for_each_child_mut(tree, |child| mark_accesses(child, counter, least, arrays, marked));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::optimise::bounds_test_support::accesses_marked_by;

    fn marked_accesses(program: &str) -> (usize, String) {
        let mut report = OptimisationReport::default();
        let marked = accesses_marked_by(program, "a.Loops", |params, body| run(params, body, &mut report));
        (report.count(PASS, "array accesses proven in bounds"), marked)
    }

    fn method(body: &str) -> String {
        format!(
            "class java.lang.Object {{\n}}\nclass a.Loops extends java.lang.Object {{\n  static def sum;[I;[I;I(a: int[], b: int[]): int = {{\n{body}\n  }}\n}}\n"
        )
    }

    #[test]
    fn counted_loops_and_nested_counters_are_in_bounds() {
        let (count, marked) = marked_accesses(&method(
            "    var total: int = 0;
    var i: int = 0;
    while ((i <[int] a.length)) {
      total = (total +[int] a[i]);
      var j: int = (i +[int] 1);
      while ((j <[int] a.length)) {
        total = (total +[int] a[j]);
        j = (j +[int] 1)
      };
      i = (i +[int] 1)
    };
    total",
        ));
        assert_eq!((count, marked.as_str()), (2, "a[i] a[j]"));
    }

    #[test]
    fn literal_bounds_cover_arrays_allocated_at_least_as_long() {
        // `w` is always 80 long; `short` only 5; `other` is also assigned a parameter.
        let (count, marked) = marked_accesses(&method(
            "    var total: int = 0;
    var w: int[] = new int[80];
    var short: int[] = new int[5];
    var other: int[] = new int[100];
    if ((total ==[int] 1)) {
      other = b
    };
    var t: int = 0;
    while ((t <[int] 16)) {
      total = (((total +[int] w[t]) +[int] short[t]) +[int] other[t]);
      t = (t +[int] 1)
    };
    w = new int[90];
    total",
        ));
        assert_eq!((count, marked.as_str()), (1, "w[t]"));
    }

    #[test]
    fn a_loop_started_at_m_reaches_back_at_most_m() {
        // `t` starts at 16 just before its loop: `w[t - 16]` is in bounds, `w[t - 17]` may not be, and `a`
        // is not known to be 80 long. `t = 2` is not right before the second loop, so nothing is known
        // there; `v` starts at 1, right before its loop; `u` at 0.
        let (count, marked) = marked_accesses(&method(
            "    var total: int = 0;
    var w: int[] = new int[80];
    var t: int = 16;
    while ((t <[int] 80)) {
      total = (((total +[int] w[(t -[int] 16)]) +[int] w[(t -[int] 17)]) +[int] a[(t -[int] 1)]);
      t = (t +[int] 1)
    };
    t = 2;
    total = (total +[int] 1);
    while ((t <[int] a.length)) {
      total = ((total +[int] a[(t -[int] 2)]) +[int] a[(t -[int] 1)]);
      t = (t +[int] 1)
    };
    var v: int = 1;
    while ((v <[int] a.length)) {
      total = ((total +[int] a[(v -[int] 1)]) +[int] a[(v -[int] 2)]);
      v = (v +[int] 1)
    };
    var u: int = 0;
    while ((u <[int] a.length)) {
      total = (total +[int] a[(u -[int] 1)]);
      u = (u +[int] 1)
    };
    total",
        ));
        assert_eq!((count, marked.as_str()), (2, "w[e] a[e]"));
    }

    #[test]
    fn loops_that_could_leave_the_bounds_are_left_checked() {
        // `b[i]` is another array; `k` may be decremented; `m` starts negative; `n` is assigned in the
        // middle of its loop; `c` is reassigned in the last loop.
        let (count, marked) = marked_accesses(&method(
            "    var total: int = 0;
    var i: int = 0;
    while ((i <[int] a.length)) {
      total = (total +[int] b[i]);
      i = (i +[int] 1)
    };
    var k: int = 0;
    while ((k <[int] a.length)) {
      total = (total +[int] a[k]);
      k = (k +[int] 1)
    };
    k = (k -[int] 2);
    var m: int = (-1);
    while ((m <[int] a.length)) {
      total = (total +[int] a[m]);
      m = (m +[int] 1)
    };
    var n: int = 0;
    while ((n <[int] a.length)) {
      n = (n +[int] 0);
      total = (total +[int] a[n]);
      n = (n +[int] 1)
    };
    var c: int[] = a;
    var p: int = 0;
    while ((p <[int] c.length)) {
      total = (total +[int] c[p]);
      c = b;
      p = (p +[int] 1)
    };
    total",
        ));
        assert_eq!((count, marked.as_str()), (0, ""));
    }
}
