package se.utfall.engine;

import java.util.AbstractList;
import se.utfall.facts.ClauseTerms;

/**
 * The matched facts of one rule firing, described only when someone reads them (explain). A
 * settlement records every firing, and describing each fact as it fires cost more than the
 * settlement itself on a large portfolio. Records cannot change and clause terms are set once
 * before they are inserted, so describing them later gives the same text; any other fact (a type
 * declared in DRL, which a rule could modify) is described at once.
 */
final class FactTexts extends AbstractList<String> {
    private final Object[] facts;
    private String[] texts;

    FactTexts(Object[] facts) {
        for (int i = 0; i < facts.length; i++) {
            Object o = facts[i];
            if (!(o instanceof ClauseTerms || o instanceof String || o instanceof java.math.BigDecimal
                    || RECORD.get(o.getClass()))) {
                facts[i] = new Described(FactText.describe(o));
            }
        }
        this.facts = facts;
    }

    /** Whether a class is a record, asked of the class once (each firing's facts are checked). */
    private static final ClassValue<Boolean> RECORD = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isRecord();
        }
    };

    /** A fact described when it fired. */
    private record Described(String text) {
    }

    @Override
    public synchronized String get(int index) {
        if (texts == null) {
            String[] t = new String[facts.length];
            for (int i = 0; i < facts.length; i++) {
                t[i] = facts[i] instanceof Described d ? d.text() : FactText.describe(facts[i]);
            }
            texts = t;
        }
        return texts[index];
    }

    @Override
    public int size() {
        return facts.length;
    }
}
