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
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateImportDescr;
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
    /** Utfall's own namespace, where no class of the JDK or of any library lives. */
    private static final Pattern OWN_PACKAGE = Pattern.compile("utfall(\\.[A-Za-z_][A-Za-z0-9_]*)+");
    /** Metadata a rule may carry, with a plain literal value: what Utfall or a reader uses. */
    private static final Set<String> RULE_ANNOTATIONS = Set.of("clause", "description");
    /** Results of collect Drools fills with a HashSet or HashMap, whose order is not the same from run to run. */
    private static final Set<Class<?>> UNORDERED_RESULTS = Set.of(java.util.Set.class, java.util.Map.class,
            java.util.Collection.class);
    /** Field annotations that only order or identify a declared type's fields. */
    private static final Set<String> FIELD_ANNOTATIONS = Set.of("key", "position");
    private static final Pattern LITERAL = Pattern.compile("\"[^\"\\\\]*\"|-?\\d+(\\.\\d+)?|true|false|[A-Za-z_]\\w*");

    private final RuleFile file;
    private final SourceText source;
    private final Names names;
    private final Findings findings;
    /** package.name of every function of the clause library, what an import function may name. */
    private final Set<String> libraryFunctions;
    /** The line being checked, to name when the code is too deeply nested to finish. */
    private int current = 1;
    /** The bindings of the rule being checked that hold a number ($total : BigDecimal() from ...). */
    private Set<String> numbers = new HashSet<>();

    FileChecker(RuleFile file, Names names, Set<String> libraryFunctions, Findings findings) {
        this.file = file;
        this.libraryFunctions = libraryFunctions;
        this.source = new SourceText(file.text());
        this.names = names;
        this.findings = findings;
    }

    int currentLine() {
        return current;
    }

    private void refuse(int line, String construct, String why) {
        findings.reject(file.display(), line, construct, why);
    }

    private CodeWalker walker(int firstLine, CodeWalker.Mode mode, Set<String> variables) {
        return new CodeWalker(file.display(), firstLine, names, findings, mode, variables, numbers);
    }

    void check(PackageDescr pkg) {
        packageName(pkg);
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
            // by full name: "import function java.lang.System.exit" must not pass because some library function is called exit
            String target = i.getTarget();
            if (!libraryFunctions.contains(target)) {
                refuse(i.getLine(), "import function " + target, "only functions of the clause library (rules/) can"
                        + " be imported, by their package and name ("
                        + (libraryFunctions.isEmpty() ? "there are none" : String.join(", ", new TreeSet<>(libraryFunctions))) + ")");
            }
        }
        for (AccumulateImportDescr i : pkg.getAccumulateImports()) {
            // Drools creates an instance of the named class while it builds: any class, any constructor
            if (!AllowList.ACCUMULATE_CLASSES.getOrDefault(i.getFunctionName(), "").equals(i.getTarget())) {
                refuse(i.getLine(), "import accumulate " + i.getTarget() + " " + i.getFunctionName(), "use the"
                        + " built-in accumulate functions (sum, count, min, max, average, collectList), which need"
                        + " no import");
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

    /**
     * A rule file lives in a package of Utfall's own namespace (utfall.family.*, utfall.contract.*...),
     * where no real class exists: Drools treats "declare X" in a package that has a real class X as
     * that class, so "package java.beans; declare Expression end" made the JDK's Expression a type
     * the rules could create and call.
     */
    static boolean isOwnPackage(String name) {
        return name != null && OWN_PACKAGE.matcher(name).matches();
    }

    private void packageName(PackageDescr pkg) {
        String name = pkg.getName() == null ? "" : pkg.getName();
        if (!OWN_PACKAGE.matcher(name).matches()) {
            java.util.regex.Matcher m = Pattern.compile("(?m)^\\s*package\\s+" + Pattern.quote(name)).matcher(source.text());
            int line = m.find() ? source.lineAt(m.start()) : 1;
            refuse(name.isEmpty() ? 1 : line, name.isEmpty() ? "a rule file without a package line" : "package " + name,
                    "rule files live in Utfall's own packages: write 'package utfall.<name>;' (a family's rules use"
                            + " 'package utfall.family.<family id with _ for ->;')");
        }
    }

    private void function(FunctionDescr f) {
        current = f.getLine();
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
        current = t.getLine();
        annotations(t, Set.of());
        if (t.isTrait()) {
            refuse(t.getLine(), "declare trait " + t.getTypeName(), "declare plain fact types");
        }
        String name = t.getTypeName();
        String namespace = t.getType() == null ? null : t.getType().getNamespace();
        if (name.contains(".") || namespace != null && !namespace.isEmpty() && !namespace.equals(names.filePackage)) {
            refuse(t.getLine(), "declare " + t.getFullTypeName(), "declare a type by its simple name, in the file's own"
                    + " package");
        } else if (AllowList.shadows(name) || names.imports.containsKey(name)) {
            refuse(t.getLine(), "declare " + name, "the name is that of a real class (" + (names.imports.containsKey(name)
                    ? names.imports.get(name) : AllowList.shadowed(name)) + "), and a declared type may never stand"
                    + " for one; choose another name");
        }
        for (QualifiedName s : t.getSuperTypes()) {
            if (!names.isType(s.getFullName()) && !names.isType(s.getName())) {
                refuse(t.getLine(), "extends " + s.getFullName(), AllowList.summary());
            }
        }
        for (TypeFieldDescr field : t.getFields().values()) {
            current = field.getLine();
            annotations(field, FIELD_ANNOTATIONS);
            if (AllowList.isReservedField(field.getFieldName())) {
                refuse(field.getLine(), "a field named " + field.getFieldName(), "its accessor is a member of Class,"
                        + " ClassLoader or another reflective type, which no rule may reach; choose another name");
            }
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

    /**
     * Annotations are read by Drools while it builds: a rule's metadata values are even evaluated
     * as MVEL, and others change how facts are matched (@watch) or stored (@role, @timestamp). Only
     * the listed ones, with plain literal values, are allowed.
     */
    private void annotations(AnnotatedBaseDescr d, Set<String> allowed) {
        for (AnnotationDescr a : d.getAnnotations()) {
            int line = source.lineOf("@" + a.getName(), d.getStartCharacter(), d.getLine());
            if (!allowed.contains(a.getName())) {
                refuse(line, "the annotation @" + a.getName(), allowed.isEmpty() ? "nothing here takes an annotation"
                        : "only @" + String.join(", @", new TreeSet<>(allowed)) + " may be used here");
                continue;
            }
            for (Map.Entry<String, Object> v : a.getValueMap().entrySet()) {
                if (!(v.getValue() instanceof String s) || !LITERAL.matcher(s.strip()).matches()) {
                    refuse(line, "the annotation @" + a.getName()
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
        current = r.getLine();
        annotations(r, RULE_ANNOTATIONS);
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
        } else if ("salience".equals(name) && !a.getValue().strip().matches("-?\\d{1,9}")) {
            // Computed from the rule's own bindings with + - * only (payment-cap orders its caps by
            // the contract's order this way): the same facts give the same order. Anything else
            // (a call, a field, Math.random()) could make the firing order, and so the amounts,
            // differ between two runs over the same facts.
            Optional<Expression> e = Snippets.constraint(a.getValue());
            Set<String> bindings = new HashSet<>(variables);
            bindings.removeAll(names.globals);
            if (e.isEmpty() || !bindingArithmetic(e.get(), bindings)) {
                refuse(a.getLine(), "salience " + a.getValue().strip(), "give a whole number, or + - * of whole numbers"
                        + " and the rule's own bindings ($order); the order of rules must not depend on anything else");
            }
            e.ifPresent(x -> walker(Snippets.firstLine(a.getLine(), x), CodeWalker.Mode.CODE, variables).expression(x));
        }
    }

    /** Whole-number literals and bindings joined by + - * (and parentheses, unary minus), nothing else. */
    private static boolean bindingArithmetic(Expression e, Set<String> variables) {
        if (e instanceof com.github.javaparser.ast.expr.EnclosedExpr en) {
            return bindingArithmetic(en.getInner(), variables);
        }
        if (e instanceof com.github.javaparser.ast.expr.IntegerLiteralExpr) {
            return true;
        }
        if (e instanceof NameExpr n) {
            return n.getNameAsString().startsWith("$") && variables.contains(n.getNameAsString());
        }
        if (e instanceof com.github.javaparser.ast.expr.UnaryExpr u) {
            return u.getOperator() == com.github.javaparser.ast.expr.UnaryExpr.Operator.MINUS
                    && bindingArithmetic(u.getExpression(), variables);
        }
        if (e instanceof com.github.javaparser.ast.expr.BinaryExpr b) {
            var op = b.getOperator();
            return (op == com.github.javaparser.ast.expr.BinaryExpr.Operator.PLUS
                    || op == com.github.javaparser.ast.expr.BinaryExpr.Operator.MINUS
                    || op == com.github.javaparser.ast.expr.BinaryExpr.Operator.MULTIPLY)
                    && bindingArithmetic(b.getLeft(), variables) && bindingArithmetic(b.getRight(), variables);
        }
        return false;
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
        current = p.getLine();
        annotations(p, Set.of());
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
            if (p.getSource() instanceof CollectDescr && p.getObjectType() != null
                    && UNORDERED_RESULTS.contains(names.classOf(p.getObjectType()))) {
                refuse(p.getLine(), "collect into " + p.getObjectType(), "Drools fills a hash set, which"
                        + " iterates in a different order from run to run; collect into a List");
            }
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
                            + " average, countDistinct or collectList (collectSet fills a HashSet, whose order"
                            + " differs from run to run)");
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
