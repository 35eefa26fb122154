package se.utfall.ledger;

import se.utfall.text.SafeText;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.utfall.report.Amounts;
import se.utfall.report.Words;

/** What the ledger knows about one contract: signings, runs, and payments per year. */
public final class History {
    private History() {
    }

    public static String render(Ledger ledger, String contractId) {
        return render(ledger, contractId, se.utfall.contract.Language.SV);
    }

    /** The history with its headings in {@code language} (the contract's); codes and figures as recorded. */
    public static String render(Ledger ledger, String contractId, se.utfall.contract.Language language) {
        Words w = Words.of(language);
        return ledger.read(c -> render(c, contractId, ledger.location(), w));
    }

    /** Who made a run, where and with what; runs recorded before ledgers kept it say so. */
    private static String by(Words w, String operator, String host, String version, String command) {
        if (operator == null) {
            return "         " + w.get("by unknown") + "\n";
        }
        return "         " + w.format("by", SafeText.line(operator), SafeText.line(host), SafeText.line(version),
                SafeText.line(command)) + "\n";
    }

    /** Reruns that found nothing new: one line each, who, when and which run they found unchanged. */
    private static void checks(Connection c, String contractId, StringBuilder out, Words w) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("SELECT id, recorded_at, as_of_year, same_as_run, operator, host,"
                + " utfall_version, command FROM run_checks WHERE contract_id = ? ORDER BY id")) {
            s.setString(1, contractId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.append(String.format("  %-6d %-25s %-6d %s%n", r.getLong(1), r.getString(2), r.getInt(3),
                            w.format("nothing new since run", r.getLong(4))));
                    rows.append(by(w, r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
                }
            }
        }
        if (!rows.isEmpty()) {
            out.append('\n').append(w.get("reruns")).append('\n');
            out.append(String.format("  %-6s %-25s %-6s%n", w.get("check"), w.get("recorded"), w.get("as of")));
            out.append(rows);
        }
    }

    private static String render(Connection c, String contractId, LedgerLocation where, Words w) throws SQLException {
        StringBuilder out = new StringBuilder();
        out.append(w.format("history of", SafeText.line(contractId), where.shown())).append('\n');
        List<Signature> signatures = Signatures.of(c, contractId);
        out.append('\n').append(w.get("signed terms")).append('\n');
        if (signatures.isEmpty()) {
            out.append("  ").append(w.get("not signed")).append('\n');
        }
        for (Signature s : signatures) {
            out.append(String.format("  %-3d %-8s %-21s %s%n", s.seq(), w.get(s.kind()), s.recordedAt(),
                    w.format("signature row", s.effectiveYear(), s.manifest().files().size(),
                    Hashes.shortly(s.manifest().hash()), SafeText.line(s.reason()))));
        }
        out.append('\n').append(w.get("runs")).append('\n');
        String runRow = "  %-6s %-25s %-6s %-22s %-18s %6s %11s %17s%n";
        out.append(String.format(runRow, w.get("run"), w.get("recorded"), w.get("as of"), w.get("terms (years:signing)"),
                w.get("measurements"), w.get("lines"), w.get("payments"), w.get("paid by run")));
        Map<Long, BigDecimal> paidByRun = new TreeMap<>();
        Map<Integer, StringBuilder> byYear = new TreeMap<>();
        Map<Integer, BigDecimal> yearTotal = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, year, clause, subject, payer, payee, kind,"
                + " amount, reason FROM payments WHERE contract_id = ? ORDER BY year, run_id, seq")) {
            s.setString(1, contractId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    BigDecimal amount = new BigDecimal(r.getString(8));
                    paidByRun.merge(r.getLong(1), amount, BigDecimal::add);
                    yearTotal.merge(r.getInt(2), amount, BigDecimal::add);
                    String what = SafeText.line(r.getString(3) + (r.getString(4).isEmpty() ? "" : " · " + r.getString(4)));
                    byYear.computeIfAbsent(r.getInt(2), y -> new StringBuilder()).append(String.format(
                            "    %-3s %-5d %-11s %-28s %-24s %16s%n      %s%n", w.get("run"), r.getLong(1),
                            w.get(r.getString(7)), what,
                            SafeText.line(r.getString(5) + " → " + r.getString(6)), Amounts.human(amount, w.language()), SafeText.line(r.getString(9))));
                }
            }
        }
        int runs = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT id, recorded_at, as_of_year, terms, measurements_hash,"
                + " measurement_rows, line_count, payment_count, operator, host, utfall_version, command FROM runs"
                + " WHERE contract_id = ? ORDER BY id")) {
            s.setString(1, contractId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs++;
                    out.append(String.format(runRow, r.getLong(1), r.getString(2), r.getInt(3), r.getString(4),
                            r.getInt(6) + " " + w.get("rows") + " " + r.getString(5).substring(0, 6) + "…", r.getInt(7), r.getInt(8),
                            Amounts.human(paidByRun.getOrDefault(r.getLong(1), BigDecimal.ZERO), w.language())));
                    out.append(by(w, r.getString(9), r.getString(10), r.getString(11), r.getString(12)));
                }
            }
        }
        if (runs == 0) {
            out.append("  ").append(w.get("no runs")).append('\n');
        }
        checks(c, contractId, out, w);
        out.append('\n').append(w.get("payments per year")).append('\n');
        if (byYear.isEmpty()) {
            out.append("  ").append(w.get("none")).append('\n');
        }
        for (Map.Entry<Integer, StringBuilder> e : byYear.entrySet()) {
            out.append(String.format("  %d%58s %16s%n", e.getKey(), w.get("paid in all for the year"),
                    Amounts.human(yearTotal.get(e.getKey()), w.language())));
            out.append(e.getValue());
        }
        return out.toString();
    }

    /** The same history for machines: signings, runs and payments, amounts as exact decimal strings. */
    public static Map<String, Object> json(Ledger ledger, String contractId) {
        return ledger.read(c -> {
            Map<String, Object> root = new java.util.LinkedHashMap<>();
            root.put("command", "history");
            root.put("contract", contractId);
            root.put("ledger", ledger.location().shown());
            List<Object> signings = new java.util.ArrayList<>();
            for (Signature s : Signatures.of(c, contractId)) {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("seq", s.seq());
                m.put("kind", s.kind());
                m.put("recordedAt", s.recordedAt());
                m.put("effectiveYear", s.effectiveYear());
                m.put("files", s.manifest().files().size());
                m.put("sha256", s.manifest().hash());
                m.put("reason", s.reason());
                signings.add(m);
            }
            root.put("signings", signings);
            List<Object> runs = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, recorded_at, as_of_year, terms, measurements_hash,"
                    + " measurement_rows, line_count, payment_count, operator, host, utfall_version, command FROM runs"
                    + " WHERE contract_id = ? ORDER BY id")) {
                s.setString(1, contractId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, Object> m = new java.util.LinkedHashMap<>();
                        m.put("run", r.getLong(1));
                        m.put("recordedAt", r.getString(2));
                        m.put("asOfYear", r.getInt(3));
                        m.put("terms", r.getString(4));
                        m.put("measurementsSha256", r.getString(5));
                        m.put("measurementRows", r.getInt(6));
                        m.put("lines", r.getInt(7));
                        m.put("payments", r.getInt(8));
                        // Who ran it, where, with which Utfall and command (null for runs recorded before schema 3).
                        m.put("operator", r.getString(9));
                        m.put("host", r.getString(10));
                        m.put("utfallVersion", r.getString(11));
                        m.put("command", r.getString(12));
                        runs.add(m);
                    }
                }
            }
            root.put("runs", runs);
            List<Object> checks = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, recorded_at, as_of_year, same_as_run, operator, host,"
                    + " utfall_version, command FROM run_checks WHERE contract_id = ? ORDER BY id")) {
                s.setString(1, contractId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, Object> m = new java.util.LinkedHashMap<>();
                        m.put("check", r.getLong(1));
                        m.put("recordedAt", r.getString(2));
                        m.put("asOfYear", r.getInt(3));
                        m.put("sameAsRun", r.getLong(4));
                        m.put("operator", r.getString(5));
                        m.put("host", r.getString(6));
                        m.put("utfallVersion", r.getString(7));
                        m.put("command", r.getString(8));
                        checks.add(m);
                    }
                }
            }
            root.put("rerunChecks", checks);
            List<Object> payments = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT run_id, year, clause, subject, payer, payee, kind,"
                    + " amount, reason FROM payments WHERE contract_id = ? ORDER BY year, run_id, seq")) {
                s.setString(1, contractId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, Object> m = new java.util.LinkedHashMap<>();
                        m.put("run", r.getLong(1));
                        m.put("year", r.getInt(2));
                        m.put("clause", r.getString(3));
                        m.put("subject", r.getString(4));
                        m.put("payer", r.getString(5));
                        m.put("payee", r.getString(6));
                        m.put("kind", r.getString(7));
                        m.put("amount", new BigDecimal(r.getString(8)).toPlainString());
                        m.put("reason", r.getString(9));
                        payments.add(m);
                    }
                }
            }
            root.put("payments", payments);
            return root;
        });
    }
}
