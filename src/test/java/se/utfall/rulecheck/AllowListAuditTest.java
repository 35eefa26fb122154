package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Method names are checked without knowing the receiver's type. That is safe only while no member
 * a rule may call on an allowed type returns a way out (a Class, a loader, a thread...):
 * Enum.getDeclaringClass() did, and from the Class a field named protectionDomain led on.
 */
class AllowListAuditTest {
    @Test
    void noAllowedMemberOfAnAllowedTypeReturnsAReflectiveType() {
        TreeSet<String> leaks = new TreeSet<>();
        for (Class<?> type : AllowList.TYPES.values()) {
            for (Method m : type.getMethods()) {
                boolean allowed = Modifier.isStatic(m.getModifiers()) ? AllowList.isStaticMember(type, m.getName())
                        : AllowList.isMethod(m.getName()) && !AllowList.isDenied(m.getName());
                if (allowed && AllowList.isReflective(m.getReturnType())) {
                    leaks.add(type.getSimpleName() + "." + m.getName() + " -> " + m.getReturnType().getName());
                }
            }
        }
        assertEquals(new TreeSet<>(), leaks);
    }

    @Test
    void theWaysOutFoundSoFarAreDenied() {
        for (String name : List.of("getDeclaringClass", "declaringClass", "getProtectionDomain", "protectionDomain",
                "getClassLoader", "classLoader", "getModule", "module", "getCodeSource")) {
            assertTrue(AllowList.isDenied(name), name);
        }
    }

    @Test
    void ordinaryNamesStayAllowed() {
        for (String name : List.of("getName", "name", "value", "amount", "type", "clause", "year", "get", "size")) {
            assertFalse(AllowList.isDenied(name), name);
        }
    }

    @Test
    void declaredFieldNamesThatAreReflectiveAccessorsAreReserved() {
        assertTrue(RuleChecker.isReservedFieldName("classLoader"));
        assertTrue(RuleChecker.isReservedFieldName("protectionDomain"));
        assertFalse(RuleChecker.isReservedFieldName("pricePerOutcome"));
    }
}
