package se.utfall.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YScalar;
import se.utfall.yaml.YamlReader;

/**
 * What finance pays, read from the ledger alone (what is recorded, not today's files): per contract,
 * payer, payee and year, what the latest run decided, what earlier runs paid, and what the latest
 * run made due, with the contract's references (id, title, reference/diarienummer as signed, and
 * the clauses behind the money).
 */
public final class FinanceExport {
    private FinanceExport() {
    }

    /** One row of the export. Amounts are exact, at the contract's precision as recorded. */
    public record Row(String contract, String title, String reference, String currency, int run, String payer,
                      String payerName, String payee, String payeeName, int year, List<String> clauses,
                      BigDecimal decided, BigDecimal alreadyPaid, BigDecimal dueNow) {
    }

    public static List<Row> rows(Ledger ledger, List<String> contractIds) {
        return ledger.read(c -> {
            List<Row> rows = new ArrayList<>();
            for (String id : new TreeSet<>(contractIds)) {
                rows.addAll(rows(c, id));
            }
            return rows;
        });
    }

    private record Key(int year, String payer, String payee) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int y = Integer.compare(year, o.year);
            return y != 0 ? y : (payer + "\u0000" + payee).compareTo(o.payer + "\u0000" + o.payee);
        }
    }

    private static List<Row> rows(Connection c, String contractId) throws SQLException {
        long run = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(id) FROM runs WHERE contract_id = ?")) {
            s.setString(1, contractId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    run = r.getLong(1);
                }
            }
        }
        if (run == 0) {
            return List.of();
        }
        Map<Key, BigDecimal> decided = new TreeMap<>();
        Map<Key, TreeSet<String>> clauses = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT year, payer, payee, clause, amount FROM decision_lines"
                + " WHERE run_id = ?")) {
            s.setLong(1, run);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Key k = new Key(r.getInt(1), r.getString(2), r.getString(3));
                    BigDecimal amount = new BigDecimal(r.getString(5));
                    decided.merge(k, amount, BigDecimal::add);
                    if (amount.signum() != 0) {
                        clauses.computeIfAbsent(k, x -> new TreeSet<>()).add(r.getString(4));
                    }
                }
            }
        }
        Map<Key, BigDecimal> paidBefore = new TreeMap<>();
        Map<Key, BigDecimal> dueNow = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, year, payer, payee, clause, amount FROM payments"
                + " WHERE contract_id = ? AND run_id <= ?")) {
            s.setString(1, contractId);
            s.setLong(2, run);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Key k = new Key(r.getInt(2), r.getString(3), r.getString(4));
                    BigDecimal amount = new BigDecimal(r.getString(6));
                    (r.getLong(1) == run ? dueNow : paidBefore).merge(k, amount, BigDecimal::add);
                    clauses.computeIfAbsent(k, x -> new TreeSet<>()).add(r.getString(5));
                }
            }
        }
        TreeSet<Key> keys = new TreeSet<>(decided.keySet());
        keys.addAll(paidBefore.keySet());
        keys.addAll(dueNow.keySet());
        Terms terms = terms(c, contractId);
        int scale = decided.values().stream().mapToInt(BigDecimal::scale).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (Key k : keys) {
            BigDecimal d = decided.getOrDefault(k, BigDecimal.ZERO).setScale(scale);
            BigDecimal p = paidBefore.getOrDefault(k, BigDecimal.ZERO).setScale(scale);
            BigDecimal n = dueNow.getOrDefault(k, BigDecimal.ZERO).setScale(scale);
            if (d.signum() == 0 && p.signum() == 0 && n.signum() == 0) {
                continue;
            }
            rows.add(new Row(contractId, terms.title, terms.reference, terms.currency, (int) run, k.payer(),
                    terms.names.getOrDefault(k.payer(), k.payer()), k.payee(),
                    terms.names.getOrDefault(k.payee(), k.payee()), k.year(),
                    List.copyOf(clauses.getOrDefault(k, new TreeSet<>())), d, p, n));
        }
        return rows;
    }

    private record Terms(String title, String reference, String currency, Map<String, String> names) {
    }

    /** Title, reference, currency and party names from contract.yaml as last signed or amended. */
    private static Terms terms(Connection c, String contractId) throws SQLException {
        List<Signature> signed = Signatures.of(c, contractId);
        Map<String, String> names = new LinkedHashMap<>();
        if (signed.isEmpty()) {
            return new Terms("", "", "", names);
        }
        SourceFile file = signed.get(signed.size() - 1).manifest().files().values().stream()
                .filter(f -> f.name().endsWith("contract.yaml") && !f.name().startsWith("library/")).findFirst()
                .orElse(null);
        if (file == null) {
            return new Terms("", "", "", names);
        }
        String text = new String(Sources.load(c, file.hash()), StandardCharsets.UTF_8);
        YNode root = YamlReader.parse(Path.of(file.name()), text);
        if (!(root instanceof YMap map)) {
            return new Terms("", "", "", names);
        }
        if (map.get("parties") instanceof YMap parties) {
            for (String id : parties.keys()) {
                if (parties.get(id) instanceof YMap p && p.get("name") instanceof YScalar n) {
                    names.put(id, n.text());
                }
            }
        }
        return new Terms(scalar(map, "title"), scalar(map, "reference"), scalar(map, "currency"), names);
    }

    private static String scalar(YMap map, String key) {
        return map.get(key) instanceof YScalar s ? s.text().strip() : "";
    }
}
