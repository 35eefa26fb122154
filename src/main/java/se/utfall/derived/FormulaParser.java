package se.utfall.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.utfall.derived.Formula.Binary;
import se.utfall.derived.Formula.Call;
import se.utfall.derived.Formula.Name;
import se.utfall.derived.Formula.Negate;
import se.utfall.derived.Formula.Node;
import se.utfall.derived.Formula.Number;

/**
 * A recursive-descent parser for the small arithmetic a derived measure may use, and nothing more:
 * <pre>
 *   sum     = product { ("+" | "-") product }
 *   product = unary { ("*" | "/") unary }
 *   unary   = "-" unary | atom
 *   atom    = number | name | ("min" | "max") "(" sum { "," sum } ")" | "(" sum ")"
 *   number  = digits [ "." digits ]            (no exponent: 1e9 and 10^9 are refused)
 * </pre>
 * Limits keep a hostile contract from costing time or memory: the text's length, the nesting depth,
 * a number's digits and a function's arguments are bounded.
 */
final class FormulaParser {
    static final int MAX_LENGTH = 300;
    static final int MAX_DEPTH = 8;
    static final int MAX_DIGITS = 15;
    static final int MAX_ARGUMENTS = 10;

    private final String text;
    private int at;
    private int depth;

    private FormulaParser(String text) {
        this.text = text;
    }

    static Node parse(String text) {
        if (text.isBlank()) {
            throw new FormulaError(1, "the formula is empty; write e.g. \"(jamforelse - behandlade) / jamforelse * 100\".");
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaError(MAX_LENGTH + 1, "the formula is " + text.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed. Split it into several derived measures.");
        }
        FormulaParser p = new FormulaParser(text);
        Node node = p.sum();
        p.space();
        if (p.at < text.length()) {
            throw p.unexpected("an operator (+ - * /) or the end of the formula");
        }
        return node;
    }

    private Node sum() {
        enter();
        Node left = product();
        while (true) {
            space();
            char c = peek();
            if (c != '+' && c != '-') {
                break;
            }
            at++;
            left = new Binary(c, left, product(), false);
        }
        depth--;
        return left;
    }

    private Node product() {
        Node left = unary();
        while (true) {
            space();
            char c = peek();
            if (c != '*' && c != '/') {
                break;
            }
            at++;
            left = new Binary(c, left, unary(), false);
        }
        return left;
    }

    private Node unary() {
        space();
        if (peek() == '-') {
            at++;
            enter();
            Node operand = unary();
            depth--;
            return new Negate(operand);
        }
        return atom();
    }

    private Node atom() {
        space();
        char c = peek();
        if (c == '(') {
            at++;
            Node inner = sum();
            expect(')');
            return inner instanceof Binary b ? new Binary(b.operator(), b.left(), b.right(), true) : inner;
        }
        if (Character.isDigit(c)) {
            return number();
        }
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) && text.charAt(at) < 128
                    || text.charAt(at) == '_')) {
                at++;
            }
            String name = text.substring(start, at);
            space();
            if (peek() == '(') {
                if (!name.equals("min") && !name.equals("max")) {
                    throw new FormulaError(start + 1, "'" + name + "(' is not a function a formula may use; only"
                            + " min(a, b, ...) and max(a, b, ...) are (a floor at 0 is max(0, x)).");
                }
                return call(name, start);
            }
            return new Name(name);
        }
        if (c == '^') {
            throw new FormulaError(at + 1, "'^' (a power) is not allowed in a formula; write the multiplication out.");
        }
        throw unexpected(at >= text.length() ? "a number, a measure or '(' before the end" : "a number, a measure or '('");
    }

    private Node call(String function, int start) {
        at++;
        enter();
        List<Node> arguments = new ArrayList<>();
        arguments.add(sum());
        space();
        while (peek() == ',') {
            at++;
            arguments.add(sum());
            space();
            if (arguments.size() > MAX_ARGUMENTS) {
                throw new FormulaError(at + 1, function + "(...) takes at most " + MAX_ARGUMENTS + " arguments.");
            }
        }
        expect(')');
        depth--;
        if (arguments.size() < 2) {
            throw new FormulaError(start + 1, function + "(...) needs at least two arguments, e.g. max(0, x).");
        }
        return new Call(function, List.copyOf(arguments));
    }

    private Node number() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (peek() == '.') {
            at++;
            if (!Character.isDigit(peek())) {
                throw new FormulaError(at + 1, "a number cannot end with '.'; write e.g. 0.5.");
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            throw new FormulaError(at + 1, "exponent notation (1e9) is not allowed in a formula; write the number out.");
        }
        String digits = text.substring(start, at);
        if (digits.replace(".", "").length() > MAX_DIGITS) {
            throw new FormulaError(start + 1, "the number " + abbreviated(digits) + " has more than " + MAX_DIGITS
                    + " digits; no contract needs such a figure.");
        }
        return new Number(new BigDecimal(digits));
    }

    private void enter() {
        depth++;
        if (depth > MAX_DEPTH) {
            throw new FormulaError(at + 1, "the formula is nested more than " + MAX_DEPTH
                    + " levels deep; split it into several derived measures.");
        }
    }

    private void expect(char c) {
        space();
        if (peek() != c) {
            throw unexpected("'" + c + "'");
        }
        at++;
    }

    private FormulaError unexpected(String wanted) {
        if (at >= text.length()) {
            return new FormulaError(at + 1, "the formula ends where " + wanted + " was expected.");
        }
        if (text.charAt(at) == '^') {
            return new FormulaError(at + 1, "'^' (a power) is not allowed in a formula; write the multiplication out.");
        }
        String hint = text.charAt(at) == ',' ? " (decimals are written with a point in a formula: 0.5, not 0,5)" : "";
        return new FormulaError(at + 1, "'" + text.charAt(at) + "' at character " + (at + 1) + " where " + wanted
                + " was expected" + hint + "; a formula uses numbers, measure ids, + - * /, parentheses, min(...) and max(...).");
    }

    private void space() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private static String abbreviated(String digits) {
        return digits.length() > 20 ? digits.substring(0, 20) + "…" : digits;
    }
}
