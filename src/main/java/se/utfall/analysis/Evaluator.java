package se.utfall.analysis;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;

/**
 * Settles generated trajectories with the contract's own compiled rules (one compiled rule set,
 * sessions reused from its pool, reset between settlements) and remembers each result, so a
 * trajectory met twice is settled once. A payout needs only amounts and payers, so the settlements
 * it reads are made without the working text ({@link PreparedContract#settleAmounts}); a report that
 * shows a settlement's lines gets a full one from {@link #settle}.
 *
 * <p>Not done, on purpose: continuing a history from the state a shared prefix of years left. A
 * year's decision depends only on the years up to it, but the state it leaves is a Drools session
 * (working memory, and which rule matches have already fired), which cannot be copied without the
 * session marshaller; rebuilding it from the facts alone would fire again, in a fresh session, the
 * matches that had fired in earlier years, for any rule whose matches do not name the year.
 */
public final class Evaluator {
    private final PreparedContract prepared;
    private final Template template;
    private final CountedMoney money;
    private final Map<Map<Focus, Trajectory>, Payout> cache = new ConcurrentHashMap<>();
    private final AtomicLong settlements = new AtomicLong();
    /**
     * Payouts by the exact measurements settled: different figures varied to the template's own values,
     * an exposure candidate that repeats a comparison's trajectory, give the same rows, and a settlement is
     * a pure function of the contract, its compiled rules and the rows, so those are settled once.
     * {@link #settlements()} still counts every history the analysis asked for, as before, so the report
     * does not depend on how many of them happened to coincide.
     */
    private final Map<List<Measurement>, Payout> byRows = new ConcurrentHashMap<>();
    private final AtomicLong settled = new AtomicLong();

    public Evaluator(PreparedContract prepared, Template template, CountedMoney money) {
        this.prepared = prepared;
        this.template = template;
        this.money = money;
    }

    /** What the counted parties pay when one figure follows t and every other holds to the template. */
    public Payout paid(Focus focus, Trajectory t) {
        return paid(Map.of(focus, t));
    }

    public Payout paid(Map<Focus, Trajectory> varied) {
        Map<Focus, Trajectory> key = new LinkedHashMap<>(varied);
        Payout p = cache.get(key);
        if (p == null) {
            settlements.incrementAndGet();
            List<Measurement> rows = template.with(varied);
            p = byRows.get(rows);
            if (p == null) {
                settled.incrementAndGet();
                // amounts only: a payout adds up who pays what and never reads a line's working
                p = money.of(prepared.settleAmounts(rows, prepared.contract().lastYear()));
                byRows.put(rows, p);
            }
            cache.put(key, p);
        }
        return p;
    }

    /**
     * Settles every trajectory not settled yet, on all cores: each settlement has its own session,
     * and the result only fills the cache, so the order in which they finish changes nothing.
     */
    public void prefetch(Focus focus, Collection<Trajectory> trajectories) {
        trajectories.stream().distinct().filter(t -> !cache.containsKey(Map.of(focus, t))).toList()
                .parallelStream().forEach(t -> paid(focus, t));
    }

    /** A full settlement (with every decision line), for a report that shows one. */
    public Settlement settle(Map<Focus, Trajectory> varied) {
        settlements.incrementAndGet();
        return prepared.settle(template.with(varied), prepared.contract().lastYear());
    }

    public long settlements() {
        return settlements.get();
    }

    /** Settlements actually run: {@link #settlements()} less those whose rows had been settled already. */
    public long settledDistinct() {
        return settled.get();
    }

    public PreparedContract prepared() {
        return prepared;
    }

    public Template template() {
        return template;
    }

    public CountedMoney money() {
        return money;
    }

}
