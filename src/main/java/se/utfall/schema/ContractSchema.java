package se.utfall.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.utfall.contract.ContractLoader;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.Parameter;
import se.utfall.library.ParameterType;

/**
 * A JSON Schema (draft-07) for contract.yaml, so an editor (VS Code's YAML extension, via a
 * {@code # yaml-language-server: $schema=...} line) completes keys, shows what each means and marks
 * a misspelt one. Generated, never written by hand: the keys come from what {@link ContractLoader}
 * reads, and each family's parameters (type, unit, range, choices, description) from the library,
 * so a new family or key is in the schema as soon as it is regenerated (ContractSchemaTest fails
 * until it is). The schema helps an editor; ContractLoader stays the check that decides.
 */
public final class ContractSchema {
    /** A number as a contract may write it in quotes or with spaces: 120 000, 80,5 (see WrittenNumber). */
    static final String WRITTEN_NUMBER = "^-?(\\d{1,3}( \\d{3})+|\\d+)([,.]\\d+)?$";

    private static final Map<String, String> TOP_TEXT = Map.ofEntries(
            Map.entry("id", "Avtalets id: små bokstäver, siffror, - och _. / The contract's id."),
            Map.entry("title", "Avtalets namn. / The contract's title."),
            Map.entry("period", "Avtalsperioden: första och sista året som avräknas. / The contract period."),
            Map.entry("currency", "Valuta, t.ex. SEK. / Currency code."),
            Map.entry("rounding", "Avrundning av belopp. / How amounts are rounded."),
            Map.entry("parties", "Parterna, var och en med id, namn och roll. / The parties."),
            Map.entry("measures", "Måtten avtalet betalar efter. / The measures the contract pays by."),
            Map.entry("clauses", "Klausulerna, var och en med text och familj. / The clauses."),
            Map.entry("reference", "Beställarens referens, t.ex. diarienummer. / The purchaser's reference."),
            Map.entry("language", "Avtalets språk för skäl och uträkningar: sv (standard) eller en. / The contract's language."),
            Map.entry("analysis", "Gränserna analyze prövar avtalet mot: budget och tolerated-cliff. / Limits for analyze."));

    private ContractSchema() {
    }

    /** The schema as pretty-printed JSON, byte for byte the same for the same library. */
    public static String generate(ClauseLibrary library) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "Utfall contract.yaml");
        schema.put("description", "Ett avtal för utfallsbaserad ersättning (contract.yaml). Genererad från Utfalls"
                + " inläsning och klausulbibliotek: ändra inte för hand.");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.put("required", List.of("id", "title", "period", "currency", "parties", "measures", "clauses"));
        Map<String, Object> properties = new TreeMap<>();
        for (String key : ContractLoader.TOP) {
            properties.put(key, top(key));
        }
        schema.put("properties", properties);
        Map<String, Object> definitions = new TreeMap<>();
        definitions.put("number", numberSchema("number", null));
        definitions.put("clause", clause(library));
        for (String id : new TreeSet<>(library.ids())) {
            definitions.put("parameters-" + id, parameters(library.family(id)));
        }
        schema.put("definitions", definitions);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema)
                    .replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> top(String key) {
        Map<String, Object> s = switch (key) {
            case "id" -> obj("type", "string", "pattern", "^[a-z0-9][a-z0-9_-]*$");
            case "title" -> obj("type", "string");
            case "currency" -> obj("type", "string", "pattern", "^[A-Z]{3}$");
            case "period" -> closed(ContractLoader.PERIOD, Set.of("first", "last"),
                    k -> obj("type", "integer", "minimum", 1900, "maximum", 2200));
            case "rounding" -> closed(ContractLoader.ROUNDING, Set.of("decimals", "mode"), k -> k.equals("decimals")
                    ? obj("type", "integer", "enum", List.of(0, 1, 2))
                    : obj("type", "string", "enum", new ArrayList<>(new TreeSet<>(ContractLoader.MODES.keySet()))));
            case "parties" -> obj("type", "object", "additionalProperties", closed(ContractLoader.PARTY,
                    Set.of("name", "role"), k -> switch (k) {
                        case "role" -> obj("type", "string", "enum", new ArrayList<>(new TreeSet<>(ContractLoader.ROLES)));
                        case "subjects" -> obj("type", "array", "items", obj("type", "string"), "description",
                                "En utförares enheter: deras pengar betalas till den. / A provider's units.");
                        default -> obj("type", "string");
                    }));
            case "measures" -> obj("type", "object", "additionalProperties", closed(ContractLoader.MEASURE,
                    Set.of("title", "unit", "better"), ContractSchema::measureKey));
            case "clauses" -> obj("type", "array", "items", obj("$ref", "#/definitions/clause"));
            case "language" -> obj("type", "string", "enum", List.of("en", "sv"));
            case "reference" -> obj("type", "string");
            case "analysis" -> closed(ContractLoader.ANALYSIS, Set.of(), k -> obj("$ref", "#/definitions/number"));
            default -> new LinkedHashMap<>();  // a key added to the reader without a shape here: any value
        };
        s.put("description", TOP_TEXT.getOrDefault(key, "Se handboken. / See the guide."));
        return s;
    }

    private static Map<String, Object> measureKey(String key) {
        return switch (key) {
            case "better" -> obj("type", "string", "enum", List.of("higher", "lower"),
                    "description", "higher eller lower: vilket håll som är ett bättre resultat.");
            case "min", "max" -> obj("$ref", "#/definitions/number");
            case "decimals" -> obj("type", "integer", "minimum", 0);
            case "role" -> obj("type", "string", "enum", List.of("comparison", "context", "outcome", "state"),
                    "description", "outcome (standard), comparison, context eller state: vad analyze får variera.");
            case "derived" -> obj("type", "string", "description", "En formel av andra mått, t.ex. (a - b) / a * 100.");
            case "published" -> obj("type", "string", "pattern", "^(\\+1 )?\\d{2}-\\d{2}$",
                    "description", "Publiceringsdag: \"10-01\" samma år eller \"+1 03-31\" året efter.");
            case "unit" -> obj("type", "string", "description", "% (0–100), personer (heltal) eller en egen enhet.");
            case "import" -> importSchema();
            default -> obj("type", "string");
        };
    }

    /** {@code import:} under a measure: where its figures are published (utfall import). */
    private static Map<String, Object> importSchema() {
        Map<String, Object> units = obj("type", "object", "additionalProperties", obj("type", "string"));
        Map<String, Object> survey = closed(se.utfall.importing.ImportMapping.SURVEY, Set.of(), k -> switch (k) {
            case "columns" -> closed(se.utfall.importing.ImportMapping.SURVEY_COLUMNS, Set.of(),
                    c -> obj("type", "string"));
            case "units" -> obj("type", "object", "additionalProperties", obj("type", "string"), "description",
                    "Enhetens namn i tabellen, per subjekt. / The unit's name in the table, per subject.");
            default -> obj("type", "string");
        });
        Map<String, Object> kolada = closed(se.utfall.importing.ImportMapping.KOLADA, Set.of("kpi", "units"),
                k -> switch (k) {
                    case "kpi" -> obj("type", "string", "pattern", "^[A-Z][0-9]{5}$");
                    case "gender" -> obj("type", "string", "enum", List.of("K", "M", "T"));
                    case "units" -> units;
                    default -> obj("type", "string");
                });
        Map<String, Object> s = closed(se.utfall.importing.ImportMapping.IMPORT, Set.of(),
                k -> k.equals("survey") ? survey : kolada);
        s.put("description", "Var måttets värden publiceras (utfall import): survey (Socialstyrelsens"
                + " brukarundersökning) och/eller kolada (KPI och enheternas id).");
        return s;
    }

    private static Map<String, Object> clause(ClauseLibrary library) {
        Map<String, Object> c = closed(ContractLoader.CLAUSE, Set.of("id", "title", "text"), key -> switch (key) {
            case "family" -> obj("type", "string", "enum", new ArrayList<>(new TreeSet<>(library.ids())),
                    "description", "En klausulfamilj ur biblioteket (./utfall clauses).");
            case "version" -> obj("type", "string", "pattern", "^\\d+\\.\\d+\\.\\d+$");
            case "payers" -> obj("type", "object", "additionalProperties", obj("$ref", "#/definitions/number"));
            case "parameters" -> obj("type", "object");
            case "due" -> obj("type", "array", "minItems", 1, "items", obj("type", "integer"),
                    "description", "Utvärderingsåren klausulen betalar i; andra år är NOT_DUE.");
            default -> obj("type", "string");
        });
        List<Object> perFamily = new ArrayList<>();
        for (String id : new TreeSet<>(library.ids())) {
            perFamily.add(obj("if", obj("properties", obj("family", obj("const", id)), "required", List.of("family")),
                    "then", obj("properties", obj("parameters", obj("$ref", "#/definitions/parameters-" + id)))));
        }
        c.put("allOf", perFamily);
        return c;
    }

    private static Map<String, Object> parameters(ClauseFamily family) {
        Map<String, Object> properties = new TreeMap<>();
        List<String> required = new ArrayList<>();
        for (Parameter p : family.parameters().values()) {
            properties.put(p.name(), parameter(p));
            if (p.required()) {
                required.add(p.name());
            }
        }
        Map<String, Object> s = obj("type", "object", "additionalProperties", false, "properties", properties,
                "description", family.title().sv() + " / " + family.title().en());
        if (!required.isEmpty()) {
            s.put("required", required.stream().sorted().toList());
        }
        return s;
    }

    private static Map<String, Object> parameter(Parameter p) {
        Map<String, Object> s = switch (p.type()) {
            case AMOUNT, DECIMAL, PERCENT, INTEGER, YEAR -> numberSchema(
                    p.type() == ParameterType.INTEGER || p.type() == ParameterType.YEAR ? "integer" : "number", p);
            case BOOLEAN -> obj("anyOf", List.of(obj("type", "boolean"),
                    obj("type", "string", "enum", List.of("ja", "nej", "sant", "falskt", "yes", "no"))));
            case CHOICE -> obj("type", "string", "enum", p.choices());
            case CLAUSES -> obj("type", "array", "items", obj("type", "string"));
            case TABLE -> {
                Map<String, Object> columns = new TreeMap<>();
                p.columns().values().forEach(c -> columns.put(c.name(), parameter(c)));
                Map<String, Object> rows = obj("type", "array", "items", obj("type", "object", "additionalProperties",
                        false, "properties", columns, "required", p.columns().keySet().stream().sorted().toList()));
                // or the rows from a spreadsheet in the contract folder (see TableData)
                Map<String, Object> sheet = closed(se.utfall.contract.TableData.KEYS, Set.of("file"), k -> k.equals("columns")
                        ? obj("type", "object", "additionalProperties", obj("type", "string"))
                        : obj("type", "string"));
                yield obj("anyOf", List.of(rows, sheet));
            }
            case TEXT, MEASURE, PARTY -> obj("type", "string");
        };
        if (!p.required()) {
            s = obj("anyOf", List.of(s, obj("type", "null")));
        }
        StringBuilder d = new StringBuilder(p.description().sv());
        if (!p.description().en().isBlank()) {
            d.append(" / ").append(p.description().en());
        }
        d.append(" (").append(p.type().word());
        if (p.unit() != null) {
            d.append(", ").append(p.unit());
        }
        if (!p.rangeText().isEmpty()) {
            d.append(", ").append(p.rangeText());
        }
        d.append(p.required() ? ")" : ", optional)");
        s.put("description", d.toString().replaceAll("\\s+", " ").strip());
        return s;
    }

    /** A number, or the same number written as a contract writes it (quoted, spaced, with a decimal comma). */
    private static Map<String, Object> numberSchema(String type, Parameter p) {
        Map<String, Object> n = obj("type", type);
        if (p != null && p.min() != null) {
            n.put("minimum", p.min());
        }
        if (p != null && p.max() != null) {
            n.put("maximum", p.max());
        }
        return obj("anyOf", List.of(n, obj("type", "string", "pattern", WRITTEN_NUMBER)));
    }

    private static Map<String, Object> closed(Set<String> keys, Set<String> required,
                                              java.util.function.Function<String, Map<String, Object>> shape) {
        Map<String, Object> properties = new TreeMap<>();
        for (String k : keys) {
            properties.put(k, shape.apply(k));
        }
        Map<String, Object> s = obj("type", "object", "additionalProperties", false, "properties", properties);
        List<String> req = required.stream().filter(keys::contains).sorted().toList();
        if (!req.isEmpty()) {
            s.put("required", req);
        }
        return s;
    }

    private static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
