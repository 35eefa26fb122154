package se.utfall.catalog;

import se.utfall.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.utfall.library.ClauseFamily;
import se.utfall.library.Parameter;

/** The catalogue for people, in Swedish or English. */
public final class CatalogText {
    private static final int WIDTH = 100;

    private CatalogText() {
    }

    public static String render(Catalog catalog, String lang) {
        boolean en = "en".equals(lang);
        ParameterFacts facts = new ParameterFacts(lang);
        StringBuilder out = new StringBuilder();
        out.append(en ? "Clause library " : "Klausulbiblioteket ").append(catalog.library()).append(": ")
                .append(catalog.families().size()).append(en ? " families" : " familjer");
        if (catalog.contractsFolder() != null) {
            out.append(en ? ", used by " : ", använt av ").append(catalog.contractCount())
                    .append(en ? " contracts in " : " avtal i ").append(catalog.contractsFolder());
        }
        out.append('\n');
        for (Catalog.Entry entry : catalog.families()) {
            ClauseFamily f = entry.current();
            out.append('\n').append(f.id()).append(' ').append(f.version()).append(" — ").append(SafeText.line(f.title().in(lang)))
                    .append('\n');
            wrap(out, "  ", f.description().in(lang));
            out.append(en ? "  Parameters:\n" : "  Parametrar:\n");
            parameters(out, "    ", f.parameters(), facts, lang);
            if (f.describe() == null) {
                out.append(en ? "  No describe template yet: describe lists its parameters instead.\n"
                        : "  Ingen meningsmall (describe) ännu: describe visar parametrarna i stället.\n");
            }
            out.append(en ? "  Earlier versions:" : "  Tidigare versioner:");
            if (entry.released().isEmpty()) {
                out.append(en ? " none" : " inga").append('\n');
            } else {
                out.append('\n');
                for (ClauseFamily old : entry.released()) {
                    out.append("    ").append(old.version()).append(difference(old, f, en)).append('\n');
                }
            }
            out.append(en ? "  Used by:" : "  Används i:");
            if (catalog.contractsFolder() == null) {
                out.append(en ? " (pass --contracts DIR)" : " (ange --contracts DIR)").append('\n');
            } else if (entry.usages().isEmpty()) {
                out.append(en ? " no contract" : " inget avtal").append('\n');
            } else {
                out.append('\n');
                int width = entry.usages().stream().mapToInt(u -> u.contract().length()).max().orElse(0);
                for (Usage u : entry.usages()) {
                    out.append(String.format("    %-" + width + "s  %-8s %s%s%n", u.contract(), u.clause(),
                            u.version(), !u.pinned() ? (en ? " (not pinned: follows the current version)"
                                    : " (ej låst: följer aktuell version)")
                                    : u.version().equals(f.version()) ? "" : en ? " (earlier version)"
                                    : " (tidigare version)"));
                }
            }
        }
        return out.toString();
    }

    private static void parameters(StringBuilder out, String indent, Map<String, Parameter> parameters,
                                   ParameterFacts facts, String lang) {
        int width = parameters.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Parameter p : parameters.values()) {
            out.append(String.format("%s%-" + width + "s  %s · %s%n", indent, p.name(), facts.type(p),
                    facts.requirement(p)));
            wrap(out, indent + "  ", p.description().in(lang));
            if (!p.columns().isEmpty()) {
                out.append(indent).append("  ").append("en".equals(lang) ? "columns:" : "kolumner:").append('\n');
                parameters(out, indent + "    ", p.columns(), facts, lang);
            }
        }
    }

    /** What an earlier version lacks or has compared with the current one, by parameter. */
    static String difference(ClauseFamily old, ClauseFamily current, boolean en) {
        List<String> parts = new ArrayList<>();
        List<String> added = current.parameters().keySet().stream()
                .filter(k -> !old.parameters().containsKey(k)).sorted().toList();
        List<String> removed = old.parameters().keySet().stream()
                .filter(k -> !current.parameters().containsKey(k)).sorted().toList();
        if (!added.isEmpty()) {
            parts.add((en ? "without " : "utan ") + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add((en ? "with " : "med ") + String.join(", ", removed));
        }
        return parts.isEmpty() ? (en ? " (same parameters)" : " (samma parametrar)")
                : " (" + String.join("; ", parts) + ")";
    }

    static void wrap(StringBuilder out, String indent, String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > WIDTH) {
                out.append(indent).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.append(indent).append(line).append('\n');
        }
    }
}
