package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;

/** Mistakes in a clause's payers: one message naming the line and the fix, exit code 2. */
class CoPayerInputTest {
    private static final String CONTRACT = "samverkan-arbete";

    @TempDir
    Path tmp;

    private static String oneError(Path folder) {
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(1, cli.errLines().length, cli.err());
        return cli.errLines()[0];
    }

    @Test
    void anUnknownCoPayerIsNamedWithTheRightSpelling() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "payers: { kommunen: 60, regionen: 40 }", "payers: { kommunen: 60, regionn: 40 }");
        String error = oneError(folder);
        assertTrue(error.startsWith(Locations.display(file) + ":" + ContractCopy.lineOf(file, "regionn: 40")), error);
        assertTrue(error.contains("payers 'regionn' is not a party") && error.contains("regionen"), error);
    }

    @Test
    void aZeroShareIsRefused() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "payers: { kommunen: 60, regionen: 40 }", "payers: { kommunen: 100, regionen: 0 }");
        assertTrue(oneError(folder).contains("every share must be above 0"));
    }

    @Test
    void payerAndPayersTogetherAreRefused() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "payers: { kommunen: 60, regionen: 40 }",
                "payers: { kommunen: 60, regionen: 40 }\n    payer: kommunen");
        assertTrue(oneError(folder).contains("has both payer and payers"));
    }

    /**
     * Issue 15: §6 caps §5, which kommunen and regionen pay 60/40. A cap paid by kommunen alone would
     * cut kommunen's money for what both pay; validate refuses it from the terms, although with the
     * file's figures the cap never binds.
     */
    @Test
    void aCapPaidByOneCoPayerOverASharedPaymentIsRefusedByValidateWhateverTheFigures() {
        Path folder = ContractCopy.of(CONTRACT, tmp);
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "    payers: { kommunen: 60, regionen: 40 }\n    payee: utforaren\n    parameters:\n      limit",
                "    payer: kommunen\n    payee: utforaren\n    parameters:\n      limit");
        String error = oneError(folder);
        assertTrue(error.contains("clause §6 cannot be settled: it counts §5, paid kommunen 60, regionen 40 → utforaren,"
                + " but the cap itself is kommunen → utforaren"), error);
    }
}
