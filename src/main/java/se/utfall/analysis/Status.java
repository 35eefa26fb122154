package se.utfall.analysis;

/**
 * A check's verdict. INFO is a figure reported without a limit to hold it against. NOT_RUN is a
 * check that found no pair of trajectories of its shape to compare (a drop and a climb back needs
 * three years): it proves nothing, so it is never reported as a pass.
 */
public enum Status {
    PASS, FAIL, INFO, NOT_RUN;

    /** As printed in the text report: "NOT RUN", the others by name. */
    public String label() {
        return this == NOT_RUN ? "NOT RUN" : name();
    }
}
