#!/usr/bin/env python3
"""Random expressions over every primitive type and String (casts, shifts, division, Math, parsing,
formatting, string methods), each printed or its exception named: a Java program on standard output.
Usage: python3 tools/fuzz/expressions.py SEED [COUNT] > FuzzSEED.java (see tools/fuzz/run.sh)."""
import random, sys

seed = int(sys.argv[1])
R = random.Random(seed)
TYPES = ['int', 'long', 'double', 'float', 'char', 'short', 'byte', 'boolean', 'String']
NUM = ['int', 'long', 'double', 'float', 'char', 'short', 'byte']

INTS = ['0', '1', '-1', '2', '7', '-13', '31', '32', '33', '63', '64', '100', '255', '-128', '65535', '1000000007',
        'Integer.MAX_VALUE', 'Integer.MIN_VALUE', '0x7ff0', '-65536', '123456789']
LONGS = ['0L', '1L', '-1L', '3L', '64L', '-99L', '4294967296L', '1000000007L', 'Long.MAX_VALUE', 'Long.MIN_VALUE',
         '0x123456789abcdefL', '-9007199254740993L', '9007199254740993L']
DOUBLES = ['0.0', '-0.0', '1.0', '-1.5', '0.1', '2.5', '3.5', '-2.5', '1e10', '1e-7', '123456.789', 'Double.NaN',
           'Double.POSITIVE_INFINITY', 'Double.NEGATIVE_INFINITY', 'Double.MAX_VALUE', 'Double.MIN_VALUE', '1e300',
           '9.223372036854776E18', '-2147483648.5', '4.9E-300', '0.30000000000000004', '1.0E7', '1.0E-3']
FLOATS = ['0.0f', '-0.0f', '1.0f', '0.1f', '-2.5f', '3.4028235E38f', '1.4E-45f', 'Float.NaN', '1e7f', '1.0E-3f',
          'Float.POSITIVE_INFINITY', '16777217f', '0.3f', '-1e-10f']
CHARS = ["'a'", "'Z'", "'0'", "' '", "'\\u00e9'", "'\\uffff'", "'\\u0000'", "'\\u03a3'", "'~'"]
STRS = ['"abc"', '""', '"Hello, World"', '"x"', '"ß"', '"ǅ"', '"  pad  "', '"a,b,,c"', '"123"', '"-0"']

VARS = {t: [] for t in TYPES}


def lit(t):
    if t == 'int': return R.choice(INTS)
    if t == 'long': return R.choice(LONGS)
    if t == 'double': return R.choice(DOUBLES)
    if t == 'float': return R.choice(FLOATS)
    if t == 'char': return R.choice(CHARS)
    if t == 'short': return '(short) ' + R.choice(['0', '-1', '32767', '-32768', '1234', '300'])
    if t == 'byte': return '(byte) ' + R.choice(['0', '-1', '127', '-128', '42', '200'])
    if t == 'boolean': return R.choice(['true', 'false'])
    return R.choice(STRS)


def atom(t):
    if VARS[t] and R.random() < 0.6:
        return R.choice(VARS[t])
    v = lit(t)
    return '(' + v + ')' if v.startswith('-') or v.startswith('(') else v


def promoted(a, b):
    order = ['double', 'float', 'long']
    for o in order:
        if o in (a, b): return o
    return 'int'


def gen(t, d):
    if d <= 0 or R.random() < 0.2:
        return atom(t)
    d -= 1
    r = R.random()
    if t == 'int':
        opts = [
            lambda: f'({gen("int", d)} {R.choice(["+", "-", "*", "/", "%", "&", "|", "^"])} {gen(R.choice(["int", "char", "short", "byte"]), d)})',
            lambda: f'({gen("int", d)} {R.choice(["<<", ">>", ">>>"])} {gen(R.choice(["int", "long"]), d)})',
            lambda: f'(int) {gen(R.choice(["long", "double", "float"]), d)}',
            lambda: f'({gen("boolean", d)} ? {gen("int", d)} : {gen("int", d)})',
            lambda: f'Integer.{R.choice(["bitCount", "numberOfLeadingZeros", "numberOfTrailingZeros", "reverse", "reverseBytes", "highestOneBit", "lowestOneBit", "signum"])}({gen("int", d)})',
            lambda: f'Integer.{R.choice(["rotateLeft", "rotateRight"])}({gen("int", d)}, {gen("int", d)})',
            lambda: f'Math.{R.choice(["max", "min"])}({gen("int", d)}, {gen("int", d)})',
            lambda: f'Math.{R.choice(["abs", "negateExact_"])}({gen("int", d)})'.replace('negateExact_', 'abs'),
            lambda: f'Math.{R.choice(["floorDiv", "floorMod"])}({gen("int", d)}, {gen("int", d)})',
            lambda: f'{gen("String", d)}.length()',
            lambda: f'{gen("String", d)}.hashCode()',
            lambda: f'{gen("String", d)}.indexOf({gen(R.choice(["String", "char"]), d)})',
            lambda: f'{gen("String", d)}.compareTo({gen("String", d)})',
            lambda: f'Long.hashCode({gen("long", d)})',
            lambda: f'Double.hashCode({gen("double", d)})',
            lambda: f'Float.floatToIntBits({gen("float", d)})',
            lambda: f'Math.round({gen("float", d)})',
            lambda: f'Character.getNumericValue({gen("char", d)})',
            lambda: f'Character.digit({gen("char", d)}, {R.choice(["10", "16", "36"])})',
            lambda: f'Integer.parseInt("" + {gen("int", d)})',
            lambda: f'Integer.signum(Long.compare({gen("long", d)}, {gen("long", d)}))',
        ]
        return R.choice(opts)()
    if t == 'long':
        opts = [
            lambda: f'({gen("long", d)} {R.choice(["+", "-", "*", "/", "%", "&", "|", "^"])} {gen(R.choice(["long", "int", "char"]), d)})',
            lambda: f'({gen("long", d)} {R.choice(["<<", ">>", ">>>"])} {gen(R.choice(["int", "long"]), d)})',
            lambda: f'(long) {gen(R.choice(["int", "double", "float", "char"]), d)}',
            lambda: f'Long.{R.choice(["reverse", "reverseBytes", "highestOneBit", "lowestOneBit"])}({gen("long", d)})',
            lambda: f'Long.{R.choice(["rotateLeft", "rotateRight"])}({gen("long", d)}, {gen("int", d)})',
            lambda: f'Math.{R.choice(["max", "min", "floorDiv", "floorMod"])}({gen("long", d)}, {gen("long", d)})',
            lambda: f'Math.abs({gen("long", d)})',
            lambda: f'Math.round({gen("double", d)})',
            lambda: f'Double.doubleToLongBits({gen("double", d)})',
            lambda: f'Long.parseLong({gen("long", d)} + "")',
            lambda: f'({gen("boolean", d)} ? {gen("long", d)} : {gen("int", d)})',
            lambda: f'Long.divideUnsigned({gen("long", d)}, {gen("long", d)})',
            lambda: f'Long.remainderUnsigned({gen("long", d)}, {gen("long", d)})',
            lambda: f'Integer.toUnsignedLong({gen("int", d)})',
        ]
        return R.choice(opts)()
    if t == 'double':
        opts = [
            lambda: f'({gen("double", d)} {R.choice(["+", "-", "*", "/", "%"])} {gen(R.choice(NUM), d)})',
            lambda: f'(double) {gen(R.choice(["int", "long", "float", "char"]), d)}',
            lambda: f'Math.{R.choice(["sqrt", "floor", "ceil", "rint", "abs", "signum", "cbrt", "exp", "log", "log10", "sin", "cos", "tan", "atan", "toDegrees", "toRadians", "ulp", "nextUp", "log1p", "expm1", "sinh", "cosh", "tanh", "asin", "acos"])}({gen("double", d)})',
            lambda: f'Math.{R.choice(["pow", "atan2", "max", "min", "hypot", "IEEEremainder", "copySign"])}({gen("double", d)}, {gen("double", d)})',
            lambda: f'({gen("boolean", d)} ? {gen("double", d)} : {gen("float", d)})',
            lambda: f'Double.parseDouble({gen("double", d)} + "")',
            lambda: f'Double.longBitsToDouble({gen("long", d)})',
            lambda: f'Math.scalb({gen("double", d)}, {gen("int", d)} % 100)',
        ]
        return R.choice(opts)()
    if t == 'float':
        opts = [
            lambda: f'({gen("float", d)} {R.choice(["+", "-", "*", "/", "%"])} {gen(R.choice(["float", "int", "long", "char"]), d)})',
            lambda: f'(float) {gen(R.choice(["int", "long", "double"]), d)}',
            lambda: f'Math.{R.choice(["abs", "signum", "ulp", "nextUp"])}({gen("float", d)})',
            lambda: f'Math.{R.choice(["max", "min", "copySign"])}({gen("float", d)}, {gen("float", d)})',
            lambda: f'Float.parseFloat({gen("float", d)} + "")',
            lambda: f'Float.intBitsToFloat({gen("int", d)})',
        ]
        return R.choice(opts)()
    if t == 'char':
        opts = [
            lambda: f'(char) {gen(R.choice(["int", "long", "double", "short", "byte"]), d)}',
            lambda: f'(char) ({gen("char", d)} + {gen("int", d)})',
            lambda: f'Character.{R.choice(["toUpperCase", "toLowerCase", "toTitleCase"])}({gen("char", d)})',
            lambda: f'({gen("String", d)} + "?").charAt(0)',
            lambda: f'Character.forDigit({R.choice(["0", "9", "10", "35", "36", "-1"])}, {R.choice(["10", "16", "36"])})',
        ]
        return R.choice(opts)()
    if t == 'short':
        return f'(short) {gen(R.choice(["int", "long", "double", "char", "float"]), d)}'
    if t == 'byte':
        return f'(byte) {gen(R.choice(["int", "long", "double", "char", "short"]), d)}'
    if t == 'boolean':
        opts = [
            lambda: f'({gen(a := R.choice(NUM), d)} {R.choice(["<", "<=", ">", ">=", "==", "!="])} {gen(R.choice(NUM), d)})',
            lambda: f'({gen("boolean", d)} {R.choice(["&&", "||", "&", "|", "^", "==", "!="])} {gen("boolean", d)})',
            lambda: f'!{gen("boolean", d)}',
            lambda: f'Double.isNaN({gen("double", d)})',
            lambda: f'Double.isInfinite({gen("double", d)})',
            lambda: f'{gen("String", d)}.equals({gen("String", d)})',
            lambda: f'{gen("String", d)}.isEmpty()',
            lambda: f'{gen("String", d)}.contains({gen("String", d)})',
            lambda: f'Character.{R.choice(["isLetter", "isDigit", "isWhitespace", "isUpperCase", "isLetterOrDigit", "isSpaceChar"])}({gen("char", d)})',
            lambda: f'Double.valueOf({gen("double", d)}).equals({gen("double", d)})',
            lambda: f'((Object) {gen(R.choice(NUM), d)} instanceof {R.choice(["Integer", "Long", "Double", "Number", "Character", "Comparable"])})',
        ]
        return R.choice(opts)()
    # String
    opts = [
        lambda: f'({gen("String", d)} + {gen(R.choice(TYPES), d)})',
        lambda: f'({gen(R.choice(TYPES), d)} + "" + {gen(R.choice(TYPES), d)})',
        lambda: f'String.valueOf({gen(R.choice(TYPES), d)})',
        lambda: f'Integer.{R.choice(["toHexString", "toBinaryString", "toOctalString", "toUnsignedString"])}({gen("int", d)})',
        lambda: f'Long.{R.choice(["toHexString", "toBinaryString", "toUnsignedString"])}({gen("long", d)})',
        lambda: f'Long.toString({gen("long", d)}, {R.choice(["2", "7", "16", "36"])})',
        lambda: f'Integer.toString({gen("int", d)}, {R.choice(["2", "7", "16", "36"])})',
        lambda: f'{gen("String", d)}.{R.choice(["toUpperCase", "toLowerCase", "trim", "strip", "intern"])}()',
        lambda: f'{gen("String", d)}.repeat({R.choice(["0", "1", "3"])})',
        lambda: f'{gen("String", d)}.replace({gen("char", d)}, {gen("char", d)})',
        lambda: f'String.format("{R.choice(FMTS)}", {gen(R.choice(["double"]), d)})',
        lambda: f'String.format("{R.choice(IFMTS)}", {gen(R.choice(["int", "long"]), d)})',
        lambda: f'Double.toString({gen("double", d)})',
        lambda: f'Float.toString({gen("float", d)})',
        lambda: f'Double.toHexString({gen("double", d)})',
        lambda: f'new StringBuilder({gen("String", d)}).reverse().toString()',
        lambda: f'Character.toString({gen("char", d)})',
        lambda: f'Integer.toUnsignedString({gen("int", d)}, {R.choice(["2", "10", "36"])})',
        lambda: f'{gen("String", d)}.substring({small(d)})',
        lambda: f'{gen("String", d)}.substring({small(d)}, {small(d)})',
        lambda: f'new StringBuilder({gen("String", d)}).insert({small(d)}, {gen(R.choice(TYPES), d)}).toString()',
        lambda: f'new StringBuilder({gen("String", d)}).delete({small(d)}, {small(d)}).toString()',
        lambda: f'new StringBuilder({gen("String", d)}).deleteCharAt({small(d)}).toString()',
        lambda: f'new StringBuilder({gen("String", d)}).replace({small(d)}, {small(d)}, {gen("String", d)}).toString()',
        lambda: f'{gen("String", d)}.subSequence({small(d)}, {small(d)}).toString()',
        lambda: f'String.valueOf({gen("String", d)}.toCharArray(), {small(d)}, {small(d)})',
        lambda: f'java.util.Arrays.toString({gen("String", d)}.split({R.choice(SPLITS)}))',
        lambda: f'java.util.Arrays.toString({gen("String", d)}.split({R.choice(SPLITS)}, {R.choice(["-1", "0", "1", "2"])}))',
        lambda: f'String.join({gen("String", d)}, {gen("String", d)}, {gen("String", d)})',
        lambda: f'{gen("String", d)}.replaceAll({R.choice(SPLITS)}, {R.choice(REPLS)})',
        lambda: f'({gen("String", d)}.chars().sum() + "")',
        lambda: f'({gen("String", d)}.codePointAt({small(d)}) + "")',
        lambda: f'(Integer.valueOf({gen("String", d)}) + "")',
        lambda: f'(Long.parseLong({gen("String", d)}, {R.choice(["10", "16", "36"])}) + "")',
        lambda: f'(Double.valueOf({gen("String", d)}) + "")',
        lambda: f'(new int[{small(d)}][{small(d)}].length + "")',
        lambda: f'(new char[] {{{gen("char", d)}, {gen("char", d)}}}[{small(d)}] + "")',
        lambda: f'({gen("String", d)}.lastIndexOf({gen("String", d)}, {small(d)}) + "")',
        lambda: f'({gen("String", d)}.regionMatches({R.choice(["true", "false"])}, {small(d)}, {gen("String", d)}, {small(d)}, {small(d)}) + "")',
        lambda: f'(String.valueOf((Object) null) + {gen("String", d)}.compareToIgnoreCase({gen("String", d)}))',
        lambda: f'{gen("String", d)}.stripLeading().indent({R.choice(["0", "2", "-1"])})',
        lambda: f'String.valueOf({gen("String", d)}.isBlank())',
        lambda: f'{gen("String", d)}.translateEscapes()',
        lambda: f'java.util.Objects.requireNonNull(({gen("boolean", d)} ? null : {gen("String", d)}), "msg")',
        lambda: f'((Object) {gen(R.choice(NUM), d)}).toString()',
        lambda: f'((String) (Object) {gen(R.choice(NUM), d)})',
        lambda: f'(((Comparable) (Object) {gen(R.choice(NUM), d)}).compareTo({gen(R.choice(NUM), d)}) + "")',
    ]
    return R.choice(opts)()


def small(d):
    return R.choice(['0', '1', '2', '3', '5', '-1', f'({gen("int", max(d - 1, 0))} & 7)', f'{gen("String", max(d - 1, 0))}.length()'])


SPLITS = ['","', '" "', '"\\\\s+"', '""', '"a"', '"[,x]"', '"(?=b)"', '"\\\\|"', '"."', '"l+"']
REPLS = ['"-"', '"$0$0"', '""', '"<$0>"', '"\\\\\\\\"', '"$1"']


def cmpt():
    return None


FMTS = ['%.2f', '%10.3f', '%e', '%.0f', '%g', '%-8.1f|', '%+.3e', '%a', '%,.2f', '%s', '%.15g', '%08.2f']
IFMTS = ['%d', '%5d', '%-5d|', '%x', '%X', '%o', '%,d', '%+d', '%08d', '%(d', '%s']

gen_placeholder = None


def fix_compare(expr):
    return expr


# compare needs typed args: override the generic lambda
_orig_gen = gen


def gen(t, d):  # noqa: F811
    if t == 'int' and d > 0 and R.random() < 0.04:
        k = R.choice([('Integer', 'int'), ('Long', 'long'), ('Double', 'double'), ('Float', 'float'),
                      ('Character', 'char'), ('Boolean', 'boolean')])
        return f'{k[0]}.compare({_orig_gen(k[1], d - 1)}, {_orig_gen(k[1], d - 1)})'
    while True:
        try:
            s = _orig_gen(t, d)
        except TypeError:
            continue
        if 'None' in s:
            continue
        return s


lines = []
decls = []
for t in TYPES:
    for i in range(2):
        name = f'{t[0]}{i}' if t != 'String' else f'str{i}'
        if t == 'boolean': name = f'z{i}'
        decls.append(f'    static {t} {name} = {lit(t)};')
        VARS[t].append(name)

body = []
for n in range(int(sys.argv[2]) if len(sys.argv) > 2 else 60):
    k = R.random()
    if k < 0.75:
        t = R.choice(TYPES)
        e = gen(t, R.choice([1, 2, 3, 4]))
        body.append(f'        try {{ System.out.println("e{n} " + ({e})); }} catch (RuntimeException ex) {{ System.out.println("e{n} " + ex); }}')
    else:
        t = R.choice(NUM)
        v = R.choice(VARS[t])
        if t in ('double', 'float'):
            op = R.choice(['+=', '-=', '*=', '/=', '%='])
        else:
            op = R.choice(['+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '>>>='])
        rt = R.choice(NUM) if op in ('+=', '-=', '*=', '/=', '%=') else R.choice(['int', 'long', 'char', 'short', 'byte'])
        e = gen(rt, 2)
        if R.random() < 0.3:
            stmt = f'{v}{R.choice(["++", "--"])}'
            body.append(f'        try {{ {stmt}; System.out.println("s{n} " + {v}); }} catch (RuntimeException ex) {{ System.out.println("s{n} " + ex); }}')
        else:
            body.append(f'        try {{ System.out.println("s{n} " + ({v} {op} {e}) + " " + {v}); }} catch (RuntimeException ex) {{ System.out.println("s{n} " + ex); }}')

print(f'// Fuzz program {seed}: random expressions over every primitive type and String.')
print(f'public class Fuzz{seed} {{')
print('\n'.join(decls))
print('    public static void main(String[] args) {')
print('\n'.join(body))
print('    }')
print('}')
