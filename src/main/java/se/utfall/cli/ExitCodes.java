package se.utfall.cli;

/** What the process exit code tells a script. */
final class ExitCodes {
    static final int OK = 0;
    /**
     * A scenario test or a settlement check failed; for settle-all: some contracts were not settled
     * (one failed, or one is not signed and --sign-new was not given).
     */
    static final int CHECK_FAILED = 1;
    /** Bad input (contract, rule, measurement or scenario file) or a bad command line. */
    static final int BAD_INPUT = 2;
    /** A fault in Utfall itself; never the user's doing. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
