package se.utfall.contract;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.utfall.authoring.AuthoredRules;
import se.utfall.derived.DerivedMeasure;
import se.utfall.derived.DerivedMeasures;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.MeasureDomain;
import se.utfall.facts.MeasureRole;
import se.utfall.facts.TableRow;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.Parameter;
import se.utfall.library.ParameterValues;
import se.utfall.problem.BadInput;
import se.utfall.problem.Suggestions;
import se.utfall.yaml.YList;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;
import se.utfall.yaml.YamlReader;

/**
 * Reads contract.yaml and checks it completely before anything runs: every key known, every
 * reference defined, every parameter of the right type and in its family's allowed range.
 */
public final class ContractLoader {
    // The keys each part of contract.yaml may hold: public so that schema/contract.schema.json is
    // generated from them (se.utfall.schema.ContractSchema) and cannot drift from what is read here.
    public static final Set<String> TOP = Set.of("id", "title", "period", "currency", "rounding", "parties",
            "measures", "clauses", "analysis", "language", "reference");
    public static final Set<String> PERIOD = Set.of("first", "last");
    public static final Set<String> ROUNDING = Set.of("decimals", "mode");
    public static final Set<String> PARTY = Set.of("name", "role", "subjects");
    public static final Set<String> ROLES = Set.of("purchaser", "provider", "investor", "validator", "co-payer",
            "intermediary");
    public static final Set<String> MEASURE = Set.of("title", "unit", "better", "source", "min", "max", "decimals",
            "role", "derived", "published", "import");
    public static final Set<String> ANALYSIS = Set.of("budget", "tolerated-cliff");
    public static final Set<String> CLAUSE = Set.of("id", "title", "text", "family", "version", "payer",
            "payee", "payers", "parameters", "due");
    public static final Map<String, RoundingMode> MODES = Map.of("half-up", RoundingMode.HALF_UP,
            "half-even", RoundingMode.HALF_EVEN, "down", RoundingMode.DOWN);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private ContractLoader() {
    }

    /** Accepts a contract folder or its contract.yaml. */
    public static Contract load(Path path, ClauseLibrary library) {
        Path file = Files.isDirectory(path) ? path.resolve(Contract.FILE) : path;
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (!Files.exists(file)) {
            throw BadInput.of(file, 0, Files.isDirectory(path)
                    ? "not found: a contract folder needs a contract.yaml (copy one from contracts/)."
                    : "file not found.");
        }
        // Before any file is parsed: a contract folder that carries code is refused as a whole.
        ContractFolder.refuseCode(folder);
        YMap root = YRead.map(YamlReader.read(file), "a contract");
        YRead.onlyKeys(root, TOP, "the contract");
        String id = YRead.text(root, "id", "the contract");
        if (!ID.matcher(id).matches()) {
            throw YRead.fail(root.get("id"), "id '" + id + "' must be lower-case letters, digits, '-' or '_'.");
        }
        String title = YRead.text(root, "title", "the contract");

        YMap period = YRead.map(YRead.required(root, "period", "the contract"), "period");
        YRead.onlyKeys(period, PERIOD, "period");
        int first = year(YRead.required(period, "first", "period"), "period first");
        int last = year(YRead.required(period, "last", "period"), "period last");
        if (last < first) {
            throw YRead.fail(period, "period ends (" + last + ") before it starts (" + first + ").");
        }
        String currency = YRead.text(root, "currency", "the contract");
        if (!currency.matches("[A-Z]{3}")) {
            throw YRead.fail(root.get("currency"), "currency '" + currency + "' must be a code such as SEK.");
        }
        int decimals = 2;
        RoundingMode mode = RoundingMode.HALF_UP;
        if (root.has("rounding")) {
            YMap r = YRead.map(root.get("rounding"), "rounding");
            YRead.onlyKeys(r, ROUNDING, "rounding");
            decimals = YRead.integer(YRead.required(r, "decimals", "rounding"), "rounding decimals");
            if (decimals < 0 || decimals > 2) {
                throw YRead.fail(r.get("decimals"), "rounding decimals must be 0 (whole kronor), 1 or 2 (öre).");
            }
            mode = MODES.get(YRead.choice(YRead.required(r, "mode", "rounding"), MODES.keySet(), "rounding mode"));
        }

        Language language = Language.SV;
        if (root.has("language")) {
            try {
                language = Language.parse(YRead.text(root.get("language"), "language"));
            } catch (IllegalArgumentException e) {
                throw YRead.fail(root.get("language"), e.getMessage());
            }
        }
        String reference = YRead.optionalText(root, "reference", "", "the contract").strip();
        Map<String, Party> parties = parties(YRead.map(YRead.required(root, "parties", "the contract"), "parties"));
        Map<String, MeasureDefinition> measures = measures(
                YRead.map(YRead.required(root, "measures", "the contract"), "measures"));
        YMap measureMap = (YMap) root.get("measures");
        Map<String, DerivedMeasure> derived = DerivedMeasures.read(measureMap, measures);
        Map<String, Publication> publications = publications(measureMap);
        // Where the measures' figures are published (utfall import): checked here, so validate names a
        // mistake in the mapping before an import is tried.
        se.utfall.importing.ImportMapping.read(measureMap);
        YList clauseList = YRead.list(YRead.required(root, "clauses", "the contract"), "clauses");
        if (clauseList.items().isEmpty()) {
            throw YRead.fail(clauseList, "the contract has no clauses; add at least one.");
        }
        Set<String> clauseIds = new LinkedHashSet<>();
        for (YNode n : clauseList.items()) {
            YMap c = YRead.map(n, "a clause");
            String cid = YRead.text(c, "id", "a clause");
            if (!clauseIds.add(cid)) {
                throw YRead.fail(c.get("id"), "clause id '" + cid + "' is used twice; each clause needs its own §.");
            }
        }
        List<Path> ruleFiles = AuthoredRules.list(folder);
        ParameterValues.Names names = new ParameterValues.Names(measures.keySet(), parties.keySet(), clauseIds);
        List<Clause> clauses = new ArrayList<>();
        List<Path> dataFiles = new ArrayList<>();
        for (YNode n : clauseList.items()) {
            Clause read = clause((YMap) n, clauses.size() + 1, library, language, parties, names, ruleFiles, folder, dataFiles);
            clauses.add(new Clause(read.id(), read.title(), read.text(), read.family(), read.version(),
                    read.versionPinned(), read.payer(), read.payee(), read.order(), read.parameters(), read.line(),
                    read.payerShares(), due((YMap) n, first, last), measuresNamed(read, measures.keySet()),
                    read.payeeNamed()));
        }
        AnalysisLimits limits = root.has("analysis") ? analysis(YRead.map(root.get("analysis"), "analysis"), currency)
                : AnalysisLimits.NONE;
        return new Contract(id, title, folder, file, first, last, currency, decimals, mode, parties, measures,
                List.copyOf(clauses), ruleFiles, dataFiles.stream().sorted().toList(), language, derived,
                publications, limits, reference);
    }

    /** The limits analyze holds the contract to: amounts of 0 or more in the contract's currency. */
    private static AnalysisLimits analysis(YMap map, String currency) {
        YRead.onlyKeys(map, ANALYSIS, "analysis");
        java.math.BigDecimal budget = null;
        java.math.BigDecimal cliff = null;
        for (String key : new java.util.TreeSet<>(ANALYSIS)) {
            if (!map.has(key)) {
                continue;
            }
            java.math.BigDecimal amount = YRead.decimal(map.get(key), "analysis " + key);
            if (amount.signum() < 0) {
                throw YRead.fail(map.get(key), "analysis " + key + " is an amount in " + currency + " of 0 or more, not "
                        + amount.toPlainString() + ".");
            }
            if (key.equals("budget")) {
                budget = amount;
            } else {
                cliff = amount;
            }
        }
        return new AnalysisLimits(budget, cliff, map.line());
    }

    /** {@code due: [2015]}: the evaluation years a clause pays in, each within the period. */
    private static java.util.Set<Integer> due(YMap c, int first, int last) {
        if (!c.has("due")) {
            return java.util.Set.of();
        }
        YList years = YRead.list(c.get("due"), "due");
        if (years.items().isEmpty()) {
            throw YRead.fail(years, "due lists no year; name the evaluation years the clause pays in, e.g. due: ["
                    + last + "], or leave 'due:' out to pay every year.");
        }
        java.util.Set<Integer> due = new java.util.TreeSet<>();
        for (YNode y : years.items()) {
            int year = year(y, "due year");
            if (year < first || year > last) {
                throw YRead.fail(y, "due year " + year + " is outside the contract period " + first + "–" + last
                        + "; name a year within it.");
            }
            if (!due.add(year)) {
                throw YRead.fail(y, "due year " + year + " is named twice; name each evaluation year once.");
            }
        }
        return java.util.Collections.unmodifiableSet(due);
    }

    /** The measures a clause's parameters name (a measure parameter, or a table cell naming a measure). */
    private static java.util.Set<String> measuresNamed(Clause clause, java.util.Set<String> measures) {
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (Object v : clause.parameters().values()) {
            if (v instanceof String s && measures.contains(s)) {
                named.add(s);
            } else if (v instanceof List<?> rows) {
                for (Object r : rows) {
                    if (r instanceof TableRow row) {
                        row.texts().values().stream().filter(measures::contains).forEach(named::add);
                    } else if (r instanceof String s && measures.contains(s)) {
                        named.add(s);
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSet(named);
    }

    private static Map<String, Publication> publications(YMap map) {
        Map<String, Publication> out = new java.util.TreeMap<>();
        for (String mid : map.keys()) {
            YMap m = (YMap) map.get(mid);
            if (m.has("published")) {
                try {
                    out.put(mid, Publication.parse(YRead.text(m.get("published"), "published")));
                } catch (IllegalArgumentException e) {
                    throw YRead.fail(m.get("published"), "measure '" + mid + "': " + e.getMessage());
                }
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static int year(YNode node, String what) {
        int y = YRead.integer(node, what);
        if (y < 1900 || y > 2200) {
            throw YRead.fail(node, what + " " + y + " is not a plausible year.");
        }
        return y;
    }

    private static Map<String, Party> parties(YMap map) {
        Map<String, Party> parties = new LinkedHashMap<>();
        Map<String, String> unitOwner = new LinkedHashMap<>();
        for (String pid : map.keys()) {
            if (!ID.matcher(pid).matches()) {
                throw BadInput.of(map.file(), map.keyLine(pid), "party id '" + pid
                        + "' must be lower-case letters, digits, '-' or '_' (it is how clauses name the party).");
            }
            YMap p = YRead.map(map.get(pid), "party '" + pid + "'");
            YRead.onlyKeys(p, PARTY, "party '" + pid + "'");
            String role = YRead.choice(YRead.required(p, "role", "party '" + pid + "'"), ROLES, "role");
            parties.put(pid, new Party(pid, YRead.text(p, "name", "party '" + pid + "'"), role,
                    subjects(p, pid, role, unitOwner)));
        }
        return parties;
    }

    /**
     * The units a provider runs ({@code subjects:} under the party), so each unit's money is paid to
     * its own provider. A unit listed twice, or under two parties, would leave its payee ambiguous.
     */
    private static List<String> subjects(YMap p, String pid, String role, Map<String, String> unitOwner) {
        if (!p.has("subjects")) {
            return List.of();
        }
        if (!role.equals("provider")) {
            throw YRead.fail(p.get("subjects"), "party '" + pid + "' is a " + role + "; only a provider runs units,"
                    + " so move 'subjects:' to the provider whose units they are.");
        }
        YList list = YRead.list(p.get("subjects"), "subjects of party '" + pid + "'");
        List<String> subjects = new ArrayList<>();
        for (YNode item : list.items()) {
            String subject = YRead.text(item, "a subject of party '" + pid + "'").strip();
            if (subject.isEmpty()) {
                throw YRead.fail(item, "party '" + pid + "' lists an empty subject; write the unit's name as the"
                        + " measurements name it.");
            }
            String owner = unitOwner.putIfAbsent(subject, pid);
            if (owner != null) {
                throw YRead.fail(item, "unit '" + subject + "' is assigned twice (" + (owner.equals(pid)
                        ? "twice under party '" + pid + "'" : "under party '" + owner + "' and party '" + pid + "'")
                        + "), so its payee is ambiguous; list each unit under exactly one provider.");
            }
            subjects.add(subject);
        }
        return List.copyOf(subjects);
    }

    private static Map<String, MeasureDefinition> measures(YMap map) {
        Map<String, MeasureDefinition> measures = new LinkedHashMap<>();
        for (String mid : map.keys()) {
            YMap m = YRead.map(map.get(mid), "measure '" + mid + "'");
            YRead.onlyKeys(m, MEASURE, "measure '" + mid + "'");
            String where = "measure '" + mid + "'";
            String better = YRead.choice(YRead.required(m, "better", where), Set.of("higher", "lower"), "better");
            String unit = YRead.text(m, "unit", where);
            MeasureRole role = m.has("role") ? MeasureRole.of(YRead.choice(m.get("role"),
                    new java.util.TreeSet<>(MeasureRole.words()), "role")) : MeasureRole.OUTCOME;
            measures.put(mid, new MeasureDefinition(mid, YRead.text(m, "title", where), unit,
                    better.equals("higher"), YRead.optionalText(m, "source", "", where), domain(m, unit, where), role));
        }
        return measures;
    }

    /**
     * The values a measure's figures may take: its unit's domain, with the bounds {@code min:} and
     * {@code max:} give and the decimals {@code decimals:} allows (an average of a count, such as the
     * number of staff a client meets, is written in personer but with decimals). A unit without a known domain must give at least one bound, so every figure
     * that can pay is checked against something the contract's authors chose.
     */
    private static MeasureDomain domain(YMap m, String unit, String where) {
        java.math.BigDecimal min = m.has("min") ? YRead.decimal(m.get("min"), where + " min") : null;
        java.math.BigDecimal max = m.has("max") ? YRead.decimal(m.get("max"), where + " max") : null;
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw YRead.fail(m.get("max"), where + " max " + max.toPlainString() + " is below its min "
                    + min.toPlainString() + "; swap them.");
        }
        MeasureDomain known = MeasureDomain.ofUnit(unit).orElse(null);
        if (known == null && min == null && max == null) {
            throw YRead.fail(m.get("unit"), where + " has unit '" + unit + "', whose values Utfall does not know;"
                    + " use a known unit (% is 0–100; personer, platser, utslag, antal, st count whole things;"
                    + " ja/nej is 0 or 1; SEK is an amount) or give 'min:' and 'max:' for the measure.");
        }
        MeasureDomain domain = (known != null ? known : MeasureDomain.bounded(unit)).bounds(min, max);
        if (m.has("decimals")) {
            int decimals = YRead.integer(m.get("decimals"), where + " decimals");
            if (decimals < 0 || decimals > MeasureDomain.MAX_DECIMALS) {
                throw YRead.fail(m.get("decimals"), where + " decimals must be 0 to " + MeasureDomain.MAX_DECIMALS
                        + ", not " + decimals + ".");
            }
            domain = domain.decimals(decimals);
        }
        return domain;
    }

    private static Clause clause(YMap c, int order, ClauseLibrary library, Language language,
                                 Map<String, Party> parties,
                                 ParameterValues.Names names, List<Path> ruleFiles, Path folder,
                                 List<Path> dataFiles) {
        YRead.onlyKeys(c, CLAUSE, "a clause");
        String id = YRead.text(c, "id", "a clause");
        String where = "clause " + id;
        String title = YRead.text(c, "title", where);
        String text = YRead.text(c, "text", where).strip();
        Map<String, java.math.BigDecimal> shares = PayerShares.read(c, parties, where);
        String payer = shares.isEmpty() ? party(c, "payer", parties, "purchaser", where) : shares.keySet().iterator()
                .next();
        String payee = party(c, "payee", parties, "provider", where);
        if (!c.has("family")) {
            if (c.has("parameters")) {
                throw YRead.fail(c.get("parameters"), where + " has parameters but no family; name the family"
                        + " from rules/ that takes them.");
            }
            if (ruleFiles.isEmpty()) {
                throw YRead.fail(c, where + " names no family and the contract folder has no sentences of its own;"
                        + " add 'family:' (see ./utfall clauses) or write the clause as sentences in a .dslr file.");
            }
            if (c.has("version")) {
                throw YRead.fail(c.get("version"), where + " has a version but no family; name the family"
                        + " the version belongs to.");
            }
            return new Clause(id, title, text, null, null, false, payer, payee, order, Map.of(), c.line(), shares,
                    c.has("payee"));
        }
        String familyId = YRead.text(c.get("family"), "family");
        if (library.family(familyId) == null) {
            throw YRead.fail(c.get("family"), "no clause family '" + familyId + "' in " + library.root() + "."
                    + Suggestions.hint(familyId, library.ids()));
        }
        ClauseFamily family = pinnedVersion(c, familyId, library);
        if (language == Language.EN && !family.speaksEnglish()) {
            String english = library.ids().stream().filter(f -> library.family(f).speaksEnglish()).sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            throw YRead.fail(c.get("family"), "clause family " + familyId + " writes its reasons and workings only in"
                    + " Swedish (its family.yaml has no 'texts:'), and this contract says language: en. Write the"
                    + " contract in Swedish (language: sv) or use a family that speaks English: " + english + ".");
        }
        YMap params = c.has("parameters") ? YRead.map(c.get("parameters"), "parameters") : null;
        Map<String, Object> values = new LinkedHashMap<>();
        if (params != null) {
            for (String key : params.keys()) {
                if (!family.parameters().containsKey(key)) {
                    throw ParameterValues.unknown(params, key, family.parameters(), familyId);
                }
            }
        }
        for (Parameter p : family.parameters().values()) {
            if (params != null && p.type() == se.utfall.library.ParameterType.TABLE
                    && params.get(p.name()) instanceof YMap fromFile) {
                values.put(p.name(), TableData.read(folder, p, fromFile, id, names, dataFiles));
            } else if (params != null && params.get(p.name()) != null) {
                values.put(p.name(), ParameterValues.convert(p, params.get(p.name()), id, names));
            } else if (p.required()) {
                YNode at = params != null ? params : c;
                throw YRead.fail(at, where + " is missing parameter '" + p.name() + "' (" + p.description().en()
                        + "); add '" + p.name() + ":' under parameters.");
            } else {
                values.put(p.name(), withClause(p.defaultValue(), id));
            }
        }
        for (Parameter p : family.parameters().values()) {
            boolean needed = !p.requiredWhen().isEmpty() && p.requiredWhen().entrySet().stream()
                    .allMatch(w -> w.getValue().equals(String.valueOf(values.get(w.getKey()))));
            if (needed && values.get(p.name()) == null) {
                String because = p.requiredWhen().entrySet().stream().map(w -> w.getKey() + ": " + w.getValue())
                        .collect(java.util.stream.Collectors.joining(" and "));
                throw YRead.fail(params != null ? params : c, where + " has " + because + ", which needs parameter '"
                        + p.name() + "' (" + p.description().en() + "); add '" + p.name() + ":' under parameters.");
            }
        }
        return new Clause(id, title, text, familyId, family.version(), c.has("version"), payer, payee, order, values,
                c.line(), shares, c.has("payee"));
    }

    /** The version the clause pins, or the current one when it pins none (validate suggests pinning). */
    private static ClauseFamily pinnedVersion(YMap c, String familyId, ClauseLibrary library) {
        if (!c.has("version")) {
            return library.family(familyId);
        }
        String version = YRead.text(c.get("version"), "version");
        ClauseFamily family = library.family(familyId, version);
        if (family == null) {
            String available = library.versions(familyId).stream().map(ClauseFamily::version)
                    .collect(java.util.stream.Collectors.joining(", "));
            throw YRead.fail(c.get("version"), "clause family " + familyId + " has no version '" + version
                    + "'; available: " + available + " (the newest is the current one in "
                    + library.family(familyId).folder().getFileName() + "/family.yaml).");
        }
        return family;
    }

    /** Table defaults are read without a clause; give their rows the clause they now belong to. */
    private static Object withClause(Object value, String clause) {
        if (value instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof TableRow) {
            return rows.stream().map(r -> (TableRow) r)
                    .map(r -> new TableRow(clause, r.table(), r.row(), r.values(), r.texts())).toList();
        }
        return value;
    }

    private static String party(YMap c, String key, Map<String, Party> parties, String defaultRole, String where) {
        if (c.has(key)) {
            String pid = YRead.text(c.get(key), key);
            if (!parties.containsKey(pid)) {
                throw YRead.fail(c.get(key), where + " " + key + " '" + pid + "' is not a party of the contract."
                        + Suggestions.hint(pid, parties.keySet()));
            }
            return pid;
        }
        return parties.values().stream().filter(p -> p.role().equals(defaultRole)).map(Party::id).findFirst()
                .orElseThrow(() -> YRead.fail(c, where + " has no " + key + " and the contract has no party with role "
                        + defaultRole + "; add '" + key + ":'."));
    }
}
