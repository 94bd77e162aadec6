//! Which methods count their calls, so that runaway recursion throws `StackOverflowError` as on the JVM.
//!
//! A Wasm engine that runs out of stack traps, and a trap ends the instance: no `catch` sees it. The JVM
//! throws `StackOverflowError` instead, which a program may catch (and programs that demonstrate
//! recursion do). So Kiln keeps its own count of how deep the program is: a global budget of calls,
//! taken from on entry to a counted method and given back when it returns. A method whose call would
//! find the budget spent throws `StackOverflowError`; a `catch` (or `finally`) puts the budget back to
//! what it was in its own method, as unwinding the frames does on the JVM.
//!
//! Only methods on a cycle of the call graph need counting: a path of calls without a cycle is as long
//! as the program, at most. The graph has an edge for each direct call and, for each virtual call, one
//! to every method it may land on (as reachability resolves them), so a cycle through a dispatch, a
//! lambda or a callback of the library (a `compareTo` that `TreeMap.put` calls) is found too. Methods of
//! the runtime library count as well: a list that contains itself overflows in `hashCode` on the JVM, a
//! cycle of the library alone. Their recursion is otherwise by the data's shape (a tree's height, a
//! sort's partitions), a call per level rather than per element, so counting costs them little.
//!
//! The budget (`CALL_BUDGET`) is a count of frames, which on the JVM have sizes. The JVM's default
//! stack holds about 22,000 frames of a small method, and a few thousand of a large one; programs
//! written for it stay well below that, so the budget is generous, and the engine's stack is made large
//! enough (`kiln run`) that the budget runs out before it does.

use std::collections::{BTreeMap, BTreeSet};

use crate::MethodKey;

/// How many calls of counted methods may be in progress at once.
pub const CALL_BUDGET: i32 = 20_000;

/// The methods that lie on a cycle of the call graph whose edges `callees` gives (every reachable
/// method's possible callees).
pub fn recursive_methods(callees: &BTreeMap<MethodKey, BTreeSet<MethodKey>>) -> BTreeSet<MethodKey> {
    let mut result = BTreeSet::new();
    for component in strongly_connected_components(callees) {
        let cyclic = component.len() > 1
            || component.first().is_some_and(|only| callees.get(only).is_some_and(|edges| edges.contains(only)));
        if cyclic {
            result.extend(component);
        }
    }
    result
}

/// Tarjan's algorithm, with an explicit stack (a call graph may be deep, and the compiler must not
/// overflow its own stack on any input).
fn strongly_connected_components(graph: &BTreeMap<MethodKey, BTreeSet<MethodKey>>) -> Vec<Vec<MethodKey>> {
    struct NodeState {
        index: usize,
        lowest: usize,
        on_stack: bool,
    }
    let mut states: BTreeMap<MethodKey, NodeState> = BTreeMap::new();
    let mut stack: Vec<MethodKey> = Vec::new();
    let mut components = Vec::new();
    let mut next_index = 0;
    let no_edges = BTreeSet::new();
    for root in graph.keys() {
        if states.contains_key(root) {
            continue;
        }
        // Each frame: a node and an iterator over the successors still to visit.
        let mut frames: Vec<(MethodKey, std::collections::btree_set::Iter<MethodKey>)> = Vec::new();
        states.insert(*root, NodeState { index: next_index, lowest: next_index, on_stack: true });
        next_index += 1;
        stack.push(*root);
        frames.push((*root, graph.get(root).unwrap_or(&no_edges).iter()));
        while let Some((node, successors)) = frames.last_mut() {
            let node = *node;
            if let Some(successor) = successors.next() {
                match states.get(successor) {
                    None => {
                        states.insert(*successor, NodeState { index: next_index, lowest: next_index, on_stack: true });
                        next_index += 1;
                        stack.push(*successor);
                        frames.push((*successor, graph.get(successor).unwrap_or(&no_edges).iter()));
                    }
                    Some(state) if state.on_stack => {
                        let successor_index = state.index;
                        if let Some(current) = states.get_mut(&node) {
                            current.lowest = current.lowest.min(successor_index);
                        }
                    }
                    Some(_) => {}
                }
                continue;
            }
            frames.pop();
            let (index, lowest) = states.get(&node).map_or((0, 0), |state| (state.index, state.lowest));
            if let Some((parent, _)) = frames.last()
                && let Some(parent_state) = states.get_mut(parent)
            {
                parent_state.lowest = parent_state.lowest.min(lowest);
            }
            if lowest == index {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    if let Some(state) = states.get_mut(&member) {
                        state.on_stack = false;
                    }
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                components.push(component);
            }
        }
    }
    components
}

#[cfg(test)]
mod tests {
    use super::*;
    use kiln_ir::names::{ClassName, MethodName};
    use kiln_ir::trees::MemberNamespace;

    fn key(name: &str) -> MethodKey {
        MethodKey { class: ClassName::new("A"), namespace: MemberNamespace::PublicStatic, method: MethodName::new(name) }
    }

    fn graph(edges: &[(&str, &str)], nodes: &[&str]) -> BTreeMap<MethodKey, BTreeSet<MethodKey>> {
        let mut graph: BTreeMap<MethodKey, BTreeSet<MethodKey>> = nodes.iter().map(|n| (key(n), BTreeSet::new())).collect();
        for (from, to) in edges {
            graph.entry(key(from)).or_default().insert(key(to));
        }
        graph
    }

    fn names(set: &BTreeSet<MethodKey>) -> Vec<String> {
        set.iter().map(|key| key.method.as_str().to_string()).collect()
    }

    #[test]
    fn self_calls_and_mutual_cycles_are_counted_chains_are_not() {
        let graph = graph(
            &[
                ("main", "fact"),
                ("fact", "fact"),
                ("main", "even"),
                ("even", "odd"),
                ("odd", "even"),
                ("main", "leaf"),
                ("leaf", "tail"),
            ],
            &["main", "fact", "even", "odd", "leaf", "tail"],
        );
        assert_eq!(names(&recursive_methods(&graph)), vec!["even", "fact", "odd"]);
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_analysis() {
        let count = 200_000;
        let names: Vec<String> = (0..count).map(|index| format!("m{index}")).collect();
        let mut graph: BTreeMap<MethodKey, BTreeSet<MethodKey>> = BTreeMap::new();
        for index in 0..count {
            let successor = names[(index + 1) % count].as_str();
            graph.entry(key(&names[index])).or_default().insert(key(successor));
        }
        // One cycle through all of them.
        assert_eq!(recursive_methods(&graph).len(), count);
    }
}
