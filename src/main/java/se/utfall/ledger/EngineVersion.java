package se.utfall.ledger;

import org.kie.api.KieServices;

/** Which interpreter decided a run: stored with it, so a replay can say when the engine differs. */
public final class EngineVersion {
    public static final String UTFALL = "0.1.0";
    public static final String VALUE = "utfall " + UTFALL + ", drools " + drools();

    private EngineVersion() {
    }

    private static String drools() {
        String v = KieServices.class.getPackage().getImplementationVersion();
        return v != null ? v : "10.2.0";
    }
}
