package se.utfall.library;

import java.util.Arrays;
import java.util.List;

/** The kinds of value a clause parameter can hold, and the Java type rules see for each. */
public enum ParameterType {
    AMOUNT("amount", "java.math.BigDecimal"),
    DECIMAL("decimal", "java.math.BigDecimal"),
    PERCENT("percent", "java.math.BigDecimal"),
    INTEGER("integer", "Integer"),
    YEAR("year", "Integer"),
    BOOLEAN("boolean", "Boolean"),
    TEXT("text", "String"),
    CHOICE("choice", "String"),
    MEASURE("measure", "String"),
    PARTY("party", "String"),
    CLAUSES("clauses", "java.util.List"),
    TABLE("table", "java.util.List");

    private final String word;
    private final String javaType;

    ParameterType(String word, String javaType) {
        this.word = word;
        this.javaType = javaType;
    }

    public String word() {
        return word;
    }

    public String javaType() {
        return javaType;
    }

    public boolean isNumber() {
        return this == AMOUNT || this == DECIMAL || this == PERCENT || this == INTEGER || this == YEAR;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ParameterType::word).toList();
    }

    public static ParameterType fromWord(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst().orElse(null);
    }
}
