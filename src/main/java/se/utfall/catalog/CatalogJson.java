package se.utfall.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.library.Bilingual;
import se.utfall.library.ClauseFamily;
import se.utfall.library.Parameter;
import se.utfall.report.JsonText;

/**
 * The catalogue for machines: both languages, every version's parameters, keys in a fixed order
 * and numbers as decimal strings, so the same folders give byte-identical output.
 */
public final class CatalogJson {
    private CatalogJson() {
    }

    public static String render(Catalog catalog) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("library", catalog.library());
        root.put("contracts", catalog.contractsFolder());
        root.put("contractCount", catalog.contractCount());
        List<Object> families = new ArrayList<>();
        for (Catalog.Entry e : catalog.families()) {
            ClauseFamily f = e.current();
            Map<String, Object> family = new LinkedHashMap<>();
            family.put("id", f.id());
            family.put("version", f.version());
            family.put("title", bilingual(f.title()));
            family.put("description", bilingual(f.description()));
            family.put("hasDescribeTemplate", f.describe() != null);
            family.put("parameters", parameters(f.parameters()));
            List<Object> released = new ArrayList<>();
            for (ClauseFamily old : e.released()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("version", old.version());
                r.put("parameters", parameters(old.parameters()));
                released.add(r);
            }
            family.put("released", released);
            List<Object> usedBy = new ArrayList<>();
            for (Usage u : e.usages()) {
                Map<String, Object> use = new LinkedHashMap<>();
                use.put("contract", u.contract());
                use.put("file", u.file());
                use.put("line", u.line());
                use.put("clause", u.clause());
                use.put("version", u.version());
                use.put("pinned", u.pinned());
                usedBy.add(use);
            }
            family.put("usedBy", usedBy);
            families.add(family);
        }
        root.put("families", families);
        return JsonText.of(root);
    }

    private static List<Object> parameters(Map<String, Parameter> parameters) {
        List<Object> list = new ArrayList<>();
        for (Parameter p : parameters.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("type", p.type().word());
            m.put("unit", p.unit());
            m.put("min", p.min() == null ? null : p.min().toPlainString());
            m.put("max", p.max() == null ? null : p.max().toPlainString());
            m.put("default", ParameterFacts.plainDefault(p.defaultValue()));
            m.put("optional", p.optional());
            m.put("required", p.required());
            m.put("requiredWhen", p.requiredWhen().isEmpty() ? null : new LinkedHashMap<>(p.requiredWhen()));
            if (!p.choices().isEmpty()) {
                m.put("choices", p.choices());
            }
            if (!p.columns().isEmpty()) {
                m.put("columns", parameters(p.columns()));
            }
            m.put("description", bilingual(p.description()));
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> bilingual(Bilingual b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sv", b.sv());
        m.put("en", b.en());
        return m;
    }
}
