package se.utfall.engine.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import se.utfall.engine.RuleSet;
import se.utfall.timing.Checkpoints;

/**
 * Rules compiled with Drools' executable model: the conditions and consequences become ordinary
 * Java classes, so a later process can make the KieBase from those classes without parsing DRL or
 * running a Java compiler. Building is slower than the classic build, loading is several times
 * faster, which is why the result is kept on disk ({@link RulesDiskCache}).
 */
public final class ExecutableModel {
    private static final String MODEL_LIST = "/drools-model";

    private ExecutableModel() {
    }

    /** The compiled kjar, or empty when the executable model cannot compile these rules. */
    public static Optional<byte[]> build(RuleSet ruleSet) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem fs = ks.newKieFileSystem();
        for (int i = 0; i < ruleSet.sources().size(); i++) {
            fs.write(ks.getResources().newByteArrayResource(
                    ruleSet.sources().get(i).text().getBytes(StandardCharsets.UTF_8))
                    .setResourceType(ResourceType.DRL).setSourcePath("src/main/resources/utfall/s" + i + ".drl"));
        }
        ReleaseId releaseId = ks.newReleaseId("se.utfall.model", "set-" + ruleSet.hash().substring(0, 16), "1.0.0");
        fs.generateAndWritePomXML(releaseId);
        try {
            KieBuilder builder;
            try {
                builder = ks.newKieBuilder(fs).buildAll(ExecutableModelProject.class);
            } catch (RuntimeException e) {
                // The executable model's own parser rejects some DRL the classic build accepts.
                Checkpoints.mark("executable model cannot compile these rules: " + e.getMessage().lines().limit(6).reduce((x,y)->x+" | "+y)
                        .orElse(""));
                return Optional.empty();
            }
            if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
                Checkpoints.mark("executable model cannot compile these rules: "
                        + builder.getResults().getMessages(Message.Level.ERROR).get(0).getText().lines().limit(3)
                        .reduce((x, y) -> x + " | " + y).orElse(""));
                return Optional.empty();
            }
            return Optional.of(((InternalKieModule) builder.getKieModule()).getBytes());
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * Makes the KieBase from a kjar written by {@link #build}: defines its classes in a loader of
     * their own and hands the rule models straight to Drools, skipping the KieRepository (which would
     * parse the kjar's pom and kmodule.xml).
     */
    public static KieBase load(byte[] kjar) throws IOException, ReflectiveOperationException {
        Map<String, byte[]> classes = new HashMap<>();
        String modelList = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".class")) {
                    classes.put(e.getName(), zip.readAllBytes());
                } else if (e.getName().endsWith(MODEL_LIST)) {
                    modelList = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        if (modelList == null) {
            throw new IOException("the kjar lists no rule models");
        }
        ClassLoader loader = new BytesClassLoader(classes, ExecutableModel.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String name : modelList.split("\\s+")) {
            // The list starts with a "Drools-Model-Version:..." line; class names have no colon.
            if (!name.isBlank() && !name.contains(":")) {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            }
        }
        if (models.isEmpty()) {
            throw new IOException("the kjar lists no rule models");
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Defines the compiled rule classes on demand from their bytes. */
    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
