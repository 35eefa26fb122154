package se.utfall.rulecheck;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.utfall.facts.ClauseTerms;
import se.utfall.facts.Figures;
import se.utfall.facts.Line;
import se.utfall.facts.LineStatus;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.Improvement;
import se.utfall.facts.Measurement;
import se.utfall.facts.SettlementYear;
import se.utfall.facts.TableRow;
import se.utfall.facts.Working;

/**
 * The Java a rule file may touch. Everything a rule can reach starts from these types (facts,
 * literals, the constructors and static members listed here), and none of their members listed
 * here leads anywhere else, so a rule can never get hold of a class loader, a file or a thread.
 * Method names are checked without knowing the receiver's type, which is safe for that reason.
 */
final class AllowList {
    /** Types a rule file may name, by fully qualified name. */
    static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();
    /** Types visible without an import, as in Java. */
    static final Set<String> IMPLICIT = new HashSet<>();
    /**
     * Types a rule may create with {@code new}. A Measurement is allowed because a derived figure (a pooled
     * survey result) and an Improvement (what a
     * payment pays for) are facts like any other; a Line is not, so every amount passes the clause terms.
     */
    static final Set<Class<?>> CONSTRUCTABLE = Set.of(String.class, StringBuilder.class, BigDecimal.class,
            BigInteger.class, MathContext.class, ArrayList.class, LinkedHashMap.class, TreeMap.class,
            LinkedHashSet.class, TreeSet.class, Working.class, Measurement.class, Improvement.class);
    /** Interfaces a rule (in practice a library function) may implement with an anonymous class. */
    static final Set<Class<?>> IMPLEMENTABLE = Set.of(Comparator.class);
    static final Set<String> PRIMITIVES = Set.of("int", "long", "boolean", "double", "char", "short", "byte",
            "float", "void");

    /**
     * Members that exist on allowed types but give a way out or change what the engine relies on:
     * reflection, monitors, system properties, rewriting a clause's terms.
     */
    static final Set<String> DENIED_MEMBERS = Set.of("getClass", "wait", "notify", "notifyAll", "finalize",
            "getInteger", "getLong", "getBoolean", "init", "forName", "getClassLoader", "loadClass", "exec",
            "exit", "halt", "invoke", "newInstance", "describeConstable", "resolveConstantDesc", "stream",
            "parallelStream", "forEach", "forEachRemaining", "removeIf", "replaceAll", "computeIfAbsent",
            "computeIfPresent", "compute", "merge", "spliterator", "chars", "codePoints", "lines", "transform",
            "toArray", "thenComparing", "comparing", "reversed",
            // an enum constant's class, and from there its loader and code source
            "getDeclaringClass", "declaringClass", "getProtectionDomain", "getModule", "getCodeSource",
            // nondeterministic: a settlement must be a pure function of its inputs, or a rerun pays an ADJUSTMENT
            "random", "nanoTime", "currentTimeMillis", "identityHashCode", "hashCode", "hash", "randomUUID",
            "now", "shuffle",
            // text of any size from one call: "x".repeat(2000000000), String.format("%2147483646d", 1)
            "repeat", "format", "formatted");

    /** Static members refused on one type only: Set.of and Map.of iterate in an order salted per JVM run. */
    private static final Map<Class<?>, Set<String>> DENIED_STATICS = Map.of(
            Set.class, Set.of("of", "copyOf"), Map.class, Set.of("of", "copyOf", "ofEntries"));

    /** What a rule may call on the engine through {@code drools} (or unqualified, as Drools allows). */
    static final Set<String> ENGINE_METHODS = Set.of("insert", "insertLogical", "update", "delete", "retract");

    /** Accumulate functions Drools provides that only compute over the matched values. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max", "average",
            "collectList", "countDistinct");
    /**
     * The classes behind the built-in accumulate functions, which an {@code import accumulate} could
     * name without harm. Any other class named there is created by Drools while it builds.
     */
    static final Map<String, String> ACCUMULATE_CLASSES = Map.of(
            "sum", "org.drools.core.base.accumulators.SumAccumulateFunction",
            "count", "org.drools.core.base.accumulators.CountAccumulateFunction",
            "min", "org.drools.core.base.accumulators.MinAccumulateFunction",
            "max", "org.drools.core.base.accumulators.MaxAccumulateFunction",
            "average", "org.drools.core.base.accumulators.AverageAccumulateFunction",
            "collectList", "org.drools.core.base.accumulators.CollectListAccumulateFunction");

    /**
     * Types that lead out of the allow-list: from a Class one reaches its loader, its code source, and
     * through them any class. No allowed member may return one (see {@link #reachesOut}).
     */
    static final List<Class<?>> REFLECTIVE = List.of(Class.class, ClassLoader.class, Module.class, ModuleLayer.class,
            java.security.ProtectionDomain.class, java.security.CodeSource.class, Package.class, Thread.class,
            ThreadGroup.class, Runtime.class, System.class, Process.class, ProcessBuilder.class, StackWalker.class,
            java.lang.invoke.MethodHandles.Lookup.class, java.lang.invoke.MethodHandle.class,
            java.lang.reflect.Method.class, java.lang.reflect.Field.class, java.lang.reflect.Constructor.class,
            java.lang.reflect.RecordComponent.class, java.lang.reflect.Type.class, Enum.class);
    /**
     * Property names a declared field may not take: a field named classLoader gives the accessor
     * getClassLoader, the name of Class's own member, and method names are checked without the
     * receiver's type.
     */
    private static final Set<String> RESERVED_FIELDS = new HashSet<>();
    /** Members of allowed types refused because they return a reflective type (Enum.getDeclaringClass). */
    private static final Set<String> REACHES_OUT = new HashSet<>();

    private static final Set<String> METHOD_NAMES = new HashSet<>();
    private static final Set<String> PROPERTY_NAMES = new HashSet<>();
    private static final Map<Class<?>, Set<String>> STATIC_MEMBERS = new HashMap<>();

    static {
        for (Class<?> c : List.of(String.class, StringBuilder.class, Integer.class, Long.class, Boolean.class,
                Double.class, Number.class, Math.class, Object.class, Comparable.class)) {
            TYPES.put(c.getName(), c);
            IMPLICIT.add(c.getSimpleName());
        }
        for (Class<?> c : List.of(BigDecimal.class, BigInteger.class, RoundingMode.class, MathContext.class,
                List.class, ArrayList.class, Map.class, LinkedHashMap.class, TreeMap.class, Set.class,
                LinkedHashSet.class, TreeSet.class, Collection.class, Iterator.class, Map.Entry.class,
                Comparator.class, Collections.class, Objects.class,
                ClauseTerms.class, Figures.class, Line.class, LineStatus.class, MeasureDefinition.class,
                Measurement.class, Improvement.class, SettlementYear.class, TableRow.class, Working.class)) {
            TYPES.put(c.getName().replace('$', '.'), c);
        }
        for (Class<?> c : List.of(Object.class, Enum.class, Class.class, ClassLoader.class, Module.class,
                java.security.ProtectionDomain.class, Thread.class, Runtime.class)) {
            for (Method m : c.getMethods()) {
                if (isReflective(m.getReturnType())) {
                    RESERVED_FIELDS.add(propertyOf(m.getName()));
                    RESERVED_FIELDS.add(m.getName());
                }
            }
        }
        RESERVED_FIELDS.add("class");
        for (Class<?> c : TYPES.values()) {
            learn(c);
        }
        PROPERTY_NAMES.remove("class");
    }

    private AllowList() {
    }

    private static void learn(Class<?> c) {
        Set<String> statics = new HashSet<>();
        for (Method m : c.getMethods()) {
            if (DENIED_MEMBERS.contains(m.getName()) || m.getDeclaringClass() == Class.class) {
                continue;
            }
            if (isReflective(m.getReturnType()) || m.getDeclaringClass() == Enum.class && m.getName().equals("getDeclaringClass")) {
                REACHES_OUT.add(m.getName());
                continue;
            }
            if (Modifier.isStatic(m.getModifiers())) {
                statics.add(m.getName());
                continue;
            }
            METHOD_NAMES.add(m.getName());
            if (m.getParameterCount() == 0) {
                PROPERTY_NAMES.add(propertyOf(m.getName()));
            }
        }
        for (Field f : c.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                statics.add(f.getName());
            } else {
                PROPERTY_NAMES.add(f.getName());
            }
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                PROPERTY_NAMES.add(rc.getName());
            }
        }
        statics.removeAll(DENIED_STATICS.getOrDefault(c, Set.of()));
        STATIC_MEMBERS.put(c, statics);
    }

    /** getFoo -> foo, isFoo -> foo, value -> value (records), as MVEL reads properties. */
    static String propertyOf(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.startsWith(prefix) && method.length() > prefix.length()
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return method;
    }

    private static final Set<String> NONDETERMINISTIC = Set.of("random", "nanoTime", "currentTimeMillis",
            "identityHashCode", "hashCode", "hash", "randomUUID", "now", "shuffle");
    private static final Set<String> UNBOUNDED_TEXT = Set.of("repeat", "format", "formatted");

    /**
     * Why a member refused by name is refused, when there is more to say than "not allowed": the
     * reason a person needs to write something else. Null for the ordinary refusal.
     */
    static String reason(String name) {
        if (NONDETERMINISTIC.contains(name)) {
            return "a settlement must be a pure function of the contract and its figures, or a rerun pays"
                    + " differently (an ADJUSTMENT) and replay fails; random numbers, clocks, hash codes and the"
                    + " order of Set.of/Map.of are not the same from run to run";
        }
        if (UNBOUNDED_TEXT.contains(name)) {
            return "one call can make text of any size (\"x\".repeat(2000000000)); build text with + or a"
                    + " StringBuilder, and amounts with Figures.decimal";
        }
        if (REACHES_OUT.contains(name) || RESERVED_FIELDS.contains(name) || RESERVED_FIELDS.contains(propertyOf(name))) {
            return "it leads to a Class, a class loader or its code source, from where any class can be reached";
        }
        return null;
    }

    /** Names never allowed as a method or property, whatever declares them (a declared field included). */
    static boolean isDenied(String name) {
        return DENIED_MEMBERS.contains(name) || REACHES_OUT.contains(name) || RESERVED_FIELDS.contains(name)
                || RESERVED_FIELDS.contains(propertyOf(name));
    }

    /** Whether a value of this type leads out of the allow-list (a Class, a loader, a reflective object...). */
    static boolean isReflective(Class<?> type) {
        Class<?> t = type;
        while (t.isArray()) {
            t = t.getComponentType();
        }
        if (t.getPackageName().equals("java.lang.reflect") || t.getPackageName().equals("java.lang.invoke")) {
            return true;
        }
        for (Class<?> r : REFLECTIVE) {
            if (r != Enum.class && r.isAssignableFrom(t)) {
                return true;
            }
        }
        return false;
    }

    /** Names of members of allowed types that return a reflective type, refused for that. */
    static Set<String> reachesOut() {
        return Set.copyOf(REACHES_OUT);
    }

    /** Whether a declared field (or a family parameter, which becomes one) may not have this name. */
    public static boolean isReservedField(String name) {
        return RESERVED_FIELDS.contains(name) || DENIED_MEMBERS.contains(name);
    }

    /**
     * Whether a simple name is that of a real class a rule file could mean: an allowed type, or a
     * class of java.lang, java.util, java.math or the facts. A declared type of that name would
     * stand for the real class.
     */
    static boolean shadows(String simpleName) {
        return shadowed(simpleName) != null;
    }

    static String shadowed(String simpleName) {
        for (String qualified : TYPES.keySet()) {
            if (qualified.endsWith("." + simpleName)) {
                return qualified;
            }
        }
        for (String pkg : List.of("java.lang.", "java.util.", "java.math.", "se.utfall.facts.")) {
            try {
                Class.forName(pkg + simpleName, false, AllowList.class.getClassLoader());
                return pkg + simpleName;
            } catch (ClassNotFoundException | LinkageError e) {
                // not a class there
            }
        }
        return null;
    }

    static boolean isMethod(String name) {
        return METHOD_NAMES.contains(name) && !DENIED_MEMBERS.contains(name);
    }

    static boolean isProperty(String name) {
        return PROPERTY_NAMES.contains(name) && !DENIED_MEMBERS.contains(name) && !"class".equals(name);
    }

    /** A static member refused on this type only (Set.of): why, or null. */
    static String staticReason(Class<?> type, String name) {
        return DENIED_STATICS.getOrDefault(type, Set.of()).contains(name) ? reason("random") : null;
    }

    static boolean isStaticMember(Class<?> type, String name) {
        return STATIC_MEMBERS.getOrDefault(type, Set.of()).contains(name) && !DENIED_MEMBERS.contains(name);
    }

    /** Number types, whose methods never change a collection (BigDecimal.add is arithmetic). */
    static boolean isNumberClass(Class<?> c) {
        return c != null && (Number.class.isAssignableFrom(c) || c.isPrimitive() && c != boolean.class && c != void.class);
    }

    /** Whether a property of an allowed type (a fact's record component or getter) holds a number. */
    static boolean isNumberProperty(Class<?> type, String property) {
        if (type == null) {
            return false;
        }
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String accessor : List.of(property, "get" + capitalised)) {
            try {
                return isNumberClass(type.getMethod(accessor).getReturnType());
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return false;
    }

    static Class<?> byName(String qualified) {
        return TYPES.get(qualified);
    }

    static String summary() {
        return "rule files may use the fact types of se.utfall.facts, the types the rule set declares, BigDecimal,"
                + " RoundingMode, MathContext, String, StringBuilder, numbers and java.util collections";
    }
}
