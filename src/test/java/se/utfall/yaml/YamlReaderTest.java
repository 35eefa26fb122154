package se.utfall.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import se.utfall.problem.BadInput;

/** YAML that would never end, explode or hide control characters is refused at its line. */
class YamlReaderTest {
    private static final Path FILE = Path.of("contract.yaml");

    @TempDir
    Path tmp;

    private static String refused(String yaml) {
        BadInput bad = assertThrows(BadInput.class, () -> YamlReader.parse(FILE, yaml));
        assertEquals(1, bad.problems().size(), bad.getMessage());
        return bad.problems().get(0).render();
    }

    @Test
    void aSequenceContainingItselfIsComposedBySnakeYamlAndRefusedWhenRead() {
        // The attack: SnakeYAML hands over a node that contains itself; converting it naively never ends.
        MappingNode root = (MappingNode) new Yaml(new LoaderOptions()).compose(new StringReader("x: &a [ *a ]\n"));
        SequenceNode seq = (SequenceNode) root.getValue().get(0).getValueNode();
        assertSame(seq, seq.getValue().get(0));

        assertTrue(refused("id: a\nx: &a [ *a ]\n").startsWith("contract.yaml:2: an alias (*name) refers to a list"));
        assertTrue(refused("m: &m { self: *m }\n").contains("refers to a list or mapping that contains it"));
    }

    @Test
    void aliasesUsedTwiceWithoutRecursionStillWork() {
        YMap m = (YMap) YamlReader.parse(FILE, "a: &a [1, 2]\nb: *a\nc: *a\n");
        assertEquals(2, ((YList) m.get("c")).items().size());
    }

    @Test
    void anAliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(8)).append('*')
                    .append(prev).append("]\n");
            prev = c;
        }
        String shown = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(bomb.toString()));
        assertTrue(shown.contains("aliases"), shown);
    }

    @Test
    void tenAliasesOfAHugeListCannotExpandWithoutLimit() {
        String big = "a: &a [" + "1, ".repeat(200_000) + "1]\n" + "b: [*a, *a, *a, *a, *a]\n";
        String shown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refused(big));
        assertTrue(shown.contains("expands to more than 500000 values"), shown);
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String deep = "x: " + "[".repeat(20000) + "]".repeat(20000) + "\n";
        String shown = refused(deep);
        assertTrue(shown.startsWith("contract.yaml: is nested more than 64 levels deep"), shown);
    }

    @Test
    void controlCharactersInValuesAndKeysAreRefusedAtTheirLine() {
        assertTrue(refused("id: a\ntitle: \"Avtal\\e[2J\"\n").startsWith("contract.yaml:2: a value contains the control"
                + " character U+001B (ESC"));
        assertTrue(refused("\"na\\nme\": 1\n").contains("a key contains the control character U+000A"));
        assertTrue(refused("t: \"x\\u202Ey\"\n").contains("bidirectional"));
        YMap ok = (YMap) YamlReader.parse(FILE, "text: |\n  one\n  two\t tab\n");
        assertEquals("one\ntwo\t tab\n", ((YScalar) ok.get("text")).text());
    }

    @Test
    void numbersWithAnExponentOrAbsurdDigitsAreRefusedAtTheirLine() {
        YMap m = (YMap) YamlReader.parse(FILE, "a: 1e-999999999\nb: 5_000_000\nc: 1234567890123456\n");
        BadInput bad = assertThrows(BadInput.class, () -> YRead.decimal(m.get("a"), "parameter 'a'"));
        assertTrue(bad.getMessage().startsWith("contract.yaml:1: parameter 'a': '1e-999999999' is written with an"
                + " exponent"), bad.getMessage());
        assertEquals(5000000, YRead.integer(m.get("b"), "b"));
        assertTrue(assertThrows(BadInput.class, () -> YRead.decimal(m.get("c"), "c")).getMessage()
                .contains("16 digits before the point"));
    }

    @Test
    void aYamlPathThatIsNotAPlainFileIsRefused() throws IOException {
        assertTrue(assertThrows(BadInput.class, () -> YamlReader.read(tmp)).getMessage().contains("is a folder"));
        Path link = tmp.resolve("contract.yaml");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));
        String shown = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(BadInput.class, () -> YamlReader.read(link)).getMessage());
        assertTrue(shown.contains("is not a regular file"), shown);
    }
}
