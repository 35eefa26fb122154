package se.utfall.bench;

import se.utfall.decision.Settlement;

/**
 * THE LEDGER SEAM: where each settled contract's decision lines go. The benchmark measures the
 * engine with {@link #DISCARD}; settle-all's ledger plugs in here (one transaction per
 * contract-year) so the same benchmark measures the whole run end to end. Called from the worker
 * threads, so an implementation must be thread-safe.
 */
@FunctionalInterface
public interface SettledContractSink {
    SettledContractSink DISCARD = settlement -> { };

    void accept(Settlement settlement);
}
