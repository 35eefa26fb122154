package se.utfall.rulecheck;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * Parses the code embedded in a rule file: Java code (consequences, function bodies, accumulate
 * code) and constraints written in plain Java with JavaParser, the DRL-only constraint forms
 * (#casts, 10B, half constraints...) with Drools' own DRL expression parser. What does not parse
 * here is refused, even if Drools might accept it.
 */
final class Snippets {
    private static final ThreadLocal<JavaParser> JAVA = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(null)
                    // comments are never code (unicode escapes are refused before parsing): skip placing them
                    .setAttributeComments(false)));

    private static final Pattern BINDING = Pattern.compile("\\s*(\\$?[A-Za-z_]\\w*)\\s*:(?!:)\\s*(.*)", Pattern.DOTALL);
    /** One DRL operator between two plain Java expressions: "clause memberOf $list", "name not matches \"x\"". */
    private static final Pattern DRL_OPERATOR = Pattern.compile(
            "(.+?)\\s+(?:not\\s+)?(?:memberOf|contains|excludes|matches|soundslike)\\s+(.+)", Pattern.DOTALL);

    /**
     * Drools' DRL expression parser costs over a second to load and is only needed for the few
     * constraint forms Java cannot express (#casts, ?., half constraints like "> 1 && < 5",
     * temporal operators...), so it is loaded on first such use.
     */
    private static final class Drlx {
        static final ParseStart<DrlxExpression> CONSTRAINT = DrlxParser.buildDrlxParserWithArguments(List.of());
    }

    private Snippets() {
    }

    /** Loads and initialises JavaParser's classes (the parser itself is made per thread). */
    static void warmUp() {
        javaBlock("java.math.BigDecimal x = a.b(1, \"c\"); if (x == null) { insert(new Object()); }");
    }

    /**
     * A constraint, eval, from or accumulate expression. Plain Java (with an optional binding
     * "$x : ...") is read by JavaParser; so is "a memberOf b" when both sides are plain Java,
     * read as a comparison of the two, since the walker checks every name and call on both sides
     * whatever joins them. Anything else goes to Drools' own parser, which knows all DRL forms.
     */
    static Optional<Expression> constraint(String text) {
        // "$x : ..." is never Java, and a failed parse is the expensive kind: read the rest directly.
        Matcher binding = BINDING.matcher(text);
        Optional<Expression> java = plainJava(binding.matches() ? binding.group(2) : text);
        if (java.isPresent()) {
            return java;
        }
        try {
            return Optional.of(DrlxParser.parseExpression(Drlx.CONSTRAINT, text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Expression> plainJava(String text) {
        Matcher op = DRL_OPERATOR.matcher(text);
        if (op.matches()) {
            Optional<Expression> left = javaExpression(op.group(1));
            Optional<Expression> right = left.isPresent() ? javaExpression(op.group(2)) : Optional.empty();
            if (right.isPresent()) {
                return Optional.of(new BinaryExpr(left.get(), right.get(), BinaryExpr.Operator.EQUALS));
            }
        }
        return javaExpression(text);
    }

    /**
     * The file line to count a parsed constraint's lines from. Drools' expression parser counts
     * lines from 0 where JavaParser counts from 1; the root node starts on the code's first line.
     */
    static int firstLine(int line, Expression root) {
        Expression first = root instanceof DrlxExpression d ? d.getExpr() : root;
        return line + 1 - first.getBegin().map(p -> p.line).orElse(1);
    }

    /** The name a constraint binds ("$unit" in "$unit : unit"), for constraints read by the fallback. */
    static Optional<String> binding(String text) {
        Matcher binding = BINDING.matcher(text);
        return binding.matches() ? Optional.of(binding.group(1)) : Optional.empty();
    }

    static Optional<BlockStmt> javaBlock(String text) {
        // The braces go on the first line so the block's lines stay the code's lines.
        ParseResult<BlockStmt> r = JAVA.get().parseBlock("{" + text + "\n}");
        return r.isSuccessful() ? r.getResult() : Optional.empty();
    }

    static Optional<Expression> javaExpression(String text) {
        ParseResult<Expression> r = JAVA.get().parseExpression(text);
        return r.isSuccessful() ? r.getResult() : Optional.empty();
    }

    static Optional<Type> javaType(String text) {
        ParseResult<Type> r = JAVA.get().parseType(text);
        return r.isSuccessful() ? r.getResult() : Optional.empty();
    }
}
