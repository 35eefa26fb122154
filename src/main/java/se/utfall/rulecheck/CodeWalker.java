package se.utfall.rulecheck;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VoidType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.FullyQualifiedInlineCastExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Walks the syntax tree of one piece of code in a rule file (a constraint, a consequence, a
 * function body...) and refuses every node it does not know to be harmless. Fail-closed: a node
 * type not handled here is refused, never skipped.
 */
final class CodeWalker {
    /** Where the code sits: constraints see the pattern's properties by bare name and {@code this}. */
    enum Mode { CONSTRAINT, CONSEQUENCE, CODE }

    private static final Set<String> OPERATORS = Set.of("memberOf", "contains", "excludes", "matches", "soundslike");
    private static final Set<String> REFLECTION = Set.of("getClass", "forName", "getClassLoader", "loadClass",
            "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getDeclaredField",
            "getDeclaredFields", "getConstructor", "getDeclaredConstructor", "invoke", "newInstance",
            "setAccessible", "class");

    /**
     * Methods that change the object they are called on (collections, map entries, StringBuilder,
     * the setters of declared types are added by name). Facts are shared by every clause's rules
     * and Drools does not see such a change, so a rule may call these only on an object it created
     * itself; checked by name, so {@code replace} is refused on text too.
     */
    static final Set<String> MUTATORS = Set.of("add", "addAll", "put", "putAll", "putIfAbsent", "remove",
            "removeAll", "retainAll", "clear", "set", "setValue", "sort", "append", "insert", "delete",
            "deleteCharAt", "setCharAt", "setLength", "reverse", "replace", "pollFirst", "pollLast",
            "pollFirstEntry", "pollLastEntry", "ensureCapacity", "trimToSize");
    /** StringBuilder's mutators return the builder itself, so a chain on a new builder stays the rule's own. */
    private static final Set<String> RETURNS_SELF = Set.of("append", "insert", "delete", "deleteCharAt", "reverse");
    /** Collections' static methods that change their first argument. */
    private static final Set<String> COLLECTIONS_MUTATORS = Set.of("sort", "addAll", "reverse", "shuffle", "swap",
            "fill", "copy", "rotate");
    /** Instance methods that, on any allowed type they exist on, return a number: an amount's .add() is arithmetic. */
    private static final Set<String> NUMBER_RESULTS = Set.of("add", "subtract", "multiply", "divide", "negate", "abs",
            "setScale", "max", "min", "remainder", "pow", "plus", "round", "movePointLeft", "movePointRight",
            "stripTrailingZeros", "scaleByPowerOfTen");

    private enum Kind { VALUE, TYPE, ENGINE, PACKAGE, REFUSED }

    private record Ref(Kind kind, String text, Class<?> type) {
        static final Ref VALUE = new Ref(Kind.VALUE, "", null);
        static final Ref REFUSED = new Ref(Kind.REFUSED, "", null);
    }

    private final String file;
    private final int firstLine;
    private final Names names;
    private final Findings findings;
    private final Mode mode;
    private final Set<String> variables;
    /** Locals holding an object this code created with new (and never anything else). */
    private final Set<String> owned = new HashSet<>();
    /** Names known to hold a number (BigDecimal, int...), whose .add() cannot change a collection. */
    private final Set<String> numbers;

    /**
     * @param firstLine the file line of the code's first line
     * @param variables names bound before the code (rule bindings, parameters, globals); the
     *                  walker adds the locals it meets
     */
    CodeWalker(String file, int firstLine, Names names, Findings findings, Mode mode, Set<String> variables,
               Set<String> numbers) {
        this.file = file;
        this.firstLine = firstLine;
        this.names = names;
        this.findings = findings;
        this.mode = mode;
        this.variables = new HashSet<>(variables);
        this.numbers = new HashSet<>(numbers);
    }

    Set<String> variables() {
        return variables;
    }

    Set<String> numbers() {
        return numbers;
    }

    /**
     * Reads, before walking, which locals of this code (all of it: an accumulate's init, action and
     * reverse are one piece) only ever hold an object the code created, and which only ever hold a
     * number. Decided over the whole code, not in walking order, so that a later assignment in a
     * loop, or a block-scoped local shadowing a global, cannot make a shared object look like one's own.
     */
    CodeWalker locals(List<? extends Node> code) {
        return locals(code, variables);
    }

    /** As {@link #locals(List)}, where {@code outer} are the names bound outside all of the code. */
    CodeWalker locals(List<? extends Node> code, Set<String> outer) {
        Set<String> created = new HashSet<>();
        Set<String> other = new HashSet<>(outer);
        Set<String> numeric = new HashSet<>();
        Set<String> nonNumeric = new HashSet<>(names.globals);
        for (Node tree : code) {
            for (VariableDeclarator d : tree.findAll(VariableDeclarator.class)) {
                String name = d.getNameAsString();
                (d.getInitializer().filter(CodeWalker::isCreation).isPresent() ? created : other).add(name);
                (isNumberType(d.getType()) ? numeric : nonNumeric).add(name);
            }
            for (Parameter p : tree.findAll(Parameter.class)) {
                other.add(p.getNameAsString());
                (isNumberType(p.getType()) ? numeric : nonNumeric).add(p.getNameAsString());
            }
            for (TypePatternExpr p : tree.findAll(TypePatternExpr.class)) {
                other.add(p.getNameAsString());
                nonNumeric.add(p.getNameAsString());
            }
            for (AssignExpr a : tree.findAll(AssignExpr.class)) {
                if (a.getTarget() instanceof NameExpr n) {
                    (a.getOperator() == AssignExpr.Operator.ASSIGN && isCreation(a.getValue()) ? created : other)
                            .add(n.getNameAsString());
                }
            }
        }
        created.removeAll(other);
        owned.addAll(created);
        numeric.removeAll(nonNumeric);
        numbers.addAll(numeric);
        return this;
    }

    private static boolean isCreation(Expression e) {
        return e instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isEmpty()
                || e instanceof ArrayCreationExpr || e instanceof ArrayInitializerExpr;
    }

    private boolean isNumberType(Type t) {
        if (t instanceof PrimitiveType) {
            return true;
        }
        return t instanceof ClassOrInterfaceType c && AllowList.isNumberClass(names.classOf(c.getNameWithScope()));
    }

    /** An object this code made: a new one, a local only ever holding one, or a builder chain on one. */
    private boolean ownObject(Expression e) {
        if (e instanceof EnclosedExpr en) {
            return ownObject(en.getInner());
        }
        if (e instanceof NameExpr n) {
            return owned.contains(n.getNameAsString());
        }
        if (e instanceof MethodCallExpr m && RETURNS_SELF.contains(m.getNameAsString())) {
            return m.getScope().map(this::ownObject).orElse(false);
        }
        return isCreation(e);
    }

    /** Syntactically a number: a number-typed name, BigDecimal.ZERO and the like, or arithmetic on a value. */
    private boolean number(Expression e) {
        if (e instanceof EnclosedExpr en) {
            return number(en.getInner());
        }
        if (e instanceof NameExpr n) {
            return numbers.contains(n.getNameAsString());
        }
        if (e instanceof CastExpr c) {
            // ((BigDecimal) map.get(key)).add(x): the cast fails unless the object is that number type
            return isNumberType(c.getType());
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr t && !variables.contains(t.getNameAsString())) {
            return names.isType(t.getNameAsString()) && AllowList.isNumberClass(names.classOf(t.getNameAsString()));
        }
        if (e instanceof MethodCallExpr m && NUMBER_RESULTS.contains(m.getNameAsString()) && m.getScope().isPresent()) {
            Expression scope = m.getScope().get();
            // Collections.max(...) returns an element, which may be a collection
            return !(scope instanceof NameExpr t && !variables.contains(t.getNameAsString()) && names.isType(t.getNameAsString()));
        }
        return false;
    }


    private boolean isMutator(String method) {
        return MUTATORS.contains(method) || names.isDeclaredSetter(method);
    }

    private int line(Node n) {
        return n.getBegin().map(p -> firstLine + p.line - 1).orElse(firstLine);
    }

    private Ref refuse(Node at, String construct, String why) {
        findings.reject(file, line(at), construct, why);
        return Ref.REFUSED;
    }

    // ---------------------------------------------------------------------------------------------
    // statements

    void statement(Statement s) {
        if (s instanceof BlockStmt b) {
            b.getStatements().forEach(this::statement);
        } else if (s instanceof ExpressionStmt e) {
            expression(e.getExpression());
        } else if (s instanceof IfStmt i) {
            expression(i.getCondition());
            statement(i.getThenStmt());
            i.getElseStmt().ifPresent(this::statement);
        } else if (s instanceof ForStmt f) {
            f.getInitialization().forEach(this::expression);
            f.getCompare().ifPresent(this::expression);
            f.getUpdate().forEach(this::expression);
            statement(f.getBody());
        } else if (s instanceof ForEachStmt f) {
            expression(f.getVariable());
            expression(f.getIterable());
            statement(f.getBody());
        } else if (s instanceof WhileStmt w) {
            expression(w.getCondition());
            statement(w.getBody());
        } else if (s instanceof DoStmt d) {
            statement(d.getBody());
            expression(d.getCondition());
        } else if (s instanceof ReturnStmt r) {
            r.getExpression().ifPresent(this::expression);
        } else if (s instanceof BreakStmt b && b.getLabel().isEmpty()
                || s instanceof ContinueStmt c && c.getLabel().isEmpty() || s instanceof EmptyStmt) {
            return;
        } else if (s instanceof TryStmt || s instanceof ThrowStmt) {
            refuse(s, s instanceof TryStmt ? "try/catch" : "throw",
                    "a rule reports a problem with a decision line or $t.refuse(\"...\"), not with exceptions");
        } else if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) {
            refuse(s, "a class declaration", "declare fact types with 'declare' instead");
        } else {
            refuse(s, "the statement '" + firstWord(s) + "'",
                    "only blocks, local variables, if, for, while, return and expressions are allowed");
        }
    }

    private static String firstWord(Node n) {
        String text = n.toString().strip();
        int end = 0;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return end == 0 ? text.substring(0, Math.min(12, text.length())) : text.substring(0, end);
    }

    // ---------------------------------------------------------------------------------------------
    // expressions

    void expression(Expression e) {
        Ref r = ref(e);
        if (r.kind == Kind.TYPE || r.kind == Kind.ENGINE) {
            refuse(e, "'" + r.text + "' on its own", "a type or the engine can only be used to call an allowed member");
        } else if (r.kind == Kind.PACKAGE) {
            refuse(e, "the name '" + r.text + "'", "it is neither a binding, a local variable nor a field of the fact"
                    + " type; bind it in the rule's conditions first");
        }
    }

    private Ref ref(Expression e) {
        // Drools' own expression nodes first: some extend JavaParser's.
        if (e instanceof DrlxExpression d) {
            if (d.getBind() != null) {
                variables.add(d.getBind().getIdentifier());
            }
            expression(d.getExpr());
            return Ref.VALUE;
        }
        if (e instanceof PointFreeExpr p) {
            if (!operator(p, p.getOperator().getIdentifier(), p.getArg1())) {
                return Ref.REFUSED;
            }
            expression(p.getLeft());
            p.getRight().forEach(this::expression);
            return Ref.VALUE;
        }
        if (e instanceof HalfPointFreeExpr p) {
            if (!operator(p, p.getOperator().getIdentifier(), p.getArg1())) {
                return Ref.REFUSED;
            }
            p.getRight().forEach(this::expression);
            return Ref.VALUE;
        }
        if (e instanceof HalfBinaryExpr h) {
            expression(h.getRight());
            return Ref.VALUE;
        }
        if (e instanceof InlineCastExpr c) {
            type(c.getType());
            expression(c.getExpression());
            return Ref.VALUE;
        }
        if (e instanceof FullyQualifiedInlineCastExpr c) {
            return refuse(e, "the inline cast #" + c.getName(), AllowList.summary()
                    + "; match a fact of the type with a pattern instead of casting");
        }
        if (e instanceof NullSafeMethodCallExpr m) {
            return call(m, m.getScope().orElse(null), m.getName().getIdentifier(), m.getArguments());
        }
        if (e instanceof DrlNameExpr n && n.getBackReferencesCount() > 0) {
            return refuse(e, "a back reference (../)", "name the binding instead");
        }
        if (e instanceof BigDecimalLiteralExpr || e instanceof BigIntegerLiteralExpr || e instanceof LiteralExpr) {
            return Ref.VALUE;
        }
        if (e instanceof NameExpr n) {
            return name(n, n.getNameAsString());
        }
        if (e instanceof FieldAccessExpr f) {
            return field(f);
        }
        if (e instanceof MethodCallExpr m) {
            m.getTypeArguments().ifPresent(ts -> ts.forEach(this::type));
            return call(m, m.getScope().orElse(null), m.getNameAsString(), m.getArguments());
        }
        if (e instanceof ObjectCreationExpr o) {
            return creation(o);
        }
        if (e instanceof BinaryExpr b) {
            expression(b.getLeft());
            expression(b.getRight());
            return Ref.VALUE;
        }
        if (e instanceof UnaryExpr u) {
            if (u.getOperator().isPostfix() || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT) {
                assignTarget(u.getExpression());
            } else {
                expression(u.getExpression());
            }
            return Ref.VALUE;
        }
        if (e instanceof EnclosedExpr en) {
            return ref(en.getInner());
        }
        if (e instanceof ConditionalExpr c) {
            expression(c.getCondition());
            expression(c.getThenExpr());
            expression(c.getElseExpr());
            return Ref.VALUE;
        }
        if (e instanceof AssignExpr a) {
            assignTarget(a.getTarget());
            expression(a.getValue());
            return Ref.VALUE;
        }
        if (e instanceof CastExpr c) {
            type(c.getType());
            expression(c.getExpression());
            return Ref.VALUE;
        }
        if (e instanceof InstanceOfExpr i) {
            type(i.getType());
            expression(i.getExpression());
            i.getPattern().ifPresent(p -> p.findAll(SimpleName.class).forEach(n -> variables.add(n.getIdentifier())));
            return Ref.VALUE;
        }
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                type(d.getType());
                d.getInitializer().ifPresent(this::expression);
                variables.add(d.getNameAsString());
            }
            return Ref.VALUE;
        }
        if (e instanceof ArrayAccessExpr a) {
            expression(a.getName());
            expression(a.getIndex());
            return Ref.VALUE;
        }
        if (e instanceof ArrayCreationExpr a) {
            type(a.getElementType());
            a.getLevels().forEach(l -> l.getDimension().ifPresent(this::expression));
            a.getInitializer().ifPresent(this::expression);
            return Ref.VALUE;
        }
        if (e instanceof ArrayInitializerExpr a) {
            a.getValues().forEach(this::expression);
            return Ref.VALUE;
        }
        if (e instanceof ThisExpr t && t.getTypeName().isEmpty() && mode == Mode.CONSTRAINT) {
            return Ref.VALUE;
        }
        if (e instanceof LambdaExpr || e instanceof MethodReferenceExpr) {
            return refuse(e, e instanceof LambdaExpr ? "a lambda" : "the method reference " + e,
                    "code passed around as a value cannot be checked; write a loop or a library function instead");
        }
        if (e instanceof ClassExpr) {
            return refuse(e, "the class literal " + e, "reflection can reach any class, so it is never allowed");
        }
        return refuse(e, "the expression '" + e.getClass().getSimpleName().replace("Expr", "") + "'",
                "the checker does not know it to be harmless");
    }

    private boolean operator(Node at, String op, Expression temporalArgument) {
        if (!OPERATORS.contains(op) || temporalArgument != null) {
            refuse(at, "the operator '" + op + "'", "use ==, !=, <, <=, >, >=, memberOf, contains, excludes or matches");
            return false;
        }
        return true;
    }

    private void assignTarget(Expression target) {
        if (target instanceof NameExpr n && variables.contains(n.getNameAsString())) {
            return;
        }
        if (target instanceof ArrayAccessExpr a && ownObject(a.getName())) {
            expression(target);
            return;
        }
        refuse(target, "assigning to " + target, "assign only to local variables; facts change through insert"
                + " and update");
    }

    private Ref name(Node at, String name) {
        if (variables.contains(name) || names.globals.contains(name)) {
            return Ref.VALUE;
        }
        if ((name.equals("drools") || name.equals("kcontext")) && mode == Mode.CONSEQUENCE) {
            return new Ref(Kind.ENGINE, name, null);
        }
        if (names.isType(name)) {
            return new Ref(Kind.TYPE, name, names.classOf(name));
        }
        if (mode == Mode.CONSTRAINT && names.isProperty(name)) {
            return Ref.VALUE;
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return refuse(at, name, AllowList.summary());
        }
        return new Ref(Kind.PACKAGE, name, null);
    }

    private Ref field(FieldAccessExpr f) {
        Ref scope = ref(f.getScope());
        String member = f.getNameAsString();
        switch (scope.kind) {
            case REFUSED:
                return Ref.REFUSED;
            case PACKAGE: {
                String qualified = scope.text + "." + member;
                if (names.isType(qualified)) {
                    return new Ref(Kind.TYPE, qualified, names.classOf(qualified));
                }
                if (Character.isUpperCase(member.charAt(0))) {
                    return refuse(f, qualified, AllowList.summary());
                }
                return new Ref(Kind.PACKAGE, qualified, null);
            }
            case TYPE:
                if (scope.type != null && AllowList.isStaticMember(scope.type, member)) {
                    return Ref.VALUE;
                }
                return refuse(f, scope.text + "." + member, "only the constants and static methods of the allowed"
                        + " types may be used (" + AllowList.summary() + ")");
            case ENGINE:
                return refuse(f, scope.text + "." + member, "a rule may only call drools.insert, update, delete"
                        + " or retract");
            default:
                if (REFLECTION.contains(member)) {
                    return refuse(f, "." + member, "reflection can reach any class, so it is never allowed");
                }
                if (AllowList.reason(member) != null) {
                    return refuse(f, "the property ." + member, AllowList.reason(member));
                }
                if (names.isProperty(member) || member.equals("length")) {
                    return Ref.VALUE;
                }
                return refuse(f, "the property ." + member, "it is not a property of a fact type or an allowed type");
        }
    }

    private Ref call(Expression at, Expression scopeExpr, String method, List<Expression> arguments) {
        Ref result = callee(at, scopeExpr, method, arguments);
        arguments.forEach(this::expression);
        return result;
    }

    private Ref callee(Expression at, Expression scopeExpr, String method, List<Expression> arguments) {
        if (REFLECTION.contains(method)) {
            return refuse(at, method + "()", "reflection can reach any class, so it is never allowed");
        }
        if (scopeExpr == null) {
            if (names.functions.contains(method)
                    || AllowList.ENGINE_METHODS.contains(method) && mode == Mode.CONSEQUENCE) {
                return Ref.VALUE;
            }
            return refuse(at, "calling " + method + "()", "it is neither a function of the clause library (import"
                    + " it with 'import function') nor insert, update, delete or retract");
        }
        Ref scope = ref(scopeExpr);
        if ((scope.kind == Kind.VALUE || scope.kind == Kind.TYPE) && AllowList.reason(method) != null) {
            return refuse(at, (scope.kind == Kind.TYPE ? scope.text + "." : ".") + method + "()", AllowList.reason(method));
        }
        switch (scope.kind) {
            case REFUSED:
                return Ref.REFUSED;
            case PACKAGE:
                return refuse(at, scope.text + "." + method + "()", AllowList.summary());
            case TYPE:
                if (scope.type == java.util.Collections.class && COLLECTIONS_MUTATORS.contains(method)
                        && (arguments.isEmpty() || !ownObject(arguments.get(0)))) {
                    return refuse(at, "Collections." + method + "() on " + (arguments.isEmpty() ? "nothing"
                            : arguments.get(0)), "it changes a collection the rule did not create; copy it first"
                            + " (new ArrayList(...))");
                }
                if (scope.type != null && AllowList.isStaticMember(scope.type, method)) {
                    return Ref.VALUE;
                }
                if (scope.type != null && AllowList.staticReason(scope.type, method) != null) {
                    return refuse(at, scope.text + "." + method + "()", AllowList.staticReason(scope.type, method));
                }
                return refuse(at, scope.text + "." + method + "()", "only the constants and static methods of the"
                        + " allowed types may be used (" + AllowList.summary() + ")");
            case ENGINE:
                if (AllowList.ENGINE_METHODS.contains(method)) {
                    return Ref.VALUE;
                }
                return refuse(at, scope.text + "." + method + "()", "a rule may only call drools.insert, update,"
                        + " delete or retract");
            default:
                if (isMutator(method) && !ownObject(scopeExpr) && !("add".equals(method) && number(scopeExpr))) {
                    return refuse(at, "calling ." + method + "() on " + scopeExpr, "it changes an object the rule did"
                            + " not create, and facts are shared by every clause while Drools does not see the change;"
                            + " copy it first (new ArrayList(...)) or, for an amount, declare its type"
                            + " (BigDecimal total = ...)");
                }
                if (names.isMethod(method)) {
                    return Ref.VALUE;
                }
                return refuse(at, "calling ." + method + "()", "only the methods of the fact types and of the allowed"
                        + " types may be called (" + AllowList.summary() + ")");
        }
    }

    private Ref creation(ObjectCreationExpr o) {
        if (o.getScope().isPresent()) {
            return refuse(o, "new " + o.getType(), "create only the allowed types");
        }
        String typeName = o.getType().getNameWithScope();
        o.getType().getTypeArguments().ifPresent(ts -> ts.forEach(this::type));
        Class<?> c = names.classOf(typeName);
        boolean declared = names.isDeclared(typeName);
        if (o.getAnonymousClassBody().isPresent()) {
            if (c == null || !AllowList.IMPLEMENTABLE.contains(c)) {
                return refuse(o, "an anonymous class of " + typeName, "only a Comparator may be written this way");
            }
            for (BodyDeclaration<?> member : o.getAnonymousClassBody().get()) {
                if (member instanceof MethodDeclaration m && m.getBody().isPresent()) {
                    method(m);
                } else {
                    refuse(member, "this member of an anonymous class", "only methods are allowed in it");
                }
            }
        } else if (!declared && (c == null || !AllowList.CONSTRUCTABLE.contains(c))) {
            return refuse(o, "new " + typeName, names.isType(typeName)
                    ? typeName + " cannot be created in a rule; ask the clause library for a helper"
                    : AllowList.summary());
        }
        o.getArguments().forEach(this::expression);
        return Ref.VALUE;
    }

    private void method(MethodDeclaration m) {
        type(m.getType());
        for (Parameter p : m.getParameters()) {
            type(p.getType());
            variables.add(p.getNameAsString());
        }
        statement(m.getBody().get());
    }

    // ---------------------------------------------------------------------------------------------
    // types

    void type(Type t) {
        if (t instanceof PrimitiveType || t instanceof VoidType || t.isVarType()) {
            return;
        }
        if (t instanceof ArrayType a) {
            type(a.getComponentType());
            return;
        }
        if (t instanceof ClassOrInterfaceType c) {
            String name = c.getNameWithScope();
            if (!names.isType(name)) {
                refuse(t, name, AllowList.summary());
            }
            c.getTypeArguments().ifPresent(ts -> ts.forEach(this::type));
            return;
        }
        refuse(t, "the type " + t, AllowList.summary());
    }
}
