package se.utfall.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import se.utfall.describe.DescribeTemplates;

/**
 * A reusable clause: its parameters, its rules and its tests, versioned together in one folder
 * under rules/. Its rules live in the Drools package {@link #drlPackage()} and see the parameters
 * as the declared type {@link #termsType()}.
 *
 * <p>{@code released} marks a frozen earlier version from {@code rules/<id>/released/<version>/}.
 * Its files keep the family's own package line (they are byte-for-byte what was released), and
 * the engine compiles them in a package that carries the version, so a contract can use two
 * versions of one family side by side. {@code describe} is the family's sentence template for
 * {@code utfall describe}, or null when the family has none yet. {@code texts} are the reasons and
 * workings its rules write, in Swedish and English, by key (empty: the rules write Swedish themselves).
 */
public record ClauseFamily(String id, String version, Path folder, Path definitionFile, String termsType,
                           Bilingual title, Bilingual description, Map<String, Parameter> parameters,
                           List<Path> ruleFiles, boolean released, DescribeTemplates describe,
                           Map<String, Bilingual> texts) {

    public ClauseFamily(String id, String version, Path folder, Path definitionFile, String termsType,
                        Bilingual title, Bilingual description, Map<String, Parameter> parameters,
                        List<Path> ruleFiles, boolean released, DescribeTemplates describe) {
        this(id, version, folder, definitionFile, termsType, title, description, parameters, ruleFiles, released,
                describe, Map.of());
    }

    /**
     * Whether the family writes its reasons and workings in English too: it gives its texts in
     * family.yaml ({@code texts:}) instead of Swedish words in its rules. An English contract may use
     * only such families.
     */
    public boolean speaksEnglish() {
        return !texts.isEmpty();
    }

    /** The package a family's rule files declare. */
    public static String packageFor(String familyId) {
        return "utfall.family." + familyId.replace('-', '_');
    }

    /** The package the engine compiles this version in. */
    public String drlPackage() {
        return released ? packageFor(id) + ".v" + version.replace('.', '_') : packageFor(id);
    }

    public String qualifiedTermsType() {
        return drlPackage() + "." + termsType;
    }

    /** "level-bonus 1.0.0", as a contract pins it. */
    public String label() {
        return id + " " + version;
    }
}
