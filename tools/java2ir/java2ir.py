#!/usr/bin/env python3
"""java2ir: writes the Kiln IR of a small Java program, for authoring run tests with Java twins.

Usage: python3 tools/java2ir/java2ir.py Program.java > Program.ir   (needs `pip install javalang`)
       python3 tools/java2ir/java2ir.py --library Class.java > Class.ir   (a runtime-library class: no entry)

The test suite never runs this tool: the .ir files it writes are committed, reviewed and formatted with
`kiln fmt`, and the JVM still decides the expected output from the .java twin. It understands the Java
that the twins are written in: static nested classes and interfaces, fields, constructors, overloads,
arrays, strings, boxes, the java.lang, java.util.function and java.util collections library that Kiln's
runtime library has, lambdas on functional interfaces (with the type arguments of java.util.function and
of the collections), loops with break and continue (for-each over arrays and Iterables), switch,
try/catch/finally. What it does not understand it reports, with the line. With `--library` it writes a
runtime-library class (no entry module); runtime-lib/java-src/translate.sh uses that.
"""

import os
import re
import sys

import javalang
from javalang import tree as J

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Unsupported(Exception):
    pass


class Paren(J.Primary):
    """A parenthesized expression. javalang returns the inner expression and then overwrites its selectors
    and operators with those that follow the parentheses; keeping the parentheses as a node keeps both."""
    attrs = ('expression',)


def parse_par_expression(self):
    self.accept('(')
    expression = self.parse_expression()
    self.accept(')')
    return Paren(expression=expression)


javalang.parser.Parser.parse_par_expression = parse_par_expression


original_expression_3 = javalang.parser.Parser.parse_expression_3


def parse_expression_3(self):
    # javalang drops the prefix operators before a cast (`-(long) x` parses as `(long) x`): note them first.
    prefix = []
    while self.tokens.look(len(prefix)) is not None and self.tokens.look(len(prefix)).value in javalang.parser.Operator.PREFIX:
        prefix.append(self.tokens.look(len(prefix)).value)
    result = original_expression_3(self)
    if prefix and isinstance(result, javalang.tree.Cast):
        result.prefix_operators = prefix
        result.postfix_operators = []
    return result


javalang.parser.Parser.parse_expression_3 = parse_expression_3


original_identifier_suffix = javalang.parser.Parser.parse_identifier_suffix


def parse_identifier_suffix(self):
    # javalang replaces the type of `String[].class` with a plain `String`: keep the brackets' count aside.
    result = original_identifier_suffix(self)
    if isinstance(result, javalang.tree.ClassReference) and result.type is not None:
        result.array_dimensions = len(result.type.dimensions or [])
    return result


javalang.parser.Parser.parse_identifier_suffix = parse_identifier_suffix


class StaticBlock(list):
    """A `static { ... }` initializer: javalang returns static and instance initializer blocks alike."""


original_class_body_declaration = javalang.parser.Parser.parse_class_body_declaration


def parse_class_body_declaration(self):
    if self.would_accept('static', '{'):
        self.accept('static')
        return StaticBlock(self.parse_block())
    return original_class_body_declaration(self)


javalang.parser.Parser.parse_class_body_declaration = parse_class_body_declaration


# ---------------------------------------------------------------------------------------------------
# Types. A type is a tuple: ('prim', name) | ('class', name, args) | ('array', element) | ('null',)

PRIMS = {'int', 'long', 'double', 'float', 'boolean', 'char', 'byte', 'short', 'void'}
CODES = {'int': 'I', 'long': 'J', 'double': 'D', 'float': 'F', 'boolean': 'Z', 'char': 'C', 'byte': 'B',
         'short': 'S', 'void': 'V'}
DECODE = {v: k for k, v in CODES.items()}
BOXES = {'int': 'java.lang.Integer', 'long': 'java.lang.Long', 'double': 'java.lang.Double',
         'float': 'java.lang.Float', 'boolean': 'java.lang.Boolean', 'char': 'java.lang.Character',
         'byte': 'java.lang.Byte', 'short': 'java.lang.Short'}
UNBOX = {v: k for k, v in BOXES.items()}
NULL = ('null',)
OBJECT = ('class', 'java.lang.Object', ())
# The IR's `any`: what the runtime library's methods declare for erased generic values. Java sees an
# Object; passing it where an Object (or anything else) is expected takes a cast in the IR.
ANY = ('class', 'java.lang.Object', (), 'any')
STRING = ('class', 'java.lang.String', ())


def prim(name):
    return ('prim', name)


def cls(name, args=()):
    return ('class', name, tuple(args))


def is_prim(t):
    return t[0] == 'prim'


def is_numeric(t):
    return is_prim(t) and t[1] in ('int', 'long', 'double', 'float', 'char', 'byte', 'short')


def is_ref(t):
    return t[0] in ('class', 'array', 'null')


def is_string(t):
    return t[0] == 'class' and t[1] == 'java.lang.String'


def encode(t):
    if t[0] == 'prim':
        return CODES[t[1]]
    if t[0] == 'array':
        return '[' + encode(t[1])
    return 'L' + t[1]


def decode(code):
    if code.startswith('['):
        return ('array', decode(code[1:]))
    if code.startswith('L'):
        return cls(code[1:])
    return prim(DECODE[code])


def ir_type(t):
    if t[0] == 'prim':
        return t[1]
    if t[0] == 'array':
        return ir_type(t[1]) + '[]'
    if t[0] == 'null':
        return 'java.lang.Object'
    return t[1]


class TypeParam(str):
    """A type parameter's name, with the type it is bounded by (`T extends Comparable<T>`), which it erases to."""

    def __new__(cls, name, bound=None):
        made = super().__new__(cls, name)
        made.bound = bound
        return made


def type_params_of(declaration):
    return tuple(TypeParam(p.name, (p.extends or [None])[0]) for p in (declaration.type_parameters or []))


def qualified_type_name(node):
    """`Map.Entry` for the type `Map.Entry<K, V>` (javalang keeps the part after the dot as a sub-type)."""
    name = node.name
    sub = node.sub_type
    while sub is not None:
        name = name + '.' + sub.name
        sub = sub.sub_type
    return name


def erase(t):
    return cls(t[1]) if t[0] == 'class' else t


def is_any(t):
    return len(t) == 4 and t[3] == 'any'


# ---------------------------------------------------------------------------------------------------
# The classes the program can see: Kiln's runtime library (read from its IR) and the program's own.

class ClassInfo:
    def __init__(self, name, kind, superclass, interfaces):
        self.name = name
        self.kind = kind  # 'class' | 'interface' | 'module' | 'hijacked'
        self.superclass = superclass
        self.interfaces = interfaces
        self.methods = []  # MethodInfo
        self.fields = {}  # simple name -> (type, static)
        self.type_params = []
        self.abstract = False
        self.constants = {}  # static final fields with a literal value: usable as switch labels
        self.generic_fields = {}  # fields whose declared type is a class type parameter


class MethodInfo:
    def __init__(self, owner, name, params, result, static, private=False, abstract=False, ir_params=None,
                 ir_result=None, generic_params=None, generic_result=None):
        self.owner = owner
        self.name = name
        self.params = params
        self.result = result
        self.static = static
        self.private = private
        self.abstract = abstract
        self.ir_params = ir_params  # declared IR types of the parameters (for lambda descriptors)
        self.ir_result = ir_result
        self.generic_params = generic_params  # Java-level types mentioning type variables
        self.generic_result = generic_result

    def ir_name(self):
        return ';'.join([self.name] + [encode(p) for p in self.params] + [encode(self.result)])


CLASSES = {}


def load_runtime_library():
    header = re.compile(r'^(hijacked class|module class|class|interface) (\S+)(?: extends (\S+))?(?: implements (.+?))? \{')
    method = re.compile(r'^\s+(static |private |private static |constructor )?def ([^;(\s]+);([^(\s]*)\((.*?)\)(?:: (\S+))?')
    field = re.compile(r'^\s+(static )?(?:val|var) (\S+)::(\S+): (\S+)')
    directory = os.path.join(ROOT, 'runtime-lib')
    for file in sorted(f for f in os.listdir(directory) if f.endswith('.ir')):
        current = None
        for line in open(os.path.join(directory, file), encoding='utf-8'):
            m = header.match(line)
            if m:
                kind = {'hijacked class': 'hijacked', 'module class': 'module', 'class': 'class',
                        'interface': 'interface'}[m.group(1)]
                interfaces = [i.strip() for i in (m.group(4) or '').split(',') if i.strip()]
                current = ClassInfo(m.group(2), kind, m.group(3), interfaces)
                CLASSES[current.name] = current
                continue
            if current is None:
                continue
            m = method.match(line)
            if m:
                modifiers = (m.group(1) or '').strip()
                codes = m.group(3).split(';') if m.group(3) else []
                if not codes:
                    continue
                params = [decode(c) for c in codes[:-1]]
                result = decode(codes[-1])
                declared = [p.split(': ', 1)[1] if ': ' in p else 'any' for p in split_params(m.group(4))]
                if modifiers == 'constructor':
                    current.methods.append(MethodInfo(current.name, '<init>', params, result, False))
                    continue
                if (m.group(5) or '') == 'any':
                    result = ANY
                info = MethodInfo(current.name, m.group(2), params, result, 'static' in modifiers,
                                  'private' in modifiers, '<abstract>' in line, declared, m.group(5) or 'void')
                current.methods.append(info)
                continue
            m = field.match(line)
            if m:
                current.fields[m.group(3)] = (ir_to_type(m.group(4)), bool(m.group(1)))


def split_params(text):
    parts, depth, current = [], 0, ''
    for ch in text:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(current.strip())
            current = ''
        else:
            current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def ir_to_type(text):
    text = text.rstrip('!')
    if text.endswith('[]'):
        return ('array', ir_to_type(text[:-2]))
    if text in PRIMS:
        return prim(text)
    if text == 'string':
        return STRING
    if text == 'any':
        return OBJECT
    return cls(text)


STREAM = 'java.util.stream.Stream'
COLLECTOR = 'java.util.stream.Collector'
COLLECTORS = 'java.util.stream.Collectors'
PRIMITIVE_STREAMS = {'java.util.stream.IntStream': 'java.lang.Integer', 'java.util.stream.LongStream': 'java.lang.Long',
                     'java.util.stream.DoubleStream': 'java.lang.Double'}
# The generic functional interfaces a collector's or Stream.iterate's lambda may be, with their number of
# type parameters.
FUNCTIONAL_SHAPES = {'java.util.function.Function': 2, 'java.util.function.Predicate': 1,
                     'java.util.function.ToIntFunction': 1, 'java.util.function.ToLongFunction': 1,
                     'java.util.function.ToDoubleFunction': 1, 'java.util.function.BinaryOperator': 1,
                     'java.util.function.UnaryOperator': 1, 'java.util.Comparator': 1}


def boxed(t):
    return cls(BOXES[t[1]]) if is_prim(t) and t[1] in BOXES else t


def stream_element(t):
    """The element type of a stream type (`Stream<T>`, or the box of a primitive stream's)."""
    if t[1] == STREAM and t[2]:
        return t[2][0]
    if t[1] in PRIMITIVE_STREAMS:
        return cls(PRIMITIVE_STREAMS[t[1]])
    return None


def ancestors(name):
    """The class, its superclasses and all its interfaces, nearest first."""
    seen, order, queue = set(), [], [name]
    while queue:
        current = queue.pop(0)
        if current in seen or current not in CLASSES:
            continue
        seen.add(current)
        order.append(current)
        info = CLASSES[current]
        if info.superclass:
            queue.append(info.superclass)
        queue.extend(info.interfaces)
    if 'java.lang.Object' not in seen:
        order.append('java.lang.Object')
    return order


def is_subclass(sub, sup):
    return sup == 'java.lang.Object' or sup in ancestors(sub)


def assignable(source, target):
    """Whether a value of type `source` can be passed where `target` is expected, and at what cost."""
    if source[0] == 'null':
        # Java picks the most specific overload for a null: any other reference type over Object.
        if not is_ref(target):
            return None
        return 2 if erase(target) == erase(OBJECT) else 1
    if source == target or erase(source) == erase(target):
        return 0
    if is_prim(source) and is_prim(target):
        order = ['byte', 'short', 'char', 'int', 'long', 'float', 'double']
        if source[1] in order and target[1] in order:
            if source[1] == 'char' and target[1] in ('byte', 'short'):
                return None
            if source[1] in ('byte', 'short') and target[1] == 'char':
                return None
            if order.index(source[1]) < order.index(target[1]):
                return 1 + order.index(target[1]) - order.index(source[1])
        return None
    if is_prim(source) and target[0] == 'class':
        box = BOXES.get(source[1])
        if box and is_subclass(box, target[1]):
            return 20 if target[1] != box else 10
        return None
    if source[0] == 'class' and is_prim(target):
        unboxed = UNBOX.get(source[1])
        if unboxed is None:
            return None
        cost = assignable(prim(unboxed), target)
        return None if cost is None else 10 + cost
    if target[0] == 'class' and target[1] == 'java.lang.Object':
        return 30
    if source[0] == 'class' and target[0] == 'class':
        return 5 if is_subclass(source[1], target[1]) else None
    if source[0] == 'array' and target[0] == 'array':
        if is_prim(source[1]) or is_prim(target[1]):
            return None
        return assignable(source[1], target[1])
    return None


# Java's simple names for library classes.
LIBRARY_NAMES = {
    'Object': 'java.lang.Object', 'String': 'java.lang.String', 'StringBuilder': 'java.lang.StringBuilder',
    'StringBuffer': 'java.lang.StringBuffer',
    'Math': 'java.lang.Math', 'Integer': 'java.lang.Integer', 'Long': 'java.lang.Long',
    'Double': 'java.lang.Double', 'Float': 'java.lang.Float', 'Boolean': 'java.lang.Boolean',
    'Character': 'java.lang.Character', 'Byte': 'java.lang.Byte', 'Short': 'java.lang.Short',
    'Number': 'java.lang.Number', 'System': 'java.lang.System', 'Comparable': 'java.lang.Comparable',
    'CharSequence': 'java.lang.CharSequence', 'Runnable': 'java.lang.Runnable', 'Cloneable': 'java.lang.Cloneable',
    'Class': 'java.lang.Class', 'Arrays': 'java.util.Arrays', 'Objects': 'java.util.Objects',
    'Comparator': 'java.util.Comparator', 'Serializable': 'java.io.Serializable',
    'Iterable': 'java.lang.Iterable', 'AbstractSet': 'java.util.AbstractSet', 'Enum': 'java.lang.Enum',
}
for simple in ['Iterator', 'Collection', 'AbstractCollection', 'List', 'ArrayList', 'Set', 'HashSet', 'Map', 'HashMap',
               'Collections', 'NoSuchElementException', 'TreeMap', 'TreeSet', 'ArrayDeque', 'Deque', 'Queue',
               'LinkedList', 'LinkedHashMap', 'LinkedHashSet', 'Stack', 'AbstractMap', 'EmptyStackException',
               'MapBackedSet', 'PriorityQueue', 'Random', 'StringJoiner', 'Optional', 'ImmutableCollections', 'Locale', 'EnumMap', 'EnumSet',
               'OptionalInt', 'OptionalLong', 'OptionalDouble', 'PrimitiveIterator', 'IntSummaryStatistics', 'BitSet',
               'LongSummaryStatistics', 'DoubleSummaryStatistics', 'SortedMap', 'NavigableMap', 'SortedSet', 'NavigableSet', 'ListIterator', 'RandomAccess', 'Properties', 'Date', 'EventObject', 'AbstractSequentialList', 'Formattable', 'FormattableFlags']:
    LIBRARY_NAMES[simple] = 'java.util.' + simple
for simple in ['Throwable', 'Exception', 'RuntimeException', 'Error', 'ArithmeticException',
               'ArrayIndexOutOfBoundsException', 'IndexOutOfBoundsException', 'StringIndexOutOfBoundsException',
               'NullPointerException', 'ClassCastException', 'IllegalArgumentException', 'IllegalStateException',
               'NumberFormatException', 'UnsupportedOperationException', 'NegativeArraySizeException',
               'ArrayStoreException', 'CloneNotSupportedException', 'AssertionError', 'StackOverflowError', 'OutOfMemoryError',
               'VirtualMachineError', 'InterruptedException', 'AutoCloseable', 'StackTraceElement', 'Thread',
               'IllegalThreadStateException', 'Record', 'Void', 'Appendable']:
    LIBRARY_NAMES[simple] = 'java.lang.' + simple
for simple in ['Function', 'BiFunction', 'Supplier', 'Consumer', 'BiConsumer', 'Predicate', 'BiPredicate',
               'UnaryOperator', 'BinaryOperator', 'IntUnaryOperator', 'IntBinaryOperator', 'IntPredicate',
               'IntFunction', 'ToIntFunction', 'ToLongFunction', 'ToDoubleFunction', 'IntSupplier', 'IntConsumer',
               'LongUnaryOperator', 'LongBinaryOperator', 'DoubleUnaryOperator', 'DoubleBinaryOperator',
               'BooleanSupplier', 'LongSupplier', 'DoubleSupplier', 'LongFunction', 'DoubleFunction',
               'IntToLongFunction', 'IntToDoubleFunction', 'LongToIntFunction', 'LongToDoubleFunction',
               'DoubleToIntFunction', 'DoubleToLongFunction', 'LongPredicate', 'DoublePredicate', 'LongConsumer',
               'DoubleConsumer', 'ObjIntConsumer', 'ObjLongConsumer', 'ObjDoubleConsumer', 'ToIntBiFunction',
               'ToLongBiFunction', 'ToDoubleBiFunction']:
    LIBRARY_NAMES[simple] = 'java.util.function.' + simple
for _simple in ['BigInteger', 'BigDecimal', 'RoundingMode', 'MathContext']:
    LIBRARY_NAMES[_simple] = 'java.math.' + _simple
# The runtime's intrinsics, for the library's Java sources (`KilnIntrinsics.newArrayLike(array, n)`).
LIBRARY_NAMES['KilnIntrinsics'] = 'kiln.runtime.Intrinsics'
# And its exception makers (`throw KilnRuntime.classCast(value, "java.lang.Comparable")`).
LIBRARY_NAMES['KilnRuntime'] = 'kiln.runtime.Runtime'
for _simple in ['AtomicInteger', 'AtomicLong', 'AtomicBoolean', 'AtomicReference']:
    LIBRARY_NAMES[_simple] = 'java.util.concurrent.atomic.' + _simple
for _simple in ['Callable', 'Executor', 'Future', 'ExecutionException', 'CompletionException', 'CancellationException',
                'TimeoutException', 'RejectedExecutionException', 'BrokenBarrierException', 'TimeUnit',
                'ExecutorService', 'ScheduledExecutorService', 'FutureTask', 'ThreadPoolExecutor', 'Executors',
                'CompletableFuture', 'CountDownLatch', 'CyclicBarrier', 'Semaphore', 'ConcurrentMap',
                'ConcurrentHashMap', 'CopyOnWriteArrayList', 'CopyOnWriteArraySet', 'ConcurrentLinkedQueue',
                'ConcurrentLinkedDeque', 'BlockingQueue', 'BlockingDeque', 'LinkedBlockingQueue', 'ArrayBlockingQueue',
                'LinkedBlockingDeque', 'PriorityBlockingQueue', 'ConcurrentSkipListMap', 'ConcurrentSkipListSet']:
    LIBRARY_NAMES[_simple] = 'java.util.concurrent.' + _simple
for simple in ['BaseStream', 'Stream', 'IntStream', 'LongStream', 'DoubleStream', 'Collector', 'Collectors', 'StreamSources']:
    LIBRARY_NAMES[simple] = 'java.util.stream.' + simple

# Type parameters of the generic library interfaces, in declaration order.
LIBRARY_TYPE_PARAMS = {
    'java.util.function.Function': ['T', 'R'], 'java.util.function.BiFunction': ['T', 'U', 'R'],
    'java.util.function.Supplier': ['T'], 'java.util.function.Consumer': ['T'],
    'java.util.function.BiConsumer': ['T', 'U'], 'java.util.function.Predicate': ['T'],
    'java.util.function.BiPredicate': ['T', 'U'], 'java.util.function.UnaryOperator': ['T'],
    'java.util.function.BinaryOperator': ['T'], 'java.util.function.IntFunction': ['R'],
    'java.util.function.ToIntFunction': ['T'], 'java.util.function.ToLongFunction': ['T'],
    'java.util.function.ToDoubleFunction': ['T'], 'java.util.Comparator': ['T'], 'java.lang.Comparable': ['T'],
    'java.lang.Iterable': ['T'], 'java.util.Iterator': ['T'], 'java.util.Collection': ['T'], 'java.util.List': ['T'],
    'java.util.Set': ['T'], 'java.util.ArrayList': ['T'], 'java.util.HashSet': ['T'], 'java.util.Map': ['K', 'V'],
    'java.util.HashMap': ['K', 'V'], 'java.util.Map$Entry': ['K', 'V'],
}
for _name in ['Queue', 'Deque', 'ArrayDeque', 'LinkedList', 'Stack', 'TreeSet', 'LinkedHashSet', 'PriorityQueue',
              'Vector', 'AbstractList', 'AbstractQueue', 'AbstractCollection', 'Enumeration']:
    LIBRARY_TYPE_PARAMS['java.util.' + _name] = ['T']
for _name in ['TreeMap', 'LinkedHashMap', 'AbstractMap', 'SortedMap', 'NavigableMap', 'Hashtable', 'IdentityHashMap']:
    LIBRARY_TYPE_PARAMS['java.util.' + _name] = ['K', 'V']
for _name in ['SortedSet', 'NavigableSet']:
    LIBRARY_TYPE_PARAMS['java.util.' + _name] = ['T']
LIBRARY_TYPE_PARAMS['java.util.Optional'] = ['T']
LIBRARY_TYPE_PARAMS['java.util.stream.Stream'] = ['T']
LIBRARY_TYPE_PARAMS['java.util.concurrent.atomic.AtomicReference'] = ['T']
LIBRARY_TYPE_PARAMS['java.util.stream.Collector'] = ['T', 'A', 'R']
for _simple in ['Callable', 'Future', 'FutureTask', 'CompletableFuture', 'CopyOnWriteArrayList', 'CopyOnWriteArraySet',
                'ConcurrentLinkedQueue', 'ConcurrentLinkedDeque', 'BlockingQueue', 'BlockingDeque', 'LinkedBlockingQueue',
                'ArrayBlockingQueue', 'LinkedBlockingDeque', 'PriorityBlockingQueue', 'ConcurrentSkipListSet']:
    LIBRARY_TYPE_PARAMS['java.util.concurrent.' + _simple] = ['T']
for _simple in ['ConcurrentMap', 'ConcurrentHashMap', 'ConcurrentSkipListMap']:
    LIBRARY_TYPE_PARAMS['java.util.concurrent.' + _simple] = ['K', 'V']
for _simple in ['Pattern', 'Matcher', 'MatchResult', 'PatternSyntaxException']:
    LIBRARY_NAMES[_simple] = 'java.util.regex.' + _simple
for _simple in ['Charset', 'StandardCharsets', 'UnsupportedCharsetException', 'IllegalCharsetNameException']:
    LIBRARY_NAMES[_simple] = 'java.nio.charset.' + _simple
# The generic shape of their methods: name -> (param type variables, result type variable or None).
LIBRARY_GENERIC_METHODS = {
    ('java.util.function.Function', 'apply'): (['T'], 'R'),
    ('java.util.function.Function', 'andThen'): ([('java.util.function.Function', 'R', None)], None),
    ('java.util.function.Function', 'compose'): ([('java.util.function.Function', None, 'T')], None),
    ('java.util.function.BiFunction', 'andThen'): ([('java.util.function.Function', 'R', None)], None),
    ('java.util.function.Consumer', 'andThen'): ([('java.util.function.Consumer', 'T')], None),
    ('java.util.function.Predicate', 'and'): ([('java.util.function.Predicate', 'T')], None),
    ('java.util.function.Predicate', 'or'): ([('java.util.function.Predicate', 'T')], None),
    ('java.util.function.UnaryOperator', 'apply'): (['T'], 'T'),
    ('java.util.function.BiFunction', 'apply'): (['T', 'U'], 'R'),
    ('java.util.function.BinaryOperator', 'apply'): (['T', 'T'], 'T'),
    ('java.util.function.Supplier', 'get'): ([], 'T'),
    ('java.util.function.Consumer', 'accept'): (['T'], None),
    ('java.util.function.BiConsumer', 'accept'): (['T', 'U'], None),
    ('java.util.function.Predicate', 'test'): (['T'], None),
    ('java.util.function.BiPredicate', 'test'): (['T', 'U'], None),
    ('java.util.function.IntFunction', 'apply'): ([None], 'R'),
    ('java.util.function.ToIntFunction', 'applyAsInt'): (['T'], None),
    ('java.util.function.ToLongFunction', 'applyAsLong'): (['T'], None),
    ('java.util.function.ToDoubleFunction', 'applyAsDouble'): (['T'], None),
    ('java.util.Comparator', 'compare'): (['T', 'T'], None),
    ('java.util.Iterator', 'next'): ([], 'T'),
    ('java.util.List', 'get'): ([None], 'T'),
    ('java.util.List', 'set'): ([None, 'T'], 'T'),
    ('java.util.List', 'remove'): ([None], 'T'),
    ('java.util.List', 'sort'): ([('java.util.Comparator', 'T')], None),
    ('java.lang.Iterable', 'forEach'): ([('java.util.function.Consumer', 'T')], None),
    ('java.util.Collection', 'removeIf'): ([('java.util.function.Predicate', 'T')], None),
    ('java.util.Map', 'get'): ([None], 'V'),
    ('java.util.Map', 'put'): (['K', 'V'], 'V'),
    ('java.util.Map', 'remove'): ([None], 'V'),
    ('java.util.Map', 'getOrDefault'): ([None, 'V'], 'V'),
    ('java.util.Map', 'putIfAbsent'): (['K', 'V'], 'V'),
    ('java.util.Map', 'merge'): (['K', 'V', ('java.util.function.BiFunction', 'V', 'V', 'V')], 'V'),
    ('java.util.Map', 'computeIfAbsent'): (['K', ('java.util.function.Function', 'K', 'V')], 'V'),
    ('java.util.Map', 'computeIfPresent'): (['K', ('java.util.function.BiFunction', 'K', 'V', 'V')], 'V'),
    ('java.util.Map', 'compute'): (['K', ('java.util.function.BiFunction', 'K', 'V', 'V')], 'V'),
    ('java.util.Map', 'forEach'): ([('java.util.function.BiConsumer', 'K', 'V')], None),
    ('java.util.Map', 'replaceAll'): ([('java.util.function.BiFunction', 'K', 'V', 'V')], None),
    ('java.util.List', 'replaceAll'): ([('java.util.function.UnaryOperator', 'T')], None),
    ('java.util.Iterator', 'forEachRemaining'): ([('java.util.function.Consumer', 'T')], None),
    ('java.util.Map$Entry', 'getKey'): ([], 'K'),
    ('java.util.Map$Entry', 'getValue'): ([], 'V'),
}
for _method in ['poll', 'peek', 'element', 'remove', 'pollFirst', 'pollLast', 'peekFirst', 'peekLast', 'pop',
                'removeFirst', 'removeLast', 'getFirst', 'getLast']:
    for _owner in ['java.util.Queue', 'java.util.LinkedList']:
        LIBRARY_GENERIC_METHODS[(_owner, _method)] = ([], 'T')
LIBRARY_GENERIC_METHODS[('java.util.LinkedList', 'remove')] = ([None], 'T')
for _method, _shape in [('get', ([], 'T')), ('orElseThrow', ([None], 'T')), ('orElse', (['T'], 'T')),
                        ('orElseGet', ([('java.util.function.Supplier', 'T')], 'T')),
                        ('ifPresent', ([('java.util.function.Consumer', 'T')], None)),
                        ('ifPresentOrElse', ([('java.util.function.Consumer', 'T'), None], None)),
                        ('filter', ([('java.util.function.Predicate', 'T')], None)),
                        ('map', ([('java.util.function.Function', 'T', None)], None)),
                        ('flatMap', ([('java.util.function.Function', 'T', None)], None))]:
    LIBRARY_GENERIC_METHODS[('java.util.Optional', _method)] = _shape
LIBRARY_GENERIC_METHODS[('java.util.LinkedList', 'get')] = ([None], 'T')
for _method, _shape in [('get', ([], 'T')), ('getAndSet', (['T'], 'T')), ('updateAndGet', ([('java.util.function.UnaryOperator', 'T')], 'T')),
                        ('getAndUpdate', ([('java.util.function.UnaryOperator', 'T')], 'T')),
                        ('accumulateAndGet', (['T', ('java.util.function.BinaryOperator', 'T')], 'T')),
                        ('getAndAccumulate', (['T', ('java.util.function.BinaryOperator', 'T')], 'T'))]:
    LIBRARY_GENERIC_METHODS[('java.util.concurrent.atomic.AtomicReference', _method)] = _shape
# Stream<T>: the lambdas see T (the results that depend on lambdas are in Translator.inferred_result).
for _method, _interface in [('filter', 'Predicate'), ('takeWhile', 'Predicate'), ('dropWhile', 'Predicate'),
                            ('anyMatch', 'Predicate'), ('allMatch', 'Predicate'), ('noneMatch', 'Predicate'),
                            ('peek', 'Consumer'), ('forEach', 'Consumer'), ('forEachOrdered', 'Consumer'),
                            ('mapToInt', 'ToIntFunction'), ('mapToLong', 'ToLongFunction'),
                            ('mapToDouble', 'ToDoubleFunction'), ('map', 'Function'), ('flatMap', 'Function'),
                            ('mapMulti', 'BiConsumer')]:
    LIBRARY_GENERIC_METHODS[('java.util.stream.Stream', _method)] = ([('java.util.function.' + _interface, 'T')], None)
for _method in ['sorted', 'min', 'max']:
    LIBRARY_GENERIC_METHODS[('java.util.stream.Stream', _method)] = ([('java.util.Comparator', 'T')], None)
# Shapes by arity, where overloads differ: (owner, name, number of parameters).
LIBRARY_GENERIC_METHODS[('java.util.stream.Stream', 'reduce', 1)] = ([('java.util.function.BinaryOperator', 'T')], None)
LIBRARY_GENERIC_METHODS[('java.util.stream.Stream', 'reduce', 2)] = (['T', ('java.util.function.BinaryOperator', 'T')], 'T')
for _method in ['push', 'pop', 'peek', 'firstElement', 'lastElement', 'elementAt']:
    LIBRARY_GENERIC_METHODS[('java.util.Stack', _method)] = ([], 'T')
for _method in ['firstElement', 'lastElement', 'elementAt']:
    LIBRARY_GENERIC_METHODS[('java.util.Vector', _method)] = ([], 'T')
LIBRARY_GENERIC_METHODS[('java.util.Enumeration', 'nextElement')] = ([], 'T')
for _method in ['first', 'last', 'floor', 'lower', 'ceiling', 'higher', 'pollFirst', 'pollLast']:
    for _owner in ['TreeSet', 'NavigableSet', 'SortedSet']:
        LIBRARY_GENERIC_METHODS[('java.util.' + _owner, _method)] = ([], 'T')
for _method in ['firstKey', 'lastKey', 'floorKey', 'lowerKey', 'ceilingKey', 'higherKey']:
    for _owner in ['TreeMap', 'NavigableMap', 'SortedMap']:
        LIBRARY_GENERIC_METHODS[('java.util.' + _owner, _method)] = ([], 'K')
for _owner in ['Future', 'FutureTask', 'CompletableFuture']:
    LIBRARY_GENERIC_METHODS[('java.util.concurrent.' + _owner, 'get')] = ([], 'T')
LIBRARY_GENERIC_METHODS[('java.util.concurrent.Future', 'get', 2)] = ([None, None], 'T')
LIBRARY_GENERIC_METHODS[('java.util.concurrent.Callable', 'call')] = ([], 'T')
for _method, _shape in [('join', ([], 'T')), ('getNow', (['T'], 'T')),
                        ('thenApply', ([('java.util.function.Function', 'T', None)], None)),
                        ('thenApplyAsync', ([('java.util.function.Function', 'T', None)], None)),
                        ('thenAccept', ([('java.util.function.Consumer', 'T')], None)),
                        ('thenCompose', ([('java.util.function.Function', 'T', None)], None)),
                        ('thenCombine', ([None, ('java.util.function.BiFunction', 'T', None, None)], None)),
                        ('exceptionally', ([None], None)),
                        ('handle', ([('java.util.function.BiFunction', 'T', None, None)], None)),
                        ('whenComplete', ([('java.util.function.BiConsumer', 'T', None)], None))]:
    LIBRARY_GENERIC_METHODS[('java.util.concurrent.CompletableFuture', _method)] = _shape
for _method in ['take', 'poll', 'peek', 'element', 'remove', 'takeFirst', 'takeLast', 'pollFirst', 'pollLast']:
    for _owner in ['BlockingQueue', 'LinkedBlockingQueue', 'ArrayBlockingQueue', 'LinkedBlockingDeque',
                   'PriorityBlockingQueue', 'ConcurrentLinkedQueue']:
        LIBRARY_GENERIC_METHODS[('java.util.concurrent.' + _owner, _method)] = ([], 'T')
# UnaryOperator<T> is a Function<T, T>; BinaryOperator<T> a BiFunction<T, T, T>.
INHERITED_ARGS = {
    'java.util.function.UnaryOperator': ('java.util.function.Function', lambda a: (a[0], a[0])),
    'java.util.function.BinaryOperator': ('java.util.function.BiFunction', lambda a: (a[0], a[0], a[0])),
    'java.util.ArrayList': ('java.util.List', lambda a: a),
    'java.util.List': ('java.util.Collection', lambda a: a),
    'java.util.HashSet': ('java.util.Set', lambda a: a),
    'java.util.Set': ('java.util.Collection', lambda a: a),
    'java.util.Collection': ('java.lang.Iterable', lambda a: a),
    'java.util.HashMap': ('java.util.Map', lambda a: a),
    'java.util.LinkedHashMap': ('java.util.HashMap', lambda a: a),
    'java.util.TreeMap': ('java.util.NavigableMap', lambda a: a),
    'java.util.NavigableMap': ('java.util.SortedMap', lambda a: a),
    'java.util.SortedMap': ('java.util.Map', lambda a: a),
    'java.util.NavigableSet': ('java.util.SortedSet', lambda a: a),
    'java.util.SortedSet': ('java.util.Set', lambda a: a),
    'java.util.AbstractMap': ('java.util.Map', lambda a: a),
    'java.util.LinkedHashSet': ('java.util.HashSet', lambda a: a),
    'java.util.TreeSet': ('java.util.NavigableSet', lambda a: a),
    'java.util.Stack': ('java.util.Vector', lambda a: a),
    'java.util.Vector': ('java.util.ArrayList', lambda a: a),
    'java.util.AbstractList': ('java.util.List', lambda a: a),
    'java.util.AbstractQueue': ('java.util.Queue', lambda a: a),
    'java.util.AbstractCollection': ('java.util.Collection', lambda a: a),
    'java.util.Hashtable': ('java.util.Map', lambda a: a),
    'java.util.IdentityHashMap': ('java.util.Map', lambda a: a),
    'java.util.ArrayDeque': ('java.util.Deque', lambda a: a),
    'java.util.PriorityQueue': ('java.util.Queue', lambda a: a),
    'java.util.Deque': ('java.util.Queue', lambda a: a),
    'java.util.Queue': ('java.util.Collection', lambda a: a),
    'java.util.LinkedList': ('java.util.List', lambda a: a),
    'java.util.concurrent.ConcurrentHashMap': ('java.util.HashMap', lambda a: a),
    'java.util.concurrent.ConcurrentMap': ('java.util.Map', lambda a: a),
    'java.util.concurrent.ConcurrentSkipListMap': ('java.util.TreeMap', lambda a: a),
    'java.util.concurrent.ConcurrentSkipListSet': ('java.util.TreeSet', lambda a: a),
    'java.util.concurrent.CopyOnWriteArrayList': ('java.util.ArrayList', lambda a: a),
    'java.util.concurrent.CopyOnWriteArraySet': ('java.util.LinkedHashSet', lambda a: a),
    'java.util.concurrent.ConcurrentLinkedQueue': ('java.util.LinkedList', lambda a: a),
    'java.util.concurrent.ConcurrentLinkedDeque': ('java.util.ArrayDeque', lambda a: a),
    'java.util.concurrent.LinkedBlockingQueue': ('java.util.LinkedList', lambda a: a),
    'java.util.concurrent.ArrayBlockingQueue': ('java.util.concurrent.LinkedBlockingQueue', lambda a: a),
    'java.util.concurrent.LinkedBlockingDeque': ('java.util.concurrent.LinkedBlockingQueue', lambda a: a),
    'java.util.concurrent.PriorityBlockingQueue': ('java.util.PriorityQueue', lambda a: a),
    'java.util.concurrent.BlockingQueue': ('java.util.Queue', lambda a: a),
    'java.util.concurrent.BlockingDeque': ('java.util.concurrent.BlockingQueue', lambda a: a),
    'java.util.concurrent.FutureTask': ('java.util.concurrent.Future', lambda a: a),
    'java.util.concurrent.CompletableFuture': ('java.util.concurrent.Future', lambda a: a),
}

CONSTANTS = {
    ('Integer', 'MAX_VALUE'): ('2147483647', prim('int')), ('Integer', 'MIN_VALUE'): ('(-2147483648)', prim('int')),
    ('Long', 'MAX_VALUE'): ('9223372036854775807L', prim('long')),
    ('Long', 'MIN_VALUE'): ('(-9223372036854775808L)', prim('long')),
    ('Short', 'MAX_VALUE'): ('32767_s', prim('short')), ('Short', 'MIN_VALUE'): ('(-32768_s)', prim('short')),
    ('Byte', 'MAX_VALUE'): ('127_b', prim('byte')), ('Byte', 'MIN_VALUE'): ('(-128_b)', prim('byte')),
    ('Character', 'MAX_VALUE'): ("'\\uffff'", prim('char')), ('Character', 'MIN_VALUE'): ("'\\u0000'", prim('char')),
    ('Character', 'MAX_RADIX'): ('36', prim('int')), ('Character', 'MIN_RADIX'): ('2', prim('int')),
    ('Character', 'MAX_CODE_POINT'): ('1114111', prim('int')), ('Character', 'MIN_CODE_POINT'): ('0', prim('int')),
    ('Character', 'MIN_SUPPLEMENTARY_CODE_POINT'): ('65536', prim('int')),
    ('Character', 'MIN_HIGH_SURROGATE'): ("'\\ud800'", prim('char')), ('Character', 'MAX_HIGH_SURROGATE'): ("'\\udbff'", prim('char')),
    ('Character', 'MIN_LOW_SURROGATE'): ("'\\udc00'", prim('char')), ('Character', 'MAX_LOW_SURROGATE'): ("'\\udfff'", prim('char')),
    ('Character', 'MIN_SURROGATE'): ("'\\ud800'", prim('char')), ('Character', 'MAX_SURROGATE'): ("'\\udfff'", prim('char')),
    ('Double', 'MAX_VALUE'): ('1.7976931348623157E308d', prim('double')),
    ('Double', 'MIN_VALUE'): ('4.9E-324d', prim('double')),
    ('Double', 'POSITIVE_INFINITY'): ('Infinityd', prim('double')),
    ('Double', 'NEGATIVE_INFINITY'): ('(-Infinityd)', prim('double')),
    ('Double', 'NaN'): ('NaNd', prim('double')),
    ('Float', 'MAX_VALUE'): ('3.4028235E38f', prim('float')),
    ('Float', 'MIN_NORMAL'): ('1.17549435E-38f', prim('float')),
    ('Double', 'MIN_NORMAL'): ('2.2250738585072014E-308d', prim('double')),
    ('Float', 'NaN'): ('NaNf', prim('float')),
    ('Float', 'POSITIVE_INFINITY'): ('Infinityf', prim('float')),
    ('Float', 'NEGATIVE_INFINITY'): ('(-Infinityf)', prim('float')),
    ('Float', 'MIN_VALUE'): ('1.4E-45f', prim('float')),
    ('Boolean', 'TRUE'): ('true', cls('java.lang.Boolean')), ('Boolean', 'FALSE'): ('false', cls('java.lang.Boolean')),
    ('Math', 'PI'): ('3.141592653589793d', prim('double')), ('Math', 'E'): ('2.718281828459045d', prim('double')),
    # The boxes' TYPE fields: the primitive types' classes.
    **{(box, 'TYPE'): (f'classOf[{primitive}]', cls('java.lang.Class')) for box, primitive in [
        ('Boolean', 'boolean'), ('Character', 'char'), ('Byte', 'byte'), ('Short', 'short'), ('Integer', 'int'),
        ('Long', 'long'), ('Float', 'float'), ('Double', 'double'), ('Void', 'void')]},
    ('Double', 'MIN_EXPONENT'): ('(-1022)', prim('int')), ('Double', 'MAX_EXPONENT'): ('1023', prim('int')),
    ('Float', 'MIN_EXPONENT'): ('(-126)', prim('int')), ('Float', 'MAX_EXPONENT'): ('127', prim('int')),
    # Character.getType's categories, which javac writes as byte constants.
    ('Character', 'UNASSIGNED'): ('0_b', prim('byte')),
    ('Character', 'UPPERCASE_LETTER'): ('1_b', prim('byte')),
    ('Character', 'LOWERCASE_LETTER'): ('2_b', prim('byte')),
    ('Character', 'TITLECASE_LETTER'): ('3_b', prim('byte')),
    ('Character', 'MODIFIER_LETTER'): ('4_b', prim('byte')),
    ('Character', 'OTHER_LETTER'): ('5_b', prim('byte')),
    ('Character', 'NON_SPACING_MARK'): ('6_b', prim('byte')),
    ('Character', 'ENCLOSING_MARK'): ('7_b', prim('byte')),
    ('Character', 'COMBINING_SPACING_MARK'): ('8_b', prim('byte')),
    ('Character', 'DECIMAL_DIGIT_NUMBER'): ('9_b', prim('byte')),
    ('Character', 'LETTER_NUMBER'): ('10_b', prim('byte')),
    ('Character', 'OTHER_NUMBER'): ('11_b', prim('byte')),
    ('Character', 'SPACE_SEPARATOR'): ('12_b', prim('byte')),
    ('Character', 'LINE_SEPARATOR'): ('13_b', prim('byte')),
    ('Character', 'PARAGRAPH_SEPARATOR'): ('14_b', prim('byte')),
    ('Character', 'CONTROL'): ('15_b', prim('byte')),
    ('Character', 'FORMAT'): ('16_b', prim('byte')),
    ('Character', 'PRIVATE_USE'): ('18_b', prim('byte')),
    ('Character', 'SURROGATE'): ('19_b', prim('byte')),
    ('Character', 'DASH_PUNCTUATION'): ('20_b', prim('byte')),
    ('Character', 'START_PUNCTUATION'): ('21_b', prim('byte')),
    ('Character', 'END_PUNCTUATION'): ('22_b', prim('byte')),
    ('Character', 'CONNECTOR_PUNCTUATION'): ('23_b', prim('byte')),
    ('Character', 'OTHER_PUNCTUATION'): ('24_b', prim('byte')),
    ('Character', 'MATH_SYMBOL'): ('25_b', prim('byte')),
    ('Character', 'CURRENCY_SYMBOL'): ('26_b', prim('byte')),
    ('Character', 'MODIFIER_SYMBOL'): ('27_b', prim('byte')),
    ('Character', 'OTHER_SYMBOL'): ('28_b', prim('byte')),
    ('Character', 'INITIAL_QUOTE_PUNCTUATION'): ('29_b', prim('byte')),
    ('Character', 'FINAL_QUOTE_PUNCTUATION'): ('30_b', prim('byte')),
}


# ---------------------------------------------------------------------------------------------------
# The translator.

class Scope:
    def __init__(self, parent=None):
        self.parent = parent
        self.names = {}

    def lookup(self, name):
        scope = self
        while scope:
            if name in scope.names:
                return scope.names[name]
            scope = scope.parent
        return None


class MethodContext:
    def __init__(self, owner, static, result, this_expr='this'):
        self.owner = owner
        self.static = static
        self.result = result
        self.this_expr = this_expr
        self.return_label = None
        self.loops = []  # (java label or None, break label, continue label, used flags)
        self.captures = None  # for lambdas: dict name -> (type, ir name)
        self.outer_scope = None


class Translator:
    def __init__(self, source, top_name):
        self.source = source
        self.top = top_name
        self.last_lambda_result = None
        self.argument_results = {}
        self.collector_elements = []
        self.counter = 0
        self.out = []
        self.library = False
        self.user_classes = {}  # Java simple/qualified name -> IR name

    def fresh(self, base):
        self.counter += 1
        return f'{base}${self.counter}'

    def error(self, node, message):
        line = getattr(getattr(node, 'position', None), 'line', '?')
        raise Unsupported(f'line {line}: {message}')

    # --- types ---

    def resolve_type(self, node, type_params=None):
        if type_params is None:
            type_params = getattr(self, 'type_params_now', ())
        if node is None:
            return prim('void')
        dims = len(node.dimensions or [])
        if isinstance(node, J.BasicType):
            t = prim(node.name)
        else:
            name = node.name
            arguments = node.arguments
            sub = node.sub_type
            while sub is not None:
                name = name + '.' + sub.name
                # `Map.Entry<K, V>`: the type arguments belong to the last part.
                arguments = sub.arguments or arguments
                sub = sub.sub_type
            if name in type_params:
                # The innermost declaration wins (a method's `T` hides its class's).
                declared = [p for p in type_params if p == name][-1]
                bound = getattr(declared, 'bound', None)
                if bound is not None and isinstance(bound, J.ReferenceType) and bound.name not in type_params:
                    t = cls(self.class_name(qualified_type_name(bound), bound))
                else:
                    t = cls('java.lang.Object')
            else:
                t = cls(self.class_name(name, node))
                if arguments:
                    args = []
                    for arg in arguments:
                        if arg.type is None:
                            args.append(OBJECT)
                        else:
                            args.append(self.resolve_type(arg.type, type_params))
                    t = cls(t[1], args)
        for _ in range(dims):
            t = ('array', t)
        return t

    def class_name(self, name, node=None):
        if name in self.user_classes:
            return self.user_classes[name]
        if name in LIBRARY_NAMES:
            return LIBRARY_NAMES[name]
        if name.startswith('java.'):
            return name
        if '.' in name:
            first, rest = name.split('.', 1)
            nested = self.user_classes.get(first, '') + '$' + rest.replace('.', '$')
            if first in self.user_classes and (nested in self.user_classes.values() or nested in CLASSES):
                return nested
            nested = LIBRARY_NAMES.get(first, '') + '$' + rest.replace('.', '$')
            if first in LIBRARY_NAMES and nested in CLASSES:
                # A library class's nested class (`AbstractMap.SimpleEntry`).
                return nested
        self.error(node, f'unknown class {name}')

    # --- declarations ---

    def declare(self, type_decl, ir_name, type_params=()):
        kind = 'interface' if isinstance(type_decl, J.InterfaceDeclaration) else 'class'
        superclass = None
        interfaces = []
        if isinstance(type_decl, J.ClassDeclaration):
            superclass = (self.class_name(qualified_type_name(type_decl.extends), type_decl) if type_decl.extends
                          else 'java.lang.Object')
            interfaces = [self.class_name(qualified_type_name(i), type_decl) for i in (type_decl.implements or [])]
        elif type_decl.extends:
            interfaces = [self.class_name(qualified_type_name(i), type_decl) for i in type_decl.extends]
        info = ClassInfo(ir_name, kind, superclass, interfaces)
        if self.library and ir_name in CLASSES:
            # More methods for a runtime-library class: its existing ones stay callable.
            info.methods = list(CLASSES[ir_name].methods)
            info.fields = dict(CLASSES[ir_name].fields)
        # The methods before this index were loaded from the runtime library, not declared by this source.
        info.first_declared = len(info.methods)
        info.abstract = 'abstract' in (type_decl.modifiers or set())
        info.decl = type_decl
        params = type_params_of(type_decl)
        info.type_params = params
        CLASSES[ir_name] = info
        for member in type_decl.body:
            if isinstance(member, J.FieldDeclaration):
                t = self.resolve_type(member.type, params)
                variable = self.type_variable(member.type, params)
                # An interface's fields are static and final without saying so.
                modifiers = set(member.modifiers) | ({'static', 'final'} if kind == 'interface' else set())
                for d in member.declarators:
                    info.fields[d.name] = (t, 'static' in modifiers)
                    if variable:
                        info.generic_fields[d.name] = variable
                    if {'static', 'final'} <= modifiers and isinstance(d.initializer, J.Literal):
                        info.constants[d.name] = d.initializer
            elif isinstance(member, J.MethodDeclaration):
                mparams = params + type_params_of(member)
                ptypes = [self.param_type(p, mparams) for p in member.parameters]
                result = self.resolve_type(member.return_type, mparams)
                static = 'static' in member.modifiers
                abstract = member.body is None
                method_info = MethodInfo(ir_name, member.name, ptypes, result, static, 'private' in member.modifiers,
                                         abstract, [ir_type(p) for p in ptypes], ir_type(result))
                method_info.generic_result = self.type_variable(member.return_type, params)
                info.methods.append(method_info)
            elif isinstance(member, J.ConstructorDeclaration):
                ptypes = [self.param_type(p, params) for p in member.parameters]
                info.methods.append(MethodInfo(ir_name, '<init>', ptypes, prim('void'), False))
        if kind == 'class' and not any(m.name == '<init>' for m in info.methods):
            info.methods.append(MethodInfo(ir_name, '<init>', [], prim('void'), False))

    def type_variable(self, node, type_params):
        """The class type parameter that a declared type is (`T`), if it is one."""
        if isinstance(node, J.ReferenceType) and not node.dimensions and node.name in type_params and not node.sub_type:
            return node.name
        return None

    def param_type(self, param, type_params):
        t = self.resolve_type(param.type, type_params)
        if param.varargs:
            t = ('array', t)
        return t

    def translate(self):
        # javalang drops the method of a call with explicit type arguments (`Stream.<String>empty()` becomes a
        # call of `Stream`); blank them out (same length, so positions hold): the translation erases them anyway.
        source = re.sub(r'(?<=[\w)]\.)<[\w\s,.<>?\[\]]*>(?=\s*\w+\s*\()', lambda m: ' ' * len(m.group(0)), self.source)
        compilation = javalang.parse.parse(source)
        # A file of several classes (runtime-lib/java-src/Streams.java) need not have one named after it.
        top = [t for t in compilation.types if t.name == self.top] or compilation.types[:1]
        if not top:
            raise Unsupported(f'no class {self.top}')
        top = top[0]
        declarations = []

        def collect(decl, ir_name):
            self.user_classes[decl.name] = ir_name
            declarations.append((decl, ir_name))
            for member in decl.body:
                if isinstance(member, (J.ClassDeclaration, J.InterfaceDeclaration)):
                    collect(member, ir_name + '$' + member.name)
                elif isinstance(member, J.EnumDeclaration):
                    java_name = (java_prefix(decl, ir_name) + '.' + member.name)
                    enum_class = self.desugar_enum(member, java_name)
                    decl.body[decl.body.index(member)] = enum_class
                    collect(enum_class, ir_name + '$' + member.name)

        package = compilation.package.name + '.' if compilation.package else ''
        self.package = package

        def java_prefix(decl, ir_name):
            # The Java name of a class (`Outer.Inner`), for the messages of enums' valueOf.
            return ir_name[len(package):].replace('$', '.')
        for t in compilation.types:
            if isinstance(t, J.EnumDeclaration):
                # A top-level enum (java.math.RoundingMode), desugared as member enums are.
                t = self.desugar_enum(t, t.name)
            collect(t, package + t.name)
        for decl, ir_name in declarations:
            self.declare(decl, ir_name)
        for decl, ir_name in declarations:
            self.emit_class(decl, ir_name)
        if not self.library:
            self.emit_entry(package + top.name)
        return '\n'.join(self.out) + '\n'

    def desugar_enum(self, e, java_name):
        """An enum as javac compiles it: a final class extending java.lang.Enum, each constant a static
        final field made with its name and position, `$VALUES`, `values()` and `valueOf(String)`."""
        name = e.name
        constants = e.body.constants
        lines = []
        for index, constant in enumerate(constants):
            if constant.body:
                self.error(constant, 'enum constants with bodies are not supported')
            lines.append(f'static final {name} {constant.name} = new {name}("{constant.name}", {index});')
        lines.append(f'private static final {name}[] $VALUES = {{{", ".join(c.name for c in constants)}}};')
        lines.append(f'public static {name}[] values() {{ return $VALUES.clone(); }}')
        lines.append(f'public static {name} valueOf(String name) {{ for ({name} c : $VALUES) if (c.name().equals(name)) '
                     f'return c; throw new IllegalArgumentException("No enum constant {java_name}." + name); }}')
        lines.append(f'private {name}(String enumName, int enumOrdinal) {{ super(enumName, enumOrdinal); }}')
        synthetic = javalang.parse.parse('class T { ' + '\n'.join(lines) + ' }').types[0].body
        template = synthetic[-1]
        body = synthetic[:-1]
        # The constants' own arguments follow the name and the position.
        for index, constant in enumerate(constants):
            creator = body[index].declarators[0].initializer
            creator.arguments = list(creator.arguments) + list(constant.arguments or [])
        constructors = [d for d in e.body.declarations if isinstance(d, J.ConstructorDeclaration)]
        for declaration in e.body.declarations:
            if isinstance(declaration, J.ConstructorDeclaration):
                declaration.parameters = list(template.parameters) + list(declaration.parameters)
                declaration.body = list(template.body) + list(declaration.body or [])
            body.append(declaration)
        if not constructors:
            body.append(template)
        extends = javalang.parse.parse(f'class T extends Enum<{name}> {{}}').types[0].extends
        return J.ClassDeclaration(name=name, modifiers={'static', 'final'}, annotations=[], documentation=None,
                                  type_parameters=None, extends=extends, implements=e.implements, body=body)

    def emit_entry(self, top):
        main = [m for m in CLASSES[top].methods if m.name == 'main' and m.static]
        if not main:
            raise Unsupported('no static main')
        self.out.append(f'module class {top}$ extends java.lang.Object {{')
        self.out.append('  constructor def <init>;V() {')
        self.out.append('    this.java.lang.Object::<init>;V();')
        self.out.append('    <storeModule>')
        self.out.append('  }')
        self.out.append('  def main;[Ljava.lang.String;V(args: java.lang.String[]) {')
        self.out.append(f'    {top}::main;[Ljava.lang.String;V(args)')
        self.out.append('  }')
        self.out.append('}')

    def emit_class(self, decl, ir_name):
        info = CLASSES[ir_name]
        self.type_params_now = tuple(info.type_params)
        if info.kind == 'interface':
            head = f'interface {ir_name}'
            if info.interfaces:
                head += ' implements ' + ', '.join(info.interfaces)
        else:
            head = f'class {ir_name} extends {info.superclass}'
            if info.interfaces:
                head += ' implements ' + ', '.join(info.interfaces)
        self.out.append(head + ' {')
        static_inits = []
        instance_inits = []
        for member in decl.body:
            if isinstance(member, J.FieldDeclaration):
                t, static = info.fields[member.declarators[0].name]
                # A static final field is a `val`: the linker reads one set to a constant as that constant,
                # without initializing its class, as javac does.
                final = static and ('final' in member.modifiers or info.kind == 'interface')
                for d in member.declarators:
                    prefix = 'static ' if static else ''
                    keyword = 'val' if final else 'var'
                    self.out.append(f'  {prefix}{keyword} {ir_name}::{d.name}: {ir_type(t)}')
        # Initializers and initializer blocks run in the order the source writes them (JLS 12.4.2, 12.5).
        for member in decl.body:
            if isinstance(member, J.FieldDeclaration):
                t, static = info.fields[member.declarators[0].name]
                for d in member.declarators:
                    if d.initializer is not None:
                        (static_inits if static else instance_inits).append((d.name, t, d.initializer))
            elif isinstance(member, StaticBlock):
                static_inits.append((None, None, list(member)))
            elif isinstance(member, list):
                instance_inits.append((None, None, list(member)))
        for member in decl.body:
            if isinstance(member, J.ConstructorDeclaration):
                self.emit_constructor(info, member, instance_inits)
            elif isinstance(member, J.MethodDeclaration):
                self.emit_method(info, member)
        if info.kind == 'class' and not any(isinstance(m, J.ConstructorDeclaration) for m in decl.body):
            self.emit_constructor(info, None, instance_inits)
        # An interface's default methods are bridged too (`default int compareTo(Shape)` in `Shape extends
        # Comparable<Shape>` answers `compareTo(Object)`).
        if info.kind in ('class', 'interface'):
            self.emit_bridges(info)
        if static_inits:
            context = MethodContext(ir_name, True, prim('void'))
            lines = []
            scope = Scope()
            for name, t, init in static_inits:
                if name is None:
                    lines.extend(self.statements(init, scope, context))
                    continue
                value = self.initial_value(init, t, scope, context)
                lines.append(f'{ir_name}::{name} = {value}')
            self.out.append('  static constructor def <clinit>;V() {')
            self.out.append(self.indent(self.wrap_return(lines, context, prim('void')), 4))
            self.out.append('  }')
        self.out.append('}')
        self.out.append('')

    def emit_bridges(self, info):
        """Bridge methods, as javac writes them: a method that implements a generic interface method (such as
        `compareTo(Shape)` for `Comparable<Shape>`) also answers to the erased signature, by a cast and a call."""
        # Only what this source declares: a library class translated again (translate.sh's second pass) has
        # its first translation's bridges among the loaded methods, and must write them again.
        declared = info.methods[getattr(info, 'first_declared', 0):]
        own = [m for m in declared if not m.static and m.name != '<init>' and not m.abstract]
        written = set(m.ir_name() for m in declared)
        for method in own:
            for ancestor in ancestors(info.name)[1:]:
                target = CLASSES.get(ancestor)
                if target is None:
                    continue
                # Only generic supertypes have erased parameter types to bridge (an overload is not an
                # override); any supertype can have a wider result (`Integer get(int)` for `E get(int)`,
                # `Circle copy()` for `Shape copy()`), which javac bridges too.
                generic = ancestor in LIBRARY_TYPE_PARAMS or target.type_params
                for other in target.methods:
                    if (other.name != method.name or other.static or len(other.params) != len(method.params)
                            or other.ir_name() == method.ir_name() or other.ir_name() in written):
                        continue
                    if other.params == method.params:
                        if not (is_ref(other.result) and is_ref(method.result)) or method.private \
                                or assignable(method.result, other.result) is None:
                            continue
                    elif not generic:
                        continue
                    if not all(assignable(mine, theirs) is not None for mine, theirs in zip(method.params, other.params)):
                        continue
                    if not all(is_ref(p) for p in other.params if p not in method.params):
                        continue
                    # A primitive parameter never overrides an erased type variable (`remove(int)` is an
                    # overload of `remove(Object)`).
                    if not all(is_ref(mine) for mine, theirs in zip(method.params, other.params) if mine != theirs):
                        continue
                    written.add(other.ir_name())
                    names = [f'arg{i}' for i in range(len(other.params))]
                    declared = other.ir_params or [ir_type(p) for p in other.params]
                    params = ', '.join(f'{n}: {d}' for n, d in zip(names, declared))
                    args = ', '.join(n if mine == theirs else f'{n}.asInstanceOf[{ir_type(mine)}]'
                                     for n, mine, theirs in zip(names, method.params, other.params))
                    call = f'this.{method.ir_name()}({args})'
                    if other.result == prim('void'):
                        self.out.append(f'  def {other.ir_name()}({params}) {{\n    {call}\n  }}')
                    else:
                        result = other.ir_result if other.ir_result and other.ir_result != 'void' else ir_type(other.result)
                        self.out.append(f'  def {other.ir_name()}({params}): {result} = {{\n    {call}\n  }}')

    def initial_value(self, init, t, scope, context):
        if isinstance(init, J.ArrayInitializer):
            return self.array_initializer(init, t, scope, context)
        return self.convert(self.expr(init, scope, context, t), t, init)

    def signature_text(self, params, names, body=None):
        assigned = self.assigned_names(body) if body is not None else set()
        return ', '.join(f'{"var " if n in assigned else ""}{n}: {ir_type(t)}' for n, t in zip(names, params))

    def assigned_names(self, body):
        """Names that a body assigns to (or increments): those parameters must be `var` in the IR."""
        names = set()
        for statement in body or []:
            for _, node in statement.filter(J.Assignment):
                target = node.expressionl
                if isinstance(target, J.MemberReference) and not target.qualifier and not target.selectors:
                    names.add(target.member)
            for _, node in statement.filter(J.MemberReference):
                ops = (node.prefix_operators or []) + (node.postfix_operators or [])
                if any(op in ('++', '--') for op in ops) and not node.qualifier and not node.selectors:
                    names.add(node.member)
        return names

    def find_declared(self, info, name, params):
        for m in info.methods:
            if m.name == name and m.params == params:
                return m
        raise Unsupported(f'no method {name}')

    def emit_constructor(self, info, decl, instance_inits):
        params = [self.param_type(p, info.type_params) for p in (decl.parameters if decl else [])]
        names = [p.name for p in (decl.parameters if decl else [])]
        method = self.find_declared(info, '<init>', params)
        context = MethodContext(info.name, False, prim('void'))
        scope = Scope()
        for n, t in zip(names, params):
            scope.names[n] = (t, n)
        body = list(decl.body) if decl else []
        lines = []
        first = body[0] if body else None
        explicit = None
        if isinstance(first, J.StatementExpression) and isinstance(first.expression, J.ExplicitConstructorInvocation):
            explicit = ('this', first.expression)
            body = body[1:]
        elif isinstance(first, J.StatementExpression) and isinstance(first.expression, J.SuperConstructorInvocation):
            explicit = ('super', first.expression)
            body = body[1:]
        if explicit and explicit[0] == 'this':
            target = self.pick_method(info.name, '<init>', [self.expr(a, scope, context)[1] for a in explicit[1].arguments],
                                      explicit[1], constructor=True)
            args = self.args(target, explicit[1].arguments, scope, context)
            lines.append(f'this.{info.name}::{target.ir_name()}({args})')
        else:
            superclass = info.superclass
            if explicit:
                arg_types = [self.expr(a, scope, context)[1] for a in explicit[1].arguments]
                target = self.pick_method(superclass, '<init>', arg_types, explicit[1], constructor=True)
                args = self.args(target, explicit[1].arguments, scope, context)
            else:
                target = self.pick_method(superclass, '<init>', [], decl, constructor=True)
                args = ''
            lines.append(f'this.{superclass}::{target.ir_name()}({args})')
            for name, t, init in instance_inits:
                if name is None:
                    lines.extend(self.statements(init, scope, context))
                    continue
                value = self.initial_value(init, t, scope, context)
                lines.append(f'this.{info.name}::{name} = {value}')
        lines.extend(self.statements(body, scope, context))
        self.out.append(f'  constructor def {method.ir_name()}({self.signature_text(params, names, decl.body if decl else None)}) {{')
        self.out.append(self.indent(self.wrap_return(lines, context, prim('void')), 4))
        self.out.append('  }')

    def emit_method(self, info, decl):
        mparams = info.type_params + type_params_of(decl)
        self.type_params_now = mparams
        params = [self.param_type(p, mparams) for p in decl.parameters]
        result = self.resolve_type(decl.return_type, mparams)
        method = self.find_declared(info, decl.name, params)
        names = [p.name for p in decl.parameters]
        static = 'static' in decl.modifiers
        prefix = ('private ' if method.private and not static else '') + ('static ' if static else '')
        if method.private and static:
            prefix = 'private static '
        head = f'  {prefix}def {method.ir_name()}({self.signature_text(params, names, decl.body)})'
        if decl.body is None:
            self.out.append(head + (f': {ir_type(result)} = <abstract>' if result != prim('void') else ' <abstract>'))
            return
        context = MethodContext(info.name, static, result)
        scope = Scope()
        for n, t in zip(names, params):
            scope.names[n] = (t, n)
        lines = self.statements(decl.body, scope, context)
        text = self.indent(self.wrap_return(lines, context, result), 4)
        if result == prim('void'):
            self.out.append(head + ' {')
        else:
            self.out.append(head + f': {ir_type(result)} = {{')
        self.out.append(text)
        self.out.append('  }')

    def wrap_return(self, lines, context, result):
        if not lines:
            lines = ['/*<skip>*/']
        body = ';\n'.join(lines)
        if context.return_label:
            label = context.return_label
            typed = '' if result == prim('void') else f'[{ir_type(result)}]'
            return f'{label}{typed}: {{\n{self.indent(body, 2)}\n}}'
        return body

    def indent(self, text, n):
        pad = ' ' * n
        return '\n'.join(pad + line if line else line for line in text.split('\n'))

    # --- statements ---

    def statements(self, statements, scope, context):
        lines = []
        inner = Scope(scope)
        for s in statements:
            lines.extend(self.statement(s, inner, context))
        return lines

    def block(self, statement, scope, context):
        if isinstance(statement, J.BlockStatement):
            lines = self.statements(statement.statements, scope, context)
        else:
            lines = self.statement(statement, Scope(scope), context)
        if not lines:
            return '{\n  /*<skip>*/\n}'
        return '{\n' + self.indent(';\n'.join(lines), 2) + '\n}'

    def statement(self, s, scope, context):
        if isinstance(s, J.LocalVariableDeclaration):
            t = self.resolve_type(s.type)
            lines = []
            for d in s.declarators:
                dt = t
                for _ in (d.dimensions or []):
                    dt = ('array', dt)
                if d.initializer is None:
                    value = self.zero(dt)
                elif isinstance(d.initializer, J.ArrayInitializer):
                    value = self.array_initializer(d.initializer, dt, scope, context)
                else:
                    value = self.convert(self.expr(d.initializer, scope, context, dt), dt, d.initializer)
                name = d.name
                if scope.lookup(name) is not None:
                    name = self.fresh(name)
                scope.names[d.name] = (dt, name)
                lines.append(f'var {name}: {ir_type(dt)} = {value}')
            return lines
        if isinstance(s, J.StatementExpression):
            return [self.expression_statement(s.expression, scope, context)]
        if isinstance(s, J.BlockStatement) and getattr(s, 'label', None):
            # A labeled block: `break label` leaves it.
            block = {'kind': 'block', 'java_label': s.label, 'break': self.fresh('break'), 'break_used': False,
                     'continue_used': False}
            context.loops.append(block)
            text = self.block(s, scope, context)
            context.loops.pop()
            if block['break_used']:
                text = f'{block["break"]}: {{\n{self.indent(text, 2)}\n}}'
            return [text]
        if isinstance(s, J.BlockStatement):
            return [self.block(s, scope, context)]
        if isinstance(s, J.IfStatement):
            cond = self.condition(s.condition, scope, context)
            text = f'if ({cond}) {self.block(s.then_statement, scope, context)}'
            if s.else_statement is not None:
                text += f' else {self.block(s.else_statement, scope, context)}'
            return [text]
        if isinstance(s, J.WhileStatement):
            return self.loop(s.label if hasattr(s, 'label') else None, None, s.condition, s.body, None, scope, context)
        if isinstance(s, J.DoStatement):
            return self.do_loop(s, scope, context)
        if isinstance(s, J.ForStatement):
            return self.for_loop(s, scope, context)
        if isinstance(s, J.ReturnStatement):
            if context.return_label is None:
                context.return_label = self.fresh('return')
            if s.expression is None:
                return [f'return@{context.return_label}']
            found = self.expr(s.expression, scope, context, context.result)
            if getattr(context, 'return_types', None) is not None:
                context.return_types.append(found[1])
            value = self.convert(found, context.result, s)
            return [f'return@{context.return_label} {value}']
        if isinstance(s, J.BreakStatement):
            loop = self.find_loop(context, s.goto, s)
            loop['break_used'] = True
            return [f'return@{loop["break"]}']
        if isinstance(s, J.ContinueStatement):
            loop = self.find_loop(context, s.goto, s, continuing=True)
            loop['continue_used'] = True
            return [f'return@{loop["continue"]}']
        if isinstance(s, J.SynchronizedStatement):
            # One thread: the monitor is never contended, so only Java's null check of the lock remains.
            lock, lock_type = self.expr(s.lock, scope, context)
            lines = self.statements(s.block, Scope(scope), context)
            body = '{\n' + self.indent(';\n'.join(lines), 2) + '\n}' if lines else '{\n  /*<skip>*/\n}'
            return [f'{lock}.notNull', body] if is_ref(lock_type) else [body]
        if isinstance(s, J.ThrowStatement):
            value, _ = self.expr(s.expression, scope, context)
            return [f'throw {value}']
        if isinstance(s, J.TryStatement):
            return [self.try_statement(s, scope, context)]
        if isinstance(s, J.SwitchStatement):
            return self.switch(s, scope, context)
        if isinstance(s, J.Statement) and type(s) is J.Statement:
            return []
        self.error(s, f'statement {type(s).__name__}')

    def zero(self, t):
        if t[0] != 'prim':
            return 'null'
        return {'int': '0', 'long': '0L', 'double': '0.0d', 'float': '0.0f', 'boolean': 'false', 'char': "'\\u0000'",
                'byte': '0_b', 'short': '0_s'}[t[1]]

    def find_loop(self, context, label, node, continuing=False):
        for loop in reversed(context.loops):
            if label is None and (loop['kind'] == 'loop' or (loop['kind'] == 'switch' and not continuing)):
                return loop
            if label is not None and loop['java_label'] == label:
                return loop
        self.error(node, 'break or continue outside a loop')

    def loop(self, java_label, init, condition, body, update, scope, context, do_while=False):
        loop = {'kind': 'loop', 'java_label': java_label, 'break': self.fresh('break'),
                'continue': self.fresh('continue'), 'break_used': False, 'continue_used': False}
        context.loops.append(loop)
        inner_scope = Scope(scope)
        lines = []
        if init:
            for i in init:
                lines.extend(i(inner_scope))
        cond = self.condition(condition, inner_scope, context) if condition is not None else 'true'
        body_text = self.block(body, inner_scope, context)
        context.loops.pop()
        if loop['continue_used']:
            body_text = f'{loop["continue"]}: {body_text}'
            body_text = '{\n' + self.indent(body_text, 2) + '\n}'
        updates = update(inner_scope) if update else []
        if updates:
            inner = body_text[2:-2] if body_text.startswith('{\n') else body_text
            body_text = '{\n' + inner + ';\n' + self.indent(';\n'.join(updates), 2) + '\n}'
        if do_while:
            body_inner = body_text[2:-2]
            body_text = '{\n' + body_inner + f';\n  if ((!{cond})) {{\n    return@{loop["break"]}\n  }}\n}}'
            loop['break_used'] = True
            text = f'while (true) {body_text}'
        else:
            text = f'while ({cond}) {body_text}'
        if loop['break_used']:
            text = f'{loop["break"]}: {{\n{self.indent(text, 2)}\n}}'
        lines.append(text)
        if init:
            return ['{\n' + self.indent(';\n'.join(lines), 2) + '\n}']
        return lines

    def do_loop(self, s, scope, context):
        return self.loop(getattr(s, 'label', None), None, s.condition, s.body, None, scope, context, do_while=True)

    def for_loop(self, s, scope, context):
        control = s.control
        label = getattr(s, 'label', None)
        if isinstance(control, J.EnhancedForControl):
            iterable, itype = self.expr(control.iterable, scope, context)
            if itype[0] == 'class':
                # An Iterable: the Iterator protocol.
                iterator_name = self.fresh('iterator')
                pre = [f'val {iterator_name}: java.util.Iterator = {iterable}.iterator;Ljava.util.Iterator()']
                return self.for_each(s, label, pre, f'{iterator_name}.hasNext;Z()',
                                     (f'{iterator_name}.next;Ljava.lang.Object()', OBJECT), None, scope, context)
            if itype[0] != 'array':
                self.error(s, 'for-each over something other than an array')
            array_name = self.fresh('array')
            index_name = self.fresh('index')
            pre = [f'val {array_name}: {ir_type(itype)} = {iterable}', f'var {index_name}: int = 0']
            return self.for_each(s, label, pre, f'({index_name} <[int] {array_name}.length)',
                                 (f'{array_name}[{index_name}]', itype[1]),
                                 f'{index_name} = ({index_name} +[int] 1)', scope, context)
        inits = []
        if control.init is not None:
            init_nodes = control.init if isinstance(control.init, list) else [control.init]
            for node in init_nodes:
                if isinstance(node, J.VariableDeclaration):
                    decl = J.LocalVariableDeclaration(type=node.type, declarators=node.declarators, modifiers=set(),
                                                      annotations=[])
                    inits.append(lambda inner, decl=decl: self.statement(decl, inner, context))
                else:
                    inits.append(lambda inner, node=node: [self.expression_statement(node, inner, context)])
        updates = None
        if control.update:
            updates = lambda inner: [self.expression_statement(u, inner, context) for u in control.update]
        return self.loop(label, inits, control.condition, s.body, updates, scope, context)

    def for_each(self, s, label, pre, condition, element, step, scope, context):
        """A for-each loop: `pre` statements, then while `condition`, the variable bound to `element`
        (converted to its declared type: cast, unboxed or widened), the body, and the `step`."""
        control = s.control
        var_type = self.resolve_type(control.var.type)
        var_name = control.var.declarators[0].name
        loop = {'kind': 'loop', 'java_label': label, 'break': self.fresh('break'),
                'continue': self.fresh('continue'), 'break_used': False, 'continue_used': False}
        context.loops.append(loop)
        inner = Scope(scope)
        for statement in pre:
            name = statement.split(':', 1)[0].split()[-1]
            inner.names[name] = (OBJECT, name)
        value = self.convert(element, var_type, s)
        body_scope = Scope(inner)
        body_scope.names[var_name] = (var_type, var_name)
        body = self.block(s.body, body_scope, context)
        context.loops.pop()
        if loop['continue_used']:
            body = f'{loop["continue"]}: {body}'
        tail = f';\n  {step}' if step else ''
        text = (f'while ({condition}) {{\n'
                f'  val {var_name}: {ir_type(var_type)} = {value};\n'
                f'{self.indent(body, 2)}{tail}\n}}')
        if loop['break_used']:
            text = f'{loop["break"]}: {{\n{self.indent(text, 2)}\n}}'
        return ['{\n' + self.indent(';\n'.join(pre + [text]), 2) + '\n}']

    def switch(self, s, scope, context):
        selector, stype = self.expr(s.expression, scope, context)
        string_switch = is_string(stype)
        enum_constants = None
        if stype[0] == 'class' and CLASSES.get(stype[1]) and CLASSES[stype[1]].superclass == 'java.lang.Enum':
            # A switch on an enum is a switch on its position; the case labels are the constants' names.
            enum_decl = CLASSES[stype[1]].decl
            enum_constants = [m.declarators[0].name for m in enum_decl.body
                              if isinstance(m, J.FieldDeclaration) and m.declarators[0].name != '$VALUES'
                              and isinstance(m.declarators[0].initializer, J.ClassCreator)]
            selector = f'{selector}.ordinal;I()'
        elif not string_switch:
            selector = self.convert((selector, stype), prim('int'), s)
        elif stype[0] == 'class':
            # javac's switch calls the string's hashCode first: a null string throws NullPointerException.
            selector = f'{selector}.notNull'
        loop = {'kind': 'switch', 'java_label': None, 'break': self.fresh('switch'), 'break_used': False,
                'continue_used': False}
        context.loops.append(loop)
        cases = []
        default = None
        pending = []
        inner = Scope(scope)
        if self.switch_falls_through(s):
            return self.switch_with_fallthrough(s, selector, stype, string_switch, enum_constants, loop, inner, context)
        for index, case in enumerate(s.cases):
            is_default = False
            values = self.case_labels(s, case, string_switch, enum_constants, context)
            if not case.case:
                is_default = True
            statements = list(case.statements)
            if not statements and index + 1 < len(s.cases):
                pending.extend(values)
                if is_default:
                    self.error(s, 'default falling through')
                continue
            if statements and isinstance(statements[-1], J.BreakStatement) and statements[-1].goto is None:
                statements = statements[:-1]
            elif statements and not isinstance(statements[-1], (J.ReturnStatement, J.ThrowStatement, J.ContinueStatement)) \
                    and index + 1 < len(s.cases):
                self.error(s, 'switch cases falling through')
            body_lines = self.statements(statements, inner, context)
            body = '{\n' + self.indent(';\n'.join(body_lines or ['/*<skip>*/']), 2) + '\n}'
            if is_default:
                if pending:
                    self.error(s, 'cases falling into default')
                default = body
            else:
                cases.append((pending + values, body))
                pending = []
        context.loops.pop()
        text = f'match ({selector}) {{\n'
        for values, body in cases:
            text += f'  case {" | ".join(values)}:\n{self.indent(body, 4)};\n'
        empty = '{\n  /*<skip>*/\n}'
        text += f'  default:\n{self.indent(default or empty, 4)};\n}}'
        if loop['break_used']:
            text = f'{loop["break"]}: {{\n{self.indent(text, 2)}\n}}'
        return [text]

    def case_labels(self, s, case, string_switch, enum_constants, context):
        """The values of a case's labels, as the IR's match writes them."""
        values = []
        for value in case.case:
            if isinstance(value, J.Literal):
                if string_switch:
                    values.append(value.value)
                else:
                    values.append(self.case_int(value))
            elif enum_constants is not None and isinstance(value, (J.MemberReference, str)):
                name = value if isinstance(value, str) else value.member
                if name not in enum_constants:
                    self.error(s, f'case label {name} is not a constant of the enum')
                values.append(str(enum_constants.index(name)))
            elif isinstance(value, (J.MemberReference, str)):
                # javalang gives a bare name as a string.
                name = value if isinstance(value, str) else value.member
                owner = self.field_owner(context.owner, name)
                literal = CLASSES[owner].constants.get(name) if owner else None
                qualifier = getattr(value, 'qualifier', None)
                if literal is None and not string_switch and (qualifier, name) in CONSTANTS:
                    # A library constant (`case Character.UPPERCASE_LETTER:`), as javac inlines it.
                    number = int(CONSTANTS[(qualifier, name)][0].strip('()').split('_')[0])
                    values.append(f'({number})' if number < 0 else str(number))
                    continue
                if literal is None:
                    self.error(s, f'case label {name} is not a constant')
                values.append(literal.value if string_switch else self.case_int(literal))
            else:
                self.error(s, 'case labels must be constants')
        return values

    @staticmethod
    def switch_falls_through(s):
        """Whether a case with statements runs on into the next (or a default shares its statements)."""
        for index, case in enumerate(s.cases):
            statements = list(case.statements)
            last = index + 1 == len(s.cases)
            if not statements:
                if not last and not case.case:
                    return True
                continue
            ends = isinstance(statements[-1], (J.ReturnStatement, J.ThrowStatement, J.ContinueStatement)) or (
                isinstance(statements[-1], J.BreakStatement) and statements[-1].goto is None)
            if not ends and not last:
                return True
        # Cases that share a default's statements (`case 1: default: ...`).
        for index, case in enumerate(s.cases):
            if not case.statements and index + 1 < len(s.cases) and not s.cases[index + 1].case:
                return True
        return False

    def switch_with_fallthrough(self, s, selector, stype, string_switch, enum_constants, loop, inner, context):
        """A switch whose cases fall through, as a sequence of guarded blocks: once a case's labels match (or,
        for the default, none does), `falling` is set and every later block runs until a break leaves the
        whole switch, as Java's does."""
        key = self.fresh('key')
        falling = self.fresh('falling')
        key_type = 'java.lang.String' if string_switch else 'int'
        labels = [self.case_labels(s, case, string_switch, enum_constants, context) for case in s.cases]

        def test(value):
            if string_switch:
                return f'{key}.equals;Ljava.lang.Object;Z({value})'
            return f'({key} ==[int] {value})'

        every = [test(v) for values in labels for v in values]
        lines = [f'val {key}: {key_type} = {selector}', f'var {falling}: boolean = false']
        for case, values in zip(s.cases, labels):
            if case.case:
                matches = ' || '.join([falling] + [test(v) for v in values])
            else:
                none = ' || '.join(every) if every else 'false'
                matches = f'{falling} || (!({none}))'
            body_lines = [f'{falling} = true'] + self.statements(list(case.statements), inner, context)
            body = '{\n' + self.indent(';\n'.join(body_lines), 2) + '\n}'
            lines.append(f'if (({matches})) {body}')
        context.loops.pop()
        text = f'{loop["break"]}: {{\n' + self.indent(';\n'.join(lines), 2) + '\n}'
        return [text]

    def case_int(self, literal):
        # The printer writes negative literals in parentheses: `case 1 | (-1):`.
        number = self.constant_int(literal)
        return f'({number})' if number < 0 else str(number)

    def int_constant(self, expression):
        """The value of an int literal (`7`, `-1`), or None for anything else (other constants do not count)."""
        if not isinstance(expression, J.Literal) or getattr(expression, 'selectors', None):
            return None
        value = expression.value
        if value[:1] in ('"', "'") or value[-1:] in 'lLfFdD' and not value.lower().startswith('0x') \
                or '.' in value or value in ('true', 'false', 'null'):
            return None
        try:
            return self.constant_int(expression)
        except (ValueError, Unsupported):
            return None

    def constant_int(self, literal):
        value = literal.value
        if value.startswith("'"):
            number = ord(self.char_value(value))
        else:
            number = int(value.rstrip('lL'), 0)
        # `case -1:` is a literal with a prefix operator, applied innermost first.
        for operator in reversed(getattr(literal, 'prefix_operators', None) or []):
            if operator == '-':
                number = -number
            elif operator == '~':
                number = ~number
            elif operator != '+':
                raise Unsupported(f'case label with operator {operator}')
        return number

    def try_with_resources(self, s):
        """The statements of a try-with-resources, as javac desugars it: each resource in a block of its own
        that closes it after the rest, and adds what closing throws to the primary exception as suppressed."""
        inner = list(s.block)
        for resource in reversed(s.resources):
            n = self.fresh('resource')
            template = (f'{{ final Object {resource.name} = null; Throwable primary${n} = null; '
                        f'try {{ }} catch (Throwable thrown${n}) {{ primary${n} = thrown${n}; throw thrown${n}; }} '
                        f'finally {{ if ({resource.name} != null) {{ if (primary${n} != null) {{ '
                        f'try {{ {resource.name}.close(); }} catch (Throwable closing${n}) {{ primary${n}.addSuppressed(closing${n}); }} '
                        f'}} else {{ {resource.name}.close(); }} }} }} }}')
            parser = javalang.parser.Parser(javalang.tokenizer.tokenize(template))
            block = parser.parse_block()
            declaration = block[0]
            declaration.type = resource.type
            declaration.declarators[0].initializer = resource.value
            block[2].block = inner
            inner = [J.BlockStatement(statements=block)]
        return inner

    def try_statement(self, s, scope, context):
        if s.resources:
            body = self.try_with_resources(s)
            if not s.catches and not s.finally_block:
                return self.block(J.BlockStatement(statements=body), scope, context)
            s = J.TryStatement(block=body, catches=s.catches, finally_block=s.finally_block, resources=None)
        text = f'try {self.block(J.BlockStatement(statements=s.block), scope, context)}'
        if s.catches:
            var = self.fresh('e')
            chain = None
            branches = []
            for catch in s.catches:
                types = [self.class_name(n, catch) for n in catch.parameter.types]
                name = catch.parameter.name
                handler_scope = Scope(scope)
                ctype = cls(types[0]) if len(types) == 1 else cls('java.lang.Throwable')
                ir_name = name if scope.lookup(name) is None else self.fresh(name)
                handler_scope.names[name] = (ctype, ir_name)
                body = self.statements(catch.block, handler_scope, context)
                lines = [f'val {ir_name}: {ir_type(ctype)} = {var}.asInstanceOf[{ir_type(ctype)}]'] + body
                handler = '{\n' + self.indent(';\n'.join(lines), 2) + '\n}'
                test = ' || '.join(f'{var}.isInstanceOf[{t}]' for t in types)
                if types == ['java.lang.Throwable']:
                    test = 'true'
                branches.append((test, handler))
            chain = f'{{\n  throw {var}\n}}'
            for test, handler in reversed(branches):
                if test == 'true':
                    chain = handler
                else:
                    chain = f'if (({test})) {handler} else {chain}'
            if not chain.startswith('{'):
                chain = '{\n' + self.indent(chain, 2) + '\n}'
            text += f' catch ({var}) {chain}'
        if s.finally_block:
            if s.catches:
                text = '{\n' + self.indent(text, 2) + '\n}'
                text = f'try {text}'
            text += f' finally {self.block(J.BlockStatement(statements=s.finally_block), scope, context)}'
        return text

    def expression_statement(self, e, scope, context):
        if isinstance(e, J.Assignment):
            return self.assignment(e, scope, context)
        if isinstance(e, (J.MemberReference, J.This)) and (e.postfix_operators or e.prefix_operators):
            ops = (e.postfix_operators or []) + (e.prefix_operators or [])
            if ops in (['++'], ['--']):
                saved = (e.postfix_operators, e.prefix_operators)
                e.postfix_operators, e.prefix_operators = [], []
                selectors = list(getattr(e, 'selectors', None) or [])
                if selectors and isinstance(selectors[-1], J.ArraySelector):
                    # `a[f()]++` is `a[f()] += 1`: the array and the index are evaluated once.
                    compound = J.Assignment(expressionl=e, type='+=' if ops == ['++'] else '-=', value=J.Literal(value='1'))
                    try:
                        return self.assignment(compound, scope, context)
                    finally:
                        e.postfix_operators, e.prefix_operators = saved
                try:
                    target, ttype = self.lvalue(e, scope, context)
                finally:
                    e.postfix_operators, e.prefix_operators = saved
                op = '+' if ops == ['++'] else '-'
                return f'{target} = {self.cast(self.arith(op, (target, ttype), self.one(ttype), e), ttype, e)}'
        text, _ = self.expr(e, scope, context)
        return text

    def one(self, t):
        t = self.unboxed(('', t))[1]
        if t[1] in ('long', 'double', 'float'):
            return {'long': '1L', 'double': '1.0d', 'float': '1.0f'}[t[1]], t
        return '1', prim('int')

    def assignment(self, e, scope, context):
        target, ttype = self.lvalue(e.expressionl, scope, context)
        if e.type == '=':
            if isinstance(e.value, J.ArrayInitializer):
                value = self.array_initializer(e.value, ttype, scope, context)
            else:
                value = self.convert(self.expr(e.value, scope, context, ttype), ttype, e)
            return f'{target} = {value}'
        op = e.type[:-1]
        element_target = self.bind_element(e.expressionl, scope, context)
        if element_target is not None:
            # `a[i] op= v` evaluates the array and the index once (`a[k++] += 1` increments k once).
            binding, target, element = element_target
            rhs = self.expr(e.value, scope, context)
            if op == '+' and is_string(element):
                update = f'({target} +[string] {rhs[0]})'
            else:
                update = self.cast(self.binary(op, (target, element), rhs, e), element, e)
            return f'{{\n  {binding};\n  {target} = {update}\n}}'
        # `f().x op= v` evaluates the qualifier once: it goes into a local first.
        bound = self.bind_qualifier(target)
        if bound is not None:
            binding, target = bound
        rhs = self.expr(e.value, scope, context)
        if op == '+' and is_string(ttype):
            update = f'{target} = ({target} +[string] {rhs[0]})'
        else:
            result = self.binary(op, (target, ttype), rhs, e)
            update = f'{target} = {self.cast(result, ttype, e)}'
        return update if bound is None else f'{{\n  {binding};\n  {update}\n}}'

    def bind_element(self, node, scope, context):
        """For an array element target (`a[i]`): definitions of locals holding the array and the index, the
        element read through them, and its type; otherwise None."""
        selectors = list(getattr(node, 'selectors', None) or [])
        if not selectors or not isinstance(selectors[-1], J.ArraySelector):
            return None
        node.selectors = selectors[:-1]
        try:
            array, array_type = self.expr(node, scope, context)
        finally:
            node.selectors = selectors
        index = self.convert(self.expr(selectors[-1].index, scope, context), prim('int'), node)
        array_name, index_name = self.fresh('array'), self.fresh('index')
        binding = f'val {array_name}: {ir_type(array_type)} = {array};\n  val {index_name}: int = {index}'
        return binding, f'{array_name}[{index_name}]', array_type[1]

    def bind_qualifier(self, target):
        """For a field target whose qualifier is more than a name (`self("a").Side::field`): a definition
        of a local holding the qualifier, and the target read through that local; otherwise None."""
        colons = target.rfind('::')
        if colons < 0 or not re.fullmatch(r'[\w$]+', target[colons + 2:]):
            return None
        head = target[:colons]
        for dot in [i for i, ch in enumerate(head) if ch == '.']:
            owner = head[dot + 1:]
            if owner in CLASSES:
                qualifier = head[:dot]
                if re.fullmatch(r'[\w$]+', qualifier):
                    return None
                name = self.fresh('qualifier')
                return f'val {name}: {owner} = {qualifier}', f'{name}.{owner}::{target[colons + 2:]}'
        return None

    def lvalue(self, e, scope, context):
        self.assigning = True
        try:
            text, t = self.expr(e, scope, context, lvalue=True)
        finally:
            self.assigning = False
        return text, t

    # --- expressions: return (text, type) ---

    def condition(self, e, scope, context):
        text, t = self.expr(e, scope, context)
        return self.convert((text, t), prim('boolean'), e)

    def expr(self, e, scope, context, expected=None, lvalue=False):
        text, t = self.primary(e, scope, context, expected, lvalue)
        return text, t

    def primary(self, e, scope, context, expected, lvalue):
        prefix = list(getattr(e, 'prefix_operators', None) or [])
        postfix = list(getattr(e, 'postfix_operators', None) or [])
        if prefix or postfix:
            saved_prefix, saved_postfix = e.prefix_operators, e.postfix_operators
            e.prefix_operators, e.postfix_operators = [], []
            try:
                if postfix and postfix[0] in ('++', '--'):
                    return self.increment(e, postfix[0], True, scope, context)
                if prefix and prefix[-1] in ('++', '--') and len(prefix) == 1:
                    return self.increment(e, prefix[-1], False, scope, context)
                text, t = self.primary(e, scope, context, expected, lvalue)
                for op in reversed(prefix):
                    text, t = self.unary(op, (text, t), e)
                return text, t
            finally:
                e.prefix_operators, e.postfix_operators = saved_prefix, saved_postfix
        if isinstance(e, Paren):
            value = self.expr(e.expression, scope, context, expected, lvalue)
            return self.selectors(value, e.selectors, scope, context, e, lvalue)
        if isinstance(e, J.Assignment):
            text = self.assignment(e, scope, context)
            target, ttype = self.lvalue(e.expressionl, scope, context)
            return f'{{\n  {text};\n  {target}\n}}', ttype
        if isinstance(e, J.Literal):
            base = self.literal(e)
            return self.selectors(base, e.selectors, scope, context, e)
        if isinstance(e, J.BinaryOperation):
            if e.operator in ('&&', '||'):
                left = self.condition(e.operandl, scope, context)
                right = self.condition(e.operandr, scope, context)
                return f'({left} {e.operator} {right})', prim('boolean')
            if e.operator == 'instanceof':
                value, _ = self.expr(e.operandl, scope, context)
                target = self.resolve_type(e.operandr)
                return f'{value}.isInstanceOf[{ir_type(target)}]', prim('boolean')
            left = self.expr(e.operandl, scope, context)
            right = self.expr(e.operandr, scope, context)
            return self.binary(e.operator, left, right, e)
        if isinstance(e, J.TernaryExpression):
            cond = self.condition(e.condition, scope, context)
            a = self.expr(e.if_true, scope, context, expected)
            b = self.expr(e.if_false, scope, context, expected)
            t = self.ternary_type(a[1], b[1], expected, self.int_constant(e.if_true), self.int_constant(e.if_false))
            return f'if ({cond}) {{\n  {self.convert(a, t, e)}\n}} else {{\n  {self.convert(b, t, e)}\n}}', t
        if isinstance(e, J.Cast):
            target = self.resolve_type(e.type)
            inner = e.expression.expression if isinstance(e.expression, Paren) else e.expression
            if isinstance(inner, J.LambdaExpression):
                value = self.lambda_(inner, scope, context, target)
                return self.selectors(value, getattr(e, 'selectors', None), scope, context, e)
            value = self.expr(e.expression, scope, context, target)
            return self.cast(value, target, e), target
        if isinstance(e, J.MethodInvocation):
            return self.invocation(e, scope, context)
        if isinstance(e, J.MemberReference):
            return self.member(e, scope, context, lvalue)
        if isinstance(e, J.This):
            base = (context.this_expr, cls(context.owner))
            if context.captures is not None:
                base = self.capture_this(context)
            return self.selectors(base, e.selectors, scope, context, e, lvalue)
        if isinstance(e, J.ClassCreator):
            return self.creator(e, scope, context)
        if isinstance(e, J.ArrayCreator):
            return self.array_creator(e, scope, context)
        if isinstance(e, J.LambdaExpression):
            return self.lambda_(e, scope, context, expected)
        if isinstance(e, J.MethodReference):
            return self.lambda_(self.method_reference_lambda(e, scope, expected), scope, context, expected)
        if isinstance(e, J.VoidClassReference):
            return self.selectors(('classOf[void]', cls('java.lang.Class')), e.selectors, scope, context, e)
        if isinstance(e, J.ClassReference):
            t = self.resolve_type(e.type)
            for _ in range(getattr(e, 'array_dimensions', 0) if not e.type.dimensions else 0):
                t = ('array', t)
            return self.selectors((f'classOf[{ir_type(t)}]', cls('java.lang.Class')), e.selectors, scope, context, e)
        if isinstance(e, J.SuperMethodInvocation):
            info = CLASSES[context.owner]
            arg_types = [self.expr(a, scope, context)[1] for a in e.arguments]
            target = self.pick_method(info.superclass, e.member, arg_types, e)
            args = self.args(target, e.arguments, scope, context)
            base = (f'{context.this_expr}.{target.owner}::{target.ir_name()}({args})', target.result)
            return self.selectors(base, e.selectors, scope, context, e)
        if isinstance(e, J.SuperMemberReference):
            # `super.field`: the field as the superclass sees it (fields are not virtual).
            superclass = CLASSES[context.owner].superclass
            owner = self.field_owner(superclass, e.member)
            if owner is None:
                self.error(e, f'unknown field {e.member}')
            t, _ = CLASSES[owner].fields[e.member]
            this = self.capture_this(context) if context.captures is not None else (context.this_expr, cls(context.owner))
            return self.selectors((f'{this[0]}.{owner}::{e.member}', t), e.selectors, scope, context, e, lvalue)
        self.error(e, f'expression {type(e).__name__}')

    def increment(self, e, op, post, scope, context):
        binding = ''
        element_target = self.bind_element(e, scope, context)
        if element_target is not None:
            # `a[f()]++` evaluates the array and the index once.
            binding, target, t = element_target
            binding += ';\n  '
        else:
            target, t = self.lvalue(e, scope, context)
            bound = self.bind_qualifier(target)
            if bound is not None:
                binding, target = bound[0] + ';\n  ', bound[1]
        new = self.cast(self.arith('+' if op == '++' else '-', (target, t), self.one(t), e), t, e)
        temp = self.fresh('t')
        if post:
            return f'{{\n  {binding}val {temp}: {ir_type(t)} = {target};\n  {target} = {new};\n  {temp}\n}}', t
        return f'{{\n  {binding}{target} = {new};\n  {target}\n}}', t

    def literal(self, e):
        v = e.value
        if v == 'null':
            return 'null', NULL
        if v in ('true', 'false'):
            return v, prim('boolean')
        if v.startswith('"'):
            return self.string_literal(v), STRING
        if v.startswith("'"):
            ch = self.char_value(v)
            return self.char_literal(ch), prim('char')
        text = v.replace('_', '')
        if text[-1] in 'lL':
            value = int(text[:-1], 0)
            if value >= 2 ** 63:
                value -= 2 ** 64
            return (f'{value}L' if value >= 0 else f'({value}L)'), prim('long')
        if re.match(r'^0[xX][0-9a-fA-F.]*[pP]', text):
            # A hexadecimal floating-point literal (`0x1p-53`, `0x1.8p3f`).
            if text[-1] in 'fF':
                return self.float_literal(float.fromhex(text[:-1]), 'f'), prim('float')
            return self.float_literal(float.fromhex(text.rstrip('dD')), 'd'), prim('double')
        if re.match(r'^0[xX]', text) or re.match(r'^0[bB]', text):
            value = int(text, 0)
            if value >= 2 ** 31:
                value -= 2 ** 32
            return (str(value) if value >= 0 else f'({value})'), prim('int')
        if text[-1] in 'fF':
            return self.float_literal(float(text[:-1]), 'f'), prim('float')
        if text[-1] in 'dD' or '.' in text or 'e' in text or 'E' in text:
            return self.float_literal(float(text.rstrip('dD')), 'd'), prim('double')
        value = int(text, 8) if len(text) > 1 and text.startswith('0') else int(text)
        return str(value), prim('int')

    def float_literal(self, value, suffix):
        text = repr(value)
        if 'e' in text:
            mantissa, exponent = text.split('e')
            if '.' not in mantissa:
                mantissa += '.0'
            text = f'{mantissa}E{int(exponent)}'
        return f'{text}{suffix}'

    def char_value(self, v):
        body = v[1:-1]
        return self.unescape(body)

    def unescape(self, body):
        out, i = '', 0
        while i < len(body):
            ch = body[i]
            if ch == '\\':
                nxt = body[i + 1]
                if nxt == 'u':
                    out += chr(int(body[i + 2:i + 6], 16))
                    i += 6
                    continue
                if nxt in '01234567':
                    # Octal escape: up to three digits, at most \377.
                    end = i + 2
                    limit = i + (4 if nxt in '0123' else 3)
                    while end < min(limit, len(body)) and body[end] in '01234567':
                        end += 1
                    out += chr(int(body[i + 1:end], 8))
                    i = end
                    continue
                out += {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', 'b': '\b',
                        'f': '\f', 's': ' '}[nxt]
                i += 2
                continue
            out += ch
            i += 1
        return out

    def escape(self, text, quote):
        out = ''
        for ch in text:
            code = ord(ch)
            if ch == '\\':
                out += '\\\\'
            elif ch == quote:
                out += '\\' + quote
            elif ch == '\n':
                out += '\\n'
            elif ch == '\t':
                out += '\\t'
            elif ch == '\r':
                out += '\\r'
            elif code < 0x20 or code > 0x7e:
                if code > 0xFFFF:
                    code -= 0x10000
                    out += '\\u%04x\\u%04x' % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))
                else:
                    out += '\\u%04x' % code
            else:
                out += ch
        return out

    def string_literal(self, v):
        return '"' + self.escape(self.unescape(v[1:-1]), '"') + '"'

    def char_literal(self, ch):
        return "'" + self.escape(ch, "'") + "'"

    def ternary_type(self, a, b, expected, a_constant=None, b_constant=None):
        # JLS 15.25: a numeric conditional unboxes its operands and promotes them, except that a `char`,
        # `byte` or `short` beside an int constant that fits it keeps its type (`c ? 'x' : 0` is a char).
        if a == b:
            return a
        if a == NULL:
            return b if is_ref(b) else cls(BOXES[b[1]])
        if b == NULL:
            return a if is_ref(a) else cls(BOXES[a[1]])
        unboxed_a = prim(UNBOX[a[1]]) if a[0] == 'class' and a[1] in UNBOX else a
        unboxed_b = prim(UNBOX[b[1]]) if b[0] == 'class' and b[1] in UNBOX else b
        if is_numeric(unboxed_a) and is_numeric(unboxed_b):
            ranges = {'char': (0, 0xFFFF), 'byte': (-128, 127), 'short': (-32768, 32767)}
            for small, other, constant in ((unboxed_a, unboxed_b, b_constant), (unboxed_b, unboxed_a, a_constant)):
                if small[1] in ranges and other == prim('int') and constant is not None:
                    low, high = ranges[small[1]]
                    if low <= constant <= high:
                        return small
            if unboxed_a == unboxed_b:
                return unboxed_a
            if {unboxed_a[1], unboxed_b[1]} in ({'byte', 'short'},):
                return prim('short')
            return self.promote(unboxed_a, unboxed_b)
        if expected is not None and expected != prim('void'):
            return expected
        if is_ref(a) and is_ref(b):
            if a[0] == 'class' and b[0] == 'class':
                if is_subclass(a[1], b[1]):
                    return b
                if is_subclass(b[1], a[1]):
                    return a
            return OBJECT
        return OBJECT

    def promote(self, a, b):
        for t in ('double', 'float', 'long'):
            if t in (a[1], b[1]):
                return prim(t)
        return prim('int')

    def unboxed(self, value):
        text, t = value
        if t[0] == 'class' and t[1] in UNBOX:
            p = UNBOX[t[1]]
            return f'{text}.{p}Value;{CODES[p]}()', prim(p)
        return value

    def unary(self, op, value, node):
        value = self.unboxed(value)
        text, t = value
        if op == '!':
            return f'(!{text})', prim('boolean')
        if op == '-':
            if t[1] in ('double', 'float', 'long'):
                return f'(-{text})', t
            return f'(-{self.convert(value, prim("int"), node)})', prim('int')
        if op == '+':
            return (self.convert(value, prim('int'), node), prim('int')) if t[1] in ('char', 'byte', 'short') else value
        if op == '~':
            if t[1] == 'long':
                return f'(~{text})', t
            return f'(~{self.convert(value, prim("int"), node)})', prim('int')
        self.error(node, f'unary {op}')

    def binary(self, op, left, right, node):
        if op == '+' and (is_string(left[1]) or is_string(right[1])):
            return self.concat(left, right), STRING
        if op in ('==', '!='):
            lt, rt = left[1], right[1]
            if is_ref(lt) and is_ref(rt):
                return f'({left[0]} {"===" if op == "==" else "!=="} {right[0]})', prim('boolean')
            left, right = self.unboxed(left), self.unboxed(right)
            lt, rt = left[1], right[1]
            if lt[1] == 'boolean':
                return f'({left[0]} {op}[bool] {right[0]})', prim('boolean')
            return self.compare(op, left, right, node)
        if op in ('<', '<=', '>', '>='):
            return self.compare(op, self.unboxed(left), self.unboxed(right), node)
        left, right = self.unboxed(left), self.unboxed(right)
        if op in ('&', '|', '^') and left[1] == prim('boolean'):
            if op == '^':
                return f'({left[0]} !=[bool] {right[0]})', prim('boolean')
            return f'({left[0]} {op}[bool] {right[0]})', prim('boolean')
        if op in ('<<', '>>', '>>>'):
            lt = prim('long') if left[1][1] == 'long' else prim('int')
            l = self.convert(left, lt, node)
            r = self.convert(right, prim('int'), node)
            return f'({l} {op}[{lt[1]}] {r})', lt
        return self.arith(op, left, right, node)

    def arith(self, op, left, right, node):
        t = self.promote(left[1], right[1])
        kind = {'int': 'int', 'long': 'long', 'double': 'double', 'float': 'float'}[t[1]]
        l = self.convert(left, t, node)
        r = self.convert(right, t, node)
        if op not in ('+', '-', '*', '/', '%', '&', '|', '^'):
            self.error(node, f'operator {op}')
        return f'({l} {op}[{kind}] {r})', t

    def compare(self, op, left, right, node):
        t = self.promote(left[1], right[1])
        if t[1] == 'float':
            t = prim('double')
        l = self.convert(left, t, node)
        r = self.convert(right, t, node)
        return f'({l} {op}[{t[1]}] {r})', prim('boolean')

    def concat(self, left, right):
        return f'({left[0]} +[string] {right[0]})'

    def cast(self, value, target, node):
        text, t = value
        if t == target:
            return text
        if is_any(t) and is_ref(target):
            return f'{text}.asInstanceOf[{ir_type(target)}]'
        if is_prim(target) and target[1] != 'boolean':
            value = self.unboxed(value)
            return self.numeric_convert(value, target, node)
        if is_prim(target):
            return self.convert(value, target, node)
        if is_prim(t):
            return self.convert(value, target, node)
        if t == NULL:
            return text
        if target[0] == 'class' and t[0] == 'class' and is_subclass(t[1], target[1]) and target[1] != 'java.lang.Object':
            return text
        if target == OBJECT or erase(target) == OBJECT:
            return text if t[0] != 'class' or t[1] != 'java.lang.Object' else text
        return f'{text}.asInstanceOf[{ir_type(target)}]'

    def numeric_convert(self, value, target, node):
        text, t = value
        s, d = t[1], target[1]
        if s == d:
            return text
        if s in ('char', 'byte', 'short'):
            text = f'((int){text})'
            s = 'int'
            if s == d:
                return text
        if s == 'float':
            text = f'((double){text})'
            s = 'double'
            if d == 'double':
                return text
        if s == 'int':
            if d == 'long':
                return f'((long){text})'
            if d == 'double':
                return f'((double){text})'
            if d == 'float':
                return f'((float)((double){text}))'
            if d in ('char', 'byte', 'short'):
                return f'(({d}){text})'
        if s == 'long':
            if d == 'int':
                return f'((int){text})'
            if d == 'double':
                return f'((double){text})'
            if d == 'float':
                return f'((float){text})'
            if d in ('char', 'byte', 'short'):
                return f'(({d})((int){text}))'
        if s == 'double':
            if d == 'int':
                return f'((int){text})'
            if d == 'long':
                return f'((long){text})'
            if d == 'float':
                return f'((float){text})'
            if d in ('char', 'byte', 'short'):
                return f'(({d})((int){text}))'
        self.error(node, f'conversion from {s} to {d}')

    def convert(self, value, target, node):
        """Assignment conversion: widening, boxing, unboxing, and generic results to their type."""
        text, t = value
        if target is None or t == target or target == prim('void') or is_any(target):
            return text
        if is_any(t) and is_ref(target):
            return f'{text}.asInstanceOf[{ir_type(target)}]'
        if t[0] == 'class' and target[0] == 'class' and t[1] == target[1]:
            return text
        if is_prim(t) and is_prim(target):
            if t[1] == 'boolean' or target[1] == 'boolean':
                return text
            if t[1] == 'int' and target[1] in ('byte', 'short', 'char') and re.match(r'^\(?-?\d+\)?$', text):
                number = int(text.strip('()'))
                if target[1] == 'char':
                    return self.char_literal(chr(number))
                suffix = '_b' if target[1] == 'byte' else '_s'
                return f'{number}{suffix}' if number >= 0 else f'({number}{suffix})'
            return self.numeric_convert(value, target, node)
        if is_prim(t) and is_ref(target):
            box = BOXES[t[1]]
            if target[1] in (box, 'java.lang.Object', 'java.lang.Comparable', 'java.lang.Number'):
                return text
            if target[1] in UNBOX:
                return self.numeric_convert(value, prim(UNBOX[target[1]]), node)
            return text
        if t[0] == 'class' and is_prim(target):
            if t[1] in UNBOX:
                return self.convert(self.unboxed(value), target, node)
            return f'{text}.asInstanceOf[{target[1]}]'
        if is_ref(t) and is_ref(target):
            if t == NULL:
                return text
            if target[0] == 'class' and target[1] == 'java.lang.Object':
                return text
            if t[0] == 'class' and target[0] == 'class' and is_subclass(t[1], target[1]):
                return text
            if t[0] == 'array' and target[0] == 'array' and assignable(t, target) is not None:
                return text
            return f'{text}.asInstanceOf[{ir_type(target)}]'
        return text

    # --- names, fields, calls ---

    def member(self, e, scope, context, lvalue=False):
        qualifier = e.qualifier or ''
        if (not qualifier and e.selectors and isinstance(e.selectors[0], J.SuperMethodInvocation)
                and scope.lookup(e.member) is None):
            # `Interface.super.m(..)`: the interface's default method, called statically on `this`.
            interface = self.class_name(e.member, e)
            call = e.selectors[0]
            arg_types = self.arg_types(call.arguments, scope, context)
            target = self.pick_method(interface, call.member, arg_types, e)
            args = self.args(target, call.arguments, scope, context)
            this = self.capture_this(context) if context.captures is not None else (context.this_expr, cls(context.owner))
            value = (f'{this[0]}.{target.owner}::{target.ir_name()}({args})', target.result)
            return self.selectors(value, e.selectors[1:], scope, context, e)
        if qualifier:
            base = self.qualified(qualifier, scope, context, e)
            if base[0] == 'class':
                return self.static_member(base[1], e.member, e, scope, context, lvalue)
            return self.selectors(self.field(base[1], e.member, e), e.selectors, scope, context, e, lvalue)
        local = scope.lookup(e.member)
        if local is not None:
            text = self.local_ref(e.member, local, context, scope)
            return self.selectors((text, local[0]), e.selectors, scope, context, e, lvalue)
        owner = self.field_owner(context.owner, e.member)
        if owner is not None:
            t, static = CLASSES[owner].fields[e.member]
            if static:
                return self.selectors((f'{owner}::{e.member}', t), e.selectors, scope, context, e, lvalue)
            this = self.capture_this(context) if context.captures is not None else (context.this_expr, cls(context.owner))
            return self.selectors((f'{this[0]}.{owner}::{e.member}', t), e.selectors, scope, context, e, lvalue)
        self.error(e, f'unknown name {e.member}')

    def local_ref(self, name, local, context, scope):
        t, ir_name = local
        if context.captures is not None and context.outer_scope is not None:
            # A local of an enclosing method: captured by value.
            inside = scope.lookup(name)
            if inside is local and not self.declared_in_lambda(scope, name, context):
                capture = context.captures.setdefault(ir_name, (t, ir_name))
                return capture[1]
        return ir_name

    def declared_in_lambda(self, scope, name, context):
        current = scope
        while current is not None and current is not context.outer_scope:
            if name in current.names:
                return True
            current = current.parent
        return False

    def capture_this(self, context):
        context.captures['this$'] = (cls(context.owner), 'this$')
        return 'this$', cls(context.owner)

    def field_owner(self, owner, name):
        for ancestor in ancestors(owner):
            if ancestor in CLASSES and name in CLASSES[ancestor].fields:
                return ancestor
        # Enclosing classes' static fields.
        while '$' in owner:
            owner = owner.rsplit('$', 1)[0]
            for ancestor in ancestors(owner):
                if ancestor in CLASSES and name in CLASSES[ancestor].fields and CLASSES[ancestor].fields[name][1]:
                    return ancestor
        return None

    def qualified(self, qualifier, scope, context, node):
        """A dotted qualifier: a local or field chain ('value', (text, type)) or a class ('class', name)."""
        parts = qualifier.split('.')
        local = scope.lookup(parts[0])
        if local is not None:
            value = (self.local_ref(parts[0], local, context, scope), local[0])
            for part in parts[1:]:
                value = self.field(value, part, node)
            return ('value', value)
        if parts[0] not in self.user_classes and parts[0] not in LIBRARY_NAMES and self.field_owner(context.owner, parts[0]):
            value = self.member(J.MemberReference(qualifier='', member=parts[0], selectors=[]), scope, context)
            for part in parts[1:]:
                value = self.field(value, part, node)
            return ('value', value)
        for split in range(len(parts), 0, -1):
            name = '.'.join(parts[:split])
            try:
                class_name = self.class_name(name, node)
            except Unsupported:
                continue
            if split == len(parts):
                return ('class', class_name)
            # The node's selectors follow the whole call, not this qualifier (`BigInteger.TWO.pow(2).negate()`).
            value = self.static_member(class_name, parts[split], node, scope, context, False, selectors=False)
            for part in parts[split + 1:]:
                value = self.field(value, part, node)
            return ('value', value)
        self.error(node, f'unknown qualifier {qualifier}')

    def static_member(self, class_name, name, node, scope, context, lvalue, selectors=True):
        simple = class_name.rsplit('.', 1)[-1]
        following = getattr(node, 'selectors', []) if selectors else []
        if (simple, name) in CONSTANTS:
            return self.selectors(CONSTANTS[(simple, name)], following, scope, context, node)
        if class_name == 'java.lang.System' and name in ('out', 'err'):
            value = (f'mod:java.lang.System$.{name};Ljava.io.PrintStream()', cls('java.io.PrintStream'))
            return self.selectors(value, following, scope, context, node)
        if class_name == 'java.nio.charset.StandardCharsets':
            value = (f'mod:java.nio.charset.StandardCharsets$.{name};Ljava.nio.charset.Charset()', cls('java.nio.charset.Charset'))
            return self.selectors(value, following, scope, context, node)
        if class_name == 'java.lang.System' and name == 'in':
            value = ('mod:java.lang.System$.in;Ljava.io.InputStream()', cls('java.io.InputStream'))
            return self.selectors(value, following, scope, context, node)
        owner = self.field_owner(class_name, name)
        if owner is None and class_name in CLASSES and not lvalue:
            # A hijacked class has no fields: the runtime gives such a constant (`String.CASE_INSENSITIVE_ORDER`)
            # as a static method without parameters of the same name.
            getter = [m for m in CLASSES[class_name].methods if m.name == name and m.static and not m.params]
            if getter:
                value = (f'{class_name}::{getter[0].ir_name()}()', getter[0].result)
                return self.selectors(value, following, scope, context, node)
        if owner is None:
            self.error(node, f'unknown static field {class_name}.{name}')
        t, _ = CLASSES[owner].fields[name]
        return self.selectors((f'{owner}::{name}', t), following, scope, context, node, lvalue)

    def field(self, value, name, node):
        text, t = value
        if t[0] == 'array' and name == 'length':
            return f'{text}.length', prim('int')
        if t[0] != 'class':
            self.error(node, f'field {name} of {t}')
        owner = self.field_owner(t[1], name)
        if owner is None:
            self.error(node, f'unknown field {name} of {t[1]}')
        ft, static = CLASSES[owner].fields[name]
        if static:
            return f'{owner}::{name}', ft
        variable = CLASSES[owner].generic_fields.get(name)
        if variable and t[2] and not getattr(self, 'assigning', False):
            params = list(CLASSES[owner].type_params)
            if variable in params and params.index(variable) < len(t[2]) and t[2][params.index(variable)] != OBJECT:
                actual = t[2][params.index(variable)]
                return f'{text}.{owner}::{name}.asInstanceOf[{ir_type(actual)}]', actual
        return f'{text}.{owner}::{name}', ft

    def selectors(self, value, selectors, scope, context, node, lvalue=False):
        for selector in selectors or []:
            if isinstance(selector, J.ArraySelector):
                index = self.convert(self.expr(selector.index, scope, context), prim('int'), node)
                if value[1][0] != 'array':
                    self.error(node, 'indexing something that is not an array')
                value = (f'{value[0]}[{index}]', value[1][1])
            elif isinstance(selector, J.MethodInvocation):
                value = self.call(value, selector, scope, context)
            elif isinstance(selector, J.MemberReference):
                value = self.field(value, selector.member, node)
            else:
                self.error(node, f'selector {type(selector).__name__}')
        return value

    def invocation(self, e, scope, context):
        qualifier = e.qualifier or ''
        if qualifier:
            base = self.qualified(qualifier, scope, context, e)
            if base[0] == 'class':
                value = self.static_call(base[1], e, scope, context)
            else:
                value = self.call(base[1], e, scope, context)
        else:
            value = self.unqualified_call(e, scope, context)
        return self.selectors(value, e.selectors, scope, context, e)

    def arg_types(self, arguments, scope, context):
        types = []
        for a in arguments:
            if isinstance(a, J.LambdaExpression):
                types.append(('lambda', len(a.parameters)))
            elif isinstance(a, J.MethodReference):
                types.append(('lambda', None))
            else:
                types.append(self.expr(a, scope, context)[1])
        return types

    def candidates(self, class_name, name, constructor=False):
        found = []
        names = [class_name] if constructor else ancestors(class_name)
        for ancestor in names:
            info = CLASSES.get(ancestor)
            if info is None:
                continue
            for m in info.methods:
                # An interface's static methods are not inherited (`EnumSet.of` is not `Set.of`).
                if m.static and ancestor != class_name and info.kind == 'interface':
                    continue
                if m.name == name and not any(m.params == f.params for f in found):
                    found.append(m)
        return found

    def pick_method(self, class_name, name, arg_types, node, constructor=False, static_only=None):
        # Java's first phase: methods applicable without boxing or unboxing win over those that need it.
        strict = self.pick_method_phase(class_name, name, arg_types, constructor, static_only, boxing=False)
        if strict is not None:
            return strict
        return self.pick_method_phase(class_name, name, arg_types, constructor, static_only, boxing=True, node=node)

    def pick_method_phase(self, class_name, name, arg_types, constructor, static_only, boxing, node=None):
        best, best_cost = None, None
        for m in self.candidates(class_name, name, constructor):
            if static_only is not None and m.static != static_only:
                continue
            params = m.params
            if len(params) != len(arg_types):
                continue
            cost = 0
            for a, p in zip(arg_types, params):
                if a[0] == 'lambda':
                    c = 0 if p[0] == 'class' and CLASSES.get(p[1]) and CLASSES[p[1]].kind == 'interface' else None
                else:
                    c = assignable(a, p)
                    if not boxing and c is not None and is_prim(a) != is_prim(p) and a[0] != 'null':
                        c = None
                if c is None:
                    cost = None
                    break
                cost += c
            if cost is not None and (best_cost is None or cost < best_cost):
                best, best_cost = m, cost
        if best is None and not boxing:
            return None
        if best is None:
            # Varargs: the trailing arguments go into an array of the last parameter's type.
            for m in self.candidates(class_name, name, constructor):
                if not m.params or m.params[-1][0] != 'array' or len(arg_types) < len(m.params) - 1:
                    continue
                fixed = len(m.params) - 1
                costs = [assignable(a, p) for a, p in zip(arg_types[:fixed], m.params[:fixed])]
                costs += [assignable(a, m.params[-1][1]) for a in arg_types[fixed:]]
                if all(c is not None for c in costs):
                    varargs = MethodInfo(m.owner, m.name, m.params, m.result, m.static, m.private, m.abstract,
                                         m.ir_params, m.ir_result)
                    varargs.varargs_from = fixed
                    return varargs
            self.error(node, f'no method {class_name}.{name} for {arg_types}')
        return best

    def args(self, method, arguments, scope, context, receiver_type=None):
        fixed = getattr(method, 'varargs_from', None)
        if fixed is not None:
            element = method.params[-1][1]
            packed = [self.convert(self.expr(a, scope, context, element), element, a) for a in arguments[fixed:]]
            head = MethodInfo(method.owner, method.name, method.params[:fixed], method.result, method.static)
            texts = self.args(head, arguments[:fixed], scope, context, receiver_type)
            array = f'{ir_type(method.params[-1])}({", ".join(packed)})'
            return f'{texts}, {array}' if texts else array
        texts = []
        results = {}
        element = None
        if arguments and method.params and method.params[0][0] == 'array' and not isinstance(arguments[0], J.LambdaExpression):
            first = self.expr(arguments[0], scope, context)[1]
            if first[0] == 'array' and first[1][0] in ('class', 'array'):
                element = first[1]
        for index, (a, p) in enumerate(zip(arguments, method.params)):
            expected = (self.expected_argument(method, index, arguments, results, scope, context)
                        or self.generic_param(method, index, receiver_type) or p)
            if element is not None and p == cls('java.util.Comparator'):
                # `Arrays.sort(T[], Comparator<? super T>)`: the comparator's type argument is the elements'.
                expected = cls('java.util.Comparator', (element,))
            if isinstance(a, J.LambdaExpression):
                texts.append(self.lambda_(a, scope, context, expected)[0])
            else:
                value = self.expr(a, scope, context, expected)
                texts.append(self.convert(value, p, a))
            if isinstance(a, (J.LambdaExpression, J.MethodReference)):
                results[index] = self.last_lambda_result
        self.argument_results = results
        return ', '.join(texts)

    # ---- The type arguments of the streams' results, which javac infers from lambdas' bodies ----------------

    def typed_result(self, call, result, inferred):
        if is_prim(result) or erase(inferred) == erase(result):
            return call, inferred
        return f'{call}.asInstanceOf[{ir_type(inferred)}]', inferred

    def lambda_result(self, index):
        found = self.argument_results.get(index)
        if found is None or found[0] == 'null' or found == prim('void'):
            return None
        return boxed(found)

    def inferred_result(self, method, t, arguments, arg_types):
        """The result type of a call on a stream, an Optional or a collection, with its type arguments."""
        name = method.name
        arity = len(arguments)
        if t[1] == STREAM:
            element = t[2][0] if t[2] else OBJECT
            if name in ('filter', 'distinct', 'sorted', 'peek', 'limit', 'skip', 'takeWhile', 'dropWhile'):
                return t if t[2] else None
            if name in ('map', 'mapMulti') and arity == 1 and name == 'map':
                body = self.lambda_result(0)
                return cls(STREAM, (body,)) if body else None
            if name == 'flatMap':
                body = self.lambda_result(0)
                return cls(STREAM, body[2][:1]) if body and body[0] == 'class' and body[2] else None
            if name == 'reduce' and arity == 1:
                return cls('java.util.Optional', (element,))
            if name == 'reduce' and arity == 2:
                return element
            if name in ('min', 'max', 'findFirst', 'findAny'):
                return cls('java.util.Optional', (element,))
            if name == 'toList':
                return cls('java.util.List', (element,))
            if name == 'iterator':
                return cls('java.util.Iterator', (element,))
            if name == 'collect' and arity == 1:
                collector = arg_types[0]
                if collector[0] == 'class' and collector[1] == COLLECTOR and len(collector[2]) == 3:
                    return collector[2][2]
            return None
        if t[1] in PRIMITIVE_STREAMS:
            if name == 'mapToObj':
                body = self.lambda_result(0)
                return cls(STREAM, (body,)) if body else None
            if name == 'boxed':
                return cls(STREAM, (cls(PRIMITIVE_STREAMS[t[1]]),))
            return None
        if t[1] == 'java.util.Optional' and t[2]:
            if name == 'map':
                body = self.lambda_result(0)
                return cls('java.util.Optional', (body,)) if body else None
            if name == 'flatMap':
                return self.lambda_result(0)
            if name in ('filter', 'or'):
                return t
            if name == 'stream':
                return cls(STREAM, t[2][:1])
            return None
        if t[1] == 'java.lang.String' and name == 'lines':
            return cls(STREAM, (STRING,))
        if name in ('entrySet', 'keySet', 'values') and arity == 0 and t[2] and 'java.util.Map' in ancestors(t[1]):
            key, value = self.type_argument(t, 'K'), self.type_argument(t, 'V')
            if key is None or value is None:
                return None
            if name == 'entrySet':
                return cls('java.util.Set', (cls('java.util.Map$Entry', (key, value)),))
            return cls('java.util.Set', (key,)) if name == 'keySet' else cls('java.util.Collection', (value,))
        if name in ('stream', 'parallelStream') and arity == 0 and 'java.util.Collection' in ancestors(t[1]):
            element = self.type_argument(t, 'T') if t[2] else None
            return cls(STREAM, (element,)) if element else None
        return None

    def inferred_static_result(self, method, arguments, arg_types):
        owner = method.owner
        name = method.name
        if owner == STREAM:
            if name == 'of' and arg_types:
                if len(arg_types) == 1 and arg_types[0][0] == 'array':
                    return cls(STREAM, (arg_types[0][1],)) if arg_types[0][1][0] == 'class' else None
                kinds = {boxed(a) for a in arg_types if a[0] != 'null'}
                kinds = {erase(k) if len({erase(x) for x in kinds}) > 1 else k for k in kinds}
                return cls(STREAM, (kinds.pop(),)) if len(kinds) == 1 else None
            if name == 'iterate' and arg_types and arg_types[0][0] != 'null':
                return cls(STREAM, (boxed(arg_types[0]),))
            if name == 'generate':
                body = self.lambda_result(0)
                return cls(STREAM, (body,)) if body else None
            if name == 'concat':
                return arg_types[0] if arg_types[0][0] == 'class' and arg_types[0][2] else None
            return None
        if owner == 'java.util.Arrays' and name == 'stream' and arg_types and arg_types[0][0] == 'array':
            element = arg_types[0][1]
            return cls(STREAM, (element,)) if element[0] in ('class', 'array') else None
        if owner == 'java.util.Optional' and name in ('of', 'ofNullable') and arg_types and arg_types[0][0] != 'null':
            return cls('java.util.Optional', (boxed(arg_types[0]),))
        if owner == COLLECTORS and self.collector_elements:
            result = self.collector_result(name, arguments, arg_types, self.collector_elements[-1])
            return cls(COLLECTOR, (self.collector_elements[-1], OBJECT, result)) if result else None
        return None

    def collector_result(self, name, arguments, arg_types, element):
        """What `collect` gives for a Collectors factory, over elements of the given type."""
        def downstream(index):
            found = arg_types[index] if index < len(arg_types) else None
            if found and found[0] == 'class' and found[1] == COLLECTOR and len(found[2]) == 3:
                return found[2][2]
            return OBJECT
        key = self.lambda_result(0) or OBJECT
        if name in ('toList', 'toUnmodifiableList'):
            return cls('java.util.List', (element,))
        if name in ('toSet', 'toUnmodifiableSet'):
            return cls('java.util.Set', (element,))
        if name == 'toCollection':
            made = self.lambda_result(0)
            return cls(made[1], (element,)) if made and made[0] == 'class' else None
        if name == 'joining':
            return STRING
        if name in ('counting', 'summingLong'):
            return cls('java.lang.Long')
        if name == 'summingInt':
            return cls('java.lang.Integer')
        if name in ('summingDouble', 'averagingInt', 'averagingLong', 'averagingDouble'):
            return cls('java.lang.Double')
        if name in ('minBy', 'maxBy'):
            return cls('java.util.Optional', (element,))
        if name == 'reducing':
            if len(arguments) == 1:
                return cls('java.util.Optional', (element,))
            return boxed(arg_types[0]) if arg_types[0][0] != 'null' else None
        if name in ('summarizingInt', 'summarizingLong', 'summarizingDouble'):
            return cls('java.util.' + name[len('summarizing'):] + 'SummaryStatistics')
        if name == 'groupingBy':
            values = downstream(len(arguments) - 1) if len(arguments) > 1 else cls('java.util.List', (element,))
            if len(arguments) == 3:
                made = self.lambda_result(1)
                if made and made[0] == 'class':
                    return cls(made[1], (key, values))
            return cls('java.util.Map', (key, values))
        if name == 'partitioningBy':
            values = downstream(1) if len(arguments) > 1 else cls('java.util.List', (element,))
            return cls('java.util.Map', (cls('java.lang.Boolean'), values))
        if name in ('toMap', 'toUnmodifiableMap'):
            value = self.lambda_result(1) or OBJECT
            if len(arguments) == 4:
                made = self.lambda_result(3)
                if made and made[0] == 'class':
                    return cls(made[1], (key, value))
            return cls('java.util.Map', (key, value))
        if name in ('mapping', 'filtering', 'flatMapping'):
            return downstream(1)
        if name == 'collectingAndThen':
            return self.lambda_result(1)
        if name == 'teeing':
            return self.lambda_result(2)
        return None

    def expected_argument(self, method, index, arguments, results, scope, context):
        """A lambda's type where it depends on another argument (`Stream.iterate(seed, f)`) or on the stream
        that a collector is for (`Collectors.groupingBy(f)` inside `stream.collect`)."""
        p = method.params[index] if index < len(method.params) else None
        if p is None or p[0] != 'class' or p[1] not in FUNCTIONAL_SHAPES:
            return None
        if method.owner == STREAM and method.name == 'iterate' and index > 0:
            seed = self.expr(arguments[0], scope, context)[1]
            return cls(p[1], (boxed(seed),)) if seed[0] != 'null' else None
        if method.owner == COLLECTORS and self.collector_elements:
            element = self.collector_elements[-1]
            if method.name in ('toMap', 'toUnmodifiableMap') and index == 2:
                value = results.get(1)
                return cls(p[1], (boxed(value),)) if value and value[0] != 'null' else None
            if method.name == 'reducing' and len(arguments) == 3 and index == 2:
                identity = self.expr(arguments[0], scope, context)[1]
                return cls(p[1], (boxed(identity),)) if identity[0] != 'null' else None
            return cls(p[1], (element,) + (OBJECT,) * (FUNCTIONAL_SHAPES[p[1]] - 1))
        return None

    def generic_param(self, method, index, receiver_type):
        if receiver_type is None or receiver_type[0] != 'class' or not receiver_type[2]:
            return None
        shape = self.generic_shape(method, receiver_type)
        if shape is None:
            return None
        variables, _ = shape
        if index < len(variables) and variables[index]:
            variable = variables[index]
            if isinstance(variable, tuple):
                # A functional interface over the receiver's type arguments (`Function<R, ?>`).
                args = [self.type_argument(receiver_type, v) or OBJECT if v else OBJECT for v in variable[1:]]
                return cls(variable[0], args)
            return self.type_argument(receiver_type, variable)
        return None

    def generic_shape(self, method, receiver_type):
        shape = self.listed_generic_shape(method, receiver_type)
        # The table names methods without their overloads: `remove(Object)` returns a boolean, not the
        # element that `remove(int)` returns.
        if shape is not None and shape[1] is not None and method.result is not None and method.result[0] == 'prim':
            return None
        return shape

    def listed_generic_shape(self, method, receiver_type):
        name = receiver_type[1]
        while name is not None:
            if (name, method.name, len(method.params)) in LIBRARY_GENERIC_METHODS:
                return LIBRARY_GENERIC_METHODS[(name, method.name, len(method.params))]
            if (name, method.name) in LIBRARY_GENERIC_METHODS:
                return LIBRARY_GENERIC_METHODS[(name, method.name)]
            base = INHERITED_ARGS.get(name)
            name = base[0] if base else None
        return None

    def type_argument(self, receiver_type, variable):
        name = receiver_type[1]
        args = receiver_type[2]
        if name in INHERITED_ARGS:
            base, mapping = INHERITED_ARGS[name]
            return self.type_argument(cls(base, mapping(args)), variable)
        params = LIBRARY_TYPE_PARAMS.get(name) or list(CLASSES[name].type_params if name in CLASSES else [])
        if variable in params and params.index(variable) < len(args):
            return args[params.index(variable)]
        return None

    def call(self, receiver, e, scope, context):
        text, t = receiver
        if t[0] == 'array':
            if e.member == 'clone':
                return f'<clone>({text}).asInstanceOf[{ir_type(t)}]', t
            t = OBJECT
        if is_prim(t):
            text, t = self.convert((text, t), cls(BOXES[t[1]]), e), cls(BOXES[t[1]])
        if e.member == 'getClass' and not e.arguments:
            return f'{text}.getClass()', cls('java.lang.Class')
        # `stream.collect(Collectors.groupingBy(p -> ...))`: the collector's lambdas see the stream's elements.
        element = stream_element(t) if e.member == 'collect' and t[0] == 'class' else None
        if element is not None:
            self.collector_elements.append(element)
        try:
            arg_types = self.arg_types(e.arguments, scope, context)
            method = self.pick_method(t[1], e.member, arg_types, e)
            args = self.args(method, e.arguments, scope, context, t)
        finally:
            if element is not None:
                self.collector_elements.pop()
        result = method.result
        if method.static:
            call = f'{method.owner}::{method.ir_name()}({args})'
        elif method.private and method.owner in self.user_classes.values():
            call = f'{text}.{method.owner}::private::{method.ir_name()}({args})'
        else:
            call = f'{text}.{method.ir_name()}({args})'
        variable = getattr(method, 'generic_result', None)
        if variable and t[0] == 'class' and t[2] and method.owner in CLASSES:
            # A user generic class: the result's type variable stands for the receiver's type argument.
            params = list(CLASSES[method.owner].type_params)
            if variable in params and params.index(variable) < len(t[2]) and t[2][params.index(variable)] != OBJECT:
                actual = t[2][params.index(variable)]
                return f'{call}.asInstanceOf[{ir_type(actual)}]', actual
        inferred = self.inferred_result(method, t, e.arguments, arg_types) if t[0] == 'class' else None
        if inferred is not None:
            return self.typed_result(call, result, inferred)
        shape = self.generic_shape(method, t) if t[0] == 'class' and t[2] else None
        if shape and shape[1]:
            actual = self.type_argument(t, shape[1])
            if actual is not None and actual != OBJECT:
                return f'{call}.asInstanceOf[{ir_type(actual)}]', actual
        return call, result

    def static_call(self, class_name, e, scope, context):
        arg_types = self.arg_types(e.arguments, scope, context)
        statics = [m for m in self.candidates(class_name, e.member) if m.static]
        module = class_name + '$'
        if not statics and module in CLASSES and self.candidates(module, e.member):
            # The library's statics live in the companion module (`mod:java.lang.System$.exit;I;V(..)`).
            method = self.pick_method(module, e.member, arg_types, e)
            args = self.args(method, e.arguments, scope, context)
            return f'mod:{module}.{method.ir_name()}({args})', method.result
        method = self.pick_method(class_name, e.member, arg_types, e)
        args = self.args(method, e.arguments, scope, context)
        if not method.static:
            self.error(e, f'{e.member} is not static')
        flag = 'private::' if method.private else ''
        call = f'{method.owner}::{flag}{method.ir_name()}({args})'
        inferred = self.inferred_static_result(method, e.arguments, arg_types)
        if inferred is not None:
            return self.typed_result(call, method.result, inferred)
        return call, method.result

    def unqualified_call(self, e, scope, context):
        if e.member == 'getClass' and not e.arguments:
            this = self.capture_this(context) if context.captures is not None else (context.this_expr, cls(context.owner))
            return f'{this[0]}.getClass()', cls('java.lang.Class')
        arg_types = self.arg_types(e.arguments, scope, context)
        owner = context.owner
        while True:
            if self.candidates(owner, e.member):
                break
            if '$' not in owner:
                self.error(e, f'unknown method {e.member}')
            owner = owner.rsplit('$', 1)[0]
        method = self.pick_method(owner, e.member, arg_types, e)
        args = self.args(method, e.arguments, scope, context)
        if method.static:
            flag = 'private::' if method.private else ''
            return f'{method.owner}::{flag}{method.ir_name()}({args})', method.result
        this = self.capture_this(context) if context.captures is not None else (context.this_expr, cls(context.owner))
        if method.private:
            return f'{this[0]}.{method.owner}::private::{method.ir_name()}({args})', method.result
        return f'{this[0]}.{method.ir_name()}({args})', method.result

    def creator(self, e, scope, context):
        if e.body:
            self.error(e, 'anonymous classes are not supported')
        t = self.resolve_type(e.type)
        arg_types = self.arg_types(e.arguments, scope, context)
        if t[1] == 'java.lang.String':
            # Strings have no constructors in the IR: `new String(..)` is the hijacked class's static `new`
            # (a new object each time, never the interned "") or valueOf.
            if not e.arguments:
                return self.selectors(('java.lang.String::new;Ljava.lang.String()', STRING), e.selectors, scope, context, e)
            # Bytes and code points decode and a string copies (throwing on null) through the static `new` of
            # the hijacked class; chars are valueOf.
            name = 'new' if arg_types and (arg_types[0] in (('array', ('prim', 'byte')), ('array', ('prim', 'int')))
                                           or is_string(arg_types[0])) else 'valueOf'
            method = self.pick_method('java.lang.String', name, arg_types, e)
            args = self.args(method, e.arguments, scope, context)
            return self.selectors((f'java.lang.String::{method.ir_name()}({args})', STRING), e.selectors, scope, context, e)
        method = self.pick_method(t[1], '<init>', arg_types, e, constructor=True)
        args = self.args(method, e.arguments, scope, context)
        return self.selectors((f'new {t[1]}().{method.ir_name()}({args})', t), e.selectors, scope, context, e)

    def array_creator(self, e, scope, context):
        base = self.resolve_type(e.type)
        dims = e.dimensions
        total = len(dims)
        t = base
        for _ in range(total):
            t = ('array', t)
        if e.initializer is not None:
            value = self.array_initializer(e.initializer, t, scope, context)
        else:
            sizes = [d for d in dims if d is not None]
            # new T[a][b]...: nested loops, as Java allocates every level.
            size_texts = [self.convert(self.expr(d, scope, context), prim('int'), e) for d in sizes]
            if len(size_texts) == 1:
                value = self.nested_array(t, size_texts)
            else:
                # The JVM evaluates every size once, then checks them in order before allocating anything.
                names = [self.fresh('size') for _ in size_texts]
                lines = [f'  val {n}: int = {text};' for n, text in zip(names, size_texts)]
                for n in names:
                    lines.append(f'  if (({n} <[int] 0)) {{\n    throw new java.lang.NegativeArraySizeException()'
                                 f'.<init>;Ljava.lang.String;V(("" +[string] {n}))\n  }};')
                inner = self.indent(self.nested_array(t, names), 2).strip()
                value = '{\n' + '\n'.join(lines) + f'\n  {inner}\n}}'
        return self.selectors((value, t), e.selectors, scope, context, e)

    def new_array(self, t, size):
        element = t[1]
        depth = 0
        while element[0] == 'array':
            element = element[1]
            depth += 1
        return f'new {ir_type(element)}[{size}]' + '[]' * depth

    def nested_array(self, t, sizes):
        if len(sizes) == 1:
            return self.new_array(t, sizes[0])
        outer = self.fresh('rows')
        index = self.fresh('row')
        size = sizes[0]
        inner = self.nested_array(t[1], sizes[1:])
        return (f'{{\n  val {outer}: {ir_type(t)} = {self.new_array(t, size)};\n'
                f'  var {index}: int = 0;\n  while (({index} <[int] {size})) {{\n'
                f'    {outer}[{index}] = {self.indent(inner, 4).strip()};\n    {index} = ({index} +[int] 1)\n  }};\n'
                f'  {outer}\n}}')

    def array_initializer(self, init, t, scope, context):
        element = t[1]
        values = []
        for v in init.initializers:
            if isinstance(v, J.ArrayInitializer):
                values.append(self.array_initializer(v, element, scope, context))
            else:
                values.append(self.convert(self.expr(v, scope, context, element), element, v))
        return f'{ir_type(t)}({", ".join(values)})'

    # --- lambdas ---

    def functional_method(self, interface):
        for ancestor in ancestors(interface):
            info = CLASSES.get(ancestor)
            if info is None or info.kind != 'interface':
                continue
            abstract = [m for m in info.methods if m.abstract and m.name not in ('toString', 'equals', 'hashCode')]
            if abstract:
                return abstract[0]
        return None

    def lambda_(self, e, scope, context, expected):
        if expected is None or expected[0] != 'class':
            self.error(e, 'a lambda needs a functional interface type')
        method = self.functional_method(expected[1])
        if method is None:
            self.error(e, f'{expected[1]} is not a functional interface')
        shape = self.generic_shape(method, expected) if expected[2] else None
        params = []
        for index, p in enumerate(e.parameters):
            name = p.name if hasattr(p, 'name') else p.member
            java_type = method.params[index]
            if shape and index < len(shape[0]) and shape[0][index]:
                java_type = self.type_argument(expected, shape[0][index]) or java_type
            if getattr(p, 'type', None) is not None:
                java_type = self.resolve_type(p.type)
            elif getattr(p, 'fallback_type', None) is not None and erase(java_type) == OBJECT:
                java_type = self.resolve_type(p.fallback_type)
            params.append((name, java_type, method.params[index], method.ir_params[index]))
        result = method.result
        java_result = result
        if shape and shape[1]:
            java_result = self.type_argument(expected, shape[1]) or result
        inner = MethodContext(context.owner, True, java_result if java_result != OBJECT else result)
        inner.captures = {}
        inner.outer_scope = scope
        inner.this_expr = 'this$'
        body_scope = Scope(scope)
        prologue = []
        closure_params = []
        # A parameter the body assigns to is copied into a `var` (closure parameters are immutable in the IR).
        assigned = self.assigned_names(e.body if isinstance(e.body, list) else [e.body])
        for name, java_type, erased, declared in params:
            if erase(java_type) != erase(erased) and erased[0] == 'class':
                raw = self.fresh(name)
                closure_params.append(f'{raw}: {declared}')
                body_scope.names[name] = (java_type, name)
                keyword = 'var' if name in assigned else 'val'
                prologue.append(f'{keyword} {name}: {ir_type(java_type)} = {self.convert((raw, OBJECT), java_type, e)}')
            elif name in assigned:
                raw = self.fresh(name)
                closure_params.append(f'{raw}: {declared}')
                body_scope.names[name] = (ANY if declared == 'any' else erased, name)
                prologue.append(f'var {name}: {declared} = {raw}')
            else:
                closure_params.append(f'{name}: {declared}')
                body_scope.names[name] = (ANY if declared == 'any' else erased, name)
        # Parameters shadow the enclosing scope: mark them as the lambda's own.
        inner.outer_scope = scope
        inner.return_types = []
        if isinstance(e.body, list):
            lines = prologue + self.statements(e.body, body_scope, inner)
            body = self.wrap_return(lines, inner, result)
            body_type = next((r for r in inner.return_types if r[0] != 'null'), None)
        else:
            value = self.expr(e.body, body_scope, inner, java_result)
            body_type = value[1]
            if result == prim('void'):
                body = ';\n'.join(prologue + [value[0]])
            else:
                body = ';\n'.join(prologue + [self.convert(value, result, e)])
        captures = ', '.join(f'{n}: {ir_type(t)} = {self.outer_name(n, t, context, scope)}'
                             for n, (t, _) in sorted(inner.captures.items()))
        descriptor_params = ', '.join(declared for _, _, _, declared in params)
        result_text = method.ir_result
        closure = f'(typed-lambda<{captures}>({", ".join(closure_params)})'
        closure += f': {result_text} = {{\n{self.indent(body, 2)}\n}})' if result != prim('void') else f' {{\n{self.indent(body, 2)}\n}})'
        self.last_lambda_result = body_type
        text = (f'<newLambda>(\n  extends java.lang.Object implements {expected[1]},\n'
                f'  def {method.ir_name()}({descriptor_params}): {result_text},\n{self.indent(closure, 2)}\n)')
        return text, expected

    def method_reference_lambda(self, e, scope, expected):
        """`Type::method`, `Type::new` and `value::method` as the lambda they stand for."""
        if expected is None or expected[0] != 'class' or self.functional_method(expected[1]) is None:
            self.error(e, 'a method reference needs a functional interface type')
        arity = len(self.functional_method(expected[1]).params)
        names = [f'ref${i}' for i in range(arity)]
        params = [J.InferredFormalParameter(name=n) for n in names]
        refs = [J.MemberReference(member=n, qualifier='', selectors=[], prefix_operators=[], postfix_operators=[])
                for n in names]
        target = e.expression
        method = e.method.member
        qualified = (target.qualifier + '.' if target.qualifier else '') + target.member
        is_type = (isinstance(target, J.MemberReference) and not target.selectors and scope.lookup(target.member) is None
                   and (qualified in LIBRARY_NAMES or qualified in self.user_classes or target.member in LIBRARY_NAMES
                        or target.member in self.user_classes) and not target.qualifier)
        type_name = target.member
        if (not is_type and isinstance(target, J.MemberReference) and target.qualifier and not target.selectors
                and scope.lookup(target.qualifier.split('.')[0]) is None and self.nested_type(qualified)):
            # `Map.Entry::getKey`: a nested class named through its outer one.
            is_type = True
            type_name = qualified
        if method == 'new':
            body = J.ClassCreator(type=J.ReferenceType(name=target.member, dimensions=[], arguments=None),
                                  arguments=refs, selectors=[], body=None)
        elif is_type:
            class_name = self.class_name(type_name, e)
            statics = [m for m in self.candidates(class_name, method) if m.static and len(m.params) == arity]
            if not statics and class_name + '$' in CLASSES:
                statics = [m for m in self.candidates(class_name + '$', method) if len(m.params) == arity]
            if statics:
                body = J.MethodInvocation(qualifier=type_name, member=method, arguments=refs, selectors=[],
                                          prefix_operators=[], postfix_operators=[])
            else:
                body = J.MethodInvocation(qualifier=names[0], member=method, arguments=refs[1:], selectors=[],
                                          prefix_operators=[], postfix_operators=[])
                # `Type::instanceMethod`: the receiver is a Type where the interface's type arguments do not
                # say better (`Comparator.comparingInt(Person::getAge)` has none to say it).
                if params:
                    params[0].fallback_type = J.ReferenceType(name=type_name, dimensions=[], arguments=None,
                                                              sub_type=None)
        else:
            body = J.MethodInvocation(qualifier=qualified, member=method, arguments=refs, selectors=[],
                                      prefix_operators=[], postfix_operators=[])
        return J.LambdaExpression(parameters=params, body=body)

    def nested_type(self, dotted):
        """Whether `Outer.Inner` names a class."""
        try:
            return self.class_name(dotted) is not None
        except Unsupported:
            return False

    def outer_name(self, name, t, context, scope):
        """How the enclosing code names a captured value (itself captured when it is a lambda)."""
        if name == 'this$':
            return self.capture_this(context)[0] if context.captures is not None else context.this_expr
        if context.captures is not None and not self.declared_in_lambda(scope, self.java_name(scope, name), context):
            context.captures.setdefault(name, (t, name))
        return name

    def java_name(self, scope, ir_name):
        current = scope
        while current is not None:
            for java, (_, candidate) in current.names.items():
                if candidate == ir_name:
                    return java
            current = current.parent
        return ir_name


def main():
    arguments = sys.argv[1:]
    library = arguments[:1] == ['--library']
    if library:
        arguments = arguments[1:]
    if len(arguments) != 1:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    path = arguments[0]
    source = open(path, encoding='utf-8').read()
    load_runtime_library()
    # Any other public class of the packages a program imports from is known by its simple name too, as is
    # each class it imports by name.
    packages = {'java.lang', 'java.util', 'java.io', 'java.util.function'}
    for _static, _imported, _wildcard in re.findall(r'^\s*import\s+(static\s+)?([\w.]+?)(\.\*)?\s*;', source, re.M):
        if _static:
            continue
        if _wildcard:
            packages.add(_imported)
        elif _imported in CLASSES:
            LIBRARY_NAMES[_imported.rpartition('.')[2]] = _imported
    for _name in sorted(CLASSES):
        _package, _, _simple = _name.rpartition('.')
        if _package in packages and '$' not in _simple:
            LIBRARY_NAMES.setdefault(_simple, _name)
    top = os.path.splitext(os.path.basename(path))[0]
    try:
        translator = Translator(source, top)
        translator.library = library
        text = translator.translate()
    except Unsupported as error:
        print(f'{path}: {error}', file=sys.stderr)
        sys.exit(1)
    name = os.path.splitext(os.path.basename(path))[0]
    sys.stdout.write(f'// The Kiln IR of {name}.java, written by tools/java2ir and formatted with `kiln fmt`.\n')
    sys.stdout.write(text)


if __name__ == '__main__':
    main()
