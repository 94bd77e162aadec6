#!/usr/bin/env python3
"""Random operations on the lists, deques, maps, sets, priority queues and StringBuilder, each result and
the collection printed after it, exceptions named: a Java program on standard output.
Usage: python3 tools/fuzz/lists_and_maps.py SEED [COUNT] > CollSEED.java (see tools/fuzz/run.sh)."""
import random, sys

seed = int(sys.argv[1])
R = random.Random(seed)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 120


def iv():
    return R.choice(['0', '1', '2', '3', '5', '7', '-1', '10', '42', '100'])


def sv():
    return R.choice(['"a"', '"b"', '"c"', '"apple"', '"Banana"', '"cherry"', '""', '"z"', 'null'])


def idx():
    return R.choice(['0', '1', '2', '3', '-1', '5', 'list.size()', 'list.size() - 1'])


LIST_OPS = [
    lambda: f'list.add({iv()})',
    lambda: f'V:list.add({idx()}, {iv()})',
    lambda: f'list.remove({idx()})',
    lambda: f'list.remove(Integer.valueOf({iv()}))',
    lambda: f'list.set({idx()}, {iv()})',
    lambda: f'list.get({idx()})',
    lambda: f'list.indexOf({iv()})',
    lambda: f'list.lastIndexOf({iv()})',
    lambda: f'list.contains({iv()})',
    lambda: f'list.subList({R.choice(["0", "1", "2"])}, {R.choice(["1", "2", "3", "list.size()"])})',
    lambda: f'list.addAll(java.util.List.of({iv()}, {iv()}))',
    lambda: f'list.addAll({idx()}, java.util.List.of({iv()}))',
    lambda: f'list.removeIf(x -> x % {R.choice(["2", "3", "5"])} == 0)',
    lambda: f'list.retainAll(java.util.List.of({iv()}, {iv()}, {iv()}))',
    lambda: f'list.removeAll(java.util.List.of({iv()}))',
    lambda: f'java.util.Collections.sort(list)',
    lambda: f'list.sort(java.util.Comparator.reverseOrder())',
    lambda: f'java.util.Collections.reverse(list)',
    lambda: f'java.util.Collections.swap(list, {idx()}, {idx()})',
    lambda: f'java.util.Collections.rotate(list, {iv()})',
    lambda: f'java.util.Collections.max(list)',
    lambda: f'java.util.Collections.min(list)',
    lambda: f'java.util.Collections.frequency(list, {iv()})',
    lambda: f'java.util.Collections.binarySearch(list, {iv()})',
    lambda: f'java.util.Collections.nCopies({R.choice(["0", "2", "3"])}, {iv()})',
    lambda: f'list.isEmpty()',
    lambda: f'list.hashCode()',
    lambda: f'list.equals(java.util.List.of({iv()}))',
    lambda: f'list.toArray().length',
    lambda: f'java.util.Arrays.toString(list.toArray(new Integer[0]))',
    lambda: f'list.stream().mapToInt(Integer::intValue).sum()',
    lambda: f'list.replaceAll(x -> x * {R.choice(["2", "-1", "3"])})',
    lambda: f'list.listIterator({idx()}).hasPrevious()',
    lambda: f'list.iterator().next()',
    lambda: f'list.clear()',
    lambda: f'new java.util.ArrayList<>(list).equals(list)',
    lambda: f'list.toString()',
    lambda: f'list.stream().filter(x -> x > {iv()}).map(x -> x + 1).collect(java.util.stream.Collectors.toList())',
    lambda: f'list.stream().sorted().distinct().count()',
    lambda: f'list.stream().reduce(Integer::sum)',
    lambda: f'list.stream().max(Integer::compare)',
]

DEQUE_OPS = [
    lambda: f'deque.{R.choice(["addFirst", "addLast", "offerFirst", "offerLast", "push", "offer", "add"])}({iv()})',
    lambda: f'deque.{R.choice(["removeFirst", "removeLast", "pollFirst", "pollLast", "pop", "poll", "peek", "peekFirst", "peekLast", "getFirst", "getLast", "element", "remove"])}()',
    lambda: f'deque.{R.choice(["removeFirstOccurrence", "removeLastOccurrence", "contains", "remove"])}({iv()})',
    lambda: f'deque.size()',
    lambda: f'deque.descendingIterator().next()',
    lambda: f'deque.toString()',
]

MAP_OPS = [
    lambda: f'map.put({sv()}, {iv()})',
    lambda: f'map.get({sv()})',
    lambda: f'map.getOrDefault({sv()}, {iv()})',
    lambda: f'map.remove({sv()})',
    lambda: f'map.containsKey({sv()})',
    lambda: f'map.containsValue({iv()})',
    lambda: f'map.putIfAbsent({sv()}, {iv()})',
    lambda: f'map.merge({sv()}, {iv()}, Integer::sum)',
    lambda: f'map.compute({sv()}, (k, v) -> v == null ? {iv()} : v * 2)',
    lambda: f'map.computeIfAbsent({sv()}, k -> {R.choice(["k.length()", "null", "7"])})',
    lambda: f'map.computeIfPresent({sv()}, (k, v) -> v > 3 ? null : v + 1)',
    lambda: f'map.replace({sv()}, {iv()})',
    lambda: f'map.keySet()',
    lambda: f'map.values()',
    lambda: f'map.entrySet()',
    lambda: f'map.size()',
    lambda: f'map.hashCode()',
    lambda: f'map.replaceAll((k, v) -> v + 1)',
    lambda: f'map.keySet().removeIf(k -> k != null && k.length() > {R.choice(["0", "1", "3"])})',
    lambda: f'map.values().remove({iv()})',
    lambda: f'map.keySet().iterator().next()',
]

TREE_OPS = [
    lambda: f'tree.put({iv()}, {sv()})',
    lambda: f'tree.{R.choice(["floorKey", "ceilingKey", "higherKey", "lowerKey", "get", "remove", "containsKey"])}({iv()})',
    lambda: f'tree.{R.choice(["floorEntry", "ceilingEntry", "higherEntry", "lowerEntry"])}({iv()})',
    lambda: f'tree.{R.choice(["firstKey", "lastKey", "firstEntry", "lastEntry", "pollFirstEntry", "pollLastEntry", "descendingMap", "navigableKeySet", "descendingKeySet"])}()',
    lambda: f'tree.{R.choice(["headMap", "tailMap"])}({iv()})',
    lambda: f'tree.{R.choice(["headMap", "tailMap"])}({iv()}, {R.choice(["true", "false"])})',
    lambda: f'tree.subMap({iv()}, {iv()})',
    lambda: f'tree.subMap({iv()}, {R.choice(["true", "false"])}, {iv()}, {R.choice(["true", "false"])})',
]

SET_OPS = [
    lambda: f'set.add({sv()})',
    lambda: f'set.remove({sv()})',
    lambda: f'set.contains({sv()})',
    lambda: f'set.addAll(java.util.Arrays.asList({sv()}, {sv()}))',
    lambda: f'set.retainAll(java.util.Set.of("a", "b", "apple"))',
    lambda: f'set.size()',
    lambda: f'set.hashCode()',
    lambda: f'set.toString()',
    lambda: f'set.stream().filter(java.util.Objects::nonNull).sorted().collect(java.util.stream.Collectors.joining("|"))',
]

SORTED_OPS = [
    lambda: f'sorted.add({iv()})',
    lambda: f'sorted.{R.choice(["floor", "ceiling", "higher", "lower", "remove", "contains"])}({iv()})',
    lambda: f'sorted.{R.choice(["first", "last", "pollFirst", "pollLast", "descendingSet"])}()',
    lambda: f'sorted.{R.choice(["headSet", "tailSet"])}({iv()})',
    lambda: f'sorted.subSet({iv()}, {iv()})',
    lambda: f'sorted.{R.choice(["headSet", "tailSet"])}({iv()}, {R.choice(["true", "false"])})',
]

PQ_OPS = [
    lambda: f'pq.{R.choice(["add", "offer"])}({iv()})',
    lambda: f'pq.{R.choice(["poll", "peek", "remove", "element"])}()',
    lambda: f'pq.remove({iv()})',
    lambda: f'pq.size()',
    lambda: f'pq.toString()',
]

SB_OPS = [
    lambda: f'sb.append({R.choice([iv(), sv(), "1.5", "2.5f", "true", "(char) 65", "10L", "new char[] {(char) 120, (char) 121}"])})',
    lambda: f'sb.insert({R.choice(["0", "1", "-1", "sb.length()", "3"])}, {R.choice([iv(), sv(), "1.5", "false", "(char) 66"])})',
    lambda: f'sb.delete({R.choice(["0", "1", "2", "-1"])}, {R.choice(["1", "3", "sb.length()", "100"])})',
    lambda: f'sb.deleteCharAt({R.choice(["0", "1", "-1", "sb.length()", "sb.length() - 1"])})',
    lambda: f'sb.reverse()',
    lambda: f'sb.setCharAt({R.choice(["0", "1", "-1", "sb.length()"])}, (char) 81)',
    lambda: f'sb.setLength({R.choice(["0", "2", "5", "-1"])})',
    lambda: f'sb.replace({R.choice(["0", "1", "-1", "4"])}, {R.choice(["1", "3", "100"])}, {sv()})',
    lambda: f'sb.indexOf({sv()})',
    lambda: f'sb.lastIndexOf({sv()})',
    lambda: f'sb.charAt({R.choice(["0", "1", "-1", "sb.length()"])})',
    lambda: f'sb.substring({R.choice(["0", "1", "-1", "3"])})',
    lambda: f'sb.length()',
    lambda: f'sb.toString()',
    lambda: f'sb.compareTo(new StringBuilder({sv()}))',
]

GROUPS = [('list', LIST_OPS), ('deque', DEQUE_OPS), ('map', MAP_OPS), ('tree', TREE_OPS), ('set', SET_OPS),
          ('sorted', SORTED_OPS), ('pq', PQ_OPS), ('sb', SB_OPS)]

LIST_IMPLS = ['java.util.ArrayList', 'java.util.LinkedList', 'java.util.Vector', 'java.util.concurrent.CopyOnWriteArrayList']
DEQUE_IMPLS = ['java.util.ArrayDeque', 'java.util.LinkedList']
MAP_IMPLS = ['java.util.HashMap', 'java.util.LinkedHashMap', 'java.util.TreeMap']
SET_IMPLS = ['java.util.HashSet', 'java.util.LinkedHashSet']

body = []
list_impl = R.choice(LIST_IMPLS)
deque_impl = R.choice(DEQUE_IMPLS)
map_impl = R.choice(MAP_IMPLS)
if map_impl == 'java.util.TreeMap':
    map_decl = f'java.util.Map<String, Integer> map = new java.util.TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));'
else:
    map_decl = f'java.util.Map<String, Integer> map = new {map_impl}<>();'
set_impl = R.choice(SET_IMPLS)
for n in range(N):
    name, ops = R.choice(GROUPS)
    op = R.choice(ops)()
    voids = ['list.clear()', 'Collections.sort(', 'list.sort(', 'Collections.reverse(', 'Collections.swap(', 'Collections.rotate(',
             'list.replaceAll(', 'sb.setCharAt(', 'sb.setLength(', 'map.replaceAll(', 'deque.addFirst(', 'deque.addLast(', 'deque.push(']
    if any(v in op for v in voids) or op.startswith('V:'):
        op = f'"void"; {op.removeprefix("V:")}'
    body.append(f'        try {{ Object r = {op}; System.out.println("{n} " + r + " {name}=" + {name}); }}'
                f' catch (RuntimeException e) {{ System.out.println("{n} " + e.getClass().getName() + ": " + e.getMessage()); }}')

print(f'// Fuzz program {seed}: random operations on the collections and StringBuilder.')
print(f'public class Coll{seed} {{')
print('    public static void main(String[] args) {')
print(f'        java.util.List<Integer> list = new {list_impl}<>();')
print(f'        java.util.Deque<Integer> deque = new {deque_impl}<>();')
print(f'        {map_decl}')
print(f'        java.util.TreeMap<Integer, String> tree = new java.util.TreeMap<>();')
print(f'        java.util.Set<String> set = new {set_impl}<>();')
print(f'        java.util.TreeSet<Integer> sorted = new java.util.TreeSet<>();')
print(f'        java.util.PriorityQueue<Integer> pq = new java.util.PriorityQueue<>({R.choice(["", "java.util.Comparator.reverseOrder()"])});')
print(f'        StringBuilder sb = new StringBuilder();')
print('\n'.join(body))
print('    }')
print('}')
