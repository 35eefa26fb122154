package se.utfall.describe;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a template into {@link Template} parts. Only the shape is checked here
 * (brackets closed, slots named); whether the names exist is {@link DescribeTemplates}' business.
 * Errors are thrown as {@link SyntaxError} with the offending piece, so the caller can add file:line.
 */
final class TemplateSyntax {
    static final class SyntaxError extends RuntimeException {
        private final String token;

        SyntaxError(String message, String token) {
            super(message);
            this.token = token;
        }

        /** The piece of text where the mistake is, to find its line; null when it cannot be pointed at. */
        String token() {
            return token;
        }
    }

    private final String text;
    private int pos;

    private TemplateSyntax(String text) {
        this.text = text;
    }

    static Template parse(String text) {
        TemplateSyntax syntax = new TemplateSyntax(text);
        Template t = syntax.sequence();
        if (syntax.pos < text.length()) {
            char c = text.charAt(syntax.pos);
            throw new SyntaxError(c == ']' ? "a ']' closes no '[' optional segment; remove it or add the '['."
                    : c == '}' ? "a '}' closes no '{' slot; remove it or add the '{'."
                    : "a '|' outside an optional segment [shown|otherwise] or a table slot {table|row}; remove it.",
                    around(text, syntax.pos));
        }
        return t;
    }

    /** Parts up to the end, or up to the ']' / '|' / '}' that closes the enclosing construct. */
    private Template sequence() {
        List<Template.Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ']' || c == '|' || c == '}') {
                break; // the enclosing construct decides whether this closes it
            }
            if (c == '{') {
                flush(literal, parts);
                parts.add(slot());
            } else if (c == '[') {
                flush(literal, parts);
                parts.add(optional());
            } else {
                literal.append(c);
                pos++;
            }
        }
        flush(literal, parts);
        return new Template(List.copyOf(parts));
    }

    private Template.Part optional() {
        pos++; // [
        Template then = sequence();
        Template otherwise = new Template(List.of());
        if (pos < text.length() && text.charAt(pos) == '|') {
            pos++;
            otherwise = sequence();
        }
        if (pos >= text.length() || text.charAt(pos) != ']') {
            throw new SyntaxError("an optional segment '[' is not closed; end it with ']'.", null);
        }
        pos++;
        return new Template.Optional(then, otherwise);
    }

    private Template.Part slot() {
        int start = ++pos; // {
        while (pos < text.length() && "}|[{]".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos >= text.length() || text.charAt(pos) == '[' || text.charAt(pos) == '{' || text.charAt(pos) == ']') {
            throw new SyntaxError("the slot '{" + text.substring(start, pos) + "' is not closed; end it with '}'.",
                    "{" + firstWord(text.substring(start, pos)));
        }
        String inside = text.substring(start, pos).strip();
        Template rows = null;
        if (text.charAt(pos) == '|') {
            pos++;
            rows = sequence();
            if (pos >= text.length() || text.charAt(pos) != '}') {
                throw new SyntaxError("the table slot '{" + inside + "|' is not closed; end its row template with '}'.",
                        "{" + inside + "|");
            }
        }
        pos++; // }
        String name = inside;
        String filter = null;
        int colon = inside.indexOf(':');
        if (colon >= 0) {
            name = inside.substring(0, colon).strip();
            filter = inside.substring(colon + 1).strip();
        }
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new SyntaxError("'{" + inside + "}' is not a slot: write {parameter}, {parameter:filter} or"
                    + " {table|row template}.", "{" + firstWord(inside));
        }
        return new Template.Slot(name, filter, rows);
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length == 0 ? "" : words[0];
    }

    /** A few characters around a position, to find it in the file. */
    private static String around(String text, int pos) {
        return text.substring(Math.max(0, pos - 6), Math.min(text.length(), pos + 1)).strip();
    }

    private static void flush(StringBuilder literal, List<Template.Part> parts) {
        if (literal.length() > 0) {
            parts.add(new Template.Literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
