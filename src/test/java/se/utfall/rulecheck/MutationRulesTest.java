package se.utfall.rulecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utfall.facts.ClauseTerms;
import se.utfall.problem.Problem;

/**
 * Facts are shared by every clause's rules, and Drools does not notice a fact changed in place, so
 * a rule may change only what it created itself. These are the everyday forms that must stay
 * allowed next to the attacks (under attacks/) that must not.
 */
class MutationRulesTest {
    private static final String HEADER = """
            package utfall.checks;

            import java.math.BigDecimal;
            import java.util.ArrayList;
            import java.util.Collections;
            import java.util.List;
            import se.utfall.facts.ClauseTerms;
            import se.utfall.facts.Line;
            import se.utfall.facts.Working;

            declare Cap extends se.utfall.facts.ClauseTerms
                clauses : java.util.List
                limit : BigDecimal
            end
            """;

    private static List<String> problems(String rules) {
        return RuleChecker.problems(List.of(new RuleFile("checks.drl", HEADER + rules, false))).stream()
                .map(Problem::render).toList();
    }

    @Test
    void aRuleMayFillAndSortListsAndTextItCreated() {
        assertEquals(List.of(), problems("""
                rule "Own collections"
                    agenda-group "entitle"
                when
                    $cap : Cap( $list : clauses != null )
                then
                    List sorted = new ArrayList( $list );
                    sorted.add( "§9" );
                    Collections.sort( sorted );
                    StringBuilder text = new StringBuilder();
                    for ( int i = 0; i < sorted.size(); i++ ) {
                        text.append( sorted.get( i ) ).append( ", " );
                    }
                    String[] parts = new String[2];
                    parts[0] = text.toString();
                    insert( $cap.pay( 2025, BigDecimal.ZERO, new StringBuilder( "Klart" ).append( "." ).toString(),
                        Working.of( parts[0] ) ) );
                end
                """));
    }

    @Test
    void addingAmountsIsArithmeticNotAChangeToAFact() {
        assertEquals(List.of(), problems("""
                rule "Amounts"
                    agenda-group "limit"
                when
                    $cap : Cap( $limit : limit )
                    Line( $amount : amount )
                    $sum : BigDecimal() from accumulate( Line( $a : amount ), sum( $a ) )
                then
                    BigDecimal total = BigDecimal.ZERO.add( $amount );
                    total = total.add( $sum ).add( $amount.add( $sum ) );
                    insert( $cap.pay( 2025, $limit.subtract( total ).max( BigDecimal.ZERO ).add( BigDecimal.ONE ),
                        "Tak.", Working.of( "" ) ) );
                end
                """));
    }

    @Test
    void anAccumulateMayKeepItsOwnListAcrossInitActionAndReverse() {
        assertEquals(List.of(), problems("""
                rule "Own accumulator"
                    agenda-group "derive"
                when
                    $n : Integer() from accumulate( Line( $clause : clause ),
                        init( List seen = new ArrayList(); ),
                        action( seen.add( $clause ); ),
                        reverse( seen.remove( $clause ); ),
                        result( seen.size() ) )
                then
                end
                """));
    }

    @Test
    void aRuleCannotResetAClausesTerms() {
        List<String> found = problems("""
                rule "Reset"
                    agenda-group "derive"
                when
                    $t : ClauseTerms()
                then
                    $t.init( "§1", "x", 1, "a", "b", 0, null );
                end
                """);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("checks.drl:20: calling .init() is not allowed in rule files"), found.get(0));
    }

    @Test
    void aRuleCannotCountUpAFactsField() {
        List<String> found = problems("""
                rule "Count"
                    agenda-group "derive"
                when
                    $t : Cap( $list : clauses )
                then
                    $t.limit++;
                end
                """);
        assertEquals(List.of("checks.drl:20: assigning to $t.limit is not allowed in rule files: assign only to local"
                + " variables; facts change through insert and update"), found);
    }

    /**
     * Every type a rule reaches through the allow-list is a record (its fields cannot be set) or
     * ClauseTerms, whose one changing method, init, rules may not call. Decision lines, workings
     * and measurements can therefore only be added, never altered.
     */
    @Test
    void noFactTypeCanBeChangedByARule() {
        for (Class<?> type : AllowList.TYPES.values()) {
            if (!type.getPackageName().equals("se.utfall.facts") || type.isEnum()) {
                continue;
            }
            for (Method m : type.getMethods()) {
                boolean changes = m.getName().startsWith("set") || m.getName().equals("init");
                if (changes && !Modifier.isStatic(m.getModifiers())) {
                    assertEquals(ClauseTerms.class, m.getDeclaringClass(), type + " has " + m);
                    assertEquals("init", m.getName());
                    assertTrue(AllowList.DENIED_MEMBERS.contains("init"));
                }
            }
            assertTrue(type.isRecord() || type == ClauseTerms.class || Modifier.isFinal(type.getModifiers())
                    && type.getDeclaredFields().length == 0 || isStaticOnly(type), type + " is neither a record nor"
                    + " known to be unchangeable");
        }
    }

    private static boolean isStaticOnly(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredFields()).allMatch(f -> Modifier.isStatic(f.getModifiers())
                && Modifier.isFinal(f.getModifiers()));
    }
}
