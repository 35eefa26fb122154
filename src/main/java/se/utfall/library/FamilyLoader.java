package se.utfall.library;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.utfall.describe.DescribeTemplates;
import se.utfall.problem.BadInput;
import se.utfall.rulecheck.RuleChecker;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;
import se.utfall.yaml.YamlReader;

/** Reads one clause family folder: family.yaml plus its .drl files. */
public final class FamilyLoader {
    public static final String DEFINITION = "family.yaml";

    /** Frozen copies of earlier versions: released/<version>/ inside the family folder. */
    public static final String RELEASED = "released";

    private static final Set<String> FAMILY_KEYS = Set.of("id", "version", "terms", "title", "description", "parameters",
            "describe", "texts");
    private static final Set<String> PARAMETER_KEYS = Set.of("type", "unit", "min", "max", "default", "optional",
            "description", "columns", "choices", "requiredWhen");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /** A family id is its folder name and, with - as _, part of its Drools package. */
    private static final Pattern FAMILY_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /**
     * A parameter or table column name becomes a field of the generated terms type (TermsDeclaration
     * writes it into DRL source): a name holding a newline wrote a rule of its own into that source.
     */
    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Words of Java and DRL that cannot name a field of a declared type. */
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "record", "yield", "sealed", "permits", "true", "false", "null",
            // DRL
            "rule", "query", "when", "then", "end", "declare", "function", "global", "salience", "dialect", "eval",
            "not", "exists", "forall", "accumulate", "collect", "from", "in", "contains", "excludes", "memberOf",
            "matches", "soundslike", "over", "init", "action", "reverse", "result", "or", "and", "modify",
            "drools", "kcontext");

    private FamilyLoader() {
    }

    /** The current version of a family, rules/<id>/, or a released one when given rules/<id>/released/<version>/. */
    public static ClauseFamily load(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (abs.getParent() != null && abs.getParent().getFileName() != null
                && abs.getParent().getFileName().toString().equals(RELEASED) && abs.getParent().getParent() != null) {
            return loadReleased(folder, abs.getParent().getParent().getFileName().toString());
        }
        return load(folder, folder.getFileName().toString(), null);
    }

    /** A released earlier version: rules/<id>/released/<version>/, a frozen copy of that release. */
    public static ClauseFamily loadReleased(Path folder, String familyId) {
        return load(folder, familyId, folder.getFileName().toString());
    }

    private static ClauseFamily load(Path folder, String expectedId, String releasedVersion) {
        Path file = folder.resolve(DEFINITION);
        YMap root = YRead.map(YamlReader.read(file), "a clause family definition");
        YRead.onlyKeys(root, FAMILY_KEYS, "a clause family definition");
        String id = YRead.text(root, "id", "the family definition");
        if (!FAMILY_ID.matcher(id).matches()) {
            throw YRead.fail(root.get("id"), "id '" + printable(id) + "' must be lower-case letters and digits joined by"
                    + " single hyphens, such as rate-card: it names the family's folder and its Drools package.");
        }
        if (!id.equals(expectedId)) {
            throw YRead.fail(root.get("id"), "id '" + id + "' must equal the " + (releasedVersion == null
                    ? "folder name" : "family it is a release of") + " '" + expectedId + "'.");
        }
        String version = YRead.text(root, "version", "the family definition");
        if (!VERSION.matcher(version).matches()) {
            throw YRead.fail(root.get("version"), "version '" + version + "' must look like 1.0.0.");
        }
        if (releasedVersion != null && !version.equals(releasedVersion)) {
            throw YRead.fail(root.get("version"), "version '" + version + "' must equal its folder name '"
                    + releasedVersion + "': a released copy lives in released/<its version>/.");
        }
        String terms = YRead.text(root, "terms", "the family definition");
        if (!JAVA_NAME.matcher(terms).matches() || KEYWORDS.contains(terms)) {
            throw YRead.fail(root.get("terms"), "terms '" + printable(terms) + "' must be a type name such as RateCard.");
        }
        if (RuleChecker.isRealClassName(terms)) {
            throw YRead.fail(root.get("terms"), "terms '" + terms + "' is the name of a real class ("
                    + RuleChecker.realClassName(terms) + "), which a declared type may not stand for; choose another"
                    + " name, such as " + terms + "Terms.");
        }
        Bilingual title = bilingual(YRead.required(root, "title", "the family definition"), "title");
        Bilingual description = bilingual(YRead.required(root, "description", "the family definition"), "description");
        Map<String, Parameter> parameters = parameters(
                YRead.map(YRead.required(root, "parameters", "the family definition"), "parameters"), false);
        List<Path> ruleFiles = ruleFiles(folder);
        if (ruleFiles.isEmpty()) {
            throw BadInput.of(file, 0, "family " + id + " has no .drl rule file beside it.");
        }
        for (Path drl : ruleFiles) {
            checkPackage(drl, ClauseFamily.packageFor(id));
        }
        DescribeTemplates describe = root.has("describe")
                ? DescribeTemplates.parse(root.get("describe"), parameters) : null;
        Map<String, Bilingual> texts = root.has("texts") ? texts(YRead.map(root.get("texts"), "texts"))
                : Map.of();
        return new ClauseFamily(id, version, folder, file, terms, title, description, parameters, ruleFiles,
                releasedVersion != null, describe, texts);
    }

    /**
     * The family's reasons and workings in Swedish and English, by key, as its rules ask for them
     * ({@code $t.say("reached", ...)}): a family with texts can settle an English contract.
     */
    private static Map<String, Bilingual> texts(YMap map) {
        Map<String, Bilingual> texts = new java.util.TreeMap<>();
        for (String key : map.keys()) {
            if (!JAVA_NAME.matcher(key).matches()) {
                throw BadInput.of(map.file(), map.keyLine(key), "text key '" + printable(key)
                        + "' must be a name such as reached or belowLowest.");
            }
            // not stripped: a text such as " och " is joined into a sentence with its spaces
            YMap m = YRead.map(map.get(key), "text '" + key + "'");
            YRead.onlyKeys(m, Set.of("sv", "en"), "text '" + key + "'");
            texts.put(key, new Bilingual(YRead.text(m, "sv", "text '" + key + "'"),
                    YRead.text(m, "en", "text '" + key + "'")));
        }
        return java.util.Collections.unmodifiableMap(texts);
    }

    public static List<Path> ruleFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw BadInput.of(folder, 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static void checkPackage(Path drl, String expected) {
        String text;
        try {
            text = Files.readString(drl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BadInput.of(drl, 0, "cannot be read: " + e.getMessage());
        }
        // Comments blanked (keeping every line): a package line inside /* */ passed this check while
        // Drools read the real one below it, say "package java.beans;".
        String code = withoutComments(text);
        Matcher m = PACKAGE.matcher(code);
        if (!m.find() || !m.group(1).equals(expected)) {
            boolean found = m.find(0);
            int line = found ? 1 + (int) code.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() : 1;
            throw BadInput.of(drl, line, "a family's rules must start with 'package " + expected
                    + ";' so they see the family's parameters" + (found ? ", not 'package " + m.group(1) + "'" : "")
                    + ".");
        }
    }

    /** The text with its comments replaced by spaces, line breaks kept, so offsets stay lines. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
                out.append(text, i, end);
                i = end;
            } else if (text.startsWith("//", i) || text.startsWith("/*", i)) {
                int end = text.startsWith("//", i) ? text.indexOf('\n', i) : text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : text.startsWith("//", i) ? end : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(text.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static Map<String, Parameter> parameters(YMap map, boolean inTable) {
        Map<String, Parameter> result = new LinkedHashMap<>();
        for (String name : map.keys()) {
            checkName(map, name, inTable);
            YMap p = YRead.map(map.get(name), "parameter '" + name + "'");
            YRead.onlyKeys(p, PARAMETER_KEYS, "parameter '" + name + "'");
            String typeWord = YRead.text(p, "type", "parameter '" + name + "'");
            ParameterType type = ParameterType.fromWord(typeWord);
            // A table column holds one value per row: a number, or a name or words (a price list's measure).
            boolean cellType = type != null && (type.isNumber() || type == ParameterType.MEASURE
                    || type == ParameterType.TEXT || type == ParameterType.CHOICE || type == ParameterType.PARTY);
            if (type == null || inTable && !cellType) {
                throw YRead.fail(p.get("type"), "type '" + typeWord + "' is not known. Allowed: "
                        + (inTable ? "amount, decimal, percent, integer, year, measure, party, choice, text"
                        : String.join(", ", ParameterType.words())) + ".");
            }
            BigDecimal min = p.has("min") ? YRead.decimal(p.get("min"), "min") : null;
            BigDecimal max = p.has("max") ? YRead.decimal(p.get("max"), "max") : null;
            Map<String, Parameter> columns = type == ParameterType.TABLE
                    ? parameters(YRead.map(YRead.required(p, "columns", "a table parameter"), "columns"), true)
                    : Map.of();
            List<String> choices = type == ParameterType.CHOICE
                    ? YRead.textList(YRead.required(p, "choices", "a choice parameter"), "choices")
                    : List.of();
            for (String choice : choices) {
                if (choice.isBlank() || choice.chars().anyMatch(Character::isISOControl)) {
                    throw YRead.fail(p.get("choices"), "the choice '" + printable(choice) + "' must be one line of"
                            + " text without control characters.");
                }
            }
            boolean optional = p.has("optional") && YRead.bool(p.get("optional"), "optional");
            Bilingual description = bilingual(YRead.required(p, "description", "parameter '" + name + "'"),
                    "description of '" + name + "'");
            Map<String, String> requiredWhen = new LinkedHashMap<>();
            if (p.has("requiredWhen")) {
                YMap when = YRead.map(p.get("requiredWhen"), "requiredWhen");
                for (String other : when.keys()) {
                    requiredWhen.put(other, YRead.text(when.get(other), "requiredWhen " + other));
                }
            }
            Parameter draft = new Parameter(name, type, p.has("unit") ? YRead.text(p.get("unit"), "unit") : null,
                    min, max, null, optional, description, columns, choices, requiredWhen);
            Object defaultValue = p.has("default")
                    ? ParameterValues.convert(draft, p.get("default"), "", ParameterValues.Names.NONE)
                    : null;
            result.put(name, new Parameter(name, type, draft.unit(), min, max, defaultValue, optional, description,
                    columns, choices, requiredWhen));
        }
        for (String name : result.keySet()) {
            for (Map.Entry<String, String> when : result.get(name).requiredWhen().entrySet()) {
                Parameter other = result.get(when.getKey());
                YMap p = (YMap) map.get(name);
                if (other == null) {
                    throw YRead.fail(p.get("requiredWhen"), "requiredWhen names '" + when.getKey()
                            + "', which is not a parameter of this family.");
                }
                if (other.type() == ParameterType.CHOICE && !other.choices().contains(when.getValue())) {
                    throw YRead.fail(p.get("requiredWhen"), "requiredWhen: '" + when.getValue() + "' is not one of "
                            + other.name() + "'s choices " + other.choices() + ".");
                }
            }
        }
        return result;
    }

    /**
     * A parameter's (or a table column's) name: an identifier that is no Java or DRL word, and no
     * name the rule checker keeps away from declared types (classLoader...). Said at its line.
     */
    private static void checkName(YMap map, String name, boolean inTable) {
        String what = inTable ? "column" : "parameter";
        if (!PARAMETER_NAME.matcher(name).matches()) {
            throw BadInput.of(map.file(), map.keyLine(name), "the " + what + " name '" + printable(name) + "' must be"
                    + " a letter followed by letters, digits or _ (such as pricePerOutcome): it becomes a field of the"
                    + " clause's terms type.");
        }
        // a column is a key of TableRow.values, read as values["from"], never a field: only its form matters
        if (!inTable && (KEYWORDS.contains(name) || RuleChecker.isReservedFieldName(name))) {
            throw BadInput.of(map.file(), map.keyLine(name), "the " + what + " name '" + name + "' is a reserved word"
                    + " of Java, DRL or the rule checker; choose another name.");
        }
    }

    /** A name as it can be shown on one line: control characters as \n, \u0000... */
    private static String printable(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                s.append("\\n");
            } else if (Character.isISOControl(c)) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static Bilingual bilingual(YNode node, String what) {
        YMap m = YRead.map(node, what);
        YRead.onlyKeys(m, Set.of("sv", "en"), what);
        return new Bilingual(YRead.text(m, "sv", what).strip(), YRead.text(m, "en", what).strip());
    }
}
