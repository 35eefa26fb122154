package se.utfall.ledger;

import java.util.ArrayList;
import java.util.List;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.FiredRule;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;

/**
 * A contract's years decided with the terms the ledger holds in force for each, not with today's
 * files: what explain shows, so that after an amendment an earlier year is explained as it was
 * decided (and paid), under the terms signed for it.
 */
public final class SignedDecisions {
    /** Years decided under one signing: its terms as signed, its library, and their decisions. */
    public record Part(int firstYear, int lastYear, Signature signature, PreparedContract terms,
                       ClauseLibrary library, Settlement settlement) {
    }

    /**
     * @param parts       one per span of years under the same signing (empty when the contract is not signed)
     * @param filesDiffer whether today's files differ from the latest signing (an amendment not recorded)
     */
    public record Result(List<Part> parts, boolean filesDiffer) {
        public boolean signed() {
            return !parts.isEmpty();
        }
    }

    /** Stored terms are compiled in a throw-away folder; name the signed file instead of that folder. */
    private static final java.util.regex.Pattern TERMS_FOLDER =
            java.util.regex.Pattern.compile("\\S*utfall-terms-[0-9]+[/\\\\]");

    private SignedDecisions() {
    }

    private static String signed(String location, String signing) {
        return location == null ? null : TERMS_FOLDER.matcher(location).replaceAll(
                java.util.regex.Matcher.quoteReplacement(signing));
    }

    public static Result decide(Ledger ledger, ClauseLibrary library, PreparedContract current,
                                List<Measurement> rows, int asOf) {
        String id = current.contract().id();
        List<Signature> signed = ledger.read(c -> Signatures.of(c, id));
        if (signed.isEmpty()) {
            return new Result(List.of(), false);
        }
        SourceManifest manifest = SourceManifest.of(current.contract(), library);
        boolean differ = !signed.get(signed.size() - 1).manifest().hash().equals(manifest.hash());
        TermsInForce inForce = TermsInForce.of(signed, current.contract().firstYear(), asOf);
        List<Part> parts = new ArrayList<>();
        for (TermsInForce.Span span : inForce.spans()) {
            SourceManifest terms = span.signature().manifest();
            boolean asFiles = terms.hash().equals(manifest.hash());
            PreparedContract prepared = asFiles ? current : ledger.read(c -> StoredTerms.prepare(c, terms));
            ClauseLibrary signedLibrary = asFiles ? library : StoredTerms.library(terms);
            List<Measurement> upTo = rows.stream().filter(m -> m.year() <= span.lastYear()).toList();
            Settlement s = prepared.settle(upTo, span.lastYear());
            String signing = "signing " + span.signature().seq() + ": ";
            Settlement part = new Settlement(prepared.contract(), span.lastYear(),
                    s.lines().stream().filter(l -> l.year() >= span.firstYear()).map(l -> asFiles ? l
                            : new DecisionLine(l.year(), l.clause(), l.clauseTitle(), l.clauseOrder(), l.subject(),
                            l.payer(), l.payee(), l.status(), l.amount(), l.reason(), l.working(), l.rule(),
                            signed(l.ruleLocation(), signing), l.phase())).toList(),
                    s.audit().stream().filter(f -> f.year() >= span.firstYear()).map(f -> asFiles ? f
                            : new FiredRule(f.year(), f.phase(), f.rule(), signed(f.location(), signing), f.clauses(),
                            f.facts())).toList());
            parts.add(new Part(span.firstYear(), span.lastYear(), span.signature(), prepared,
                    signedLibrary != null ? signedLibrary : library, part));
        }
        return new Result(List.copyOf(parts), differ);
    }
}
