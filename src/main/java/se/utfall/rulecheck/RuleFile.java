package se.utfall.rulecheck;

/**
 * One rule text as Drools will compile it. {@code display} is the file a person edits;
 * {@code library} marks files of the clause library (and text Utfall generates from it), which
 * may define functions and globals that contracts' own files may only use.
 */
public record RuleFile(String display, String text, boolean library) {
}
