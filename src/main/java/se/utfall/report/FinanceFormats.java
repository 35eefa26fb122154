package se.utfall.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.ledger.FinanceExport;

/**
 * The finance export as files: CSV the way Swedish Excel opens it (UTF-8 with a byte-order mark,
 * {@code ;} between fields, decimal comma, no thousands separator inside a number, CRLF line ends)
 * and JSON (amounts as exact decimal strings, like every command's JSON).
 */
public final class FinanceFormats {
    /** Excel reads a UTF-8 file as UTF-8 only when it starts with this mark; without it åäö break. */
    public static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("avtal", "titel", "diarienummer", "valuta", "körning",
            "betalare", "betalarens namn", "mottagare", "mottagarens namn", "år", "klausuler", "beslutat",
            "redan betalt", "att betala nu");

    private FinanceFormats() {
    }

    public static String csv(List<FinanceExport.Row> rows) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, HEADER);
        for (FinanceExport.Row r : rows) {
            line(out, List.of(text(r.contract()), text(r.title()), text(r.reference()), text(r.currency()),
                    String.valueOf(r.run()), text(r.payer()), text(r.payerName()), text(r.payee()),
                    text(r.payeeName()), String.valueOf(r.year()), text(String.join(", ", r.clauses())),
                    number(r.decided()), number(r.alreadyPaid()), number(r.dueNow())));
        }
        return out.toString();
    }

    public static String json(List<FinanceExport.Row> rows) {
        List<Object> list = new ArrayList<>();
        for (FinanceExport.Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("contract", r.contract());
            m.put("title", r.title());
            m.put("reference", r.reference());
            m.put("currency", r.currency());
            m.put("run", r.run());
            m.put("payer", r.payer());
            m.put("payerName", r.payerName());
            m.put("payee", r.payee());
            m.put("payeeName", r.payeeName());
            m.put("year", r.year());
            m.put("clauses", r.clauses());
            m.put("decided", r.decided().toPlainString());
            m.put("alreadyPaid", r.alreadyPaid().toPlainString());
            m.put("dueNow", r.dueNow().toPlainString());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rows", list);
        return JsonText.of(root);
    }

    /** A number as Swedish Excel reads one: decimal comma, no grouping, a plain minus. */
    static String number(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }

    /**
     * A text field, quoted when it holds the separator, a quote or a line break. A text that Excel
     * would take for a formula (=, +, -, @ first) gets a leading apostrophe: a contract title or a
     * party name is someone else's input and must never run in finance's spreadsheet.
     */
    static String text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(String.join(";", fields)).append("\r\n");
    }
}
