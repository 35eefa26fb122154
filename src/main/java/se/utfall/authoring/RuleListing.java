package se.utfall.authoring;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.utfall.contract.Contract;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.Locations;

/**
 * What a contract's own rule files say in DRL, for people checking that a sentence or a table row
 * does what they meant: each .dslr line with its number and the DRL it expands to, each table's
 * generated rules with the row they come from. Files in name order; the same input prints the same.
 */
public final class RuleListing {
    private static final Pattern ROW = Pattern.compile("^// rule values at [A-Z]+(\\d+)");

    private RuleListing() {
    }

    public static String render(Contract contract, ClauseLibrary library) {
        StringBuilder out = new StringBuilder();
        List<Path> files = contract.ruleFiles();
        if (files.isEmpty()) {
            return "The contract has no rule files of its own: every clause uses a family from the library.\n";
        }
        DslrExpander.Context context = AuthoredRules.context(contract, library);
        for (Path file : files) {
            switch (AuthoredRules.Kind.of(file)) {
                case DRL -> out.append("== ").append(Locations.display(file)).append(" (DRL, compiled as written)\n\n");
                case DSLR -> dslr(out, DslrExpander.expand(file, AuthoredRules.text(file), context));
                default -> table(out, DecisionTable.compile(file, context));
            }
        }
        return out.toString();
    }

    private static void dslr(StringBuilder out, DslrExpander.Expansion e) {
        out.append("== ").append(Locations.display(e.file())).append(" (vocabulary ")
                .append(Locations.display(e.vocabulary().file())).append(")\n");
        int width = String.valueOf(e.written().size()).length();
        for (int i = 0; i < e.written().size(); i++) {
            String written = e.written().get(i).strip();
            String drl = e.drl().get(i).strip();
            if (written.isEmpty() && drl.isEmpty()) {
                continue;
            }
            String number = String.format("%" + width + "d", i + 1);
            out.append(number).append(" | ").append(written).append('\n');
            if (!drl.equals(written) && !drl.isEmpty()) {  // a comment is for people and is not handed on
                out.append(" ".repeat(width)).append(" → ").append(drl).append('\n');
            }
        }
        out.append('\n');
    }

    private static void table(StringBuilder out, DecisionTable.Compiled t) {
        out.append("== ").append(Locations.display(t.file())).append(" (decision table; each rule shows its row)\n");
        String row = "";
        for (String line : t.drl().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = ROW.matcher(line.strip());
            if (m.find()) {
                row = "row " + m.group(1);
            }
            out.append(String.format("%-7s | ", row)).append(line.replace("\t", "    ")).append('\n');
            if (line.strip().equals("end")) {
                row = "";
            }
        }
        out.append('\n');
    }
}
