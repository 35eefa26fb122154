package se.utfall.engine;

import java.util.Map;
import java.util.WeakHashMap;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Sessions of a compiled rule set, reused: Drools' own session pool resets a session handed back (its
 * working memory, agenda, fact handles and node memories emptied) and keeps the node and segment
 * memories it had built, which a new session builds again on every first insert (about a tenth of a
 * short settlement). A session comes back only from a settlement that ended cleanly, with its
 * listeners removed; one whose settlement failed or was stopped is destroyed and never reused.
 */
final class SessionPools {
    /** Weak: a rule set no longer used (tests compile many) takes its pool with it. */
    private static final Map<KieBase, KieSessionsPool> POOLS = new WeakHashMap<>();

    private SessionPools() {
    }

    static KieSession newSession(KieBase kieBase) {
        KieSessionsPool pool;
        synchronized (POOLS) {
            pool = POOLS.computeIfAbsent(kieBase, b -> b.newKieSessionsPool(0));
        }
        return pool.newKieSession();
    }
}
