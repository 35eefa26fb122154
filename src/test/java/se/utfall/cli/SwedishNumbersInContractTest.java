package se.utfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.Locations;

/**
 * contract.yaml parameters written as a Swedish contract writes them (80,5; 120 000; 80 000,00) mean
 * what the same figures mean in a .dslr sentence; the forms that could mean two things are refused
 * at their line with both readings.
 */
class SwedishNumbersInContractTest {
    private static final String CONTRACT = "hemtjanst-kundnojdhet";

    @TempDir
    Path tmp;

    @Test
    void swedishFiguresSettleExactlyAsPlainOnes() {
        Path folder = ContractCopy.of(CONTRACT, tmp.resolve("sv"));
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "threshold: 80\n", "threshold: 80,0\n");
        ContractCopy.edit(file, "amount: 120000", "amount: 120 000");
        ContractCopy.edit(file, "yearCap: 80000", "yearCap: 80 000,00");
        Cli test = Cli.run("test", folder.toString());
        assertEquals(0, test.exitCode(), test.out() + test.err());
        assertTrue(test.out().contains(" passed, 0 failed"), test.out());
    }

    @Test
    void aDecimalCommaReadsAsTheSamePointDecimal() {
        Path comma = ContractCopy.of(CONTRACT, tmp.resolve("comma"));
        Path point = ContractCopy.of(CONTRACT, tmp.resolve("point"));
        ContractCopy.edit(comma.resolve("contract.yaml"), "threshold: 80\n", "threshold: 80,5\n");
        ContractCopy.edit(point.resolve("contract.yaml"), "threshold: 80\n", "threshold: 80.5\n");
        Cli a = Cli.run("describe", comma.toString());
        Cli b = Cli.run("describe", point.toString());
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(b.out().replace(point.toString(), "X"), a.out().replace(comma.toString(), "X"));
        assertTrue(a.out().contains("80,5"), a.out());
    }

    @Test
    void anAmbiguousFigureIsRefusedAtItsLineWithBothReadings() {
        Path folder = ContractCopy.of(CONTRACT, tmp.resolve("x"));
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "amount: 120000", "amount: 120,000");
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(Locations.display(file) + ":" + ContractCopy.lineOf(file, "amount: 120,000") + ": parameter 'amount':"
                + " '120,000' is an amount with three decimals, which an amount never has (öre are two); write 120 000"
                + " for thousands, or 120 kronor.", cli.errLines()[0]);
    }

    @Test
    void anAmountWithAPointBeforeThreeDigitsIsRefusedEvenThoughYamlReadsItAsADecimal() {
        Path folder = ContractCopy.of(CONTRACT, tmp.resolve("y"));
        Path file = folder.resolve("contract.yaml");
        ContractCopy.edit(file, "amount: 120000", "amount: 120.000");
        Cli cli = Cli.run("validate", folder.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(Locations.display(file) + ":" + ContractCopy.lineOf(file, "amount: 120.000") + ": parameter 'amount':"
                + " '120.000' is an amount with three decimals, which an amount never has (öre are two); write 120 000"
                + " for thousands, or 120 kronor.", cli.errLines()[0]);
    }
}
