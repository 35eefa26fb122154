package se.utfall.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerVerifier;

@Command(name = "verify-ledger", mixinStandardHelpOptions = true,
        description = "Checks every run, decision line, payment, signing and stored text against its hash and the"
                + " chain of runs: exit 0 when nothing was altered, 1 naming each altered row.")
final class VerifyLedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger l = ledger.openToRead()) {
            LedgerVerifier.Result r = LedgerVerifier.verify(l);
            String where = "Ledger " + l.location().shown();
            if (r.intact()) {
                out.println(where + " is intact: " + r.summary() + " match their hashes and the chain of runs.");
                return ExitCodes.OK;
            }
            out.println(where + " has been altered outside Utfall (" + r.problems().size() + " problem"
                    + (r.problems().size() == 1 ? "" : "s") + " in " + r.summary() + "):");
            r.problems().forEach(p -> out.println("  " + p));
            return ExitCodes.CHECK_FAILED;
        }
    }
}
