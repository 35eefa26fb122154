package se.utfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.FiredRule;
import se.utfall.decision.Settlement;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;

/**
 * A session reused from the rule set's pool decides exactly as a new one, and a settlement for amounts
 * only (the analyzer's) books the same lines as a full one: on every shipped contract, with its own
 * measurements and with changed figures, the pooled session having settled other figures just before.
 */
class SessionReuseTest {
    private static final ClauseLibrary LIBRARY = ClauseLibrary.load(Path.of("rules"));

    static List<Path> shippedContracts() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("contracts"))) {
            return s.filter(p -> p.getFileName().toString().equals("contract.yaml"))
                    .map(Path::getParent).filter(d -> Files.exists(d.resolve("measurements.csv"))).sorted().toList();
        }
    }

    /** The file's figures, and the same figures changed: halved, raised by one, zero. */
    private static List<List<Measurement>> variants(List<Measurement> given) {
        List<List<Measurement>> out = new ArrayList<>();
        out.add(given);
        for (int v = 0; v < 3; v++) {
            List<Measurement> changed = new ArrayList<>();
            for (Measurement m : given) {
                BigDecimal x = m.value() == null ? null : switch (v) {
                    case 0 -> m.value().divide(BigDecimal.valueOf(2));
                    case 1 -> m.value().add(BigDecimal.ONE);
                    default -> BigDecimal.ZERO;
                };
                changed.add(new Measurement(m.subject(), m.measure(), m.year(), x, m.respondents(), m.responseRate(),
                        m.source(), m.verifiedBy()));
            }
            out.add(changed);
        }
        return out;
    }

    private static String outcome(java.util.function.Supplier<Settlement> s) {
        try {
            return "settled " + s.get();
        } catch (BadInput e) {
            return "refused " + e.getMessage();
        }
    }

    private static List<String> amounts(Settlement s) {
        return s.lines().stream().map(l -> l.year() + " " + l.clause() + " " + l.subject() + " " + l.payer() + " "
                + l.payee() + " " + l.status() + " " + l.amount() + " " + l.reason()).toList();
    }

    @Test
    void aPooledSessionAndAnAmountsOnlySettlementDecideAsANewSessionOnEveryShippedContract() throws IOException {
        List<Path> contracts = shippedContracts();
        assertFalse(contracts.isEmpty());
        for (Path folder : contracts) {
            PreparedContract p = PreparedContract.prepare(folder, LIBRARY);
            int last = p.contract().lastYear();
            List<List<Measurement>> variants = variants(p.measurements(null));
            List<String> fresh = new ArrayList<>();
            for (List<Measurement> m : variants) {
                fresh.add(outcome(() -> SettlementEngine.settleInNewSession(p.contract(), p.rules(), m, last)));
            }
            // twice round, so every variant is settled in a session another variant used just before
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < variants.size(); i++) {
                    List<Measurement> m = variants.get(i);
                    assertEquals(fresh.get(i), outcome(() -> p.settle(m, last)), folder + " variant " + i);
                    Settlement full;
                    try {
                        full = p.settle(m, last);
                    } catch (BadInput e) {
                        continue;
                    }
                    Settlement lean = p.settleAmounts(m, last);
                    assertEquals(amounts(full), amounts(lean), folder + " variant " + i + ": amounts only");
                    assertEquals(full.audit().stream().map(FiredRule::rule).toList(),
                            lean.audit().stream().map(FiredRule::rule).toList(), folder + " variant " + i);
                    assertEquals(full.lines().stream().map(l -> l.phase() + " " + l.clauseTitle() + " " + l.clauseOrder())
                            .toList(), lean.lines().stream().map(l -> l.phase() + " " + l.clauseTitle() + " "
                            + l.clauseOrder()).toList(), folder + " variant " + i + ": phases");
                }
            }
        }
    }
}
