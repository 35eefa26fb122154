package se.utfall.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.utfall.library.ClauseFamily;
import se.utfall.library.FamilyLoader;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problem;
import se.utfall.testing.Folders;

/**
 * A mistake in a family's describe template is found when family.yaml is read, as one message
 * naming the file, the template's line and the fix, not as a gap in a sentence legal staff read.
 */
class TemplateErrorsTest {
    @TempDir
    Path tmp;

    private static final String HEAD = """
            id: bonus
            version: 1.0.0
            terms: Bonus
            title: { sv: Bonus, en: Bonus }
            description: { sv: En bonus., en: A bonus. }
            parameters:
              measure:
                type: measure
                description: { sv: Måttet., en: The measure. }
              mode:
                type: choice
                choices: [step, linear]
                default: step
                description: { sv: Sättet., en: The mode. }
              amount:
                type: amount
                unit: SEK
                description: { sv: Beloppet., en: The amount. }
              threshold:
                type: decimal
                description: { sv: Nivån., en: The level. }
              yearCap:
                type: amount
                unit: SEK
                optional: true
                description: { sv: Taket., en: The cap. }
            """;

    private Path family(String describe) {
        Path folder = tmp.resolve("bonus");
        Folders.write(folder.resolve("family.yaml"), HEAD + describe);
        Folders.write(folder.resolve("bonus.drl"), "package utfall.family.bonus;\n");
        return folder;
    }

    private Problem oneProblem(Path folder) {
        BadInput bad = assertThrows(BadInput.class, () -> FamilyLoader.load(folder));
        assertEquals(1, bad.problems().size(), bad::getMessage);
        return bad.problems().get(0);
    }

    private String at(Path folder, String lineText) {
        Path file = folder.resolve("family.yaml");
        return Locations.display(file) + ":" + Folders.lineOf(file, lineText) + ": ";
    }

    @Test
    void aWellFormedTemplateIsRead() {
        ClauseFamily f = FamilyLoader.load(family("""
                describe:
                  sv: "{payee} får {amount} när {measure} är {atLeast} {threshold:level}[, högst {yearCap} per år]."
                  en: "{payee} receives {amount} when {measure} is {atLeast} {threshold:level}[, at most {yearCap}]."
                """));
        assertNotNull(f.describe());
    }

    @Test
    void anUnknownPlaceholderNamesTheLineAndTheParameterMeant() {
        Path folder = family("""
                describe:
                  sv: "{payee} får {amount} när {measure} når {treshold}."
                  en: "{payee} receives {amount} when {measure} reaches {threshold}."
                """);
        String message = oneProblem(folder).render();
        assertTrue(message.startsWith(at(folder, "{treshold}")), message);
        assertTrue(message.contains("unknown placeholder {treshold}"), message);
        assertTrue(message.contains("Did you mean 'threshold'?"), message);
    }

    @Test
    void anUnknownPlaceholderInTheEnglishTemplateIsReportedAtItsOwnLine() {
        Path folder = family("""
                describe:
                  sv: "{payee} får {amount}."
                  en: "{payee} receives {amout}."
                """);
        String message = oneProblem(folder).render();
        assertTrue(message.startsWith(at(folder, "{amout}")), message);
        assertTrue(message.contains("describe en"), message);
    }

    @Test
    void anUnclosedSlotIsRefused() {
        Path folder = family("""
                describe:
                  sv: "{payee} får {amount när nivån nås."
                  en: "{payee} receives {amount}."
                """);
        String message = oneProblem(folder).render();
        assertTrue(message.startsWith(at(folder, "{amount när")), message);
        assertTrue(message.contains("is not closed; end it with '}'"), message);
    }

    @Test
    void anUnclosedOptionalSegmentIsRefused() {
        Path folder = family("""
                describe:
                  sv: "{payee} får {amount}[, högst {yearCap} per år."
                  en: "{payee} receives {amount}."
                """);
        assertTrue(oneProblem(folder).render().contains("optional segment '[' is not closed"));
    }

    @Test
    void aTemplateMissingALanguageIsRefused() {
        Path folder = family("""
                describe:
                  sv: "{payee} får {amount}."
                """);
        String message = oneProblem(folder).render();
        assertTrue(message.contains("describe is missing 'en:'"), message);
    }

    @Test
    void aVariantMustNameAChoiceParameterAndCoverEveryChoice() {
        Path notChoice = family("""
                describe:
                  variant: amount
                  sv: { step: "a", linear: "b" }
                  en: { step: "a", linear: "b" }
                """);
        String message = oneProblem(notChoice).render();
        assertTrue(message.startsWith(at(notChoice, "variant: amount")), message);
        assertTrue(message.contains("must name a choice parameter"), message);

        Path missing = family("""
                describe:
                  variant: mode
                  sv: { step: "{payee} får {amount}." }
                  en: { step: "{payee} receives {amount}.", linear: "{payee} receives a share of {amount}." }
                """);
        String missingMessage = oneProblem(missing).render();
        assertTrue(missingMessage.contains("missing 'linear:'"), missingMessage);
    }

    @Test
    void aFilterMustSuitTheParameterType() {
        Path folder = family("""
                describe:
                  sv: "{payee} får {amount:level}."
                  en: "{payee} receives {amount}."
                """);
        String message = oneProblem(folder).render();
        assertTrue(message.startsWith(at(folder, "{amount:level}")), message);
        assertTrue(message.contains("{amount:level}: a parameter of type amount takes no filter"), message);
        Path unknown = family("""
                describe:
                  sv: "{payee} får {amount} vid {threshold:nivå}."
                  en: "{payee} receives {amount}."
                """);
        String unknownMessage = oneProblem(unknown).render();
        assertTrue(unknownMessage.contains("takes the filter change or level"), unknownMessage);
    }

    @Test
    void aRowTemplateNeedsATableParameter() {
        Path folder = family("""
                describe:
                  sv: "{payee} får {amount|{from}}."
                  en: "{payee} receives {amount}."
                """);
        assertTrue(oneProblem(folder).render().contains("amount is of type amount, not a table"));
    }

    @Test
    void aMistakeInATemplateWrittenOverSeveralLinesIsReportedAtItsOwnLine() {
        Path folder = family("""
                describe:
                  sv: >-
                    {payee} får {amount} per enhet och år
                    när {measure} är {atLeast} {threshold:level}
                    [, högst {yearcap} per år].
                  en: >-
                    {payee} receives {amount}.
                """);
        String message = oneProblem(folder).render();
        assertTrue(message.startsWith(at(folder, "{yearcap}")), message);
        assertTrue(message.contains("Did you mean 'yearCap'?"), message);
    }

    @Test
    void anOptionalVariantParameterLeftEmptyFallsBackToTheParametersInWords() {
        ClauseFamily f = FamilyLoader.load(family("""
                describe:
                  variant: mode
                  sv: { step: "{payee} får {amount}.", linear: "{payee} får en andel av {amount}." }
                  en: { step: "{payee} receives {amount}.", linear: "{payee} receives a share of {amount}." }
                """));
        assertEquals(null, f.describe().template("sv", java.util.Map.of()));
        assertNotNull(f.describe().template("en", java.util.Map.of("mode", "linear")));
    }
}
