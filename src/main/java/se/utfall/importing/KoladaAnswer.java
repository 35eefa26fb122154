package se.utfall.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Contract;
import se.utfall.facts.Measurement;
import se.utfall.text.SafeText;

/**
 * One answer of Kolada's data API, as saved from a browser or fetched:
 *
 * <pre>
 * {"count": 2, "values": [
 *   {"kpi": "U21468", "ou": "V21E0160001", "period": 2027,
 *    "values": [{"gender": "T", "value": 88.0, "count": 1, "status": ""}, ...]}],
 *  "next_page": "https://api.kolada.se/v2/oudata/...&amp;page=2"}
 * </pre>
 *
 * Each entry is checked at its line: its KPI must be one contract.yaml maps, its municipality or unit
 * one the mapping names, its year within the period, its value within the measure's domain. A value
 * Kolada gives as null, or with a status (missing, not comparable), is left out with a note: never
 * read as zero. The parser refuses deep nesting, long strings and long numbers, and NaN or Infinity
 * (which are not JSON).
 */
final class KoladaAnswer {
    /** At most this many entries in one answer (Kolada's pages hold at most 5 000). */
    static final int MAX_ENTRIES = 100_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(100_000)
                    .maxNumberLength(40).maxNameLength(200).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private KoladaAnswer() {
    }

    /**
     * Reads one answer into {@code into}; returns its next_page address, or null on the last page.
     *
     * @param shown  the file or address, as problems name it
     * @param origin the name the source column and the preview give it ("kolada-2027.json", "api.kolada.se")
     */
    static String read(String shown, String origin, String text, Contract contract,
                       Map<String, ImportMapping> mappings, Imported into) {
        String next = null;
        int entries = 0;
        JsonParser p;
        try {
            p = MAPPER.getFactory().createParser(text);
        } catch (IOException e) {
            into.problem(shown, 0, "cannot be read: " + SafeText.line(String.valueOf(e.getMessage())) + ".");
            return null;
        }
        try (p) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                into.problem(shown, line(p), "is not a Kolada answer: it must be one JSON object {\"values\": [...]}"
                        + " as Kolada's data API gives it (/v2/data/kpi/... or /v2/oudata/kpi/...).");
                return null;
            }
            boolean sawValues = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("values")) {
                    sawValues = true;
                    if (t != JsonToken.START_ARRAY) {
                        into.problem(shown, line(p), "'values' must be a list of entries.");
                        return null;
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int line = line(p);
                        if (++entries > MAX_ENTRIES) {
                            into.problem(shown, line, "holds more than " + MAX_ENTRIES + " entries; ask Kolada for"
                                    + " the contract's KPIs, units and years only.");
                            return null;
                        }
                        JsonNode entry = MAPPER.readTree(p);
                        entry(shown, origin, line, entry, contract, mappings, into);
                    }
                } else if (field.equals("next_page") && t == JsonToken.VALUE_STRING) {
                    next = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (!sawValues) {
                into.problem(shown, 1, "is not a Kolada data answer: it has no 'values' list (a metadata answer,"
                        + " /v2/kpi?..., lists KPIs, not figures; ask /v2/data/kpi/KPI/municipality/ID/year/YEAR).");
            }
            if (p.nextToken() != null) {
                into.problem(shown, line(p), "continues after the answer's closing '}'; save one answer per file.");
            }
        } catch (JsonProcessingException e) {
            // A constraint (nesting depth, a string's length) is reported without a location: the
            // parser's own position is where it stopped.
            int line = e.getLocation() != null ? e.getLocation().getLineNr()
                    : p.currentLocation() == null ? 0 : p.currentLocation().getLineNr();
            into.problem(shown, line, "is not valid JSON: " + SafeText.line(e.getOriginalMessage())
                    + " (save Kolada's answer as it came, or fetch it again).");
            return null;
        } catch (IOException e) {
            into.problem(shown, 0, "cannot be read: " + SafeText.line(String.valueOf(e.getMessage())) + ".");
            return null;
        }
        return next;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation() == null ? 0 : p.currentTokenLocation().getLineNr();
    }

    private static void entry(String shown, String origin, int line, JsonNode e, Contract contract,
                              Map<String, ImportMapping> mappings, Imported into) {
        if (!e.isObject()) {
            into.problem(shown, line, "an entry of 'values' must be an object with kpi, municipality or ou,"
                    + " period and values.");
            return;
        }
        String kpi = e.path("kpi").asText("");
        boolean ou = e.has("ou");
        String id = ou ? e.path("ou").asText("") : e.path("municipality").asText("");
        List<ImportMapping> forKpi = mappings.values().stream()
                .filter(m -> m.kolada() != null && m.kolada().kpi().equals(kpi)).toList();
        if (forKpi.isEmpty()) {
            String mapped = mappings.values().stream().filter(m -> m.kolada() != null)
                    .map(m -> m.kolada().kpi() + " → " + m.measure()).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("none");
            into.problem(shown, line, "an answer for KPI '" + SafeText.line(kpi) + "', which contract.yaml maps to no"
                    + " measure (it maps " + mapped + "); save the answer for the contract's KPI, or add the KPI under"
                    + " the measure's 'import: kolada:'.");
            return;
        }
        // One KPI may feed two measures, one gender each (K into one, M into another).
        for (ImportMapping mapping : forKpi) {
            entry(shown, origin, line, e, kpi, ou, id, contract, mapping, into);
        }
    }

    private static void entry(String shown, String origin, int line, JsonNode e, String kpi, boolean ou, String id,
                              Contract contract, ImportMapping mapping, Imported into) {
        ImportMapping.Kolada k = mapping.kolada();
        String subject = k.subjectOf(id);
        if (id.isEmpty() || subject == null || ImportMapping.Kolada.isMunicipality(id) == ou) {
            into.problem(shown, line, "an answer for " + (ou ? "unit (ou) '" : "municipality '") + SafeText.line(id)
                    + "', which measure '" + mapping.measure() + "' does not map to a subject (it maps "
                    + String.join(", ", k.units().values()) + "); save the answer for the contract's units, or add the"
                    + " unit under 'import: kolada: units:'.");
            return;
        }
        JsonNode period = e.path("period");
        int year;
        if (period.canConvertToInt() && period.isIntegralNumber()) {
            year = period.intValue();
        } else if (period.isTextual() && period.asText().matches("[0-9]{4}")) {
            year = Integer.parseInt(period.asText());
        } else {
            into.problem(shown, line, "the entry's period '" + SafeText.line(period.toString()) + "' is not a year;"
                    + " Kolada writes it as 2027.");
            return;
        }
        String where = subject + " / " + mapping.measure() + " / " + year + " (" + (ou ? "ou " : "municipality ")
                + id + ")";
        String yearProblem = Checks.year(contract, year);
        if (yearProblem != null) {
            into.problem(shown, line, where + ": " + yearProblem);
            return;
        }
        JsonNode values = e.path("values");
        if (!values.isArray()) {
            into.problem(shown, line, where + ": the entry has no 'values' list of genders.");
            return;
        }
        JsonNode chosen = null;
        for (JsonNode v : values) {
            if (v.path("gender").asText("").equals(k.gender())) {
                if (chosen != null) {
                    into.problem(shown, line, where + ": gender " + k.gender() + " is given twice in one entry.");
                    return;
                }
                chosen = v;
            }
        }
        if (chosen == null) {
            into.note(shown + ":" + line, where + ": inget värde för kön " + k.gender() + "; utelämnat.",
                    where + ": no figure for gender " + k.gender() + "; left out.");
            return;
        }
        JsonNode value = chosen.path("value");
        String status = chosen.path("status").asText("").strip();
        if (value.isNull() || value.isMissingNode()) {
            String flag = status.isEmpty() ? "" : " (status '" + SafeText.line(status) + "')";
            into.note(shown + ":" + line, where + ": Kolada publicerar inget värde" + flag
                    + "; utelämnat, inte läst som noll.", where + ": Kolada publishes no value" + flag
                    + "; left out, not read as zero.");
            return;
        }
        if (!status.isEmpty()) {
            into.note(shown + ":" + line, where + ": Kolada märker värdet " + value.asText() + " med status '"
                    + SafeText.line(status) + "'; utelämnat (för in det för hand om det ska användas).",
                    where + ": Kolada marks the value " + value.asText() + " with status '"
                    + SafeText.line(status) + "'; left out (enter it by hand if it is to be used).");
            return;
        }
        if (!value.isNumber()) {
            into.problem(shown, line, where + ": value " + SafeText.line(value.toString()) + " is not a number.");
            return;
        }
        BigDecimal d = value.decimalValue();
        String problem = Checks.value(contract, mapping.measure(), d);
        if (problem != null) {
            into.problem(shown, line, where + ": " + problem);
            return;
        }
        d = d.stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        String source = "Kolada " + kpi + " " + (ou ? "ou " : "kommun ") + id + " " + year
                + (origin.isEmpty() ? "" : " (" + origin + ")");
        into.add(new Figure(new Measurement(subject, mapping.measure(), year, d, null, null, source, k.verifiedBy()),
                shown + ":" + line), shown, line);
    }
}
