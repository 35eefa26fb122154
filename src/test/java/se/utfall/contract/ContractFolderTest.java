package se.utfall.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.problem.BadInput;
import se.utfall.problem.Problem;

/** Every kind of file Drools or Java would run is refused in a contract folder, each at its line 1. */
class ContractFolderTest {
    @TempDir
    Path tmp;

    @Test
    void everyCodeFileIsRefusedAtLineOneAndDataAndSentencesAreNot() throws Exception {
        for (String name : List.of("contract.yaml", "measurements.csv", "prislista.csv", "steg.xlsx", "regler.dslr",
                "README.md", "x.drl", "y.drl.csv", "z.DRL.XLSX", "t.drl.xls", "v.dsl", "w.drt", "g.rdrl", "h.rdslr",
                "Evil.java", "Evil.class", "lib.jar", "m.dmn", "p.pmml")) {
            Files.writeString(tmp.resolve(name), "x");
        }
        BadInput bad = assertThrows(BadInput.class, () -> ContractFolder.refuseCode(tmp));
        List<String> refused = bad.problems().stream().map(Problem::file).map(f -> Path.of(f).getFileName().toString())
                .sorted().toList();
        assertEquals(List.of("Evil.class", "Evil.java", "g.rdrl", "h.rdslr", "lib.jar", "m.dmn", "p.pmml", "t.drl.xls",
                "v.dsl", "w.drt", "x.drl", "y.drl.csv", "z.DRL.XLSX"), refused);
        assertTrue(bad.problems().stream().allMatch(p -> p.line() == 1), bad.getMessage());
        assertTrue(bad.problems().stream().allMatch(p -> p.message().contains("rules/")), "says where code belongs");
    }

    @Test
    void aFolderOfDataAndSentencesPasses() throws Exception {
        for (String name : List.of("contract.yaml", "measurements.csv", "prislista.xlsx", "regler.dslr")) {
            Files.writeString(tmp.resolve(name), "x");
        }
        ContractFolder.refuseCode(tmp);
    }
}
