package se.utfall.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.utfall.facts.LineStatus;
import se.utfall.problem.BadInput;
import se.utfall.yaml.YList;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;
import se.utfall.yaml.YamlReader;

/**
 * Reads a scenario file. The contract is named by {@code contract:} (relative to the file) or found
 * beside the tests folder: {@code ../contract.yaml} for a contract, {@code ../example/contract.yaml}
 * for a clause family.
 *
 * <pre>
 * scenarios:
 *   - name: Tjugo verifierade deltagare ger 1 360 000 kr
 *     year: 2026
 *     measurements:
 *       - { subject: kohort, measure: verified_participants, year: 2026, value: 20 }
 *     expect:
 *       total: 1360000
 *       years: { 2026: { total: 1360000, "§6.1": 1360000 } }
 *       clauses: { "§6.1": 1360000 }
 *       parties: { fonden: { received: 1360000 } }
 *       lines: [ { year: 2026, clause: "§6.1", status: PAYABLE, amount: 1360000 } ]
 *       no-lines: [ { status: CAPPED }, { year: 2027, clause: "§5" } ]
 *   - name: A tier table on improvement without a baseline is refused
 *     measurements: []
 *     expect:
 *       error: "needs parameter 'baseline'"     # settling must fail with this in the message
 * </pre>
 */
public final class ScenarioFile {
    private static final Set<String> FILE_KEYS = Set.of("contract", "scenarios");
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "contract", "year", "as-of", "measurements",
            "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("total", "years", "clauses", "parties", "lines", "no-lines",
            "error");
    private static final Set<String> LINE_KEYS = Set.of("year", "clause", "status", "subject", "party", "amount",
            "reason-contains", "working-contains");
    private static final Set<String> PARTY_FIGURES = Set.of("paid", "received", "net");

    private ScenarioFile() {
    }

    public static List<Scenario> load(Path file) {
        YMap root = YRead.map(YamlReader.read(file), "a scenario file");
        YRead.onlyKeys(root, FILE_KEYS, "a scenario file");
        Path fileContract = root.has("contract") ? contractPath(file, root.get("contract")) : null;
        YList list = YRead.list(YRead.required(root, "scenarios", "a scenario file"), "scenarios");
        List<Scenario> scenarios = new ArrayList<>();
        for (YNode n : list.items()) {
            YMap s = YRead.map(n, "a scenario");
            YRead.onlyKeys(s, SCENARIO_KEYS, "a scenario");
            String name = YRead.text(s, "name", "a scenario");
            Path contract = s.has("contract") ? contractPath(file, s.get("contract"))
                    : fileContract != null ? fileContract : defaultContract(file, s);
            Integer year = s.has("year") ? YRead.integer(s.get("year"), "year") : null;
            java.time.LocalDate asOf = null;
            if (s.has("as-of")) {
                try {
                    asOf = java.time.LocalDate.parse(YRead.text(s.get("as-of"), "as-of"));
                } catch (java.time.format.DateTimeParseException e) {
                    throw YRead.fail(s.get("as-of"), "as-of '" + YRead.text(s.get("as-of"), "as-of")
                            + "' is not a date; write the settlement date as YYYY-MM-DD, e.g. as-of: 2026-09-30.");
                }
            }
            YNode measurements = YRead.required(s, "measurements", "scenario '" + name + "'");
            YMap expect = YRead.map(YRead.required(s, "expect", "scenario '" + name + "'"), "expect");
            Scenario.ExpectedError error = null;
            if (expect.has("error")) {
                if (expect.keys().size() > 1) {
                    throw YRead.fail(expect, "expect 'error' stands alone: a refused settlement has no amounts.");
                }
                error = new Scenario.ExpectedError(expect.get("error"), YRead.text(expect.get("error"), "error"));
            }
            scenarios.add(new Scenario(file, s.line(), name, contract, year, measurements,
                    error == null ? expectations(expect) : List.of(), error, asOf));
        }
        return scenarios;
    }

    private static Path contractPath(Path file, YNode node) {
        Path p = file.toAbsolutePath().getParent().resolve(YRead.text(node, "contract")).normalize();
        if (!Files.exists(p)) {
            throw YRead.fail(node, "contract " + YRead.text(node, "contract") + " not found (relative to this file).");
        }
        return p;
    }

    private static Path defaultContract(Path file, YMap at) {
        Path owner = file.toAbsolutePath().getParent().getParent();
        for (Path candidate : List.of(owner.resolve("contract.yaml"), owner.resolve("example/contract.yaml"))) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw YRead.fail(at, "no contract beside the tests folder; add 'contract: path/to/contract.yaml'.");
    }

    private static List<Expectation> expectations(YMap expect) {
        YRead.onlyKeys(expect, EXPECT_KEYS, "expect");
        if (expect.keys().isEmpty()) {
            throw YRead.fail(expect, "expect is empty: a scenario must expect something.");
        }
        List<Expectation> result = new ArrayList<>();
        if (expect.has("total")) {
            result.add(new Expectation.Total(expect.get("total"), null, null, YRead.decimal(expect.get("total"), "total")));
        }
        if (expect.has("years")) {
            YMap years = YRead.map(expect.get("years"), "years");
            for (String y : years.keys()) {
                int year = yearKey(years, y);
                YMap figures = YRead.map(years.get(y), "year " + y);
                for (String key : figures.keys()) {
                    YNode v = figures.get(key);
                    result.add(new Expectation.Total(v, year, key.equals("total") ? null : key,
                            YRead.decimal(v, key + " in " + y)));
                }
            }
        }
        if (expect.has("clauses")) {
            YMap clauses = YRead.map(expect.get("clauses"), "clauses");
            for (String clause : clauses.keys()) {
                YNode v = clauses.get(clause);
                result.add(new Expectation.Total(v, null, clause, YRead.decimal(v, clause)));
            }
        }
        if (expect.has("parties")) {
            YMap parties = YRead.map(expect.get("parties"), "parties");
            for (String party : parties.keys()) {
                YMap figures = YRead.map(parties.get(party), "party " + party);
                YRead.onlyKeys(figures, PARTY_FIGURES, "party " + party);
                for (String figure : figures.keys()) {
                    YNode v = figures.get(figure);
                    result.add(new Expectation.PartyFigure(v, party, figure, YRead.decimal(v, figure)));
                }
            }
        }
        if (expect.has("lines")) {
            for (YNode n : YRead.list(expect.get("lines"), "lines").items()) {
                YMap l = YRead.map(n, "an expected line");
                YRead.onlyKeys(l, LINE_KEYS, "an expected line");
                result.add(new Expectation.LineMatch(l, YRead.integer(YRead.required(l, "year", "an expected line"),
                        "year"), YRead.text(l, "clause", "an expected line"), status(l), text(l, "subject"),
                        text(l, "party"), l.has("amount") ? YRead.decimal(l.get("amount"), "amount") : null,
                        text(l, "reason-contains"), text(l, "working-contains")));
            }
        }
        if (expect.has("no-lines")) {
            for (YNode n : YRead.list(expect.get("no-lines"), "no-lines").items()) {
                YMap l = YRead.map(n, "a line that must not appear");
                YRead.onlyKeys(l, Set.of("year", "clause", "subject", "status"), "a line that must not appear");
                result.add(new Expectation.NoLine(l, l.has("year") ? YRead.integer(l.get("year"), "year") : null,
                        text(l, "clause"), text(l, "subject"), status(l)));
            }
        }
        return result;
    }

    private static int yearKey(YMap years, String y) {
        try {
            return Integer.parseInt(y);
        } catch (NumberFormatException e) {
            throw BadInput.of(years.file(), years.keyLine(y), "'" + y + "' is not a year; write e.g. 2027:.");
        }
    }

    private static String status(YMap l) {
        return l.has("status") ? YRead.choice(l.get("status"), statuses(), "status") : null;
    }

    private static Set<String> statuses() {
        Set<String> names = new java.util.TreeSet<>();
        for (LineStatus s : LineStatus.values()) {
            names.add(s.name());
        }
        return names;
    }

    private static String text(YMap m, String key) {
        return m.has(key) ? YRead.text(m.get(key), key) : null;
    }
}
