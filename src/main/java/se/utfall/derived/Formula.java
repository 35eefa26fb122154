package se.utfall.derived;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.utfall.facts.Figures;

/**
 * A derived measure's formula, parsed from contract.yaml into a small tree and evaluated by walking
 * it: the text is data, never run as code. Figures are exact BigDecimal; the one place precision can be
 * lost is a division that does not terminate, which is carried to {@link #PRECISION} (34 significant
 * digits, half-even). The caller rounds the result once, by the measure's {@code decimals:}.
 */
public final class Formula {
    /** Precision of a division that does not terminate (IEEE decimal128: 34 significant digits). */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private final String text;
    private final Node root;

    Formula(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses {@code text} or throws {@link FormulaError} saying where and what to change. */
    public static Formula parse(String text) {
        return new Formula(text, FormulaParser.parse(text));
    }

    public String text() {
        return text;
    }

    /** The measures the formula reads, in the order they first appear. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        root.names(names);
        return names;
    }

    /** The formula in words, with typographic operators: "(jamforelse − behandlade) / jamforelse × 100". */
    public String words() {
        return words(Figures::decimal);
    }

    /** The formula in words, its numbers written by {@code number} (the contract's language). */
    public String words(Function<BigDecimal, String> number) {
        return root.render(n -> n, number, false);
    }

    /** The formula with each measure replaced by its figure: "(1 200 − 1 050) / 1 200 × 100". */
    public String withFigures(Map<String, BigDecimal> figures) {
        return withFigures(figures, Figures::decimal);
    }

    /** The formula with each measure replaced by its figure, written by {@code number}. */
    public String withFigures(Map<String, BigDecimal> figures, Function<BigDecimal, String> number) {
        return root.render(n -> number.apply(figures.get(n)), number, false);
    }

    /**
     * The value for these figures (every name must have one).
     *
     * @throws ArithmeticException with a message in words when a division by zero is asked for
     */
    public BigDecimal evaluate(Map<String, BigDecimal> figures) {
        return root.value(figures);
    }

    /** A node of the parsed formula. */
    sealed interface Node permits Number, Name, Negate, Binary, Call {
        BigDecimal value(Map<String, BigDecimal> figures);

        void names(Set<String> into);

        /** The node as text; {@code inside} is true when a binary parent may need parentheses. */
        String render(Function<String, String> name, Function<BigDecimal, String> number, boolean inside);
    }

    record Number(BigDecimal number) implements Node {
        public BigDecimal value(Map<String, BigDecimal> figures) {
            return number;
        }

        public void names(Set<String> into) {
        }

        public String render(Function<String, String> name, Function<BigDecimal, String> format, boolean inside) {
            return format.apply(number);
        }
    }

    record Name(String id) implements Node {
        public BigDecimal value(Map<String, BigDecimal> figures) {
            return figures.get(id);
        }

        public void names(Set<String> into) {
            into.add(id);
        }

        public String render(Function<String, String> name, Function<BigDecimal, String> number, boolean inside) {
            return name.apply(id);
        }
    }

    record Negate(Node operand) implements Node {
        public BigDecimal value(Map<String, BigDecimal> figures) {
            return operand.value(figures).negate();
        }

        public void names(Set<String> into) {
            operand.names(into);
        }

        public String render(Function<String, String> name, Function<BigDecimal, String> number, boolean inside) {
            return "−" + operand.render(name, number, true);
        }
    }

    /** {@code parenthesised} keeps the author's parentheses, so the working reads like the formula. */
    record Binary(char operator, Node left, Node right, boolean parenthesised) implements Node {
        public BigDecimal value(Map<String, BigDecimal> figures) {
            BigDecimal a = left.value(figures);
            BigDecimal b = right.value(figures);
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b);
                default -> divide(a, b);
            };
        }

        private BigDecimal divide(BigDecimal a, BigDecimal b) {
            if (b.signum() == 0) {
                throw new ArithmeticException(right.render(n -> n, Figures::decimal, true));
            }
            try {
                return a.divide(b);
            } catch (ArithmeticException notTerminating) {
                return a.divide(b, PRECISION);
            }
        }

        public void names(Set<String> into) {
            left.names(into);
            right.names(into);
        }

        public String render(Function<String, String> name, Function<BigDecimal, String> number, boolean inside) {
            String symbol = switch (operator) {
                case '+' -> " + ";
                case '-' -> " − ";
                case '*' -> " × ";
                default -> " / ";
            };
            String s = left.render(name, number, true) + symbol + right.render(name, number, true);
            return parenthesised ? "(" + s + ")" : s;
        }
    }

    record Call(String function, List<Node> arguments) implements Node {
        public BigDecimal value(Map<String, BigDecimal> figures) {
            List<BigDecimal> values = new ArrayList<>();
            for (Node a : arguments) {
                values.add(a.value(figures));
            }
            BigDecimal result = values.get(0);
            for (BigDecimal v : values) {
                result = function.equals("min") ? result.min(v) : result.max(v);
            }
            return result;
        }

        public void names(Set<String> into) {
            arguments.forEach(a -> a.names(into));
        }

        public String render(Function<String, String> name, Function<BigDecimal, String> number, boolean inside) {
            List<String> parts = arguments.stream().map(a -> a.render(name, number, false)).toList();
            // a decimal comma would make "max(0, 1,5)" ambiguous: Swedish figures are separated by ';'
            boolean comma = number.apply(BigDecimal.valueOf(15, 1)).contains(",");
            return function + "(" + String.join(comma ? "; " : ", ", parts) + ")";
        }
    }
}
