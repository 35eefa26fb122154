package se.utfall.authoring;

import java.nio.file.Path;
import java.util.List;
import se.utfall.contract.Contract;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.Locations;

/**
 * What a contract's sentences say in DRL, for people checking that a sentence does what they meant: each .dslr line with its number and the DRL it expands to. Files in name order; the same input prints the same.
 */
public final class RuleListing {
    private RuleListing() {
    }

    public static String render(Contract contract, ClauseLibrary library) {
        StringBuilder out = new StringBuilder();
        List<Path> files = contract.ruleFiles();
        if (files.isEmpty()) {
            return "The contract has no sentences of its own (.dslr): every clause uses a family from the library.\n";
        }
        DslrExpander.Context context = AuthoredRules.context(contract, library);
        for (Path file : files) {
            dslr(out, DslrExpander.expand(file, AuthoredRules.text(file), context));
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
}
