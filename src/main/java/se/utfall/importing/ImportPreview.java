package se.utfall.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Language;
import se.utfall.facts.Measurement;
import se.utfall.problem.Locations;

/** The preview of an import, for people (in the contract's language) and as JSON. */
public final class ImportPreview {
    private ImportPreview() {
    }

    public static String text(Import.Result r, boolean written, int rowsWritten) {
        return text(r, written, rowsWritten, false);
    }

    /** {@code held}: --write was given but corrections were not accepted, so nothing was written. */
    public static String text(Import.Result r, boolean written, int rowsWritten, boolean held) {
        Language l = r.contract().language();
        StringBuilder out = new StringBuilder();
        String file = Locations.display(r.file());
        out.append(l.pick("Import till ", "Import into ")).append(file).append(": ")
                .append(written ? l.pick(rowsWritten + (rowsWritten == 1 ? " rad skrevs" : " rader skrevs"),
                        rowsWritten + (rowsWritten == 1 ? " row written" : " rows written"))
                        : held ? l.pick("inget skrevs: rättelserna väntar på --accept-corrections",
                        "nothing written: the corrections wait for --accept-corrections")
                        : l.pick("förhandsvisning, inget skrevs (--write skriver)",
                        "preview, nothing written (--write writes)")).append('\n');
        for (Merge.Change c : r.changes()) {
            if (c.kind() == Merge.Kind.UNCHANGED) {
                continue;
            }
            Measurement m = c.merged();
            String what = switch (c.kind()) {
                case NEW -> l.pick("ny       ", "new       ");
                case CHANGED -> l.pick("ändrad   ", "changed   ");
                case CORRECTION -> l.pick("rättelse ", "correction");
                default -> "";
            };
            out.append("  ").append(what).append(' ').append(m.year()).append(' ').append(m.subject()).append(" (")
                    .append(m.measure()).append("): ");
            if (c.kind() == Merge.Kind.CORRECTION) {
                out.append(c.used().value().toPlainString()).append(" → ").append(figures(m))
                        .append(l.pick(", använt i körning ", ", used in run ")).append(c.used().run());
                if (c.row() != null && c.row().value().compareTo(c.used().value()) != 0) {
                    out.append(l.pick(", i filen ", ", in the file ")).append(c.row().value().toPlainString());
                }
            } else if (c.kind() == Merge.Kind.CHANGED) {
                out.append(figures(c.row())).append(" → ").append(figures(m));
            } else {
                out.append(figures(m));
            }
            out.append(l.pick("; källa: ", "; source: ")).append(m.source()).append(" [").append(c.figure().origin())
                    .append("]\n");
        }
        long unchanged = r.of(Merge.Kind.UNCHANGED).size();
        out.append(l.pick("  oförändrade: ", "  unchanged: ")).append(unchanged)
                .append(l.pick(unchanged == 1 ? " mätvärde" : " mätvärden", unchanged == 1 ? " figure" : " figures"))
                .append('\n');
        if (!r.of(Merge.Kind.CORRECTION).isEmpty() && !written && !held) {
            out.append(l.pick("Rättelser av mätvärden som en körning redan använt skrivs bara med --write"
                    + " --accept-corrections.\n", "Corrections of figures a run already used are written only with"
                    + " --write --accept-corrections.\n"));
        }
        if (!r.notes().isEmpty()) {
            out.append(l.pick("Utelämnat:\n", "Left out:\n"));
            r.notes().forEach(n -> out.append("  ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static String figures(Measurement m) {
        StringBuilder s = new StringBuilder(m.value().toPlainString());
        if (m.respondents() != null || m.responseRate() != null) {
            s.append(" (").append(m.respondents() == null ? "–" : m.respondents()).append(" / ")
                    .append(m.responseRate() == null ? "–" : m.responseRate().toPlainString() + " %").append(')');
        }
        return s.toString();
    }

    public static Map<String, Object> json(Import.Result r, boolean written, int rowsWritten) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("contract", r.contract().id());
        root.put("file", Locations.display(r.file()));
        root.put("written", written);
        root.put("rowsWritten", rowsWritten);
        root.put("unchanged", r.of(Merge.Kind.UNCHANGED).size());
        root.put("new", items(r, Merge.Kind.NEW));
        root.put("changed", items(r, Merge.Kind.CHANGED));
        root.put("corrections", items(r, Merge.Kind.CORRECTION));
        root.put("notes", r.notes());
        return root;
    }

    private static List<Map<String, Object>> items(Import.Result r, Merge.Kind kind) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Merge.Change c : r.of(kind)) {
            Map<String, Object> item = row(c.merged());
            item.put("origin", c.figure().origin());
            if (c.row() != null) {
                item.put("inFile", row(c.row()));
            }
            if (c.used() != null) {
                Map<String, Object> used = new LinkedHashMap<>();
                used.put("run", c.used().run());
                used.put("value", c.used().value().toPlainString());
                used.put("respondents", c.used().respondents());
                used.put("response_rate", c.used().responseRate());
                item.put("usedInRun", used);
            }
            out.add(item);
        }
        return out;
    }

    private static Map<String, Object> row(Measurement m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("subject", m.subject());
        o.put("measure", m.measure());
        o.put("year", m.year());
        o.put("value", m.value().toPlainString());
        o.put("respondents", m.respondents());
        o.put("response_rate", m.responseRate() == null ? null : m.responseRate().toPlainString());
        o.put("source", m.source());
        o.put("verified_by", m.verifiedBy());
        return o;
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
