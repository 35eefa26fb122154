package se.utfall.rulecheck;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the names in one rule file can mean: the types it imported (already checked against the
 * allow-list), the types and functions the whole rule set declares, and the globals it may read.
 *
 * <p>Declared types are known by their fully qualified name only. A simple name means a declared
 * type when the file's own package declares it or the file imported it by that full name, never
 * because some other file declared a type of that simple name: otherwise {@code package java.beans;
 * declare Expression end} in one file would make the real {@code java.beans.Expression} pass as
 * "declared" in every other.
 */
final class Names {
    final Map<String, String> imports = new HashMap<>();
    /** Every type the rule set declares, as package.Name. */
    final Set<String> declaredTypes;
    final Set<String> declaredFields;
    final Set<String> functions;
    final Set<String> globals;
    /** The package of the file these names are for. */
    final String filePackage;

    Names(String filePackage, Set<String> declaredTypes, Set<String> declaredFields, Set<String> functions,
          Set<String> globals) {
        this.filePackage = filePackage;
        this.declaredTypes = declaredTypes;
        this.declaredFields = declaredFields;
        this.functions = functions;
        this.globals = globals;
    }

    /** Whether a type name (simple or qualified) means a type the rule set declares. */
    boolean isDeclared(String name) {
        if (name.contains(".")) {
            return declaredTypes.contains(name);
        }
        return declaredTypes.contains(filePackage + "." + name)
                || imports.containsKey(name) && declaredTypes.contains(imports.get(name));
    }

    /** Whether a type name (simple or qualified, without type arguments) is one a rule may name. */
    boolean isType(String name) {
        if (AllowList.PRIMITIVES.contains(name) || isDeclared(name)) {
            return true;
        }
        if (name.contains(".")) {
            return AllowList.byName(name) != null;
        }
        return AllowList.IMPLICIT.contains(name) || imports.containsKey(name);
    }

    /** The Java class behind an allowed type name, or null for declared and primitive types. */
    Class<?> classOf(String name) {
        if (isDeclared(name)) {
            return null;
        }
        if (name.contains(".")) {
            return AllowList.byName(name);
        }
        if (imports.containsKey(name)) {
            return AllowList.byName(imports.get(name));
        }
        return AllowList.IMPLICIT.contains(name) ? AllowList.byName("java.lang." + name) : null;
    }

    boolean isMethod(String name) {
        if (AllowList.isDenied(name)) {
            return false;
        }
        return AllowList.isMethod(name) || accessorOfDeclaredField(name);
    }

    boolean isProperty(String name) {
        if (AllowList.isDenied(name)) {
            return false;
        }
        return AllowList.isProperty(name) || declaredFields.contains(name);
    }

    /** A setter Drools generates for a field of a declared type: it changes the fact in place. */
    boolean isDeclaredSetter(String name) {
        return name.startsWith("set") && name.length() > 3 && declaredFields.contains(
                Character.toLowerCase(name.charAt(3)) + name.substring(4));
    }

    private boolean accessorOfDeclaredField(String name) {
        for (String prefix : new String[] {"get", "set", "is"}) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                String field = name.substring(prefix.length());
                if (declaredFields.contains(Character.toLowerCase(field.charAt(0)) + field.substring(1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
