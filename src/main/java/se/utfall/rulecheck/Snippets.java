package se.utfall.rulecheck;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
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
 * Parses the code embedded in a rule file with the parsers that match how Drools reads it:
 * constraints with Drools' own DRL expression parser (it knows memberOf, #casts, 10B...), Java
 * code (consequences, function bodies, accumulate code) with JavaParser. What does not parse
 * here is refused, even if Drools might accept it.
 */
final class Snippets {
    private static final ParseStart<DrlxExpression> CONSTRAINT = DrlxParser.buildDrlxParserWithArguments(List.of());
    private static final ThreadLocal<JavaParser> JAVA = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));

    private static final Pattern BINDING = Pattern.compile("\\s*(\\$?[A-Za-z_]\\w*)\\s*:(?!:)\\s*(.*)", Pattern.DOTALL);

    private Snippets() {
    }

    static Optional<Expression> constraint(String text) {
        try {
            return Optional.of(DrlxParser.parseExpression(CONSTRAINT, text));
        } catch (RuntimeException e) {
            // The DRL expression parser treats a few field names as keywords ("unit" of rule units);
            // such a constraint is plain Java, so JavaParser reads it the way MVEL does.
            Matcher binding = BINDING.matcher(text);
            if (binding.matches()) {
                return javaExpression(binding.group(2));
            }
            return javaExpression(text);
        }
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
