package se.utfall.derived;

/** A formula that cannot be read: what is wrong and what to write instead, at a column (1-based). */
public final class FormulaError extends RuntimeException {
    private final int column;

    FormulaError(int column, String message) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
