package se.utfall.ledger;

import org.kie.api.KieServices;

/** Which interpreter decided a run: stored with it, so a replay can say when the engine differs. */
public final class EngineVersion {
    public static final String UTFALL = "0.1.0";
    public static final String VALUE = "utfall " + UTFALL + ", drools " + drools();

    private EngineVersion() {
    }

    /**
     * Drools' version: from kie-api's manifest when it runs from its own jar; inside Utfall's one
     * runnable jar the manifest is Utfall's, so from the Maven properties kie-api ships with.
     */
    public static String drools() {
        String v = KieServices.class.getPackage().getImplementationVersion();
        if (v == null || v.isBlank()) {
            try (var in = KieServices.class.getResourceAsStream("/META-INF/maven/org.kie/kie-api/pom.properties")) {
                if (in != null) {
                    java.util.Properties p = new java.util.Properties();
                    p.load(in);
                    v = p.getProperty("version");
                }
            } catch (java.io.IOException e) {
                v = null;
            }
        }
        return v != null && !v.isBlank() ? v : "10.2.0";
    }
}
