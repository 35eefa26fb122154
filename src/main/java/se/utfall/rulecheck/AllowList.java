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
            BigInteger.class, MathContext.class, ArrayList.class, HashMap.class, LinkedHashMap.class, TreeMap.class,
            HashSet.class, LinkedHashSet.class, TreeSet.class, Working.class, Measurement.class, Improvement.class, Object.class);
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
            "toArray", "thenComparing", "comparing", "reversed");

    /** What a rule may call on the engine through {@code drools} (or unqualified, as Drools allows). */
    static final Set<String> ENGINE_METHODS = Set.of("insert", "insertLogical", "update", "delete", "retract");

    /** Accumulate functions Drools provides that only compute over the matched values. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max", "average",
            "collectList", "collectSet", "countDistinct");

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
                List.class, ArrayList.class, Map.class, HashMap.class, LinkedHashMap.class, TreeMap.class, Set.class,
                HashSet.class, LinkedHashSet.class, TreeSet.class, Collection.class, Iterator.class, Map.Entry.class,
                Comparator.class, Collections.class, Objects.class,
                ClauseTerms.class, Figures.class, Line.class, LineStatus.class, MeasureDefinition.class,
                Measurement.class, Improvement.class, SettlementYear.class, TableRow.class, Working.class)) {
            TYPES.put(c.getName().replace('$', '.'), c);
        }
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

    static boolean isMethod(String name) {
        return METHOD_NAMES.contains(name) && !DENIED_MEMBERS.contains(name);
    }

    static boolean isProperty(String name) {
        return PROPERTY_NAMES.contains(name) && !DENIED_MEMBERS.contains(name) && !"class".equals(name);
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
