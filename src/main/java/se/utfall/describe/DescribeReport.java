package se.utfall.describe;

import se.utfall.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;

/**
 * A contract clause by clause: what the contract says, next to what its rules say in words, so
 * legal staff can check one against the other without reading rule files.
 */
public final class DescribeReport {
    private static final int WIDTH = 100;

    private DescribeReport() {
    }

    public static String render(Contract contract, ClauseLibrary library, String lang) {
        boolean en = "en".equals(lang);
        StringBuilder out = new StringBuilder();
        out.append(SafeText.line(contract.title())).append('\n');
        out.append(contract.id()).append(" · ").append(contract.firstYear()).append('–').append(contract.lastYear())
                .append(" · ").append(contract.clauses().size()).append(en ? " clauses" : " klausuler").append('\n');
        for (Clause clause : contract.clauses()) {
            out.append('\n').append(SafeText.line(clause.id() + " " + clause.title())).append('\n');
            ClauseFamily family = clause.family() == null ? null : library.family(clause.family(), clause.version());
            String parties = SafeText.line(contract.parties().get(clause.payer()).name() + " → "
                    + contract.parties().get(clause.payee()).name());
            out.append("  ").append(family == null ? (en ? "the contract's own rules" : "avtalets egna regler")
                    : family.label() + (clause.versionPinned() ? "" : en ? " (current version, not pinned)"
                    : " (aktuell version, ej låst)")).append(" · ").append(parties).append('\n');
            out.append(en ? "  The contract says:\n" : "  Avtalet säger:\n");
            for (String line : clause.text().split("\n")) {
                out.append("    ").append(SafeText.line(line.strip())).append('\n');
            }
            out.append(en ? "  The rules say:\n" : "  Reglerna säger:\n");
            List<OwnRules.RuleRef> own = OwnRules.naming(contract, library, clause.id());
            if (family != null) {
                String sentence = ClauseSentences.describe(contract, clause, family, library, lang);
                wrap(out, SafeText.line(sentence));
                if (family.describe() == null) {
                    out.append(en ? "    (the family " + family.id() + " has no sentence template yet: its parameters"
                            + " are listed instead)\n"
                            : "    (familjen " + family.id() + " har ingen meningsmall ännu: parametrarna visas i"
                            + " stället)\n");
                }
                if (!own.isEmpty()) {
                    out.append(en ? "    The contract's own rules also act on this clause:\n"
                            : "    Avtalets egna regler verkar också på klausulen:\n");
                }
            } else {
                out.append(own.isEmpty()
                        ? (en ? "    No rule of the contract's own names "
                        : "    Ingen av avtalets egna regler nämner ")
                        + clause.id() + (en ? "; it is implemented by " : "; den genomförs av ")
                        + String.join(", ", OwnRules.files(contract).stream()
                        .map(p -> p.getFileName().toString()).toList()) + ".\n"
                        : en ? "    Implemented by the contract's own rules:\n"
                        : "    Genomförs av avtalets egna regler:\n");
            }
            if (!clause.due().isEmpty()) {
                String years = String.join(", ", clause.due().stream().map(String::valueOf).toList());
                wrap(out, en ? "Paid only in the evaluation year(s) " + years + "; every other year is NOT_DUE and pays"
                        + " nothing." : "Betalas bara utvärderingsår " + years + "; övriga år är NOT_DUE och betalar inget.");
            }
            java.util.Set<String> read = se.utfall.derived.DerivedFigures.inputsOf(contract, clause.measures());
            for (se.utfall.derived.DerivedMeasure d : contract.derived().values()) { // inputs first
                if (read.contains(d.id())) {
                    wrap(out, SafeText.line((en ? "Derived measure: " : "Härlett mått: ") + d.id() + " = "
                            + d.formula().words(en ? se.utfall.facts.Figures::english : se.utfall.facts.Figures::decimal)
                            + (en ? ", for each subject and year, rounded half-up to " + d.decimals() + " decimals."
                            : ", per enhet och år, avrundat (half-up) till " + d.decimals() + " decimaler.")));
                }
            }
            for (String m : read) {
                se.utfall.contract.Publication p = contract.publications().get(m);
                if (p != null) {
                    String day = String.format("%02d-%02d", p.day().getMonthValue(), p.day().getDayOfMonth());
                    wrap(out, SafeText.line(en ? m + " for a year is published on " + day + (p.yearsAfter() == 0
                            ? " of the same year" : " of the following year") + "; missing before then, the year is PENDING."
                            : m + " för ett år publiceras " + day + (p.yearsAfter() == 0 ? " samma år" : " året efter")
                            + "; saknas uppgiften före dess är året PENDING (väntande)."));
                }
            }
            for (OwnRules.RuleRef ref : own) {
                out.append("      ").append(ref.render()).append('\n');
                for (String sentence : ref.sentences()) {
                    out.append("          ").append(SafeText.line(sentence)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * Wraps a sentence at word boundaries, never between a number and its unit or inside a
     * number written with spaces ("120 000 kr" stays on one line).
     */
    static void wrap(StringBuilder out, String sentence) {
        String indent = "    ";
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            boolean breakable = i == sentence.length()
                    || sentence.charAt(i) == ' ' && !(i > 0 && Character.isDigit(sentence.charAt(i - 1)))
                    && !(i + 1 < sentence.length() && Character.isDigit(sentence.charAt(i + 1)));
            if (!breakable) {
                continue;
            }
            String word = sentence.substring(start, i).strip();
            if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
            start = i + 1;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        for (String l : lines) {
            out.append(indent).append(l).append('\n');
        }
    }
}
