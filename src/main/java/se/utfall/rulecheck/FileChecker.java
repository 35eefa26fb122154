package se.utfall.rulecheck;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

/**
 * Walks one parsed rule file (Drools' PackageDescr) and hands every piece of embedded code to a
 * {@link CodeWalker}. Any kind of element it does not know is refused.
 */
final class FileChecker {
    private static final Set<String> RULE_ATTRIBUTES = Set.of("salience", "agenda-group", "ruleflow-group",
            "no-loop", "lock-on-active", "activation-group", "auto-focus", "dialect");
    /** Annotation values Drools may evaluate as MVEL: only plain literals can do no harm. */
    private static final Pattern LITERAL = Pattern.compile("\"[^\"\\\\]*\"|-?\\d+(\\.\\d+)?|true|false|[A-Za-z_]\\w*");

    private final RuleFile file;
    private final SourceText source;
    private final Names names;
    private final Findings findings;
    /** The bindings of the rule being checked that hold a number ($total : BigDecimal() from ...). */
    private Set<String> numbers = new HashSet<>();

    FileChecker(RuleFile file, Names names, Findings findings) {
        this.file = file;
        this.source = new SourceText(file.text());
        this.names = names;
        this.findings = findings;
    }

    private void refuse(int line, String construct, String why) {
        findings.reject(file.display(), line, construct, why);
    }

    private CodeWalker walker(int firstLine, CodeWalker.Mode mode, Set<String> variables) {
        return new CodeWalker(file.display(), firstLine, names, findings, mode, variables, numbers);
    }

    void check(PackageDescr pkg) {
        for (AttributeDescr a : pkg.getAttributes()) {
            if (!("dialect".equals(a.getName()) && "java".equals(a.getValue()))) {
                refuse(a.getLine(), "the package attribute " + a.getName(), "set attributes on each rule");
            }
        }
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            if (target.equals("se.utfall.facts.*")) {
                // the project's own facts: each allowed one becomes visible, nothing else
                AllowList.TYPES.keySet().stream().filter(n -> n.startsWith("se.utfall.facts."))
                        .forEach(n -> names.imports.put(n.substring(n.lastIndexOf('.') + 1), n));
            } else if (target.endsWith(".*")) {
                refuse(i.getLine(), "import " + target, "import each class by name");
            } else if (AllowList.byName(target) == null && !names.declaredTypes.contains(target)) {
                refuse(i.getLine(), "import " + target, AllowList.summary());
            } else {
                names.imports.put(target.substring(target.lastIndexOf('.') + 1), target);
            }
        }
        for (FunctionImportDescr i : pkg.getFunctionImports()) {
            String target = i.getTarget();
            if (!names.functions.contains(target.substring(target.lastIndexOf('.') + 1))) {
                refuse(i.getLine(), "import function " + target, "only functions of the clause library (rules/) can"
                        + " be imported");
            }
        }
        for (GlobalDescr g : pkg.getGlobals()) {
            if (!file.library()) {
                refuse(g.getLine(), "global " + g.getIdentifier(), "a contract's rules read everything from facts;"
                        + " globals belong in the clause library");
            } else {
                typeText(g.getType(), g.getLine());
            }
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            function(f);
        }
        pkg.getEnumDeclarations().forEach(e -> refuse(e.getLine(), "declare enum " + e.getTypeName(),
                "use a text or choice parameter"));
        pkg.getEntryPointDeclarations().forEach(e -> refuse(e.getLine(), "an entry point", "facts come from Utfall"));
        pkg.getWindowDeclarations().forEach(w -> refuse(w.getLine(), "a window", "Utfall has no event streams"));
        for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
            declaration(t);
        }
        for (RuleDescr r : pkg.getRules()) {
            rule(r);
        }
    }

    private void function(FunctionDescr f) {
        if (!file.library()) {
            refuse(f.getLine(), "function " + f.getName(), "a contract's rules may call functions of the clause"
                    + " library (import function) but not define their own");
            return;
        }
        if (f.getDialect() != null && !"java".equals(f.getDialect())) {
            refuse(f.getLine(), "a function in dialect " + f.getDialect(), "write functions in Java");
            return;
        }
        typeText(f.getReturnType(), f.getLine());
        f.getParameterTypes().forEach(t -> typeText(t, f.getLine()));
        int first = source.lineOf(f.getBody(), f.getStartCharacter(), f.getLine());
        Optional<BlockStmt> body = Snippets.javaBlock(f.getBody());
        if (body.isEmpty()) {
            refuse(first, "the body of function " + f.getName(), "it is not Java the checker can read");
            return;
        }
        numbers = new HashSet<>();
        walker(first, CodeWalker.Mode.CODE, new HashSet<>(f.getParameterNames())).locals(List.of(body.get()))
                .statement(body.get());
    }

    private void declaration(TypeDeclarationDescr t) {
        annotations(t);
        for (QualifiedName s : t.getSuperTypes()) {
            if (!names.isType(s.getFullName()) && !names.isType(s.getName())) {
                refuse(t.getLine(), "extends " + s.getFullName(), AllowList.summary());
            }
        }
        for (TypeFieldDescr field : t.getFields().values()) {
            annotations(field);
            typeText(field.getPattern().getObjectType(), field.getLine());
            if (field.getInitExpr() != null) {
                Optional<Expression> init = Snippets.javaExpression(field.getInitExpr());
                if (init.isEmpty()) {
                    refuse(field.getLine(), "the initial value of " + field.getFieldName(), "it is not an expression"
                            + " the checker can read");
                } else {
                    walker(field.getLine(), CodeWalker.Mode.CODE, Set.of()).expression(init.get());
                }
            }
        }
    }

    private void annotations(AnnotatedBaseDescr d) {
        for (AnnotationDescr a : d.getAnnotations()) {
            for (Map.Entry<String, Object> v : a.getValueMap().entrySet()) {
                if (!(v.getValue() instanceof String s) || !LITERAL.matcher(s.strip()).matches()) {
                    refuse(source.lineOf("@" + a.getName(), d.getStartCharacter(), d.getLine()), "the annotation @" + a.getName()
                            + " with the value " + v.getValue(), "annotation values must be plain text or numbers");
                }
            }
        }
    }

    private void typeText(String text, int line) {
        Optional<Type> type = Snippets.javaType(text);
        if (type.isEmpty()) {
            refuse(line, "the type " + text, AllowList.summary());
        } else {
            walker(line, CodeWalker.Mode.CODE, Set.of()).type(type.get());
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void rule(RuleDescr r) {
        if (r.isQuery()) {
            refuse(r.getLine(), "query " + r.getName(), "Utfall reads decisions from Line facts, not queries");
            return;
        }
        annotations(r);
        numbers = new HashSet<>();
        Set<String> variables = new HashSet<>(names.globals);
        lhs(r.getLhs(), variables);
        // after the conditions: a dynamic salience reads their bindings
        for (AttributeDescr a : r.getAttributes().values()) {
            attribute(a, variables);
        }
        if (!r.getNamedConsequences().isEmpty()) {
            refuse(r.getLine(), "a named consequence", "write one rule per consequence");
        }
        String dialect = r.getAttributes().containsKey("dialect") ? r.getAttributes().get("dialect").getValue() : "java";
        Object consequence = r.getConsequence();
        if (!(consequence instanceof String code) || !"java".equals(dialect)) {
            return; // a dialect other than Java was refused as an attribute
        }
        int first = source.lineOf(code, r.getStartCharacter(), r.getConsequenceLine() + 1);
        Optional<BlockStmt> block = Snippets.javaBlock(code);
        if (block.isEmpty()) {
            refuse(first, "the consequence of rule \"" + r.getName() + "\"", "it is not Java the checker can read"
                    + " (modify blocks are not supported: facts are immutable, insert a new one)");
            return;
        }
        walker(first, CodeWalker.Mode.CONSEQUENCE, variables).locals(List.of(block.get())).statement(block.get());
    }

    private void attribute(AttributeDescr a, Set<String> variables) {
        String name = a.getName();
        if (!RULE_ATTRIBUTES.contains(name)) {
            refuse(a.getLine(), "the attribute " + name, "use salience, agenda-group, no-loop or activation-group");
        } else if ("dialect".equals(name) && !"java".equals(a.getValue())) {
            refuse(a.getLine(), "dialect \"" + a.getValue() + "\"", "write consequences in Java, the default dialect");
        } else if ("salience".equals(name) && !a.getValue().strip().matches("-?\\d+")) {
            Optional<Expression> e = Snippets.constraint(a.getValue());
            if (e.isEmpty()) {
                refuse(a.getLine(), "salience " + a.getValue(), "give a whole number");
            } else {
                walker(Snippets.firstLine(a.getLine(), e.get()), CodeWalker.Mode.CODE, variables).expression(e.get());
            }
        }
    }

    /** Conditions: patterns and the conditional elements around them. Variables collect the bindings. */
    private void lhs(BaseDescr d, Set<String> variables) {
        if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                || d instanceof ForallDescr) {
            for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                lhs((BaseDescr) child, variables);
            }
        } else if (d instanceof PatternDescr p) {
            pattern(p, variables);
        } else if (d instanceof EvalDescr e) {
            code(e.getContent().toString(), e, variables, "eval");
        } else {
            refuse(d.getLine(), "the condition " + d.getClass().getSimpleName().replace("Descr", "").toLowerCase(),
                    "use patterns, not, exists, forall, eval, from, collect and accumulate");
        }
    }

    private void pattern(PatternDescr p, Set<String> variables) {
        if (p.getIdentifier() != null) {
            variables.add(p.getIdentifier());
            if (p.getObjectType() != null && AllowList.isNumberClass(names.classOf(p.getObjectType()))) {
                numbers.add(p.getIdentifier());
            }
        }
        if (p.getObjectType() != null && !names.isType(p.getObjectType())) {
            refuse(p.getLine(), p.getObjectType(), AllowList.summary());
        }
        if (p.getSource() != null) {
            source(p.getSource(), variables);
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                int line = source.lineAt(Math.max(e.getStartCharacter(), 0));
                Optional<Expression> parsed = Snippets.constraint(e.getExpression());
                if (parsed.isEmpty()) {
                    refuse(e.getStartCharacter() >= 0 ? line : e.getLine(), "the constraint '" + e.getExpression() + "'",
                            "it is not an expression the checker can read");
                } else {
                    CodeWalker w = walker(Snippets.firstLine(e.getStartCharacter() >= 0 ? line : e.getLine(), parsed.get()),
                            CodeWalker.Mode.CONSTRAINT, variables);
                    w.expression(parsed.get());
                    variables.addAll(w.variables());
                    if (!(parsed.get() instanceof org.drools.mvel.parser.ast.expr.DrlxExpression)) {
                        Optional<String> bound = Snippets.binding(e.getExpression());
                        bound.ifPresent(variables::add);
                        if (bound.isPresent() && parsed.get() instanceof NameExpr property && p.getObjectType() != null
                                && AllowList.isNumberProperty(names.classOf(p.getObjectType()), property.getNameAsString())) {
                            numbers.add(bound.get());
                        }
                    }
                }
            } else {
                refuse(c.getLine(), "the constraint " + c.getText(), "it is not an expression the checker can read");
            }
        }
    }

    private void source(BaseDescr s, Set<String> variables) {
        if (s instanceof FromDescr f) {
            code(f.getExpression(), f, variables, "from");
        } else if (s instanceof CollectDescr c) {
            pattern(c.getInputPattern(), variables);
        } else if (s instanceof AccumulateDescr a) {
            if (a.getInput() != null) {
                lhs(a.getInput(), variables);
            }
            List<String> codes = new ArrayList<>();
            List<BlockStmt> blocks = new ArrayList<>();
            for (String code : new String[] {a.getInitCode(), a.getActionCode(), a.getReverseCode()}) {
                Optional<BlockStmt> block = code == null ? Optional.empty() : Snippets.javaBlock(code);
                if (code != null && block.isEmpty()) {
                    refuse(source.lineOf(code, a.getStartCharacter(), a.getLine()), "the accumulate code '"
                            + code.strip() + "'", "it is not Java the checker can read");
                } else if (block.isPresent()) {
                    codes.add(code);
                    blocks.add(block.get());
                }
            }
            Set<String> outer = new HashSet<>(variables);
            for (int i = 0; i < blocks.size(); i++) {
                CodeWalker w = walker(source.lineOf(codes.get(i), a.getStartCharacter(), a.getLine()),
                        CodeWalker.Mode.CODE, variables).locals(blocks, outer);
                w.statement(blocks.get(i));
                variables.addAll(w.variables());
                numbers.addAll(w.numbers());
            }
            if (a.getResultCode() != null) {
                code(a.getResultCode(), a, variables, "accumulate result");
            }
            for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                if (!AllowList.ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) {
                    refuse(a.getLine(), "the accumulate function " + fn.getFunction(), "use sum, count, min, max,"
                            + " average, collectList or collectSet");
                }
                for (String param : fn.getParams()) {
                    code(param, a, variables, "accumulate");
                }
                if (fn.getBind() != null) {
                    variables.add(fn.getBind());
                }
            }
        } else {
            refuse(s.getLine(), "the source " + s.getClass().getSimpleName().replace("Descr", "").toLowerCase(),
                    "use from, collect or accumulate");
        }
    }

    /** An expression in the conditions (eval, from, accumulate arguments): bindings, no bare fields. */
    private void code(String text, BaseDescr at, Set<String> variables, String what) {
        int line = source.lineOf(text, at.getStartCharacter(), at.getLine());
        Optional<Expression> parsed = Snippets.constraint(text);
        if (parsed.isEmpty()) {
            refuse(line, "the " + what + " expression '" + text.strip() + "'", "it is not an expression the checker"
                    + " can read");
            return;
        }
        walker(Snippets.firstLine(line, parsed.get()), CodeWalker.Mode.CODE, variables).expression(parsed.get());
    }


}
