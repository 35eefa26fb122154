package se.utfall.cli;

/** What the process exit code tells a script. */
final class ExitCodes {
    static final int OK = 0;
    /** A scenario test or a settlement check failed. */
    static final int CHECK_FAILED = 1;
    /** Bad input (contract, rule, measurement or scenario file) or a bad command line. */
    static final int BAD_INPUT = 2;
    /** A fault in Utfall itself; never the user's doing. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
