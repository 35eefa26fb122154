package se.utfall.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Which signed terms govern which years: for each year, the latest signing or amendment effective
 * in or before it. Years are grouped into spans governed by the same terms.
 */
public record TermsInForce(List<Span> spans) {

    public record Span(int firstYear, int lastYear, Signature signature) {
        String render() {
            return firstYear + "-" + lastYear + ":" + signature.seq();
        }
    }

    static TermsInForce of(List<Signature> signatures, int firstYear, int asOfYear) {
        List<Span> spans = new ArrayList<>();
        for (int y = firstYear; y <= asOfYear; y++) {
            Signature s = inForce(signatures, y);
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.signature().seq() == s.seq()) {
                spans.set(spans.size() - 1, new Span(last.firstYear(), y, s));
            } else {
                spans.add(new Span(y, y, s));
            }
        }
        return new TermsInForce(List.copyOf(spans));
    }

    static Signature inForce(List<Signature> signatures, int year) {
        Signature best = null;
        for (Signature s : signatures) {
            if (s.effectiveYear() <= year && (best == null || s.effectiveYear() >= best.effectiveYear())) {
                best = s;
            }
        }
        return best != null ? best : signatures.get(0);
    }

    /** Stored with each run: "2026-2026:1;2027-2028:2" (years and the signing's seq). */
    String render() {
        return String.join(";", spans.stream().map(Span::render).toList());
    }

    static List<int[]> parse(String text) {
        List<int[]> result = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] yearsAndSeq = part.split(":");
            String[] years = yearsAndSeq[0].split("-");
            result.add(new int[] {Integer.parseInt(years[0]), Integer.parseInt(years[1]),
                    Integer.parseInt(yearsAndSeq[1])});
        }
        return result;
    }
}
