package se.utfall.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.utfall.ledger.Checkpoint;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.LedgerVerifier;

@Command(name = "verify-ledger", mixinStandardHelpOptions = true,
        description = "Checks every run, decision line, payment, signing and stored text against its seal and the"
                + " chain of runs, and every run against the signings it was made under; prints the head of the chain."
                + " Exit 0 when nothing was altered, 1 naming each altered row, 2 when the ledger cannot be checked"
                + " (missing, or keyed and no key given).")
final class VerifyLedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    JsonOption output;

    @Mixin
    LedgerOption ledger;

    @Mixin
    CheckpointOption checkpoint;

    @Option(names = "--expect-head", paramLabel = "HASH",
            description = "A head this command printed before (at least its first 12 hex digits): the ledger must"
                    + " still hold the run it sealed, so a deleted last run or a resealed chain is found.")
    String expectHead;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (expectHead != null && !expectHead.strip().matches("[0-9a-fA-F]{12,64}")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--expect-head " + expectHead
                    + " is not a head; give the hex digits verify-ledger printed after 'head' (at least 12).");
        }
        Checkpoint cp = checkpoint.find();
        LedgerVerifier.Expectations expect = new LedgerVerifier.Expectations(
                expectHead == null ? null : expectHead.strip(), cp == null ? null : cp.read());
        try (Ledger l = ledger.openExisting()) {
            LedgerVerifier.Result r = LedgerVerifier.verify(l, expect);
            String where = "Ledger " + l.location().shown();
            if (output.json()) {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("command", "verify-ledger");
                m.put("ledger", l.location().shown());
                m.put("intact", r.intact());
                m.put("checked", r.summary());
                m.put("problems", r.problems());
                m.put("key", r.keyed());
                m.put("headRun", r.headRun());
                m.put("headHash", r.headHash());
                JsonOption.print(out, m);
                return r.intact() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
            }
            if (r.intact()) {
                out.println(where + " is intact: " + r.summary() + " match their seals, the chain of runs and the"
                        + " signings they were made under" + (expect.head() != null ? "; it holds the head you kept"
                        : "") + (cp != null ? "; it holds every head in the checkpoint and ends at its last" : "")
                        + ".");
            } else {
                out.println(where + " has been altered outside Utfall (" + r.problems().size() + " problem"
                        + (r.problems().size() == 1 ? "" : "s") + " in " + r.summary() + "):");
                r.problems().forEach(p -> out.println("  " + p));
            }
            out.println("Key: " + r.keyed() + ".");
            out.println(r.headRun() == 0 ? "Head: (no runs yet) " + r.headHash()
                    : "Head: run " + r.headRun() + " " + r.headHash());
            out.println("Keep the head outside the database and check it later with --expect-head, or keep every"
                    + " head with settle --checkpoint FILE.");
            return r.intact() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }
}
