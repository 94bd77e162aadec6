// A ray tracer (after the one in the V8 benchmarks): spheres and a chessboard plane, two lights,
// shadows, reflections and highlights, rendered to a pixel checksum. Small immutable vector objects.
public class Tracer {
    static final class Vector {
        final double x, y, z;
        Vector(double x, double y, double z) { this.x = x; this.y = y; this.z = z; }

        Vector plus(Vector other) { return new Vector(x + other.x, y + other.y, z + other.z); }
        Vector minus(Vector other) { return new Vector(x - other.x, y - other.y, z - other.z); }
        Vector times(double factor) { return new Vector(x * factor, y * factor, z * factor); }
        double dot(Vector other) { return x * other.x + y * other.y + z * other.z; }
        Vector cross(Vector other) {
            return new Vector(y * other.z - z * other.y, z * other.x - x * other.z, x * other.y - y * other.x);
        }
        double magnitude() { return Math.sqrt(x * x + y * y + z * z); }
        Vector normalize() { return times(1.0 / magnitude()); }
    }

    static final class Color {
        final double red, green, blue;
        Color(double red, double green, double blue) { this.red = red; this.green = green; this.blue = blue; }

        Color plus(Color other) { return new Color(red + other.red, green + other.green, blue + other.blue); }
        Color times(Color other) { return new Color(red * other.red, green * other.green, blue * other.blue); }
        Color scale(double factor) { return new Color(red * factor, green * factor, blue * factor); }
        Color limit() {
            return new Color(clamp(red), clamp(green), clamp(blue));
        }
        static double clamp(double value) { return value > 1.0 ? 1.0 : (value < 0.0 ? 0.0 : value); }
        static Color blend(Color a, Color b, double weight) { return a.scale(1 - weight).plus(b.scale(weight)); }
        int brightness() { return (int) (red * 255) + (int) (green * 255) * 3 + (int) (blue * 255) * 7; }
    }

    abstract static class Material {
        final double gloss, transparency, reflection;
        Material(double gloss, double transparency, double reflection) {
            this.gloss = gloss;
            this.transparency = transparency;
            this.reflection = reflection;
        }
        abstract Color colorAt(double u, double v);
    }

    static final class Solid extends Material {
        final Color color;
        Solid(Color color, double reflection, double transparency, double gloss) {
            super(gloss, transparency, reflection);
            this.color = color;
        }
        Color colorAt(double u, double v) { return color; }
    }

    static final class Chessboard extends Material {
        final Color even, odd;
        final double density;
        Chessboard(Color even, Color odd, double reflection, double transparency, double gloss, double density) {
            super(gloss, transparency, reflection);
            this.even = even;
            this.odd = odd;
            this.density = density;
        }
        Color colorAt(double u, double v) {
            double t = Math.floor(u * density) + Math.floor(v * density);
            return t % 2 < 0 || (t % 2 != 0) ? odd : even;
        }
    }

    static final class Ray {
        final Vector position, direction;
        Ray(Vector position, Vector direction) { this.position = position; this.direction = direction; }
    }

    static final class Hit {
        final Shape shape;
        final double distance;
        final Vector position, normal;
        final Color color;
        Hit(Shape shape, double distance, Vector position, Vector normal, Color color) {
            this.shape = shape;
            this.distance = distance;
            this.position = position;
            this.normal = normal;
            this.color = color;
        }
    }

    abstract static class Shape {
        final Material material;
        Shape(Material material) { this.material = material; }
        abstract Hit intersect(Ray ray);
    }

    static final class Sphere extends Shape {
        final Vector center;
        final double radius;
        Sphere(Vector center, double radius, Material material) {
            super(material);
            this.center = center;
            this.radius = radius;
        }
        Hit intersect(Ray ray) {
            Vector offset = ray.position.minus(center);
            double b = offset.dot(ray.direction);
            double c = offset.dot(offset) - radius * radius;
            double discriminant = b * b - c;
            if (discriminant <= 0) return null;
            double distance = -b - Math.sqrt(discriminant);
            if (distance <= 1e-9) return null;
            Vector position = ray.position.plus(ray.direction.times(distance));
            Vector normal = position.minus(center).normalize();
            return new Hit(this, distance, position, normal, material.colorAt(0, 0));
        }
    }

    static final class Plane extends Shape {
        final Vector normal;
        final double d;
        Plane(Vector normal, double d, Material material) {
            super(material);
            this.normal = normal;
            this.d = d;
        }
        Hit intersect(Ray ray) {
            double facing = normal.dot(ray.direction);
            if (facing >= 0) return null;
            double distance = -(normal.dot(ray.position) + d) / facing;
            if (distance <= 1e-9) return null;
            Vector position = ray.position.plus(ray.direction.times(distance));
            Vector u = new Vector(normal.y, normal.z, -normal.x);
            Vector v = u.cross(normal);
            Color color = material.colorAt(position.dot(u), position.dot(v));
            return new Hit(this, distance, position, normal, color);
        }
    }

    static final class Light {
        final Vector position;
        final Color color;
        Light(Vector position, Color color) { this.position = position; this.color = color; }
    }

    static final Color BLACK = new Color(0, 0, 0);
    static final Color WHITE = new Color(1, 1, 1);
    static final Color BACKGROUND = new Color(0, 0, 0.5);

    static Shape[] shapes;
    static Light[] lights;

    static void buildScene() {
        shapes = new Shape[] {
            new Plane(new Vector(0.1, 0.9, -0.5).normalize(), 1.2,
                new Chessboard(WHITE, BLACK, 0.2, 0.0, 1.0, 0.7)),
            new Sphere(new Vector(-1.5, 1.5, 2), 1.5, new Solid(new Color(0, 0.5, 0.5), 0.3, 0.0, 2.0)),
            new Sphere(new Vector(1, 0.25, 1), 0.5, new Solid(new Color(0.9, 0.9, 0.9), 0.1, 0.0, 1.5)),
        };
        lights = new Light[] {
            new Light(new Vector(5, 10, -1), new Color(0.8, 0.8, 0.8)),
            new Light(new Vector(-3, 5, -15), new Color(0.8, 0.8, 0.8)),
        };
    }

    static Hit nearest(Ray ray, Shape exclude) {
        Hit best = null;
        for (Shape shape : shapes) {
            if (shape == exclude) continue;
            Hit hit = shape.intersect(ray);
            if (hit != null && (best == null || hit.distance < best.distance)) best = hit;
        }
        return best;
    }

    static double power(double base, int exponent) {
        double result = 1.0;
        for (int i = 0; i < exponent; i++) result *= base;
        return result;
    }

    static Color rayColor(Ray ray, int depth) {
        Hit hit = nearest(ray, null);
        if (hit == null) return BACKGROUND;
        Material material = hit.shape.material;
        Color color = BLACK;
        for (Light light : lights) {
            Vector toLight = light.position.minus(hit.position).normalize();
            double lambert = toLight.dot(hit.normal);
            if (lambert > 0) {
                Hit blocker = nearest(new Ray(hit.position, toLight), hit.shape);
                if (blocker == null) {
                    color = color.plus(hit.color.times(light.color).scale(lambert));
                    Vector halfway = toLight.minus(ray.direction).normalize();
                    double shine = hit.normal.dot(halfway);
                    if (shine > 0) color = color.plus(light.color.scale(power(shine, (int) (material.gloss * 10))));
                }
            }
        }
        if (depth > 0 && material.reflection > 0) {
            Vector reflected = ray.direction.minus(hit.normal.times(2 * hit.normal.dot(ray.direction)));
            Color mirrored = rayColor(new Ray(hit.position, reflected), depth - 1);
            color = Color.blend(color, mirrored, material.reflection);
        }
        return color.limit();
    }

    static long render(int width, int height) {
        buildScene();
        Vector eye = new Vector(0, 0.5, -5);
        Vector forward = new Vector(0, 0, 1);
        Vector right = new Vector(1, 0, 0);
        Vector up = new Vector(0, 1, 0);
        long checksum = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = (x - width / 2.0) / width;
                double v = (height / 2.0 - y) / height;
                Vector direction = forward.plus(right.times(u)).plus(up.times(v)).normalize();
                Color color = rayColor(new Ray(eye, direction), 3);
                checksum = checksum * 31 + color.brightness();
            }
        }
        return checksum;
    }

    static String run() {
        return "checksum " + render(320, 240) + ", tiny " + render(4, 3);
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
        System.out.println("tracer: " + result);
    }
}
