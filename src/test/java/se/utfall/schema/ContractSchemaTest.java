package se.utfall.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import se.utfall.library.ClauseLibrary;

/**
 * schema/contract.schema.json, the schema editors complete contract.yaml keys from: it is what the
 * generator makes of the current reader and library, every shipped contract.yaml passes it, and a
 * misspelt key (at the top, in a clause, among a family's parameters) fails it.
 *
 * <p>To regenerate after a new key or family: {@code mvn -o -q test -Dtest=ContractSchemaTest
 * -Dutfall.schema.write=true}.
 */
class ContractSchemaTest {
    private static final Path COMMITTED = Path.of("schema/contract.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    private static JsonNode yaml(String text) {
        Object tree = new Yaml(new LoaderOptions()).load(text);
        return JSON.valueToTree(tree);
    }

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws IOException {
        String generated = ContractSchema.generate(ClauseLibrary.load(Path.of("rules")));
        if (Boolean.getBoolean("utfall.schema.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(COMMITTED), "schema/contract.schema.json is missing; regenerate it");
        assertEquals(generated, Files.readString(COMMITTED, StandardCharsets.UTF_8), "schema/contract.schema.json is"
                + " out of date (a key or a family changed); regenerate it with mvn -o -q test -Dtest=ContractSchemaTest"
                + " -Dutfall.schema.write=true");
    }

    @Test
    void everyShippedContractPassesTheSchema() throws IOException {
        JsonSchema schema = schema();
        List<Path> contracts;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("contracts")), Files.walk(Path.of("rules")))) {
            contracts = walk.filter(p -> p.getFileName().toString().equals("contract.yaml")).sorted().toList();
        }
        assertTrue(contracts.size() >= 5, contracts.toString());
        for (Path c : contracts) {
            Set<ValidationMessage> errors = schema.validate(yaml(Files.readString(c, StandardCharsets.UTF_8)));
            assertTrue(errors.isEmpty(), c + ": " + errors);
        }
    }

    @Test
    void aMisspeltKeyFailsTheSchemaWhereverItIs() throws IOException {
        JsonSchema schema = schema();
        String contract = Files.readString(Path.of("contracts/osteraker-halsocoach/contract.yaml"), StandardCharsets.UTF_8);
        assertTrue(schema.validate(yaml(contract)).isEmpty());
        for (String[] typo : new String[][] {{"\ntitle:", "\ntitel:"}, {"      pricePerOutcome:", "      pricePerOutcom:"},
                {"    family: rate-card", "    family: rate-crad"}, {"    payer:", "    payr:"}}) {
            assertTrue(contract.contains(typo[0]), typo[0]);
            Set<ValidationMessage> errors = schema.validate(yaml(contract.replaceFirst(typo[0], typo[1])));
            assertFalse(errors.isEmpty(), typo[1] + " passed the schema");
        }
    }

    @Test
    void numbersMayBeWrittenAsTheContractWritesThem() throws IOException {
        JsonSchema schema = schema();
        String contract = Files.readString(Path.of("contracts/osteraker-halsocoach/contract.yaml"), StandardCharsets.UTF_8);
        assertTrue(schema.validate(yaml(contract.replace("totalCap: 5000000", "totalCap: 5 000 000"))).isEmpty());
        assertFalse(schema.validate(yaml(contract.replace("totalCap: 5000000", "totalCap: fem miljoner"))).isEmpty());
    }
}
