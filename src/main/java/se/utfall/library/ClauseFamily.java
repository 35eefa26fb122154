package se.utfall.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A reusable clause: its parameters, its rules and its tests, versioned together in one folder
 * under rules/. Its rules live in the Drools package {@link #drlPackage()} and see the parameters
 * as the declared type {@link #termsType()}.
 */
public record ClauseFamily(String id, String version, Path folder, Path definitionFile, String termsType,
                           Bilingual title, Bilingual description, Map<String, Parameter> parameters,
                           List<Path> ruleFiles) {

    public static String packageFor(String familyId) {
        return "utfall.family." + familyId.replace('-', '_');
    }

    public String drlPackage() {
        return packageFor(id);
    }

    public String qualifiedTermsType() {
        return drlPackage() + "." + termsType;
    }
}
