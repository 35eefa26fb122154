package se.utfall.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ```console} block of a guide whose first line is {@code $ ./utfall ...}: its commands, each with the
 * output the guide shows under it. Blocks marked otherwise (```text, ```sh, ...) are not examples to run.
 *
 * @param firstLine index (from 0) of the block's first line inside the fences
 * @param lastLine index of its last line inside the fences
 * @param indent the fence's indentation (a block inside a list item), removed from every line
 */
record ConsoleBlock(int firstLine, int lastLine, String indent, List<Command> commands) {
    private static final String FENCE = "```";

    /**
     * One {@code $ } line and the lines under it.
     *
     * @param lineNumber the line in the file, from 1, for messages
     * @param words the command line's words after {@code ./utfall}; empty for a {@code $ # comment} line
     */
    record Command(int lineNumber, String line, List<String> words, List<String> expected) {
    }

    static List<ConsoleBlock> in(List<String> lines) {
        List<ConsoleBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i);
            String indent = fence.substring(0, fence.length() - fence.stripLeading().length());
            if (!fence.strip().startsWith(FENCE)) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
                end++;
            }
            if (end >= lines.size()) {
                throw new AssertionError("line " + (i + 1) + ": a code block that is never closed with ```");
            }
            if (fence.strip().equals(FENCE + "console") && end > i + 1
                    && unindent(lines.get(i + 1), indent).startsWith("$ ./utfall")) {
                blocks.add(new ConsoleBlock(i + 1, end - 1, indent, commands(lines, i + 1, end, indent)));
            }
            i = end;
        }
        return blocks;
    }

    private static List<Command> commands(List<String> lines, int from, int to, String indent) {
        List<Command> commands = new ArrayList<>();
        for (int i = from; i < to; ) {
            String line = unindent(lines.get(i), indent).stripTrailing();
            List<String> words = words(line, i + 1);
            List<String> expected = new ArrayList<>();
            int j = i + 1;
            while (j < to && !unindent(lines.get(j), indent).startsWith("$ ")) {
                expected.add(unindent(lines.get(j), indent).stripTrailing());
                j++;
            }
            while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
                expected.remove(expected.size() - 1);
            }
            commands.add(new Command(i + 1, line, words, expected));
            i = j;
        }
        return commands;
    }

    private static String unindent(String line, String indent) {
        return line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading();
    }

    /** The words of a {@code $ ./utfall ...} line, as a shell would split them (no expansion but {@code *}). */
    static List<String> words(String line, int lineNumber) {
        String rest = line.substring(2).strip();
        if (rest.startsWith("#")) {
            return List.of();
        }
        if (!rest.startsWith("./utfall") || !(rest.length() == 8 || rest.charAt(8) == ' ')) {
            throw new AssertionError("line " + lineNumber + ": a console example runs only ./utfall commands (or is a"
                    + " '$ # comment'); mark other shell lines as ```sh so they are not run: " + line);
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int k = 8; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && k + 1 < rest.length()) {
                    word.append(rest.charAt(++k));
                } else {
                    word.append(c);
                }
            } else if (c == ' ' || c == '\t') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else if ("|<>;&$`".indexOf(c) >= 0) {
                throw new AssertionError("line " + lineNumber + ": a console example is one plain ./utfall command"
                        + " (no pipes, redirections, variables or several commands); '" + c + "' in: " + line);
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '\\' && k + 1 < rest.length()) {
                    word.append(rest.charAt(++k));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new AssertionError("line " + lineNumber + ": a quote is never closed: " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
