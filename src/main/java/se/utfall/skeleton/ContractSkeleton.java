package se.utfall.skeleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.library.ClauseFamily;
import se.utfall.library.Parameter;
import se.utfall.library.ParameterType;

/**
 * The files of a new contract folder: contract.yaml with every key commented (in Swedish, the
 * contract's language), a measurements.csv header and one example scenario. Each family asked for
 * becomes a clause whose parameters are read from the family's own declaration (type, unit, range,
 * description, default), so a new family in the library is offered without any change here.
 *
 * <p>Every value written is one the checks accept (a default, else the lowest allowed value), so
 * the folder validates as written; the comments marked FYLL I say what to replace.
 */
public final class ContractSkeleton {
    /** The example measure, party ids and the schema location relative to the new folder. */
    static final String MEASURE = "matt_1";
    static final String PURCHASER = "kommunen";
    static final String PROVIDER = "utforaren";

    private ContractSkeleton() {
    }

    /** File name → text, in the order they are written. */
    public static Map<String, String> files(String id, int firstYear, List<ClauseFamily> families, String schemaPath) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("contract.yaml", contract(id, firstYear, families, schemaPath));
        files.put("measurements.csv", "# Mätvärden: en rad per enhet (subject), mått, år. Fält med komma citeras (\"a, b\").\n"
                + "# Sparat från Excel: 'CSV UTF-8' med komma, eller 'CSV (semikolonavgränsad)' med ; och decimalkomma.\n"
                + "subject,measure,year,value,respondents,response_rate,source,verified_by\n");
        files.put("tests/exempel.yaml", scenario(firstYear));
        return files;
    }

    private static String contract(String id, int first, List<ClauseFamily> families, String schemaPath) {
        StringBuilder y = new StringBuilder();
        y.append("# yaml-language-server: $schema=").append(schemaPath).append('\n');
        y.append("# Ett nytt avtal. Ersätt varje värde märkt FYLL I och kontrollera med ./utfall validate <mapp>.\n");
        y.append("# Tal skrivs som i avtalstexten: 120 000, 80,5 eller 80.5 (men inte 1,000: skriv 1 000 eller 1,0).\n\n");
        y.append("# Avtalets id: små bokstäver, siffror och - (används i liggaren och i rapporter).\n");
        y.append("id: ").append(id).append('\n');
        y.append("title: \"FYLL I: avtalets namn\"\n");
        y.append("# Avtalsperioden: första och sista året som avräknas.\n");
        y.append("period: { first: ").append(first).append(", last: ").append(first + 2).append(" }\n");
        y.append("currency: SEK\n");
        y.append("# Avrundning av belopp: decimals 0 (hela kronor), 1 eller 2 (öre); mode half-up, half-even eller down.\n");
        y.append("rounding: { decimals: 0, mode: half-up }\n\n");
        y.append("# Parterna: id och namn. Roller: purchaser, provider, investor, validator, co-payer, intermediary.\n");
        y.append("parties:\n");
        y.append("  ").append(PURCHASER).append(": { name: \"FYLL I: kommunens namn\", role: purchaser }\n");
        y.append("  ").append(PROVIDER).append(": { name: \"FYLL I: utförarens namn\", role: provider }\n\n");
        y.append("# Måtten som avtalet betalar efter. unit: % (0–100), personer (heltal), eller en egen enhet.\n");
        y.append("# better: higher eller lower (vilket håll som är ett bättre resultat).\n");
        y.append("measures:\n");
        y.append("  ").append(MEASURE).append(":\n");
        y.append("    title: \"FYLL I: vad måttet räknar\"\n");
        y.append("    unit: personer\n");
        y.append("    better: higher\n");
        y.append("    source: \"FYLL I: varifrån siffran kommer och vem som granskar den\"\n\n");
        y.append("# Klausulerna: var och en med avtalets egen text och en familj ur klausulbiblioteket\n");
        y.append("# (./utfall clauses listar dem). Utan familj skrivs klausulens regler som meningar i en .dslr-fil.\n");
        y.append("clauses:\n");
        if (families.isEmpty()) {
            y.append("  - id: \"§1\"\n");
            y.append("    title: \"FYLL I: klausulens rubrik\"\n");
            y.append("    text: |\n      FYLL I: klausulens text som den står i avtalet.\n");
            y.append("    # family: <en familj ur ./utfall clauses>, med dess parameters: nedan\n");
        }
        int n = 1;
        for (ClauseFamily f : families) {
            List<String> others = new ArrayList<>();
            for (int i = 1; i <= families.size(); i++) {
                if (i != n) {
                    others.add("\"§" + i + "\"");
                }
            }
            y.append("  - id: \"§").append(n++).append("\"\n");
            y.append("    title: \"").append(quoted(f.title().sv())).append("\"\n");
            y.append("    text: |\n      FYLL I: klausulens text som den står i avtalet.\n");
            y.append("    # ").append(oneLine(f.description().sv(), 110)).append('\n');
            y.append("    family: ").append(f.id()).append('\n');
            y.append("    version: ").append(f.version()).append('\n');
            y.append("    payer: ").append(PURCHASER).append('\n');
            y.append("    payee: ").append(PROVIDER).append('\n');
            if (!f.parameters().isEmpty()) {
                y.append("    parameters:\n");
                for (Parameter p : f.parameters().values()) {
                    parameter(y, p, first, "      ", others);
                }
            }
        }
        return y.toString();
    }

    private static void parameter(StringBuilder y, Parameter p, int first, String indent, List<String> others) {
        boolean leftOut = !p.required() && p.requiredWhen().isEmpty();
        y.append(indent).append("# ").append(oneLine(p.description().sv(), 100)).append(" (").append(kind(p)).append(")\n");
        String prefix = indent + (leftOut ? "# " : "");
        if (p.type() == ParameterType.TABLE) {
            y.append(prefix).append(p.name()).append(":\n");
            List<String> cells = new ArrayList<>();
            for (Parameter c : p.columns().values()) {
                cells.add(c.name() + ": " + example(c, first));
            }
            y.append(prefix).append("  - { ").append(String.join(", ", cells)).append(" }\n");
            return;
        }
        boolean placeholder = !leftOut && p.type() != ParameterType.MEASURE && p.type() != ParameterType.PARTY
                && p.type() != ParameterType.CLAUSES;
        y.append(prefix).append(p.name()).append(": ").append(p.type() == ParameterType.CLAUSES
                ? "[" + String.join(", ", others) + "]" : example(p, first))
                .append(placeholder ? "  # FYLL I" : "").append('\n');
    }

    /** A value the parameter's checks accept: its default, else its lowest allowed value, else a plain one. */
    static String example(Parameter p, int first) {
        if (p.defaultValue() != null && !(p.defaultValue() instanceof List<?>)) {
            Object d = p.defaultValue();
            return d instanceof BigDecimal b ? b.toPlainString() : d instanceof String s ? "\"" + quoted(s) + "\"" : d.toString();
        }
        return switch (p.type()) {
            case AMOUNT, DECIMAL, PERCENT, INTEGER -> (p.min() != null ? p.min()
                    : p.max() != null && p.max().signum() < 0 ? p.max() : BigDecimal.ZERO).toPlainString();
            case YEAR -> String.valueOf(first);
            case BOOLEAN -> "false";
            case TEXT -> "\"FYLL I\"";
            case CHOICE -> p.choices().get(0);
            case MEASURE -> MEASURE;
            case PARTY -> PROVIDER;
            case CLAUSES -> "[]";
            case TABLE -> "[]";
        };
    }

    private static String kind(Parameter p) {
        StringBuilder k = new StringBuilder(p.type().word());
        if (p.unit() != null) {
            k.append(", ").append(p.unit());
        }
        if (!p.rangeText().isEmpty()) {
            k.append(", ").append(p.rangeText());
        }
        if (p.type() == ParameterType.CHOICE) {
            k.append(": ").append(String.join(" | ", p.choices()));
        }
        if (!p.required()) {
            k.append(p.requiredWhen().isEmpty() ? ", kan utelämnas" : ", krävs när " + p.requiredWhen());
        }
        return k.toString();
    }

    private static String scenario(int first) {
        return "# Ett räkneexempel: mätvärden för ett år och vad avtalet då ska betala, räknat för hand.\n"
                + "# ./utfall test <mapp> kör det; skriv ett exempel per fall som avtalet ska klara.\n"
                + "scenarios:\n"
                + "  - name: \"FYLL I: vad exemplet visar\"\n"
                + "    year: " + first + "\n"
                + "    measurements:\n"
                + "      - { subject: kohort, measure: " + MEASURE + ", year: " + first + ", value: 0 }\n"
                + "    expect:\n"
                + "      total: 0  # FYLL I: beloppet räknat för hand\n";
    }

    private static String oneLine(String text, int max) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private static String quoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
