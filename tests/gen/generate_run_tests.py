import os, textwrap
ROOT='/work/main/tests/run'
OUT='mod:java.lang.System$.out;Ljava.io.PrintStream()'
def P(expr, sig='Ljava.lang.String'):
    return f'{OUT}.println;{sig};V({expr})'
def PI(e): return P(e,'I')
def PJ(e): return P(e,'J')
def PZ(e): return P(e,'Z')
def PC(e): return P(e,'C')
def PD(e): return P(e,'D')
def PF(e): return P(e,'F')
def PO(e): return P(e,'Ljava.lang.Object')

programs=[]
def prog(area, name, main, java_main, members='', classes='', java_members='', java_classes='', header='', package=None):
    programs.append((area,name,main,java_main,members,classes,java_members,java_classes,header,package))


def emit():
    for (area,name,main,java_main,members,classes,java_members,java_classes,header,package) in programs:
        d=os.path.join(ROOT,area); os.makedirs(d,exist_ok=True)
        stmts=[s.strip() for s in main.strip().split('\n') if s.strip()]
        body=';\n'.join('    '+s for s in stmts) if stmts else '    /*<skip>*/'
        # join multi-line statements: lines ending with '{' or starting with '}' shouldn't get ';'
        lines=main.strip('\n').split('\n')
        out=[]
        for i,l in enumerate(lines):
            l=l.rstrip()
            if not l.strip(): continue
            out.append('    '+l.strip() if not l.startswith('  ') else '    '+l)
        # add ';' separators: a line gets ';' if next nonempty line does not start with '}' or 'else'/'catch' and this line doesn't end with '{' or ';'
        res=[]
        for i,l in enumerate(out):
            nxt=out[i+1].strip() if i+1<len(out) else None
            s=l
            if nxt is not None and not s.rstrip().endswith('{') and not s.rstrip().endswith(';') and not nxt.startswith('}') and not nxt.startswith(')') :
                s=s+';'
            res.append(s)
        body='\n'.join(res)
        cls=f'test.{name}$'
        ir=f"""{header}module class {cls} extends java.lang.Object {{
  constructor def <init>;V() {{
    this.java.lang.Object::<init>;V();
    <storeModule>
  }}
{members}  def main;[Ljava.lang.String;V(args: java.lang.String[]) {{
{body}
  }}
}}
{classes}"""
        open(os.path.join(d,name+'.ir'),'w').write(ir)
        if java_main is None:
            continue
        pkg = f'package {package};\n\n' if package else ''
        java=f"""{pkg}public class {name} {{
{java_members}    public static void main(String[] args) {{
{textwrap.indent(textwrap.dedent(java_main).strip(), '        ')}
    }}
}}
{java_classes}"""
        open(os.path.join(d,name+'.java'),'w').write(java)

# ---------------- arithmetic ----------------
prog('arith','IntArith', f"""
var a: int = 7
var b: int = (-3)
{PI('(a +[int] b)')}
{PI('(a -[int] b)')}
{PI('(a *[int] b)')}
{PI('(a /[int] b)')}
{PI('(a %[int] b)')}
{PI('((-7) /[int] 2)')}
{PI('((-7) %[int] 2)')}
{PI('(2147483647 +[int] 1)')}
{PI('((-2147483648) -[int] 1)')}
{PI('(65536 *[int] 65536)')}
{PI('(123456789 *[int] 987654321)')}
{PI('(-a)')}
{PI('(~a)')}
{PI('(a &[int] 12)')}
{PI('(a |[int] 8)')}
{PI('(a ^[int] 5)')}
{PI('(a <<[int] 3)')}
{PI('(b >>[int] 1)')}
{PI('(b >>>[int] 28)')}
{PI('(1 <<[int] 33)')}
{PI('((-1) >>>[int] 33)')}
""", """
int a = 7;
int b = -3;
System.out.println(a + b);
System.out.println(a - b);
System.out.println(a * b);
System.out.println(a / b);
System.out.println(a % b);
System.out.println(-7 / 2);
System.out.println(-7 % 2);
int max = 2147483647; System.out.println(max + 1);
int min = -2147483648; System.out.println(min - 1);
int big = 65536; System.out.println(big * big);
int p = 123456789; int q = 987654321; System.out.println(p * q);
System.out.println(-a);
System.out.println(~a);
System.out.println(a & 12);
System.out.println(a | 8);
System.out.println(a ^ 5);
System.out.println(a << 3);
System.out.println(b >> 1);
System.out.println(b >>> 28);
int one = 1; System.out.println(one << 33);
int minusOne = -1; System.out.println(minusOne >>> 33);
""")

prog('arith','IntDivisionEdges', f"""
var min: int = (-2147483648)
var minusOne: int = (-1)
{PI('(min /[int] minusOne)')}
{PI('(min %[int] minusOne)')}
{PI('(min /[int] (-1))')}
{PI('(100 /[int] 7)')}
{PI('((-100) %[int] 7)')}
{PI('(100 %[int] (-7))')}
""", """
int min = -2147483648;
int minusOne = -1;
System.out.println(min / minusOne);
System.out.println(min % minusOne);
System.out.println(min / -1);
System.out.println(100 / 7);
System.out.println(-100 % 7);
System.out.println(100 % -7);
""")

prog('arith','IntCompare', f"""
val a: int = 5
val b: int = (-5)
{PZ('(a <[int] b)')}
{PZ('(a <=[int] a)')}
{PZ('(a >[int] b)')}
{PZ('(b >=[int] a)')}
{PZ('(a ==[int] 5)')}
{PZ('(a !=[int] 5)')}
""", """
int a = 5;
int b = -5;
System.out.println(a < b);
System.out.println(a <= a);
System.out.println(a > b);
System.out.println(b >= a);
System.out.println(a == 5);
System.out.println(a != 5);
""")

prog('arith','LongArith', f"""
var a: long = 9000000000L
var b: long = (-7L)
{PJ('(a +[long] b)')}
{PJ('(a -[long] b)')}
{PJ('(a *[long] b)')}
{PJ('(a /[long] b)')}
{PJ('(a %[long] b)')}
{PJ('(9223372036854775807L +[long] 1L)')}
{PJ('(-a)')}
{PJ('(~a)')}
{PJ('(a &[long] 4294967295L)')}
{PJ('(a |[long] 1L)')}
{PJ('(a ^[long] (-1L))')}
{PJ('(1L <<[long] 40)')}
{PJ('(b >>[long] 1)')}
{PJ('(b >>>[long] 60)')}
{PJ('(1L <<[long] 65)')}
{PZ('(a >[long] b)')}
{PZ('(a <=[long] b)')}
{PZ('(a ==[long] 9000000000L)')}
{PZ('(a !=[long] 9000000000L)')}
{PZ('(b <[long] 0L)')}
{PZ('(b >=[long] 0L)')}
{PJ('(-9223372036854775808L)')}
""", """
long a = 9000000000L;
long b = -7L;
System.out.println(a + b);
System.out.println(a - b);
System.out.println(a * b);
System.out.println(a / b);
System.out.println(a % b);
long max = 9223372036854775807L; System.out.println(max + 1L);
System.out.println(-a);
System.out.println(~a);
System.out.println(a & 4294967295L);
System.out.println(a | 1L);
System.out.println(a ^ -1L);
long one = 1L; System.out.println(one << 40);
System.out.println(b >> 1);
System.out.println(b >>> 60);
System.out.println(one << 65);
System.out.println(a > b);
System.out.println(a <= b);
System.out.println(a == 9000000000L);
System.out.println(a != 9000000000L);
System.out.println(b < 0L);
System.out.println(b >= 0L);
System.out.println(-9223372036854775808L);
""")

prog('arith','IntLongConversions', f"""
val i: int = (-123456)
val l: long = 81985529216486895L
{PJ('((long)i)')}
{PI('((int)l)')}
{PI('((int)4294967296L)')}
{PJ('(((long)2147483647) +[long] 1L)')}
{PJ('<toLongUnsigned>((-1))')}
""", """
int i = -123456;
long l = 81985529216486895L;
System.out.println((long) i);
System.out.println((int) l);
System.out.println((int) 4294967296L);
System.out.println(((long) 2147483647) + 1L);
System.out.println(Integer.toUnsignedLong(-1));
""")

prog('arith','DivideByZeroCaught', f"""
var zero: int = 0
try {{
  {PI('(10 /[int] zero)')}
}} catch (e) {{
  {P('("caught: " +[string] e.asInstanceOf[java.lang.Throwable].getMessage;Ljava.lang.String())')}
}}
try {{
  {PI('(10 %[int] zero)')}
}} catch (e) {{
  {P('("caught again: " +[string] e.asInstanceOf[java.lang.Throwable].getMessage;Ljava.lang.String())')}
}}
try {{
  {PJ('(10L /[long] ((long)zero))')}
}} catch (e) {{
  {P('("long: " +[string] e.asInstanceOf[java.lang.Throwable].getMessage;Ljava.lang.String())')}
}}
""", """
int zero = 0;
try { System.out.println(10 / zero); } catch (ArithmeticException e) { System.out.println("caught: " + e.getMessage()); }
try { System.out.println(10 % zero); } catch (ArithmeticException e) { System.out.println("caught again: " + e.getMessage()); }
try { System.out.println(10L / (long) zero); } catch (ArithmeticException e) { System.out.println("long: " + e.getMessage()); }
""")

prog('arith','DivideByZeroUncaught', f"""
{P('"before"')}
var zero: int = 0
{PI('(1 /[int] zero)')}
{P('"not reached"')}
""", """
System.out.println("before");
int zero = 0;
System.out.println(1 / zero);
System.out.println("not reached");
""", header='// exit: 1\n')

prog('arith','UnsignedOps', f"""
val a: int = (-10)
val b: int = 3
{PI('(a unsigned_/[int] b)')}
{PI('(a unsigned_%[int] b)')}
{PZ('(a unsigned_<[int] b)')}
{PZ('(a unsigned_>[int] b)')}
{PZ('(b unsigned_<=[int] 3)')}
{PZ('(b unsigned_>=[int] 4)')}
{PJ('((-10L) unsigned_/[long] 3L)')}
{PJ('((-10L) unsigned_%[long] 3L)')}
{PZ('((-1L) unsigned_>[long] 1L)')}
""", """
int a = -10;
int b = 3;
System.out.println(Integer.divideUnsigned(a, b));
System.out.println(Integer.remainderUnsigned(a, b));
System.out.println(Integer.compareUnsigned(a, b) < 0);
System.out.println(Integer.compareUnsigned(a, b) > 0);
System.out.println(Integer.compareUnsigned(b, 3) <= 0);
System.out.println(Integer.compareUnsigned(b, 4) >= 0);
System.out.println(Long.divideUnsigned(-10L, 3L));
System.out.println(Long.remainderUnsigned(-10L, 3L));
System.out.println(Long.compareUnsigned(-1L, 1L) > 0);
""")

prog('arith','DoubleArith', f"""
val a: double = 1.5d
val b: double = 2.25d
{PD('(a +[double] b)')}
{PD('(a -[double] b)')}
{PD('(a *[double] b)')}
{PD('(a /[double] b)')}
{PD('(1.0d /[double] 3.0d)')}
{PD('(2.0d /[double] 3.0d)')}
{PD('(1.0d /[double] 0.0d)')}
{PD('((-1.0d) /[double] 0.0d)')}
{PD('(0.0d /[double] 0.0d)')}
{PD('(-0.0d)')}
{PD('(-a)')}
{PD('10000000000.0d')}
{PD('0.00001d')}
{PD('123456789.0d')}
{PD('100.0d')}
{PD('0.001d')}
{PD('9999999.0d')}
{PD('10000000.0d')}
{PD('3.141592653589793d')}
{PD('1.0E-300d')}
{PD('(0.5d *[double] 0.25d)')}
""", """
double a = 1.5;
double b = 2.25;
System.out.println(a + b);
System.out.println(a - b);
System.out.println(a * b);
System.out.println(a / b);
System.out.println(1.0 / 3.0);
System.out.println(2.0 / 3.0);
double zero = 0.0;
System.out.println(1.0 / zero);
System.out.println(-1.0 / zero);
System.out.println(zero / zero);
System.out.println(-0.0);
System.out.println(-a);
System.out.println(10000000000.0);
System.out.println(0.00001);
System.out.println(123456789.0);
System.out.println(100.0);
System.out.println(0.001);
System.out.println(9999999.0);
System.out.println(10000000.0);
System.out.println(3.141592653589793);
System.out.println(1.0E-300);
System.out.println(0.5 * 0.25);
""")

prog('arith','DoubleCompare', f"""
val nan: double = (0.0d /[double] 0.0d)
{PZ('(nan ==[double] nan)')}
{PZ('(nan !=[double] nan)')}
{PZ('(nan <[double] 1.0d)')}
{PZ('(nan >=[double] 1.0d)')}
{PZ('(0.0d ==[double] (-0.0d))')}
{PZ('(1.5d <=[double] 1.5d)')}
{PZ('(2.5d >[double] 1.5d)')}
""", """
double nan = 0.0 / 0.0;
System.out.println(nan == nan);
System.out.println(nan != nan);
System.out.println(nan < 1.0);
System.out.println(nan >= 1.0);
System.out.println(0.0 == -0.0);
System.out.println(1.5 <= 1.5);
System.out.println(2.5 > 1.5);
""")

prog('arith','DoubleToIntegers', f"""
{PI('((int)1.0E20d)')}
{PI('((int)(-1.0E20d))')}
{PI('((int)(0.0d /[double] 0.0d))')}
{PI('((int)(-2.7d))')}
{PI('((int)2.7d)')}
{PJ('((long)(-1.0E30d))')}
{PJ('((long)1.0E30d)')}
{PJ('((long)123456789012.9d)')}
{PD('((double)(-5))')}
{PD('((double)9007199254740993L)')}
""", """
System.out.println((int) 1.0E20);
System.out.println((int) -1.0E20);
double nan = 0.0 / 0.0;
System.out.println((int) nan);
System.out.println((int) -2.7);
System.out.println((int) 2.7);
System.out.println((long) -1.0E30);
System.out.println((long) 1.0E30);
System.out.println((long) 123456789012.9);
System.out.println((double) -5);
System.out.println((double) 9007199254740993L);
""")

prog('arith','FloatArith', f"""
val a: float = 1.1f
val b: float = 2.5f
{PF('(a *[float] a)')}
{PF('(a +[float] b)')}
{PF('(a -[float] b)')}
{PF('(b /[float] a)')}
{PF('(-b)')}
{PF('0.1f')}
{PF('1.0E10f')}
{PF('3.4028235E38f')}
{PF('((float)0.1d)')}
{PD('((double)0.1f)')}
""", """
float a = 1.1f;
float b = 2.5f;
System.out.println(a * a);
System.out.println(a + b);
System.out.println(a - b);
System.out.println(b / a);
System.out.println(-b);
System.out.println(0.1f);
System.out.println(1.0E10f);
System.out.println(3.4028235E38f);
System.out.println((float) 0.1);
System.out.println((double) 0.1f);
""")

prog('arith','FloatingRemainder', f"""
{PD('(5.5d %[double] 2.0d)')}
{PD('((-5.5d) %[double] 2.0d)')}
{PD('(5.5d %[double] (-2.0d))')}
{PD('(1.0d %[double] 0.0d)')}
{PD('(5.0d %[double] (1.0d /[double] 0.0d))')}
{PF('(7.5f %[float] 2.0f)')}
""", """
System.out.println(5.5 % 2.0);
System.out.println(-5.5 % 2.0);
System.out.println(5.5 % -2.0);
System.out.println(1.0 % 0.0);
double zero = 0.0;
System.out.println(5.0 % (1.0 / zero));
System.out.println(7.5f % 2.0f);
""")

prog('arith','CharOps', f"""
val c: char = 'A'
{PC('c')}
{PC('((char)(((int)c) +[int] 1))')}
{PI('((int)c)')}
{PC('((char)97)')}
{PC('((char)65601)')}
{P('("char " +[string] c)')}
{PZ('(((int)c) ==[int] 65)')}
""", """
char c = 'A';
System.out.println(c);
System.out.println((char) (c + 1));
System.out.println((int) c);
System.out.println((char) 97);
System.out.println((char) 65601);
System.out.println("char " + c);
System.out.println(c == 65);
""")

prog('arith','ByteShortOps', f"""
val b: byte = ((byte)200)
val s: short = ((short)70000)
{PI('((int)b)')}
{PI('((int)s)')}
{PI('(((int)b) *[int] 2)')}
{PI('((int)((byte)(((int)b) +[int] 200)))')}
{PI('((int)(-128_b))')}
{P('("byte " +[string] b)')}
{P('("short " +[string] s)')}
{PI('((int)((short)(-32769)))')}
""", """
byte b = (byte) 200;
short s = (short) 70000;
System.out.println((int) b);
System.out.println((int) s);
System.out.println(b * 2);
System.out.println((int) (byte) (b + 200));
System.out.println((int) (byte) -128);
System.out.println("byte " + b);
System.out.println("short " + s);
System.out.println((int) (short) -32769);
""")

prog('arith','BooleanOps', f"""
val t: boolean = true
val f: boolean = false
{PZ('(t &[bool] f)')}
{PZ('(t |[bool] f)')}
{PZ('(t ==[bool] f)')}
{PZ('(t !=[bool] f)')}
{PZ('(!t)')}
{PZ('test.BooleanOps$::check;Z;Z(t) || test.BooleanOps$::check;Z;Z(f)')}
{PZ('test.BooleanOps$::check;Z;Z(f) && test.BooleanOps$::check;Z;Z(t)')}
{PZ('test.BooleanOps$::check;Z;Z(t) && test.BooleanOps$::check;Z;Z(f)')}
{PI('((int)t)')}
""", """
boolean t = true;
boolean f = false;
System.out.println(t & f);
System.out.println(t | f);
System.out.println(t == f);
System.out.println(t != f);
System.out.println(!t);
System.out.println(check(t) || check(f));
System.out.println(check(f) && check(t));
System.out.println(check(t) && check(f));
System.out.println(t ? 1 : 0);
""", members=f"""  static def check;Z;Z(value: boolean): boolean = {{
    {P('("check " +[string] value)')};
    value
  }}
""", java_members="""    static boolean check(boolean value) {
        System.out.println("check " + value);
        return value;
    }
""")

prog('arith','BitOperations', f"""
{PI('<clz>(1)')}
{PI('<clz>(0)')}
{PI('<clz>((-1))')}
{PI('<clz>(1L)')}
{PI('<clz>(4294967296L)')}
{PI('<floatToBits>(1.5f)')}
{PF('<floatFromBits>(1069547520)')}
{PJ('<doubleToBits>(1.5d)')}
{PD('<doubleFromBits>(4609434218613702656L)')}
""", """
System.out.println(Integer.numberOfLeadingZeros(1));
System.out.println(Integer.numberOfLeadingZeros(0));
System.out.println(Integer.numberOfLeadingZeros(-1));
System.out.println(Long.numberOfLeadingZeros(1L));
System.out.println(Long.numberOfLeadingZeros(4294967296L));
System.out.println(Float.floatToRawIntBits(1.5f));
System.out.println(Float.intBitsToFloat(1069547520));
System.out.println(Double.doubleToRawLongBits(1.5));
System.out.println(Double.longBitsToDouble(4609434218613702656L));
""")

# ---------------- strings ----------------
CHARX = '("char " +[string] ' + "'x')"
prog('strings','ConcatPrimitives', f"""
val s: java.lang.String = null
{P('("int " +[string] 42)')}
{P('("long " +[string] 1234567890123L)')}
{P(CHARX)}
{P('("bool " +[string] true)')}
{P('("double " +[string] 2.5d)')}
{P('("float " +[string] 0.5f)')}
{P('("byte " +[string] 7_b)')}
{P('("short " +[string] (-3_s))')}
{P('("null " +[string] s)')}
{P('(1 +[string] "x")')}
{P('(("a" +[string] 1) +[string] 2)')}
{P('("obj " +[string] new test.Named().<init>;V())')}
{P('("min " +[string] (-2147483648))')}
{P('("minLong " +[string] (-9223372036854775808L))')}
""", """
String s = null;
System.out.println("int " + 42);
System.out.println("long " + 1234567890123L);
System.out.println("char " + 'x');
System.out.println("bool " + true);
System.out.println("double " + 2.5);
System.out.println("float " + 0.5f);
System.out.println("byte " + (byte) 7);
System.out.println("short " + (short) -3);
System.out.println("null " + s);
System.out.println(1 + "x");
System.out.println("a" + 1 + 2);
System.out.println("obj " + new Named());
System.out.println("min " + (-2147483648));
System.out.println("minLong " + (-9223372036854775808L));
""", classes="""
class test.Named extends java.lang.Object {
  constructor def <init>;V() {
    this.java.lang.Object::<init>;V()
  }
  def toString;Ljava.lang.String(): java.lang.String = {
    "Named!"
  }
}
""", java_classes="""
class Named {
    public String toString() { return "Named!"; }
}
""")

prog('strings','LengthAndCharAt', f"""
val s: string = "Hello, Kiln"
{PI('s.length')}
{PC('s[0]')}
{PC('s[10]')}
var i: int = 0
var reversed: string = ""
while ((i <[int] s.length)) {{
  reversed = (s[i] +[string] reversed);
  i = (i +[int] 1)
}}
{P('reversed')}
{PI('"".length')}
{PI('s.length;I()')}
{PC('s.charAt;I;C(4)')}
""", """
String s = "Hello, Kiln";
System.out.println(s.length());
System.out.println(s.charAt(0));
System.out.println(s.charAt(10));
int i = 0;
String reversed = "";
while (i < s.length()) { reversed = s.charAt(i) + reversed; i = i + 1; }
System.out.println(reversed);
System.out.println("".length());
System.out.println(s.length());
System.out.println(s.charAt(4));
""")

prog('strings','StringEquality', f"""
val a: string = "kiln"
val b: string = ("ki" +[string] "ln")
{PZ('(a === b)')}
{PZ('(a !== b)')}
{PZ('(a === "oven")')}
{PZ('a.equals;Ljava.lang.Object;Z(b)')}
{PI('a.hashCode;I()')}
{PI('"".hashCode;I()')}
{PI('"The quick brown fox".hashCode;I()')}
{PZ('"".isEmpty;Z()')}
""", """
String a = "kiln";
String b = "ki" + "ln".toString();
System.out.println(a.equals(b));
System.out.println(!a.equals(b));
System.out.println(a.equals("oven"));
System.out.println(a.equals(b));
System.out.println(a.hashCode());
System.out.println("".hashCode());
System.out.println("The quick brown fox".hashCode());
System.out.println("".isEmpty());
""")

U1 = '"h\\u00e9llo w\\u00f6rld"'
U2 = '"\\u65e5\\u672c\\u8a9e"'
U3 = '"smile \\ud83d\\ude00!"'
U4 = '"\\ud83d\\ude00".length'
U5 = '"tab\\there, quote \\" and backslash \\\\"'
U6 = "'\\u00e9'"
prog('strings','Unicode', "\n".join([P(U1), P(U2), P(U3), PI(U4), P(U5), PC(U6)]), """
System.out.println("h\\u00e9llo w\\u00f6rld");
System.out.println("\\u65e5\\u672c\\u8a9e");
System.out.println("smile \\ud83d\\ude00!");
System.out.println("\\ud83d\\ude00".length());
System.out.println("tab\\there, quote \\" and backslash \\\\");
System.out.println('\\u00e9');
""")

L1 = '"lone \\ud800 high"'
L2 = '"lone \\udc00 low"'
prog('strings','LoneSurrogate', "\n".join([P(L1), P(L2)]), """
System.out.println("lone \\ud800 high");
System.out.println("lone \\udc00 low");
""")

prog('strings','PrintOverloads', f"""
{OUT}.print;Ljava.lang.String;V("a")
{OUT}.print;I;V(1)
{OUT}.print;J;V(2L)
{OUT}.print;Z;V(false)
{OUT}.print;C;V('c')
{OUT}.print;D;V(0.25d)
{OUT}.print;F;V(1.5f)
{OUT}.println;V()
{OUT}.print;Ljava.lang.Object;V(null)
{OUT}.println;Ljava.lang.String;V(null)
""", """
System.out.print("a");
System.out.print(1);
System.out.print(2L);
System.out.print(false);
System.out.print('c');
System.out.print(0.25);
System.out.print(1.5f);
System.out.println();
System.out.print((Object) null);
System.out.println((String) null);
""")

E = "\\u00e9"
prog('strings','LongStrings', f"""
var s: string = ""
var i: int = 0
while ((i <[int] 3000)) {{
  s = (s +[string] "ab{E}");
  i = (i +[int] 1)
}}
{PI('s.length')}
{P('s')}
""", """
String s = "";
int i = 0;
while (i < 3000) { s = s + "ab\\u00e9"; i = i + 1; }
System.out.println(s.length());
System.out.println(s);
""")

prog('arith','FloatingFormatFixme', f"""
{PD('1.7976931348623157E308d')}
{PF('((float)123456789L)')}
""", None, header='''// No Java twin: both lines differ from the JVM on purpose, and say why.
// FIXME: line 1 should be 1.7976931348623157E308: near the top of the double range the digit search
// scales by inexact powers of ten. Fix with exact (big-integer) digit generation.
// FIXME: line 2 is the shortest form, 1.2345679E8, as JDK 19+ prints it; JDK 17 (this machine's JVM)
// prints 1.23456792E8. Decide which JVM is the oracle for float formatting.
''')

emit()
print(len(programs))
