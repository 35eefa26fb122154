package se.utfall.importing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;

/**
 * Where a measure's figures are published, from {@code import:} under the measure in contract.yaml:
 *
 * <pre>
 * measures:
 *   nojdhet:
 *     import:
 *       survey:                    # Socialstyrelsen's "Vad tycker de äldre om äldreomsorgen?" per unit
 *         question: Sammantaget nöjd  # only the rows of this question, when the table has a question column
 *         columns: {value: "Andel nöjda (%)"}   # only when the table's headings are not the usual ones
 *         units: {Hemtjänst Norr: "Omsorgsgruppen, Norr"}  # only when the table names a unit otherwise
 *         verified-by: Socialstyrelsen
 *       kolada:                    # the municipalities' KPI database
 *         kpi: U21468
 *         gender: T                # T (total, the default), K (women) or M (men)
 *         units: {Hemtjänst Norr: V21E0160001, Täby kommun: "0160"}
 * </pre>
 *
 * A Kolada unit id of four digits is a municipality; any other id is an organisational unit (ou).
 */
public record ImportMapping(String measure, Survey survey, Kolada kolada) {
    public static final Set<String> IMPORT = Set.of("survey", "kolada");
    public static final Set<String> SURVEY = Set.of("question", "columns", "units", "verified-by");
    public static final Set<String> SURVEY_COLUMNS = Set.of("unit", "value", "respondents", "response_rate", "year",
            "question");
    public static final Set<String> KOLADA = Set.of("kpi", "gender", "units", "verified-by");
    public static final Set<String> GENDERS = Set.of("T", "K", "M");

    private static final Pattern KPI = Pattern.compile("[A-Z][0-9]{5}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern OU = Pattern.compile("[A-Z][0-9A-Z]{4,29}");

    /**
     * The survey table's mapping. {@code columns} names a column the table heads otherwise (key: the
     * figure, value: the heading); {@code units} maps a subject to the unit's name in the table
     * (subjects not listed are named as in the measurements).
     */
    public record Survey(String question, Map<String, String> columns, Map<String, String> units, String verifiedBy,
                         Path file, int line) {
        /**
         * The subject a unit named {@code name} in the table stands for, or null when the contract does
         * not follow it: a subject mapped under {@code units:} by its name there, else a known subject
         * (one the measurements or parties name) by its own name.
         */
        public String subjectOf(String name, Set<String> known) {
            for (Map.Entry<String, String> e : units.entrySet()) {
                if (Headings.same(e.getValue(), name)) {
                    return e.getKey();
                }
            }
            for (String subject : known) {
                if (!units.containsKey(subject) && Headings.same(subject, name)) {
                    return subject;
                }
            }
            return null;
        }
    }

    /** The Kolada mapping: the KPI, the gender taken, and each subject's Kolada id. */
    public record Kolada(String kpi, String gender, Map<String, String> units, String verifiedBy, Path file,
                         int line) {
        public static boolean isMunicipality(String id) {
            return MUNICIPALITY.matcher(id).matches();
        }

        /** The subject whose Kolada id is {@code id}, or null. */
        public String subjectOf(String id) {
            return units.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                    .orElse(null);
        }
    }

    /** Every measure's mapping, by measure id, checked; measures without {@code import:} are left out. */
    public static Map<String, ImportMapping> read(YMap measures) {
        Map<String, ImportMapping> out = new TreeMap<>();
        Map<String, String> kpiOwner = new TreeMap<>();
        for (String mid : measures.keys()) {
            if (!(measures.get(mid) instanceof YMap m) || !m.has("import")) {
                continue;
            }
            String where = "measure '" + mid + "' import";
            YMap imp = YRead.map(m.get("import"), where);
            YRead.onlyKeys(imp, IMPORT, where);
            if (imp.keys().isEmpty()) {
                throw YRead.fail(imp, where + " names no source; write 'survey:' or 'kolada:' under it.");
            }
            Survey survey = imp.has("survey") ? survey(YRead.map(imp.get("survey"), where + " survey"), where + " survey")
                    : null;
            Kolada kolada = imp.has("kolada") ? kolada(YRead.map(imp.get("kolada"), where + " kolada"), where + " kolada")
                    : null;
            if (kolada != null) {
                String key = kolada.kpi() + "/" + kolada.gender();
                String earlier = kpiOwner.putIfAbsent(key, mid);
                if (earlier != null) {
                    throw YRead.fail(imp.get("kolada"), where + ": Kolada KPI " + kolada.kpi() + " (gender "
                            + kolada.gender() + ") is already imported into measure '" + earlier + "'; a published"
                            + " figure goes into one measure.");
                }
            }
            out.put(mid, new ImportMapping(mid, survey, kolada));
        }
        return out;
    }

    private static Survey survey(YMap s, String where) {
        YRead.onlyKeys(s, SURVEY, where);
        Map<String, String> columns = new TreeMap<>();
        if (s.has("columns")) {
            YMap c = YRead.map(s.get("columns"), where + " columns");
            YRead.onlyKeys(c, SURVEY_COLUMNS, where + " columns");
            for (String k : c.keys()) {
                String heading = YRead.text(c.get(k), where + " columns " + k).strip();
                if (heading.isEmpty()) {
                    throw YRead.fail(c.get(k), where + " columns " + k + " is empty; write the heading as the table"
                            + " writes it, or leave the key out.");
                }
                columns.put(k, heading);
            }
        }
        Map<String, String> units = units(s, where, null);
        return new Survey(YRead.optionalText(s, "question", "", where).strip(), columns, units,
                YRead.optionalText(s, "verified-by", "", where).strip(), s.file(), s.line());
    }

    private static Kolada kolada(YMap k, String where) {
        YRead.onlyKeys(k, KOLADA, where);
        String kpi = YRead.text(k, "kpi", where).strip();
        if (!KPI.matcher(kpi).matches()) {
            throw YRead.fail(k.get("kpi"), where + " kpi '" + kpi + "' is not a Kolada KPI id; write it as Kolada"
                    + " does, a letter and five digits (U21468, N00945).");
        }
        String gender = k.has("gender") ? YRead.choice(k.get("gender"), GENDERS, where + " gender") : "T";
        if (!k.has("units")) {
            throw YRead.fail(k, where + " is missing 'units:'; map each subject to its Kolada id (a municipality's"
                    + " four digits in quotes, \"0160\", or a unit's id such as V21E0160001).");
        }
        return new Kolada(kpi, gender, units(k, where, "kolada"), YRead.optionalText(k, "verified-by", "", where).strip(),
                k.file(), k.line());
    }

    private static Map<String, String> units(YMap parent, String where, String ids) {
        if (!parent.has("units")) {
            return Map.of();
        }
        YMap u = YRead.map(parent.get("units"), where + " units");
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, String> owners = new TreeMap<>();
        for (String subject : u.keys()) {
            YNode node = u.get(subject);
            String id = YRead.text(node, where + " units '" + subject + "'").strip();
            if (ids != null && !MUNICIPALITY.matcher(id).matches() && !OU.matcher(id).matches()) {
                throw YRead.fail(node, where + " units '" + subject + "' is '" + id + "', not a Kolada id: a"
                        + " municipality is four digits in quotes (\"0160\"; without quotes YAML may drop the"
                        + " leading zero), an organisational unit an id such as V21E0160001.");
            }
            String other = owners.putIfAbsent(id, subject);
            if (other != null) {
                throw YRead.fail(node, where + " units: '" + id + "' is named for both '" + other + "' and '" + subject
                        + "'; each published unit is one subject.");
            }
            units.put(subject.strip(), id);
        }
        return units;
    }
}
