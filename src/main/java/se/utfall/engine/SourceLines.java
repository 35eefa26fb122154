package se.utfall.engine;

/**
 * Where a line of a rule source's compiled DRL came from, so build errors point at what a person
 * wrote: the same line for .drl and .dslr files, a spreadsheet's sheet and row for decision tables.
 */
@FunctionalInterface
public interface SourceLines {
    /** Line n of the compiled text is line n of the file. */
    SourceLines SAME = line -> new Where(line, "");

    Where at(int compiledLine);

    /** The line to report (0 when there is none) and words to put before the message, e.g. "sheet 'Priser', row 7: ". */
    record Where(int line, String prefix) {
    }
}
